// TensorFlow.js Layers on one backend, 'wasm' (XNNPACK, SIMD when the engine
// supports it, one thread) or 'cpu' (plain JS). Each workload runs through
// whichever of model.fit and a trainOnBatch loop is faster for it.
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import '@tensorflow/tfjs-backend-cpu';
import * as wasm from '@tensorflow/tfjs-backend-wasm';
import { measureEpochs } from '../measure.mjs';

// Production mode: no correctness checks, and no "install tfjs-node" banner.
tf.enableProdMode();

// In Node the wasm backend must be told where its binaries are (file paths).
// A map that notes which entry the backend reads tells which binary it chose.
const dist = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
const binaries = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'];
let chosen = [];
wasm.setWasmPaths(
  new Proxy(Object.fromEntries(binaries.map((b) => [b, join(dist, b)])), {
    get: (map, name) => (chosen.push(name), map[name]),
  }),
);
chosen = [];
wasm.setThreadsCount(1);

/** What the wasm backend loaded: { binary, simd, threads }. */
export async function wasmBackendInfo() {
  await selectBackend('wasm');
  return {
    binary: [...new Set(chosen)].map((p) => basename(String(p))).join(', '),
    simd: await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'),
    threads: wasm.getThreadsCount(),
  };
}

async function selectBackend(name) {
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend '${name}' did not initialize`);
}

const losses = { binary_crossentropy: 'binaryCrossentropy', categorical_crossentropy: 'categoricalCrossentropy' };

export async function createRunner(backend, workload, data) {
  await selectBackend(backend); // the runner's tensors and model live on it
  const model = tfl.sequential();
  workload.layers.forEach((l, i) =>
    model.add(
      tfl.layers.dense({ units: l.units, activation: l.activation, ...(i === 0 && { inputShape: [workload.inputs] }) }),
    ),
  );
  const { type, learningRate } = workload.optimizer;
  model.compile({
    optimizer: type === 'adam' ? tf.train.adam(learningRate) : tf.train.sgd(learningRate),
    loss: losses[workload.loss],
  });

  const outputs = workload.layers.at(-1).units;
  const x = tf.tensor2d(data.x, [data.n, workload.inputs]);
  const y = tf.tensor2d(data.y, [data.n, outputs]);
  const batches = []; // sliced once, outside the timing
  for (let i = 0; i < data.n; i += workload.batchSize) {
    const rows = Math.min(workload.batchSize, data.n - i);
    batches.push([tf.slice(x, [i, 0], [rows, workload.inputs]), tf.slice(y, [i, 0], [rows, outputs])]);
  }
  let lastLoss = NaN;
  const paths = {
    'model.fit(x, y, {epochs: 1})': async () => {
      const history = await model.fit(x, y, { epochs: 1, batchSize: workload.batchSize, shuffle: false, verbose: 0 });
      lastLoss = history.history.loss[0];
    },
    'trainOnBatch loop': async () => {
      for (const [bx, by] of batches) lastLoss = await model.trainOnBatch(bx, by);
    },
  };
  // Both paths warm up and run one epoch; the faster one is then measured.
  const trial = {};
  for (const [name, run] of Object.entries(paths))
    trial[name] = (await measureEpochs(run, { warmup: 1, repeats: 1 })).medianMs;
  const [fast, slow] = Object.keys(trial).sort((a, b) => trial[a] - trial[b]);
  return {
    path: `${fast} (trial epoch ${trial[fast].toFixed(0)} ms vs ${slow} ${trial[slow].toFixed(0)} ms)`,
    runEpoch: paths[fast],
    lastLoss: () => lastLoss,
    dispose: () => {
      model.optimizer.dispose();
      model.dispose();
      tf.dispose([x, y, ...batches.flat()]);
    },
  };
}
