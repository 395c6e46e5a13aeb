// The Keras export reproduces a run: the script compiles, reads its run file
// back as exactly the data trained on, computes each playground feature as
// the page does, and carries the run's model, epochs, batch size and
// shuffling; the run file holds the trained weights.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadEngine } from '../../bindings/index.js';
import { kerasRunScript } from '../../bindings/keras-script.js';
import { kerasRunFile } from '../../bindings/keras-run-file.js';
import { FEATURES, featureRows, pythonColumns } from '../../web/domain/features.js';
import { float32Flat, pyCompile, readBack } from './keras_python.mjs';

const cli = fileURLToPath(new URL('../../cli/deep-playground.js', import.meta.url));
const execute = promisify(execFile);

const SPEC = {
  inputs: 2,
  layers: [
    { type: 'dense', units: 6, activation: 'tanh', kernelInitializer: 'he_normal', kernelRegularizer: { l2: 0.001 } },
    { type: 'dropout', rate: 0.2 },
    { type: 'dense', units: 3, activation: 'softmax' },
  ],
  loss: 'categorical_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.02, schedule: { type: 'exponential', decaySteps: 20, decayRate: 0.9 } },
  seed: 4,
};

let dir;
let dp;
before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deep-playground-keras-'));
  dp = await loadEngine();
});
after(() => rm(dir, { recursive: true, force: true }));

test('train --keras writes a script that compiles and fits like the run, and a run file that reads back as its data and weights', async () => {
  const specFile = path.join(dir, 'blobs.json');
  await writeFile(specFile, JSON.stringify(SPEC));
  const script = path.join(dir, 'blobs.py');
  const weightsFile = path.join(dir, 'weights.json');
  const data = ['--data', 'blobs', '--n', '120', '--noise', '0.2', '--data-seed', '9', '--one-hot'];
  const fit = ['--epochs', '4', '--batch-size', '16', '--no-shuffle'];
  await execute(process.execPath, [
    cli,
    'train',
    specFile,
    ...data,
    ...fit,
    '--keras',
    script,
    '--weights',
    weightsFile,
  ]);

  await pyCompile(script);
  const source = await readFile(script, 'utf8');
  assert.match(source, /RUN_FILE = pathlib\.Path\(__file__\)\.with_name\("blobs_run\.json"\)/);
  assert.match(
    source,
    /model\.fit\(x_train, y_train, epochs=4, batch_size=16, shuffle=False, validation_data=\(x_test, y_test\)\)/,
  );
  for (const part of [
    /layers\.Dropout\(0\.2\)/,
    /kernel_initializer="he_normal"/,
    /l2=0\.001/,
    /ExponentialDecay\(/,
    /loss="categorical_crossentropy"/,
  ])
    assert.match(source, part, 'the model as the engine writes it');

  const { run, columns } = await readBack(script, path.join(dir, 'blobs_run.json'));
  const trained = dp.dataset('blobs', { n: 120, noise: 0.2, seed: 9, oneHot: true });
  for (const split of ['train', 'test']) {
    assert.deepEqual(float32Flat(columns[split]), trained[split].x, `${split} inputs read back as trained on`);
    assert.deepEqual(float32Flat(run[split].y), trained[split].y, `${split} labels read back as trained on`);
  }
  const weights = JSON.parse(await readFile(weightsFile, 'utf8'));
  const fromRunFile = run.weights.flatMap((layer) => [float32Flat(layer.kernel), Float32Array.from(layer.bias)]);
  assert.deepEqual(
    fromRunFile,
    weights.map((w) => Float32Array.from(w)),
    'the trained weights, kernel rows by inputs',
  );
  assert.deepEqual(
    run.weights.map((layer) => [layer.kernel.length, layer.kernel[0].length, layer.bias.length]),
    [
      [2, 6, 6],
      [6, 3, 3],
    ],
  );
});

test('each playground feature is computed in the exported Python as the page computes it', async () => {
  const ids = FEATURES.map((feature) => feature.id);
  const points = Float32Array.from([0, 0, 0.5, -0.25, -1, 1, 0.123, 0.987, -0.75, 0.3333]);
  const n = points.length / 2;
  const model = dp.model({
    inputs: ids.length,
    layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }],
    loss: 'binary_crossentropy',
  });
  try {
    const split = { x: points, y: new Float32Array(n), n };
    const script = path.join(dir, 'features.py');
    await writeFile(
      script,
      kerasRunScript({
        model: model.toKeras(),
        columns: pythonColumns(ids),
        fit: { epochs: 3, batchSize: 2, shuffle: true },
        runFile: 'features_run.json',
        hasTest: true,
      }),
    );
    await writeFile(
      path.join(dir, 'features_run.json'),
      kerasRunFile({ train: split, test: split, spec: model.toSpec(), weights: model.getWeights() }),
    );
    await pyCompile(script);
    const { columns } = await readBack(script, path.join(dir, 'features_run.json'));
    assert.deepEqual(float32Flat(columns.train), featureRows(points, ids));
  } finally {
    model.dispose();
  }
});

test('without test rows the script neither validates nor evaluates on them', () => {
  const source = kerasRunScript({
    model: '',
    columns: null,
    fit: { epochs: 1, batchSize: 8, shuffle: true },
    runFile: 'r.json',
    hasTest: false,
  });
  assert.match(source, /shuffle=True\)\n/);
  assert.doesNotMatch(source, /validation_data|evaluate\(x_test/);
});
