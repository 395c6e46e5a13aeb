// npm pack builds what it packs (prepack: scripts/build.sh package), and a
// machine without the toolchain gets the missing tool's name and what to run,
// not a build that fails halfway.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/** Runs scripts/build.sh with `args` and PATH holding only the tools named, resolving to { code, stderr }. */
function build(args, tools) {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'deep-playground-path-'));
  for (const tool of tools) symlinkSync(tool === 'node' ? process.execPath : `/usr/bin/${tool}`, path.join(bin, tool));
  return new Promise((resolve) => {
    execFile('/bin/bash', ['scripts/build.sh', ...args], { cwd: repoRoot, env: { PATH: bin } }, (error, _, stderr) => {
      rmSync(bin, { recursive: true });
      resolve({ code: error ? error.code : 0, stderr });
    });
  });
}

test('prepack builds the package: the wasm engine and dist/', () => {
  assert.equal(packageJson.scripts.prepack, 'bash scripts/build.sh package');
});

test('without the toolchain the package build stops at once, naming the missing tool and the setup script', async () => {
  const r = await build(['package'], ['dirname', 'node']);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^build: 'cmake' is not on PATH; building Deep Playground needs the toolchain that scripts\/setup\.sh installs/,
  );
});

test('an unknown build target is named with the ones there are', async () => {
  const r = await build(['pakage'], ['dirname']);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, "build: unknown target 'pakage' (all, engine or package)\n");
});
