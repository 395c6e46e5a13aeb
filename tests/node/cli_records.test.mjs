// What the command line records and says: --json keeps every data option the
// data set was made with, defaults included, and a message never repeats its
// prefix (a spec file named "spec", the program's own name).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prefixed } from '../../cli/message-prefix.js';

const cli = fileURLToPath(new URL('../../cli/deep-playground.js', import.meta.url));
const SPEC = {
  inputs: 4,
  layers: [{ type: 'dense', units: 3, activation: 'softmax' }],
  loss: 'sparse_categorical_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.05 },
};

let dir;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deep-playground-records-'));
  await writeFile(path.join(dir, 'iris.json'), JSON.stringify(SPEC));
  await writeFile(path.join(dir, 'spec'), '[]');
});
after(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI in `dir`; resolves to { code, stdout, stderr }. */
function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

test('--json records every data option the data set was made with, defaults included', async () => {
  const given = await run(['train', 'iris.json', '--data', 'iris', '--epochs', '2', '--json']);
  assert.equal(given.code, 0, given.stderr);
  assert.deepEqual(JSON.parse(given.stdout).data, {
    name: 'iris',
    n: 150, // all of iris's rows
    noise: 0,
    seed: 0,
    testFraction: 0.5,
    classes: 3,
    oneHot: false,
  });
  const chosen = await run([
    'train',
    'iris.json',
    '--data',
    'iris',
    '--epochs',
    '2',
    '--json',
    '--data-seed',
    '5',
    '--test-fraction',
    '0.2',
  ]);
  assert.deepEqual(JSON.parse(chosen.stdout).data, {
    name: 'iris',
    n: 150,
    noise: 0,
    seed: 5,
    testFraction: 0.2,
    classes: 3,
    oneHot: false,
  });
});

test('a message names each prefix once', async () => {
  const r = await run(['train', 'spec', '--data', 'spiral']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'deep-playground: spec: an array must be an object\n');
  assert.equal(prefixed('deep-playground', 'deep-playground: no such file'), 'deep-playground: no such file');
  assert.equal(prefixed('stdin', 'spec: an array must be an object', ['spec']), 'stdin: an array must be an object');
  assert.equal(prefixed('a.json', 'layers[0].units: 0 must be …', ['spec']), 'a.json: layers[0].units: 0 must be …');
});
