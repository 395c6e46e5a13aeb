// The compiled side of the bench: builds its targets (left out of the default
// build) and runs the native train bench on the very arrays the JS peers use.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { median } from './measure.mjs';
import { specOf } from './workloads.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));

function run(command, args, env = {}) {
  try {
    return execFileSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    const hint = command === 'cmake' ? ' (build the trees first: npm run bench runs scripts/build.sh)' : '';
    throw new Error(`${command} ${args.join(' ')} failed${hint}:\n${e.stdout ?? ''}${e.stderr ?? e.message}`, {
      cause: e,
    });
  }
}

/** Builds dp_gemm_bench and dp_train_bench natively and dp_gemm_bench as wasm (after scripts/build.sh). */
export function buildBenchTargets() {
  run('cmake', ['--build', 'build/native', '--target', 'dp_gemm_bench', 'dp_train_bench', '-j2']);
  // Debian's emscripten finds its JS dependencies only through NODE_PATH (docs/toolchain.md, gotcha 1).
  const nodePath = ['/usr/share/nodejs', process.env.NODE_PATH].filter(Boolean).join(':');
  run('cmake', ['--build', 'build/wasm', '--target', 'dp_gemm_bench', '-j2'], { NODE_PATH: nodePath });
}

/** Trains a workload natively, one epoch per timing: { epochMs, medianMs, samplesPerSecond }. */
export function nativeTrain(workload, data, { warmup, repeats }) {
  const dir = `${root}/build/bench-data`;
  mkdirSync(dir, { recursive: true });
  const file = (name, array) => {
    const path = `${dir}/${workload.id}.${name}.f32`;
    writeFileSync(path, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    return path;
  };
  const options = { epochs: 1, batchSize: workload.batchSize, shuffle: false };
  const out = run(`${root}/build/native/dp_train_bench`, [
    JSON.stringify(specOf(workload)),
    JSON.stringify(options),
    file('x', data.x),
    file('y', data.y),
    String(warmup),
    String(repeats),
  ]);
  const { epochMs } = JSON.parse(out);
  const medianMs = median(epochMs);
  return { epochMs, medianMs, samplesPerSecond: data.n / (medianMs / 1000) };
}
