// `npm run bench`: training samples/s through the public API against
// TensorFlow.js (wasm, cpu), jax-js (wasm) and ConvNetJS on the three workloads, our
// GEMM against a reference kernel, our wasm build against native, and how
// many submissions a second the CLI grades.
// Prints tables and writes every number to build/bench-results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { loadEngine } from '../bindings/index.js';
import { gemmTable, targetSummary, wasmNativeTable, workloadTable } from './report.mjs';
import { busyCores, measureEpochs } from './measure.mjs';
import { nativeGemm, wasmGemm } from './gemm.mjs';
import { buildBenchTargets, nativeTrain, root } from './native.mjs';
import { workloads } from './workloads.mjs';
import { gradingRates, gradingTable } from './grading.mjs';
import * as ours from './peers/ours.mjs';
import * as tfjs from './peers/tfjs.mjs';
import * as convnetjs from './peers/convnetjs.mjs';
import * as jaxjs from './peers/jaxjs.mjs';

const EPOCHS = { warmup: 1, repeats: 7 };
const started = performance.now();

buildBenchTargets();
// Other work on the machine skews every number: say so when there is any.
const machine = {
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  node: process.version,
  busyCoresBefore: await busyCores(),
};
const busyNote = (cores) =>
  cores > 0.2 ? `; warning: other processes keep ${cores.toFixed(1)} cores busy, numbers will be noisy` : '';
console.log(`bench: ${machine.cpu}, Node ${machine.node}, single thread${busyNote(machine.busyCoresBefore)}`);
const dp = await loadEngine();
const tfjsWasm = await tfjs.wasmBackendInfo();
console.log(
  `bench: tfjs-wasm loaded ${tfjsWasm.binary} (SIMD ${tfjsWasm.simd ? 'on' : 'off'}, ${tfjsWasm.threads} thread)`,
);
const jaxjsWasm = await jaxjs.wasmDeviceInfo();
console.log(`bench: jax-js ${jaxjsWasm.version} on its ${jaxjsWasm.device} device, ${jaxjsWasm.threads} thread\n`);

const peers = {
  ours: (w, data) => ours.createRunner(dp, w, data),
  'tfjs-wasm': (w, data) => tfjs.createRunner('wasm', w, data),
  'tfjs-cpu': (w, data) => tfjs.createRunner('cpu', w, data),
  'jax-js': (w, data) => jaxjs.createRunner(w, data),
  convnetjs: (w, data) => convnetjs.createRunner(w, data),
};

async function measurePeer(create, w, data) {
  let runner;
  try {
    runner = await create(w, data);
    const { epochMs, medianMs } = await measureEpochs(runner.runEpoch, EPOCHS);
    return {
      samplesPerSecond: data.n / (medianMs / 1000),
      medianMs,
      epochMs,
      path: runner.path,
      lastLoss: runner.lastLoss(),
    };
  } catch (e) {
    return { error: e.message.split('\n')[0] };
  } finally {
    runner?.dispose();
  }
}

const results = {};
for (const w of workloads) {
  const data = w.data(dp);
  const result = { n: data.n, peers: {} };
  for (const [name, create] of Object.entries(peers)) result.peers[name] = await measurePeer(create, w, data);
  const others = Object.entries(result.peers).filter(([name, r]) => name !== 'ours' && !r.error);
  const [best, bestResult] = others.sort((a, b) => b[1].samplesPerSecond - a[1].samplesPerSecond)[0] ?? [];
  const ratio = best && result.peers.ours.samplesPerSecond / bestResult.samplesPerSecond;
  result.vsBestPeer = { best, ratio, target: w.target, pass: ratio >= w.target };
  result.native = nativeTrain(w, data, EPOCHS);
  results[w.id] = result;
  console.log(workloadTable(w, result) + '\n');
}

const gemm = { wasm: await wasmGemm(), native: nativeGemm() };
gemm.wasmRatio = gemm.wasm.netShapes.ours / gemm.wasm.netShapes.reference;
console.log(gemmTable(gemm) + '\n');

const wasmNative = workloads.map((w) => {
  const {
    native,
    peers: { ours: wasm },
  } = results[w.id];
  return {
    id: w.id,
    native: native.samplesPerSecond,
    wasm: wasm.samplesPerSecond,
    ratio: native.samplesPerSecond / wasm.samplesPerSecond,
    judged: w.id !== 'W1',
  };
});
console.log(wasmNativeTable(wasmNative, gemm) + '\n');

const grading = gradingRates();
console.log(gradingTable(grading) + '\n');

const targets = [
  ...workloads.map((w) => {
    const { best, ratio, pass } = results[w.id].vsBestPeer;
    return { name: `${w.id} ours >= ${w.target}x best peer`, value: `${ratio?.toFixed(2)}x (${best})`, pass: !!pass };
  }),
  {
    name: 'wasm GEMM >= 70% of reference',
    value: `${(100 * gemm.wasmRatio).toFixed(0)}%`,
    pass: gemm.wasmRatio >= 0.7,
  },
  ...wasmNative
    .filter((r) => r.judged)
    .map((r) => ({
      name: `${r.id} wasm within 1.6x of native`,
      value: `${r.ratio.toFixed(2)}x`,
      pass: r.ratio <= 1.6,
    })),
];
console.log(targetSummary(targets) + '\n');

machine.busyCoresAfter = await busyCores();
if (busyNote(machine.busyCoresAfter)) console.log(`bench: at the end${busyNote(machine.busyCoresAfter)}`);
const file = `${root}build/bench-results.json`;
mkdirSync(`${root}build`, { recursive: true });
const seconds = (performance.now() - started) / 1000;
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      seconds,
      machine,
      epochs: EPOCHS,
      tfjsWasm,
      jaxjsWasm,
      workloads: results,
      grading,
      gemm,
      wasmNative,
      targets,
    },
    null,
    2,
  ) + '\n',
);
console.log(`bench: ${seconds.toFixed(0)} s; results in ${file}`);
