// Times a peer one epoch at a time: warm-up epochs first, then the median of the rest.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `runEpoch` warmup + repeats times; returns the timed epochs and their median, in ms. */
export async function measureEpochs(runEpoch, { warmup = 1, repeats = 7 } = {}) {
  for (let i = 0; i < warmup; i++) await runEpoch();
  const epochMs = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await runEpoch();
    epochMs.push(performance.now() - t0);
  }
  return { epochMs, medianMs: median(epochMs) };
}

/** Cores kept busy by other processes, sampled over `ms` while this one sleeps. */
export async function busyCores(ms = 1000) {
  const { cpus } = await import('node:os');
  const totals = () => cpus().map(({ times: t }) => ({ idle: t.idle, all: t.user + t.nice + t.sys + t.irq + t.idle }));
  const before = totals();
  await new Promise((resolve) => setTimeout(resolve, ms));
  return totals().reduce((sum, after, i) => {
    const all = after.all - before[i].all;
    return sum + (all > 0 ? 1 - (after.idle - before[i].idle) / all : 0);
  }, 0);
}
