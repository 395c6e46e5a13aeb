// `npm run soak`: creates, trains and disposes 10,000 models, runs 1,000,000
// training steps, then twice forgets 1,000 models without dispose() and lets
// the FinalizationRegistry reclaim them after gc(). Prints malloc'd wasm
// bytes, the wasm heap, RSS and the JS heap before and after: after warm-up
// they stay flat (the heap grows once to hold the forgotten models at the same
// time). Exits non-zero when memory does not come back.
//   node --expose-gc scripts/soak.mjs [--models 10000] [--steps 1000000] [--forgotten 1000]
// tests/node/memory.test.mjs runs the same workload, shorter, in `npm test`.
import v8 from 'node:v8';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { loadEngine } from '../bindings/index.js';

/** Allowed drift of malloc'd bytes after a phase, against the warm-up level. */
export const USED_SLACK = 64 * 1024;

/** gc(): the global one under --expose-gc, else one made on the fly. */
export function getGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

const dense = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });

// One spec per loss and optimizer family, so every layer, loss, optimizer
// and schedule allocates and frees its buffers during the churn.
const SPECS = [
  {
    layers: [
      dense(8, 'tanh', { kernelRegularizer: { l2: 1e-3 } }),
      { type: 'dropout', rate: 0.2 },
      dense(1, 'sigmoid'),
    ],
    loss: 'binary_crossentropy',
    optimizer: { type: 'adam', learningRate: 0.02 },
  },
  {
    layers: [dense(16, 'relu', { kernelInitializer: 'he_normal' }), dense(2, 'softmax')],
    loss: 'sparse_categorical_crossentropy',
    optimizer: { type: 'rmsprop', centered: true, momentum: 0.5 },
  },
  {
    layers: [dense(6, 'elu'), dense(6, 'gelu'), dense(2, 'softmax')],
    loss: 'nll',
    optimizer: {
      type: 'sgd',
      learningRate: 0.1,
      momentum: 0.9,
      nesterov: true,
      schedule: { type: 'cosine', decaySteps: 50, warmupSteps: 5 },
    },
  },
  {
    layers: [dense(8, 'leaky_relu', { kernelRegularizer: { l1: 1e-4, l2: 1e-4 } }), dense(2, 'softmax')],
    loss: 'categorical_crossentropy',
    optimizer: { type: 'sgd', schedule: { type: 'step', decaySteps: 10, decayRate: 0.5 } },
  },
  {
    layers: [dense(4, 'sigmoid'), { type: 'dropout', rate: 0.5 }, dense(1, 'linear')],
    loss: 'mse',
    optimizer: { type: 'adam', schedule: { type: 'exponential', decaySteps: 100 } },
  },
  { layers: [dense(4, 'tanh', { kernelInitializer: 'zeros' }), dense(1, 'linear')], loss: 'mae', optimizer: 'rmsprop' },
];

/** The spiral data (binary labels) plus one-hot labels for categorical_crossentropy. */
export function soakData(dp, n = 200) {
  const data = dp.dataset('spiral', { n, noise: 0.1, seed: 7 });
  const oneHot = (y) => Float32Array.from({ length: y.length * 2 }, (_, i) => (y[i >> 1] === (i & 1) ? 1 : 0));
  return { ...data, oneHotTrain: oneHot(data.train.y), oneHotTest: oneHot(data.test.y) };
}

/** Creates, trains, uses every method of, and disposes `count` models; also churns data sets and surfaces. */
export function churnModels(dp, data, count) {
  for (let i = 0; i < count; i++) {
    const variant = SPECS[i % SPECS.length];
    const model = dp.model({ inputs: 2, ...variant, seed: i });
    try {
      const categorical = variant.loss === 'categorical_crossentropy';
      const train = { x: data.train.x, y: categorical ? data.oneHotTrain : data.train.y };
      const test = { x: data.test.x, y: categorical ? data.oneHotTest : data.test.y };
      model.fit(train, { epochs: 1, batchSize: 32, validation: test });
      model.evaluate(test.x, test.y);
      model.trainBatch(train.x.subarray(0, 20), train.y.subarray(0, categorical ? 20 : 10));
      model.predict(test.x);
      model.layerOutputs(test.x.subarray(0, 8));
      model.dropoutMasks();
      model.setWeights(model.getWeights());
      model.toSpec();
      model.toKeras();
      try {
        model.fit({ x: [1, 2, 3], y: [1] });
      } catch {
        // an error path too: validation rejects it before any allocation
      }
    } finally {
      model.dispose();
    }
    if (i % 10 === 0) {
      dp.dataset(i % 20 === 0 ? 'blobs' : 'circle', { n: 60, seed: i, oneHot: i % 20 === 0 });
      dp.surface('rosenbrock', { nx: 16, ny: 16 });
      dp.optimizerPath('valley', { optimizer: 'adam', steps: 50 });
    }
  }
}

const STEP_MODEL = {
  inputs: 2,
  layers: [dense(8, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.01 },
};

/**
 * Runs `steps` optimizer steps in chunks on fresh models, 4/5 through fit()
 * (batch 10) and 1/5 through trainBatch(); calls onChunk(stepsSoFar) after each
 * chunk (its model disposed). Returns the steps taken.
 */
export function trainSteps(dp, data, steps, onChunk = () => {}, chunk = 10000) {
  const batch = 10;
  const stepsPerEpoch = Math.ceil(data.train.n / batch);
  let done = 0;
  for (let c = 0; done < steps; c++) {
    const model = dp.model({ ...STEP_MODEL, seed: c });
    try {
      const target = Math.min(chunk, steps - done);
      const fitEpochs = Math.floor((target * 4) / 5 / stepsPerEpoch);
      const history = model.fit(data.train, { epochs: fitEpochs, batchSize: batch });
      if (history.diverged) throw new Error(`soak: model ${c} diverged at step ${history.diverged.step}`);
      done += fitEpochs * stepsPerEpoch;
      const x = data.train.x,
        y = data.train.y;
      for (let s = fitEpochs * stepsPerEpoch, r = 0; s < target; s++, r = (r + batch) % (data.train.n - batch)) {
        model.trainBatch(x.subarray(r * 2, (r + batch) * 2), y.subarray(r, r + batch));
        done++;
      }
    } finally {
      model.dispose();
    }
    onChunk(done);
  }
  return done;
}

/** Builds and trains `count` models, drops them without dispose(), and returns the malloc'd bytes while they live. */
function forget(dp, data, count) {
  for (let i = 0; i < count; i++) {
    const model = dp.model({ inputs: 2, ...SPECS[0], seed: i });
    model.fit(data.train, { epochs: 1, batchSize: 32 });
  }
  return dp.memory().usedBytes;
}

/**
 * Forgets `count` trained models, then runs gc() and yields to the event loop
 * (FinalizationRegistry callbacks run as tasks) until malloc'd bytes are back
 * within USED_SLACK of `baseline` or `rounds` pass. Returns { peak, after, rounds }.
 */
export async function reclaimForgotten(dp, data, count, baseline, maxRounds = 50) {
  const gc = getGc();
  const peak = forget(dp, data, count);
  let rounds = 0;
  while (rounds < maxRounds && dp.memory().usedBytes > baseline + USED_SLACK) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
    rounds++;
  }
  return { peak, after: dp.memory().usedBytes, rounds };
}

/** Memory as the soak prints it: wasm malloc'd bytes, wasm heap, process RSS and V8's JS heap (used / reserved). */
export function snapshot(dp) {
  getGc()();
  const { usedBytes, totalBytes } = dp.memory();
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  return { usedBytes, totalBytes, rss, heapUsed, heapTotal };
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const describe = (s) =>
  `wasm malloc'd ${kib(s.usedBytes)}, wasm heap ${mib(s.totalBytes)}, RSS ${mib(s.rss)}, JS heap ${mib(s.heapUsed)} / ${mib(s.heapTotal)}`;

async function main() {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const models = arg('models', 10000),
    steps = arg('steps', 1000000),
    forgotten = arg('forgotten', 1000);
  const started = performance.now();
  const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const dp = await loadEngine();
  const data = soakData(dp);
  console.log(
    `soak: ${models} models, ${steps} training steps, ${forgotten} forgotten models; Node ${process.version}`,
  );
  console.log(`soak: at load        ${describe(snapshot(dp))}`);

  // Warm-up: embind's type tables, V8's optimized code, and V8 sizing its
  // young generation to the allocation rate (the JS heap's reserve grows
  // while its use stays flat, and RSS with it).
  churnModels(dp, data, 2000);
  trainSteps(dp, data, 50000);
  const base = snapshot(dp);
  console.log(`soak: after warm-up  ${describe(base)}`);

  let t0 = performance.now();
  const every = Math.max(1, Math.floor(models / 5));
  for (let done = 0; done < models; done += every) {
    churnModels(dp, data, Math.min(every, models - done));
    const s = snapshot(dp);
    console.log(`soak:   ${String(Math.min(done + every, models)).padStart(7)} models  ${describe(s)}`);
  }
  const afterModels = snapshot(dp);
  console.log(`soak: ${models} models created/trained/disposed in ${seconds(t0)}`);

  t0 = performance.now();
  let maxUsed = 0,
    maxTotal = 0;
  let next = steps / 5;
  const taken = trainSteps(dp, data, steps, (done) => {
    const { usedBytes, totalBytes } = dp.memory();
    maxUsed = Math.max(maxUsed, usedBytes);
    maxTotal = Math.max(maxTotal, totalBytes);
    if (done >= next || done >= steps) {
      next += steps / 5;
      console.log(`soak:   ${String(done).padStart(7)} steps   ${describe(snapshot(dp))}`);
    }
  });
  const afterSteps = snapshot(dp);
  const stepSeconds = (performance.now() - t0) / 1000;
  console.log(
    `soak: ${taken} training steps in ${stepSeconds.toFixed(1)} s (${Math.round(taken / stepSeconds)} steps/s); ` +
      `between chunks malloc'd at most ${kib(maxUsed)}, heap at most ${mib(maxTotal)}`,
  );

  // Twice: the first round grows the heap to hold them all at once; the second must reuse it.
  const reclaims = [];
  for (let round = 1; round <= 2; round++) {
    t0 = performance.now();
    const reclaim = await reclaimForgotten(dp, data, forgotten, base.usedBytes);
    const after = snapshot(dp);
    reclaims.push({ ...reclaim, snapshot: after });
    console.log(
      `soak: ${forgotten} forgotten models held ${mib(reclaim.peak - base.usedBytes)}; after ${reclaim.rounds} gc() rounds ` +
        `(${seconds(t0)}) ${describe(after)}`,
    );
  }
  const afterReclaim = reclaims[1].snapshot;

  console.log(`soak: before (warm-up)     ${describe(base)}`);
  console.log(`soak: after models+steps  ${describe(afterSteps)}`);
  console.log(`soak: after forgotten     ${describe(afterReclaim)}`);
  console.log(`soak: total time ${seconds(started)}`);

  const problems = [];
  for (const [phase, s] of [
    ['the model churn', afterModels],
    ['the training steps', afterSteps],
    ['reclaiming forgotten models', afterReclaim],
  ]) {
    if (s.usedBytes > base.usedBytes + USED_SLACK)
      problems.push(`${phase}: malloc'd bytes ${s.usedBytes} > warm-up ${base.usedBytes} + ${USED_SLACK}`);
  }
  if (afterSteps.totalBytes > base.totalBytes)
    problems.push(`the wasm heap grew after warm-up: ${base.totalBytes} -> ${afterSteps.totalBytes}`);
  if (reclaims[0].peak < base.usedBytes + forgotten * 1024)
    problems.push('the forgotten models did not hold memory: the check proves nothing');
  if (reclaims[1].snapshot.totalBytes > reclaims[0].snapshot.totalBytes)
    problems.push('forgetting models again grew the wasm heap');
  // RSS also holds the JS heap V8 reserves, which its GC sizes as it likes: count RSS beyond it.
  const rest = (s) => s.rss - s.heapTotal;
  if (rest(afterSteps) > rest(base) + 32 * 2 ** 20)
    problems.push(`RSS beyond the JS heap grew by ${mib(rest(afterSteps) - rest(base))} over models and steps`);
  if (reclaims[1].snapshot.rss > reclaims[0].snapshot.rss + 64 * 2 ** 20)
    problems.push('RSS grew on the second round of forgotten models');
  if (problems.length) {
    console.error(`soak: FAIL\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      "soak: OK (malloc'd bytes back to the warm-up level after every phase; the heap grew only to hold the forgotten models at once)",
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
