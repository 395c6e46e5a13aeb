// Runs bench/gemm_bench.cpp in both builds: the native executable, and the
// wasm module (whose main() prints the same JSON line) in this Node process.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { root } from './native.mjs';

export function nativeGemm() {
  return JSON.parse(execFileSync(`${root}/build/native/dp_gemm_bench`, { encoding: 'utf8' }));
}

export async function wasmGemm() {
  const { default: createGemmBench } = await import(`${root}/build/wasm/gemm_bench.mjs`);
  const lines = [];
  // The 3.1.6 glue cannot fetch a file path in Node: hand it the bytes (docs/toolchain.md, gotcha 4).
  await createGemmBench({
    wasmBinary: await readFile(`${root}/build/wasm/gemm_bench.wasm`),
    print: (line) => lines.push(line),
  });
  return JSON.parse(lines.join(''));
}
