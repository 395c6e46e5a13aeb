// What the command line reads is capped at the engine's spec text limit
// (dp.limits().specText), from a file, a device or stdin, and what it quotes
// from a file never sends the file's control bytes to the terminal raw.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cli/deep-playground.js');
const TOO_LONG = /^deep-playground: cannot read spec file from stdin: longer than the 100,000 characters allowed/;

let dir;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deep-playground-caps-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Runs `command` with `args` in the temp folder, `input` on stdin: { code, stdout, stderr }. */
function run(command, args, input = '') {
  return new Promise((resolve) => {
    const child = execFile(command, args, { cwd: dir, timeout: 300_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

test('a spec on stdin one character over the cap exits 2 saying so', async () => {
  const r = await run(process.execPath, [cli, 'train', '-', '--data', 'spiral'], ' '.repeat(100_001));
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, TOO_LONG);
});

test('endless stdin is read only up to the cap', async () => {
  const pipeline = `cat /dev/zero | ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} train - --data spiral`;
  const r = await run('/bin/sh', ['-c', pipeline]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, TOO_LONG);
});

test("a binary spec file's control bytes are quoted as \\xNN, never sent raw", async () => {
  await writeFile(path.join(dir, 'binary.json'), '\x01\x02\x1b[31m\x7f\u0085');
  const r = await run(process.execPath, [cli, 'train', 'binary.json', '--data', 'spiral']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /binary\.json: not valid JSON \(Unexpected token '\\x01', "\\x01\\x02\\x1b\[31m\\x7f\\x85"/);
  assert.doesNotMatch(r.stderr.trimEnd(), /\p{Cc}/u);
});
