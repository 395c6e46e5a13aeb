// Lesson 5's claim, on the lesson's own compute(dp): binary cross-entropy
// punishes a confident wrong answer far more than MSE (value and gradient),
// and an outlier moves an MAE fit far less than an MSE fit. The numbers the
// lesson's text quotes are checked here too, and the figure's: its knobs
// reach compute(dp, { values }), and its Try-this notices and predictions
// quote what the engine gives. The claim's checks are the page's
// (claim-measures.js); here also the formulas behind them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { checkEach, measureLesson } from './claim_checks.mjs';
import lesson, { compute } from '../../web/lessons/loss-functions.js';
import { figureValues } from '../../web/lessons/figure.js';

const dp = await loadEngine();
const measured = await measureLesson(dp, lesson);
const result = measured.results.compute;
const close = (actual, expected, tolerance, what) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

test('the lesson exports compute as its experiment', () => {
  assert.equal(lesson.experiment.runs.length, 0);
  assert.equal(typeof compute, 'function');
  assert.deepEqual(compute(dp), result, 'compute is deterministic');
});

checkEach(measured);

test('BCE, MSE and their gradients follow their formulas as q falls', (t) => {
  for (const row of result.confidentWrong) {
    t.diagnostic(
      `true class 1, q = ${row.q}: BCE ${row.binary_crossentropy.toFixed(4)} (dL/dz ${row.binary_crossentropyGradient.toFixed(4)}), MSE ${row.mse.toFixed(4)} (dL/dz ${row.mseGradient.toExponential(3)}), MAE ${row.mae.toFixed(4)} (dL/dz ${row.maeGradient.toExponential(3)})`,
    );
    close(row.binary_crossentropy, -Math.log(row.q), 1e-4, `BCE at ${row.q}`);
    close(row.mse, (1 - row.q) ** 2, 1e-5, `MSE at ${row.q}`);
    close(row.binary_crossentropyGradient, row.q - 1, 1e-4, `BCE gradient at ${row.q}`);
  }
  const worst = result.confidentWrong.find((row) => row.q === 0.001);
  // What the text quotes: 6.91 vs 0.998, gradients -0.999 vs -0.002.
  close(worst.binary_crossentropy, 6.91, 0.005, 'BCE at 0.001');
  close(worst.mse, 0.998, 0.0005, 'MSE at 0.001');
  close(worst.mseGradient, -0.002, 0.0001, 'MSE gradient at 0.001');
  // MSE on a probability never exceeds 1; BCE keeps growing as q shrinks.
  assert.ok(result.confidentWrong.every((row) => row.mse <= 1));
  const bce = result.confidentWrong.map((row) => row.binary_crossentropy);
  assert.ok(
    bce.every((v, i) => i === 0 || v > bce[i - 1] + 1.5),
    'each tenfold drop adds about ln 10',
  );
});

test("both lines fit the clean data, and the outlier's fits are the ones the text quotes", (t) => {
  const { mse, mae } = result.line;
  const fmt = ({ w, b }) => `w ${w.toFixed(3)}, b ${b.toFixed(3)}`;
  t.diagnostic(
    `MSE fit: clean ${fmt(mse.clean)} -> with outlier ${fmt(mse.withOutlier)}, mean shift ${mse.shift.toFixed(4)}; loss of the true line ${mse.lossOfTruth.toFixed(4)}`,
  );
  t.diagnostic(
    `MAE fit: clean ${fmt(mae.clean)} -> with outlier ${fmt(mae.withOutlier)}, mean shift ${mae.shift.toFixed(4)}; loss of the true line ${mae.lossOfTruth.toFixed(4)}`,
  );
  // Both recover y = x / 2 on clean data.
  for (const fit of [mse.clean, mae.clean]) {
    close(fit.w, 0.5, 0.01, 'clean slope');
    close(fit.b, 0, 0.01, 'clean intercept');
  }
  // What the text quotes.
  close(mse.withOutlier.w, 0.91, 0.005, 'MSE slope with the outlier');
  close(mse.withOutlier.b, 0.27, 0.005, 'MSE intercept with the outlier');
  close(mse.lossOfTruth, 9 / 11, 1e-4, 'MSE of the true line');
  close(mae.lossOfTruth, 3 / 11, 1e-4, 'MAE of the true line');
});

test('sparse categorical cross-entropy on integer labels equals categorical on one-hot labels', (t) => {
  const { categorical, sparse } = result.labels;
  t.diagnostic(`categorical ${categorical.toFixed(6)}, sparse ${sparse.toFixed(6)}`);
  close(sparse, categorical, 1e-6, 'sparse vs one-hot');
});

test('the figure follows its knobs: the numbers its text, buttons and predictions quote', (t) => {
  const at = (set) => compute(dp, { values: figureValues(lesson.figure, set) });
  const fmt = ({ w, b }) => `w ${w.toFixed(3)}, b ${b.toFixed(3)}`;

  // The text: the tilted MSE line scores lower than the true line.
  close(result.line.mse.withOutlier.loss, 0.68, 0.005, 'MSE of the fitted line');

  const none = at({ height: 0 }).line;
  for (const fit of [none.mse.withOutlier, none.mae.withOutlier]) {
    close(fit.w, 0.5, 0.005, 'slope with no outlier');
    close(fit.b, 0, 0.005, 'intercept with no outlier');
  }

  const end = at({ position: -1 }).line;
  t.diagnostic(
    `outlier at x = -1: MSE ${fmt(end.mse.withOutlier)}, shift ${end.mse.shift.toFixed(3)}; MAE shift ${end.mae.shift.toFixed(4)}`,
  );
  close(end.mse.withOutlier.w, -0.18, 0.005, 'MSE slope with the outlier at x = -1');
  close(end.mse.shift, 0.42, 0.005, 'MSE shift with the outlier at x = -1');
  assert.ok(end.mae.shift < 0.01, 'the MAE line stays');

  const many = at({ points: 41 });
  t.diagnostic(
    `41 points: MSE shift ${many.line.mse.shift.toFixed(4)} against ${result.line.mse.shift.toFixed(4)} among 11`,
  );
  assert.equal(many.points.x.length, 41);
  close(many.line.mse.shift, 0.085, 0.0005, 'MSE shift among 41 points');
  close(result.line.mse.shift, 0.31, 0.005, 'MSE shift among 11 points');
  assert.ok(many.line.mae.shift < 0.001, 'the MAE line does not move among 41 points');

  // The predictions: an outlier of 8 drags the MSE line further; one at x = 0 lifts it without tilting.
  const [far, middle] = lesson.predictions;
  assert.equal(far.answer({ compute: at(far.set) }), 0, 'an outlier of 8 drags the MSE line further');
  t.diagnostic(`outlier at x = 0: MSE ${fmt(at(middle.set).line.mse.withOutlier)}`);
  assert.equal(
    middle.answer({ compute: at(middle.set) }),
    1,
    'an outlier at x = 0 lifts the MSE line without tilting it',
  );
});
