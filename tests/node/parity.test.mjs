// Parity with TF.js Layers (cpu backend): every loss x optimizer on a model
// with kernel regularizers takes the same 5 steps on the same batch from the
// same weights; each step's reported loss (before the update, penalty
// included) and the final weights must agree.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import {
  tf,
  initTf,
  X,
  LOSSES,
  OPTIMIZERS,
  ourSpec,
  tfTwin,
  maxAbsDiff,
  lossDiff,
  tfWeights,
} from './parity_support.mjs';

const STEPS = 5;
const LOSS_TOL = 1e-4; // absolute, relative where |loss| > 1
const WEIGHT_TOL = 2e-4;

let dp;
const table = [];

before(async () => {
  await initTf();
  dp = await loadEngine();
});

/** Trains ours and the TF.js twin side by side; returns the per-step losses and final weights. */
async function runPair(lossName, optimizerName, { tfOptimizer, steps = STEPS } = {}) {
  const ours = dp.model(ourSpec(lossName, optimizerName));
  const y = LOSSES[lossName].y;
  const theirs = tfTwin(lossName, optimizerName, ours.getWeights(), tfOptimizer);
  const xs = tf.tensor2d(X);
  const ys = tf.tensor2d(y);
  const oursLoss = [];
  const tfLoss = [];
  try {
    for (let s = 0; s < steps; s++) {
      oursLoss.push(ours.trainBatch(X, y));
      tfLoss.push(await theirs.trainOnBatch(xs, ys));
    }
    return { oursLoss, tfLoss, oursWeights: ours.getWeights(), tfWeights: tfWeights(theirs) };
  } finally {
    ours.dispose();
    theirs.dispose();
    xs.dispose();
    ys.dispose();
  }
}

for (const lossName of Object.keys(LOSSES)) {
  for (const optimizerName of Object.keys(OPTIMIZERS)) {
    test(`parity with TF.js: ${lossName} + ${optimizerName}`, async () => {
      const r = await runPair(lossName, optimizerName);
      const lossDiffs = r.oursLoss.map((l, i) => lossDiff(l, r.tfLoss[i]));
      const dLoss = Math.max(...lossDiffs);
      const dWeights = maxAbsDiff(r.oursWeights, r.tfWeights);
      table.push({ lossName, optimizerName, dLoss, dWeights, first: r.tfLoss[0], last: r.tfLoss.at(-1) });
      assert.ok(
        r.tfLoss.every(Number.isFinite) && r.oursLoss.every(Number.isFinite),
        `non-finite losses: ours ${r.oursLoss}, TF.js ${r.tfLoss}`,
      );
      assert.ok(
        dLoss <= LOSS_TOL,
        `loss per step differs by ${dLoss.toExponential(2)}: ours ${r.oursLoss.join(', ')} vs TF.js ${r.tfLoss.join(', ')}`,
      );
      assert.ok(dWeights <= WEIGHT_TOL, `final weights differ by ${dWeights.toExponential(2)}`);
    });
  }
}

test('nll reports exactly what sparse_categorical_crossentropy does', async () => {
  for (const optimizerName of ['sgd', 'adam']) {
    const a = await runPair('nll', optimizerName);
    const b = await runPair('sparse_categorical_crossentropy', optimizerName);
    assert.deepEqual(a.oursLoss, b.oursLoss);
    assert.equal(maxAbsDiff(a.oursWeights, b.oursWeights), 0);
  }
});

// The comparison must be able to fail: a gradient off by a factor of 2 (here:
// TF.js at twice the learning rate, the same thing under plain SGD) and a
// missing penalty are each far outside the tolerances.
test('the tolerances catch a gradient off by a factor of 2 and a missing penalty', async () => {
  const doubled = await runPair('mse', 'sgd', { tfOptimizer: tf.train.sgd(0.2) });
  const dWeights = maxAbsDiff(doubled.oursWeights, doubled.tfWeights);
  const dLoss = Math.max(...doubled.oursLoss.map((l, i) => lossDiff(l, doubled.tfLoss[i])));
  table.push({
    lossName: 'mse (TF.js lr x2: must differ)',
    optimizerName: 'sgd',
    dLoss,
    dWeights,
    first: doubled.tfLoss[0],
    last: doubled.tfLoss.at(-1),
  });
  assert.ok(dWeights > 10 * WEIGHT_TOL && dLoss > 10 * LOSS_TOL, `only ${dWeights}, ${dLoss}`);
  // The initial penalty (both layers' kernels), which the step-1 losses include.
  const ours = dp.model(ourSpec('mse', 'sgd'));
  const regs = ourSpec('mse', 'sgd').layers.map((l) => l.kernelRegularizer);
  const penalty = ours
    .getWeights()
    .filter((_, i) => i % 2 === 0)
    .reduce(
      (sum, k, i) => sum + k.reduce((s, w) => s + (regs[i].l1 ?? 0) * Math.abs(w) + (regs[i].l2 ?? 0) * w * w, 0),
      0,
    );
  ours.dispose();
  assert.ok(penalty > 100 * LOSS_TOL, `penalty ${penalty}`);
});

// Mini-batch fit: batches of 3, 3, 2 in order, 2 epochs; the epoch loss is
// the row-weighted mean of the batch losses in both.
test('fit (batchSize 3, no shuffle, 2 epochs) matches TF.js fit', async () => {
  for (const [lossName, optimizerName] of [
    ['categorical_crossentropy', 'adam'],
    ['mse', 'momentum'],
  ]) {
    const ours = dp.model(ourSpec(lossName, optimizerName));
    const theirs = tfTwin(lossName, optimizerName, ours.getWeights());
    const y = LOSSES[lossName].y;
    const history = ours.fit({ x: X, y }, { epochs: 2, batchSize: 3, shuffle: false });
    const xs = tf.tensor2d(X);
    const ys = tf.tensor2d(y);
    const tfHistory = await theirs.fit(xs, ys, { epochs: 2, batchSize: 3, shuffle: false, verbose: 0 });
    const dLoss = Math.max(...history.loss.map((l, i) => lossDiff(l, tfHistory.history.loss[i])));
    const dWeights = maxAbsDiff(ours.getWeights(), tfWeights(theirs));
    table.push({
      lossName,
      optimizerName: `${optimizerName} (fit)`,
      dLoss,
      dWeights,
      first: tfHistory.history.loss[0],
      last: tfHistory.history.loss.at(-1),
    });
    ours.dispose();
    theirs.dispose();
    xs.dispose();
    ys.dispose();
    assert.ok(dLoss <= LOSS_TOL, `${lossName}/${optimizerName}: epoch losses differ by ${dLoss}`);
    assert.ok(dWeights <= WEIGHT_TOL, `${lossName}/${optimizerName}: weights differ by ${dWeights}`);
  }
});

after(() => {
  const fmt = (v) => v.toExponential(2).padStart(9);
  const lines = [
    'loss                             optimizer              max dLoss  max dW     TF.js loss first -> last',
  ];
  for (const r of table) {
    lines.push(
      `${r.lossName.padEnd(33)}${r.optimizerName.padEnd(23)}${fmt(r.dLoss)}  ${fmt(r.dWeights)}  ${r.first.toFixed(5)} -> ${r.last.toFixed(5)}`,
    );
  }
  console.log(lines.join('\n'));
});
