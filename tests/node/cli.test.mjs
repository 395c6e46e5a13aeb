// The command line as a course author uses it: train a spec file on a data
// set headless, read the summary or the JSON, and get a clear message and
// exit status when something is wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from '../../bindings/index.js';
import { progress } from '../../cli/progress.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'cli/deep-playground.js');
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

const SPIRAL_SPEC = {
  inputs: 2,
  layers: [
    { type: 'dense', units: 16, activation: 'relu' },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.02 },
  seed: 1,
};

let dir;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deep-playground-cli-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Writes `content` (an object as JSON, or raw text) to a temp file and returns its path. */
async function specFile(name, content) {
  const file = path.join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** Runs the CLI (piped, so not a TTY) and resolves to { code, stdout, stderr }. */
function run(args, { input, command = process.execPath, prefix = [cli] } = {}) {
  return new Promise((resolve) => {
    const child = execFile(command, [...prefix, ...args], { cwd: dir, timeout: 300_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

test('a small spec trains the spiral for a few epochs and prints train and test results', async () => {
  const spec = await specFile('spiral.json', SPIRAL_SPEC);
  const r = await run(['train', spec, '--data', 'spiral', '--epochs', '5', '--n', '200', '--data-seed', '3']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^train +loss: \d+\.\d{4} - accuracy: \d\.\d{4}$/m);
  assert.match(r.stdout, /^test +loss: \d+\.\d{4} - accuracy: \d\.\d{4}$/m);
  assert.match(r.stdout, /^time +\d+\.\d\d s for 5 epochs$/m);
});

test('--json prints one object with the spec, data options, a history per epoch and a test accuracy', async () => {
  const spec = await specFile('spiral-json.json', SPIRAL_SPEC);
  const r = await run([
    'train',
    spec,
    '--data',
    'spiral',
    '--epochs',
    '7',
    '--noise',
    '0.1',
    '--test-fraction',
    '0.3',
    '--json',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.data, {
    name: 'spiral',
    n: 400,
    noise: 0.1,
    seed: 0,
    testFraction: 0.3,
    classes: 2,
    oneHot: false,
  });
  assert.equal(out.spec.optimizer.beta1, 0.9, 'the spec comes back with every default spelled out');
  for (const key of ['loss', 'accuracy', 'valLoss', 'valAccuracy']) {
    assert.equal(out.history[key].length, 7, `history.${key}`);
  }
  assert.equal(out.history.diverged, undefined);
  assert.ok(out.test.accuracy >= 0 && out.test.accuracy <= 1, `test accuracy ${out.test.accuracy}`);
  assert.equal(typeof out.test.loss, 'number');
  assert.equal(typeof out.seconds, 'number');
});

test('the same spec, data seed and options train to the same history run after run', async () => {
  const spec = await specFile('spiral-repeat.json', SPIRAL_SPEC);
  const args = ['train', spec, '--data', 'spiral', '--epochs', '3', '--data-seed', '7', '--json'];
  const [a, b] = await Promise.all([run(args), run(args)]);
  assert.deepEqual(JSON.parse(a.stdout).history, JSON.parse(b.stdout).history);
  assert.equal(JSON.parse(a.stdout).data.seed, 7);
});

test('--seed replaces the spec model seed: the same seed gives the same run whatever the spec says', async () => {
  const [one, other] = await Promise.all([
    specFile('seed-1.json', { ...SPIRAL_SPEC, seed: 1 }),
    specFile('seed-2.json', { ...SPIRAL_SPEC, seed: 2 }),
  ]);
  const train = (file, ...rest) =>
    run(['train', file, '--data', 'spiral', '--epochs', '3', '--json', ...rest]).then((r) => JSON.parse(r.stdout));
  const [a, b, c] = await Promise.all([train(one, '--seed', '9'), train(other, '--seed', '9'), train(other)]);
  assert.equal(a.spec.seed, 9);
  assert.deepEqual(a.history, b.history);
  assert.notDeepEqual(b.history, c.history, 'without --seed the spec seed counts');
});

test('piped output shows plain progress lines every 10% of the epochs', async () => {
  const spec = await specFile('spiral-progress.json', SPIRAL_SPEC);
  const r = await run(['train', spec, '--data', 'spiral', '--epochs', '20']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 10, r.stderr);
  assert.match(
    lines[0],
    /^epoch {2}2\/20 - loss: \d+\.\d{4} - accuracy: \d\.\d{4} - val_loss: \d+\.\d{4} - val_accuracy: \d\.\d{4}$/,
  );
  assert.match(lines.at(-1), /^epoch 20\/20 - /);
  assert.doesNotMatch(r.stderr, /\r|\x1b/, 'no terminal control characters when piped');
});

test('on a terminal the progress is one line redrawn in place', () => {
  let written = '';
  const stream = { isTTY: true, columns: 80, write: (s) => (written += s) };
  const bar = progress(3, stream);
  for (let epoch = 0; epoch < 3; epoch++) bar.onEpoch(epoch, { loss: 0.5, accuracy: 0.75 });
  bar.done();
  assert.match(written, /^\repoch 1\/3 \[#{7}\.{13}\] loss: 0\.5000 - accuracy: 0\.7500\x1b\[K/);
  assert.match(written, /\repoch 3\/3 \[#{20}\] loss: 0\.5000 - accuracy: 0\.7500\x1b\[K\n$/);
  assert.equal(written.split('\n').length, 2, 'a single line, ended once');
});

test('a regression data set reports loss without accuracy, and the spec can come from stdin', async () => {
  const spec = { inputs: 2, layers: [{ type: 'dense', units: 1 }], loss: 'mse', optimizer: 'adam' };
  const r = await run(['train', '-', '--data', 'plane', '--epochs', '2', '--json'], { input: JSON.stringify(spec) });
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.history.loss.length, 2);
  assert.equal(out.history.accuracy, undefined);
  assert.equal(out.test.accuracy, undefined);
});

test('--weights and --keras write the trained weights and the Keras source', async () => {
  const spec = await specFile('spiral-export.json', SPIRAL_SPEC);
  const weights = path.join(dir, 'weights.json');
  const keras = path.join(dir, 'model.py');
  const r = await run(['train', spec, '--data', 'spiral', '--epochs', '2', '--weights', weights, '--keras', keras]);
  assert.equal(r.code, 0, r.stderr);
  const saved = JSON.parse(await readFile(weights, 'utf8'));
  assert.deepEqual(
    saved.map((w) => w.length),
    [2 * 16, 16, 16 * 1, 1],
    'kernel and bias per dense layer',
  );
  const dp = await loadEngine();
  const model = dp.model(SPIRAL_SPEC);
  model.setWeights(saved);
  model.dispose();
  assert.match(await readFile(keras, 'utf8'), /layers\.Dense\(16, activation="relu"/);
});

test('datasets lists every data set name with its shape', async () => {
  const r = await run(['datasets']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^spiral +2 inputs +1 outputs +binary, 2 classes$/m);
  assert.match(r.stdout, /^digits +64 inputs +10 outputs +multiclass, 10 classes$/m);
  const list = JSON.parse((await run(['datasets', '--json'])).stdout);
  assert.deepEqual(
    list.map((d) => d.name),
    ['circle', 'xor', 'gauss', 'spiral', 'plane', 'multigauss', 'blobs', 'iris', 'digits'],
  );
});

test('--help and --version answer and exit 0', async () => {
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /deep-playground train SPEC\.json --data NAME/);
  assert.match(help.stdout, /deep-playground site FOLDER \[--force\]/);
  const version = await run(['--version']);
  assert.equal(version.code, 0);
  assert.equal(version.stdout.trim(), packageJson.version);
});

test('the package bin runs the CLI', async () => {
  const linked = path.join(repoRoot, 'node_modules/.bin/deep-playground');
  const bin = existsSync(linked) ? linked : path.join(repoRoot, packageJson.bin['deep-playground']);
  assert.equal(bin === linked || bin === cli, true, `package.json bin points at ${packageJson.bin['deep-playground']}`);
  assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  accessSync(cli, constants.X_OK);
  const r = await run(['--version'], { command: bin, prefix: [] });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim(), packageJson.version);
});

const BAD_INPUTS = [
  // [what, files to write, args, exit code, message]
  [
    'a missing spec file',
    {},
    ['train', 'missing.json', '--data', 'spiral'],
    2,
    /cannot read spec file missing\.json: no such file/,
  ],
  [
    'invalid JSON',
    { 'broken.json': '{"inputs": 2,' },
    ['train', 'broken.json', '--data', 'spiral'],
    1,
    /broken\.json: not valid JSON/,
  ],
  [
    'an unknown data set',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'spirals'],
    2,
    /dataset: 'spirals' is not one of circle, .*spiral/,
  ],
  [
    'a spec the engine rejects',
    { 'typo.json': { ...SPIRAL_SPEC, layers: [{ type: 'dense', units: 1, activation: 'sigmoidd' }] } },
    ['train', 'typo.json', '--data', 'spiral'],
    1,
    /typo\.json: layers\[0\]\.activation: 'sigmoidd' is not one of relu, sigmoid/,
  ],
  [
    'an unknown option',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'spiral', '--epoch', '3'],
    2,
    /Unknown option '--epoch'/,
  ],
  ['a missing --data', { 'ok.json': SPIRAL_SPEC }, ['train', 'ok.json'], 2, /--data NAME is required/],
  [
    'a non-number option',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'spiral', '--epochs', 'many'],
    2,
    /--epochs: 'many' is not a number/,
  ],
  [
    'a data option out of range',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'spiral', '--noise', '2'],
    2,
    /--noise: 2 must be a number in \[0, 1\]/,
  ],
  [
    'a fit option out of range',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'spiral', '--batch-size', '0'],
    2,
    /--batch-size: 0 must be an integer/,
  ],
  [
    'spec inputs that do not fit the data',
    { 'three.json': { ...SPIRAL_SPEC, inputs: 3 } },
    ['train', 'three.json', '--data', 'spiral'],
    1,
    /spec\.inputs is 3 but spiral has 2 inputs/,
  ],
  [
    'spec outputs that do not fit the data',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'blobs'],
    1,
    /spec\.layers\[1\]\.units is 1 but blobs has 3 outputs/,
  ],
  [
    'labels that do not fit the loss',
    {
      'cce.json': {
        inputs: 2,
        layers: [{ type: 'dense', units: 3, activation: 'softmax' }],
        loss: 'categorical_crossentropy',
      },
    },
    ['train', 'cce.json', '--data', 'blobs'],
    1,
    /categorical_crossentropy needs one-hot labels: set the data option oneHot \(--one-hot\)/,
  ],
  ['an unknown command', {}, ['fit'], 2, /unknown command 'fit'/],
  [
    '--weights into a folder that does not exist',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'spiral', '--weights', 'nowhere/w.json'],
    2,
    /cannot write nowhere\/w\.json: no such folder/,
  ],
  [
    '--keras onto a folder',
    { 'ok.json': SPIRAL_SPEC },
    ['train', 'ok.json', '--data', 'spiral', '--keras', '.'],
    2,
    /\. is a folder/,
  ],
  [
    'a spec from stdin that is not an object',
    {},
    ['train', '-', '--data', 'spiral'],
    1,
    /^deep-playground: stdin: an array must be an object\n$/,
    '[]',
  ],
  [
    'an endless spec file',
    {},
    ['train', '/dev/zero', '--data', 'spiral'],
    2,
    /cannot read spec file \/dev\/zero: longer than the 100,000 characters allowed/,
  ],

  [
    'a folder as the spec file',
    {},
    ['train', '.', '--data', 'spiral'],
    2,
    /cannot read spec file \.: a folder, not a file/,
  ],
  [
    'a spec file with a byte-order mark, read as JSON',
    { 'bom.json': `\uFEFF${JSON.stringify({ ...SPIRAL_SPEC, inputs: 3 })}` },
    ['train', 'bom.json', '--data', 'spiral'],
    1,
    /spec\.inputs is 3 but spiral has 2 inputs/,
  ],
];

for (const [what, files, args, code, message, input] of BAD_INPUTS) {
  test(`${what} exits ${code} with a message naming the problem`, async () => {
    for (const [name, content] of Object.entries(files)) await specFile(name, content);
    const r = await run(args, { input });
    assert.equal(r.code, code, `exit status; stderr: ${r.stderr}`);
    assert.match(r.stderr, /^deep-playground: /);
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
    assert.doesNotMatch(r.stderr.trimEnd(), /\p{Cc}/u, 'a control character sent raw');
    assert.equal(r.stdout, '');
  });
}

test('results that cannot be written (a full disk, a closed pipe) end in one line and exit 4', async (t) => {
  await specFile('ok.json', SPIRAL_SPEC);
  const train = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} train ok.json --data spiral`;
  const cases = [
    [
      '--weights onto a full disk',
      `${train} --epochs 2 --weights /dev/full`,
      /^deep-playground: cannot write \/dev\/full: no space left on the device$/,
    ],
    [
      '--json onto a full disk',
      `${train} --epochs 2 --json > /dev/full`,
      /^deep-playground: cannot write the results to stdout: no space left on the device$/,
    ],
    [
      '--json into a pipe its reader closes',
      `${train} --epochs 2000 --json | head -c1 > /dev/null`,
      /^deep-playground: cannot write the results to stdout: the reader closed the pipe$/,
    ],
  ];
  for (const [what, command, message] of cases) {
    const r = await run(['-c', `set -o pipefail; ${command}`], { command: 'bash', prefix: [] });
    t.diagnostic(`${what}: exit ${r.code}, ${r.stderr.trim().split('\n').at(-1)}`);
    assert.equal(r.code, 4, what);
    assert.match(r.stderr.trim().split('\n').at(-1), message, what);
    assert.doesNotMatch(r.stderr, /\n\s+at /, `${what}: no stack trace`);
  }
});

test('a diverging spec (sgd at learning rate 50 on the plane) prints where it diverged and exits 3', async () => {
  const spec = await specFile('diverge.json', {
    inputs: 2,
    layers: [{ type: 'dense', units: 1 }],
    loss: 'mse',
    optimizer: { type: 'sgd', learningRate: 50 },
  });
  const r = await run(['train', spec, '--data', 'plane', '--epochs', '20']);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stderr, /deep-playground: training diverged in epoch \d+\/20 at step \d+: loss /);
  const json = await run(['train', spec, '--data', 'plane', '--epochs', '20', '--json']);
  assert.equal(json.code, 3);
  const { diverged } = JSON.parse(json.stdout).history;
  assert.deepEqual(Object.keys(diverged).sort(), ['epoch', 'lastLoss', 'step']);
});
