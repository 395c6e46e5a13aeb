// Plain-text tables for the bench's results (the JSON file holds the same numbers).

const int = (v) => Math.round(v).toLocaleString('en-US');
const fixed = (v, digits = 1) => v.toFixed(digits);
const pad = (s, width) => String(s).padStart(width);
const padEnd = (s, width) => String(s).padEnd(width);
const verdict = (ok) => (ok ? 'PASS' : 'MISS');

/** One workload: samples/s per peer, then ours against the best peer. */
export function workloadTable(w, result) {
  const lines = [
    `${w.id}  ${w.title}`,
    `  ${padEnd('peer', 10)} ${pad('samples/s', 11)} ${pad('median ms', 10)}  path`,
  ];
  for (const [name, r] of Object.entries(result.peers)) {
    lines.push(
      r.error
        ? `  ${padEnd(name, 10)} ${pad('FAILED', 11)} ${pad('', 10)}  ${r.error}`
        : `  ${padEnd(name, 10)} ${pad(int(r.samplesPerSecond), 11)} ${pad(fixed(r.medianMs), 10)}  ${r.path}`,
    );
  }
  const { best, ratio, pass } = result.vsBestPeer;
  lines.push(
    best
      ? `  ours / best peer (${best}): ${fixed(ratio, 2)}x   target >= ${w.target}x   ${verdict(pass)}`
      : '  ours / best peer: no peer finished',
  );
  return lines.join('\n');
}

/** GEMM GFLOP/s per shape, ours against the reference kernel, in both builds. */
export function gemmTable(gemm) {
  const { wasm, native } = gemm;
  const cell = (s) =>
    `${pad(fixed(s.ours), 6)} ${pad(fixed(s.reference), 6)} ${pad(`${int((100 * s.ours) / s.reference)}%`, 5)}`;
  const lines = [
    'GEMM GFLOP/s: ours (dp::gemm) vs a plain 4x8 f32x4 reference kernel, same flags',
    `  ${padEnd('shape (m x n x k)', 30)} ${padEnd('wasm: ours    ref  ratio', 24)}   native: ours    ref  ratio`,
  ];
  wasm.shapes.forEach((s, i) => {
    const shape = `${s.name} ${s.m}x${s.n}x${s.k}${s.aTransposed ? ' A^T' : ''}`;
    lines.push(`  ${padEnd(shape, 30)} ${padEnd(cell(s), 24)}   ${pad(cell(native.shapes[i]), 24)}`);
  });
  lines.push(
    `  ${padEnd('net shapes, time-weighted', 30)} ${padEnd(cell(wasm.netShapes), 24)}   ${pad(cell(native.netShapes), 24)}`,
  );
  lines.push(
    `  wasm GEMM / reference: ${int(100 * gemm.wasmRatio)}%   target >= 70%   ${verdict(gemm.wasmRatio >= 0.7)}`,
  );
  return lines.join('\n');
}

/** Our engine natively against our wasm build through the JS API. */
export function wasmNativeTable(rows, gemm) {
  const lines = [
    'WASM / native: our training samples/s (native: prepare_fit + fit_epoch; wasm: model.fit)',
    `  ${padEnd('workload', 8)} ${pad('native', 10)} ${pad('wasm', 10)} ${pad('native/wasm', 12)}`,
  ];
  for (const r of rows) {
    const note = r.judged ? `target <= 1.6x   ${verdict(r.ratio <= 1.6)}` : '(not judged)';
    lines.push(
      `  ${padEnd(r.id, 8)} ${pad(int(r.native), 10)} ${pad(int(r.wasm), 10)} ${pad(`${fixed(r.ratio, 2)}x`, 12)}   ${note}`,
    );
  }
  const g = gemm.native.netShapes.ours / gemm.wasm.netShapes.ours;
  lines.push(
    `  ${padEnd('GEMM', 8)} ${pad(fixed(gemm.native.netShapes.ours), 10)} ${pad(fixed(gemm.wasm.netShapes.ours), 10)} ${pad(`${fixed(g, 2)}x`, 12)}   (GFLOP/s, net shapes)`,
  );
  return lines.join('\n');
}

/** Every target of the issue, one line each. */
export function targetSummary(targets) {
  return ['Targets', ...targets.map((t) => `  ${verdict(t.pass)}  ${padEnd(t.name, 34)} ${t.value}`)].join('\n');
}
