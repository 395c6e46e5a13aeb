// What each lesson's experiment measured, and the checks its claim is made
// of: measureClaim(lesson, results) → { facts: [sentence, ...], checks:
// [{ name, holds, measured }], holds }. The page's claim box shows the facts
// and whether every check holds; tests/node/lesson_<id>.test.mjs asserts
// each check by name on the default run (and, for a claim about an average
// over seeds, on the seeds' means where the checks can read them), so the
// page and the test read the same thresholds. A claim about an average over
// seeds may miss on a single run.
import { BOUNDARY_GRID, PLANE_EXTENT } from '../domain/plane.js';

const pct = (v) => `${(100 * v).toFixed(1)}%`;
const fixed = (v, digits = 3) => v.toFixed(digits);
const sci = (v) => (v === 0 ? '0' : v.toExponential(1).replace('e-', 'e−'));
const small = (v) => (Math.abs(v) >= 0.001 ? fixed(v, 4) : sci(v));
const steps = (n) => (Number.isFinite(n) ? `${n} steps` : 'never');
const check = (name, holds, measured) => ({ name, holds: Boolean(holds), measured });

/** The first index where `values` drops below `target` (Infinity: never). */
export const firstBelow = (values, target) => {
  const i = values.findIndex((v) => v < target);
  return i < 0 ? Infinity : i;
};
/** The index from which `values` stays below `target` for good (Infinity: it ends at or above it). */
const staysBelow = (values, target) => {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] >= target) return i + 1 < values.length ? i + 1 : Infinity;
  return 0;
};
/** Jitter of a curve around its trend: mean |L[t+1] - 2 L[t] + L[t-1]| over its second half. */
export const jitter = (curve) => {
  const half = curve.slice(Math.floor(curve.length / 2));
  let sum = 0;
  for (let t = 1; t < half.length - 1; t++) sum += Math.abs(half[t + 1] - 2 * half[t] + half[t - 1]);
  return half.length > 2 ? sum / (half.length - 2) : 0;
};
const runWhere = (lesson, predicate) => lesson.experiment.runs.find(predicate)?.label;
const accuracy = (results, label) => results[label].test.accuracy;
/** getWeights() is kernel, bias per dense layer: the kernels only. */
const kernels = (result) => result.weights.filter((_, i) => i % 2 === 0).flatMap((k) => Array.from(k));

/** The boundary grid's output at a point of the plane (first output unit). */
function outputAt(result, x1, x2) {
  const cell = (v) =>
    Math.min(BOUNDARY_GRID - 1, Math.max(0, Math.floor(((v + PLANE_EXTENT) / (2 * PLANE_EXTENT)) * BOUNDARY_GRID)));
  return result.boundary[(cell(-x2) * BOUNDARY_GRID + cell(x1)) * result.shape.outputs];
}

/** Loss levels the races are run to, shared with the claim tests' averages over seeds. */
export const TARGETS = { 'gd-vs-sgd': 0.3, momentum: 1e-3, optimizers: { valley: 0.01, net: 0.1 } };

/** why-sgd: where a walker ends when it has escaped. */
export const ESCAPED = {
  // the saddle: off the ridge line, down near a minimum (w2 = ±√2, loss 0)
  saddle: (end) => Math.abs(end.w2) > 0.7 && end.loss < 0.5,
  // the double well: over the barrier (w1 = 3t/4, t = 0.4) into the deep basin of w1 = -1
  local_minimum: (end) => end.w1 < 0.3,
};

// The checks of claims that hold on average, written on numbers that one run
// gives and that the claim tests' means over seeds give alike.

/** neural-networks: test accuracies of one neuron on gauss and on circle, and of the hidden net on circle. */
export function neuronChecks({ gauss, circle, hidden }) {
  return [
    check('one neuron separates the two clouds: above 95%', gauss > 0.95, `gauss ${pct(gauss)}`),
    check('one neuron cannot separate the circle: below 70%', circle < 0.7, `circle ${pct(circle)}`),
    check('four hidden neurons learn the circle: above 90%', hidden > 0.9, `hidden ${pct(hidden)}`),
  ];
}

/** activations: circle test accuracies with linear, relu and tanh hidden units. */
export function hiddenActivationChecks({ linear, relu, tanh }) {
  return [
    check('linear hidden units cannot separate the circle: below 70%', linear < 0.7, `linear ${pct(linear)}`),
    check(
      'relu and tanh hidden units separate the circle: above 95%',
      relu > 0.95 && tanh > 0.95,
      `relu ${pct(relu)}, tanh ${pct(tanh)}`,
    ),
  ];
}

/** gd-vs-sgd: how far GD's final training loss lies above the worse of SGD's and mini-batch's, and the jitter of [GD, mini-batch, SGD]. */
export function raceChecks(lead, [gd, mini, sgd]) {
  return [
    check(
      'after the same passes SGD and mini-batch end at least 0.3 below full-batch GD',
      lead > 0.3,
      `GD ends ${fixed(lead)} above the worse of them`,
    ),
    check(
      "SGD's training loss curve is the noisiest: over 3 times the others' jitter",
      sgd > 3 * Math.max(gd, mini),
      `jitter GD ${sci(gd)}, mini-batch ${sci(mini)}, SGD ${sci(sgd)}`,
    ),
  ];
}

/** regularization: the share of a run's kernel weights with |w| < nearZero, their norm, and its test − training loss gap. */
export function penaltyMeasures(result, nearZero) {
  const w = kernels(result);
  return {
    nearZero: w.filter((v) => Math.abs(v) < nearZero).length / w.length,
    norm: Math.sqrt(w.reduce((s, v) => s + v * v, 0)),
    // evaluate() adds the same penalty to both losses, so the gap is the data losses' gap.
    gap: result.test.loss - result.train.loss,
  };
}

/** regularization's checks on the measures of the runs without penalty, with L1 and with L2 (one run's, or means over seeds). */
export function penaltyChecks([none, l1, l2], nearZero) {
  const listed = (key, show) => `none ${show(none[key])}, L1 ${show(l1[key])}, L2 ${show(l2[key])}`;
  return [
    check(
      `L1 leaves over 3 times as many kernel weights near zero (|w| < ${nearZero}) as L2`,
      l1.nearZero > 3 * l2.nearZero,
      listed('nearZero', pct),
    ),
    check(
      'L2 more than halves the weight norm',
      l2.norm < none.norm / 2,
      listed('norm', (v) => fixed(v, 2)),
    ),
    check(
      'L1 and L2 both narrow the gap between test and training loss',
      l1.gap < none.gap && l2.gap < none.gap,
      listed('gap', fixed),
    ),
  ];
}

const MEASURES = {
  'what-is-deep-learning'(lesson, r) {
    const [raw, crafted, linear] = ['raw', 'crafted', 'linear'].map((label) => accuracy(r, label));
    return {
      facts: [
        `Network with two hidden layers on raw x1, x2: ${pct(raw)} test accuracy.`,
        `Linear model handed x1², x2²: ${pct(crafted)}.`,
        `Linear model on raw x1, x2: ${pct(linear)} (chance is 50%).`,
      ],
      checks: [
        check(
          'the net on raw x1, x2 and the linear model on x1², x2² both reach 95% test accuracy',
          raw >= 0.95 && crafted >= 0.95,
          `raw ${pct(raw)}, crafted ${pct(crafted)}`,
        ),
        check(
          'the net on raw inputs is within 4 points of the linear model on x1², x2²',
          Math.abs(raw - crafted) <= 0.04,
          `difference ${pct(Math.abs(raw - crafted))}`,
        ),
        check('the linear model on raw x1, x2 stays near chance: below 70%', linear < 0.7, `linear ${pct(linear)}`),
      ],
    };
  },
  'why-deep'(lesson, r) {
    const acc = lesson.experiment.runs.map((run) => accuracy(r, run.label));
    const shown = acc.map(pct).join(', ');
    return {
      facts: lesson.experiment.runs.map((run, i) => `${run.label}: ${pct(acc[i])} test accuracy on the spiral.`),
      checks: [
        check('no hidden layer stays near chance: below 70%', acc[0] < 0.7, `0 hidden ${pct(acc[0])}`),
        check(
          'two and three hidden layers exceed 90%',
          acc[2] > 0.9 && acc[3] > 0.9,
          `2 hidden ${pct(acc[2])}, 3 hidden ${pct(acc[3])}`,
        ),
        check(
          'accuracy rises with depth: 0 < 1 < 2 hidden layers, and 3 within a point of 2 or better',
          acc[0] < acc[1] && acc[1] < acc[2] && acc[2] <= acc[3] + 0.01,
          `depth 0..3: ${shown}`,
        ),
      ],
    };
  },
  'neural-networks'(lesson, r) {
    const [gauss, circle, hidden] = ['neuron-gauss', 'neuron-circle', 'hidden'].map((label) => accuracy(r, label));
    const centre = outputAt(r.hidden, 0, 0);
    const rim = [
      [0.85, 0],
      [-0.85, 0],
      [0, 0.85],
      [0, -0.85],
    ].map(([x1, x2]) => outputAt(r.hidden, x1, x2));
    // Closed: the centre is in and (±r, 0), (0, ±r) are out. No half-plane
    // can do that: if it holds 0 then b > 0, and of p and −p one is in as well.
    const closed = centre > 0.5 && rim.every((p) => p < 0.5);
    return {
      facts: [
        `One neuron on two clouds (gauss): ${pct(gauss)} test accuracy.`,
        `One neuron on the circle: ${pct(circle)}.`,
        `Four hidden neurons on the circle: ${pct(hidden)}; the output is ${fixed(centre, 2)} at the centre and ${closed ? 'below 0.5' : 'not below 0.5'} at all four points 0.85 away from it — ${closed ? 'a closed region' : 'not a closed region'}.`,
      ],
      checks: [
        ...neuronChecks({ gauss, circle, hidden }),
        check(
          "the hidden neurons' positive region is closed around the centre",
          closed,
          `output ${fixed(centre, 3)} at the centre, ${rim.map((p) => fixed(p, 3)).join(', ')} at 0.85 from it`,
        ),
      ],
    };
  },
  activations(lesson, r) {
    const names = ['linear', 'relu', 'tanh', 'sigmoid'];
    const acc = Object.fromEntries(names.map((name) => [name, accuracy(r, name)]));
    const { boundary, shape } = r.softmax;
    let worst = 0;
    for (let i = 0; i < boundary.length; i += shape.outputs) {
      let sum = 0;
      for (let k = 0; k < shape.outputs; k++) sum += boundary[i + k];
      worst = Math.max(worst, Math.abs(sum - 1));
    }
    const softmax = accuracy(r, 'softmax');
    return {
      facts: [
        `Circle test accuracy with ${names.map((name) => `${name} ${pct(acc[name])}`).join(', ')} hidden units.`,
        `Softmax on 3 blobs: ${pct(softmax)} test accuracy; over ${boundary.length / shape.outputs} points of the plane its three outputs sum to 1 within ${sci(worst)}.`,
      ],
      checks: [
        ...hiddenActivationChecks(acc),
        check(
          'the softmax outputs sum to 1 within 1e-5 all over the plane',
          worst < 1e-5,
          `largest |sum − 1| ${sci(worst)}`,
        ),
        check('the softmax net classifies the 3 blobs: above 90%', softmax > 0.9, `softmax ${pct(softmax)}`),
      ],
    };
  },
  'loss-functions'(lesson, r) {
    const worst = r.compute.confidentWrong.find((row) => row.q === 0.001);
    const { mse, mae } = r.compute.line;
    const push = Math.abs(worst.binary_crossentropyGradient / worst.mseGradient);
    return {
      facts: [
        `True class 1, predicted 0.001: binary cross-entropy ${fixed(worst.binary_crossentropy, 2)}, MSE ${fixed(worst.mse, 3)}.`,
        `Gradient on the neuron's sum: ${fixed(worst.binary_crossentropyGradient, 3)} against ${fixed(worst.mseGradient, 4)} — ${Math.round(push)} times stronger.`,
        `One outlier: the MSE line's slope goes ${fixed(mse.clean.w, 2)} → ${fixed(mse.withOutlier.w, 2)}, the MAE line's ${fixed(mae.clean.w, 2)} → ${fixed(mae.withOutlier.w, 2)}; predictions move ${fixed(mse.shift, 3)} against ${fixed(mae.shift, 3)} on average.`,
      ],
      checks: [
        check(
          'at q = 0.001 binary cross-entropy charges over 5 times what MSE does',
          worst.binary_crossentropy > 5 * worst.mse,
          `${fixed(worst.binary_crossentropy, 3)} against ${fixed(worst.mse, 3)}`,
        ),
        check(
          "at q = 0.001 the gradient of binary cross-entropy pushes over 400 times harder than MSE's",
          push > 400,
          `${Math.round(push)} times`,
        ),
        check(
          'an outlier moves the MAE line less than a tenth as much as the MSE line',
          mae.shift < mse.shift / 10,
          `mean shift MAE ${fixed(mae.shift, 4)}, MSE ${fixed(mse.shift, 4)}`,
        ),
      ],
    };
  },
  'gradient-descent'(lesson, r) {
    const { path } = r[lesson.experiment.runs[0].label];
    const last = path.loss.length - 1;
    const drops = Array.from({ length: last }, (_, i) => path.loss[i] - path.loss[i + 1]);
    const lastTen = drops.slice(-10).reduce((a, b) => a + b, 0);
    const distance = Math.hypot(path.w1[last], path.w2[last]);
    return {
      facts: [
        `Loss ${fixed(path.loss[0], 2)} at (${fixed(path.w1[0], 1)}, ${fixed(path.w2[0], 1)}) → ${sci(path.loss[last])} after ${last} steps, ending at (${sci(path.w1[last])}, ${sci(path.w2[last])}).`,
        `The first step lowers the loss by ${fixed(drops[0], 2)}, the last ten together by ${sci(lastTen)}: the curve has flattened.`,
      ],
      checks: [
        check('the walk starts high on the bowl: loss above 3', path.loss[0] > 3, `start loss ${fixed(path.loss[0])}`),
        check(
          'gradient descent reaches the minimum at (0, 0): loss below 1e-5, within 0.01 of it, without diverging',
          !path.diverged && path.loss[last] < 1e-5 && distance < 1e-2,
          `after ${last} steps loss ${sci(path.loss[last])}, distance ${sci(distance)}`,
        ),
        check(
          'the loss falls at every step, each step less than the one before',
          drops.every((d, i) => d > 0 && (i === 0 || d < drops[i - 1])),
          `drops ${sci(drops[0])} … ${sci(drops.at(-1))}`,
        ),
        check(
          'the curve flattens: the last ten steps gain under 1e-4 of the first',
          lastTen < 1e-4 * drops[0],
          `first ${fixed(drops[0])}, last ten ${sci(lastTen)}`,
        ),
      ],
    };
  },
  'gd-vs-sgd'(lesson, r) {
    const labels = lesson.experiment.runs.map((run) => run.label);
    const [gd, mini, sgd] = labels.map((label) => r[label]);
    const noise = labels.map((label) => jitter(r[label].history.loss));
    const testNoise = labels.map((label) => jitter(r[label].history.valLoss));
    const passes = labels.map((label) => firstBelow(r[label].history.loss, TARGETS['gd-vs-sgd']));
    const listed = (values, show) => labels.map((label, i) => `${label} ${show(values[i])}`).join(', ');
    return {
      facts: [
        ...labels.map((label, i) => {
          const { history, updatesPerEpoch } = r[label];
          return `${label}: training loss ${fixed(history.loss.at(-1))} after ${history.loss.length} passes (${updatesPerEpoch} ${updatesPerEpoch === 1 ? 'update' : 'updates'} per pass); below ${TARGETS['gd-vs-sgd']} ${Number.isFinite(passes[i]) ? `after ${passes[i] + 1} passes` : 'never'}.`;
        }),
        `Jitter of the loss curves (second half): ${listed(noise, sci)}.`,
      ],
      checks: [
        ...raceChecks(gd.train.loss - Math.max(mini.train.loss, sgd.train.loss), noise),
        check(
          `SGD gets below loss ${TARGETS['gd-vs-sgd']} first, then mini-batch, then GD`,
          passes[2] < passes[1] && passes[1] < passes[0],
          `passes ${listed(passes, (i) => (Number.isFinite(i) ? i + 1 : 'never'))}`,
        ),
        check(
          "SGD's test loss curve is the noisiest too: over 3 times the others' jitter",
          testNoise[2] > 3 * Math.max(testNoise[0], testNoise[1]),
          `jitter ${listed(testNoise, sci)}`,
        ),
      ],
    };
  },
  'why-sgd'(lesson, r) {
    const end = (label) => ({
      w1: r[label].path.w1.at(-1),
      w2: r[label].path.w2.at(-1),
      loss: r[label].path.loss.at(-1),
    });
    const on = (surface, noisy) =>
      lesson.experiment.runs
        .filter((run) => run.surface === surface && run.path.gradientNoise > 0 === noisy)
        .map((run) => run.label);
    const at = (p) => `(${fixed(p.w1)}, ${fixed(p.w2)}) loss ${fixed(p.loss)}`;
    const saddleGd = end(on('saddle', false)[0]);
    const wellGd = end(on('local_minimum', false)[0]);
    const escaped = (surface) => on(surface, true).filter((label) => ESCAPED[surface](end(label))).length;
    const walkers = (surface) => on(surface, true).length;
    return {
      facts: [
        `Saddle: full-batch GD ends at loss ${fixed(saddleGd.loss)}; ${escaped('saddle')} of ${walkers('saddle')} mini-batch walkers escape to a minimum.`,
        `Double well: full-batch GD ends at loss ${fixed(wellGd.loss)} in the shallow well; ${escaped('local_minimum')} of ${walkers('local_minimum')} walkers end in the deep well.`,
      ],
      checks: [
        check(
          'full-batch GD stalls on the saddle point: loss 1 on the ridge line w2 = 0',
          Math.abs(saddleGd.loss - 1) < 1e-3 && Math.abs(saddleGd.w2) < 1e-6 && !ESCAPED.saddle(saddleGd),
          `GD ends at ${at(saddleGd)}`,
        ),
        check(
          'full-batch GD stalls in the shallow well: w1 = 1, loss 1.6',
          Math.abs(wellGd.w1 - 1) < 1e-2 && Math.abs(wellGd.loss - 1.6) < 1e-2 && !ESCAPED.local_minimum(wellGd),
          `GD ends at ${at(wellGd)}`,
        ),
        check(
          'every mini-batch walker escapes the saddle to a minimum',
          escaped('saddle') === walkers('saddle'),
          `${escaped('saddle')} of ${walkers('saddle')}`,
        ),
        check(
          'every mini-batch walker ends in the deep well',
          escaped('local_minimum') === walkers('local_minimum'),
          `${escaped('local_minimum')} of ${walkers('local_minimum')}`,
        ),
      ],
    };
  },
  'negative-log-likelihood'(lesson, r) {
    const { before, after, sameStart, raised } = r.compute;
    const gap = (m) =>
      Math.max(Math.abs(m.nll - m.sparse), Math.abs(m.nll - m.categorical), Math.abs(m.nll - m.byHand));
    const [nll, ...others] = lesson.experiment.runs.map((run) => r[run.label].history);
    const apart = (key) => others.flatMap((h) => h[key].map((v, i) => Math.abs(v - nll[key][i])));
    const curves = Math.max(...apart('loss'), ...apart('valLoss'));
    return {
      facts: [
        `Before training: nll ${fixed(before.nll, 6)}, sparse CCE ${fixed(before.sparse, 6)}, one-hot CCE ${fixed(before.categorical, 6)}, −mean log p by hand ${fixed(before.byHand, 6)} (largest difference ${sci(gap(before))}).`,
        `After training: nll ${fixed(after.nll, 6)}, largest difference ${sci(gap(after))}.`,
        `Mean probability of the true class: ${fixed(before.meanTrueProbability, 2)} → ${fixed(after.meanTrueProbability, 2)}. The three training curves differ by at most ${sci(curves)}.`,
      ],
      checks: [
        check(
          'on the same weights nll, sparse CCE, one-hot CCE and −mean log p agree to 1e-6, before and after training',
          sameStart && gap(before) <= 1e-6 && gap(after) <= 1e-6,
          `largest difference ${sci(gap(before))} before, ${sci(gap(after))} after; same start ${sameStart}`,
        ),
        check(
          'training moves nll by more than 0.5',
          before.nll - after.nll > 0.5,
          `nll ${fixed(before.nll, 4)} → ${fixed(after.nll, 4)}`,
        ),
        check(
          'minimizing nll raises the mean probability of the true class from below 0.45 to above 0.9',
          before.meanTrueProbability < 0.45 && after.meanTrueProbability > 0.9,
          `${fixed(before.meanTrueProbability, 4)} → ${fixed(after.meanTrueProbability, 4)}`,
        ),
        check("the true class's probability rose on over 90% of the training rows", raised > 0.9, `${pct(raised)}`),
        check(
          'the three training runs trace the same loss curves to 1e-6, falling to under a fifth',
          curves <= 1e-6 && nll.loss.at(-1) < nll.loss[0] / 5,
          `largest difference ${sci(curves)}; nll ${fixed(nll.loss[0], 4)} → ${fixed(nll.loss.at(-1), 4)}`,
        ),
      ],
    };
  },
  optimizers(lesson, r) {
    const names = ['SGD', 'momentum', 'RMSprop', 'Adam'];
    const { valley: low, net: netLow } = TARGETS.optimizers;
    const valley = Object.fromEntries(
      [...names, 'SGD at 0.3'].map((n) => [n, firstBelow(r[`valley: ${n}`].path.loss, low)]),
    );
    const net = Object.fromEntries(names.map((n) => [n, firstBelow(r[`net: ${n}`].history.loss, netLow)]));
    const rosenbrock = Object.fromEntries(names.map((n) => [n, r[`Rosenbrock: ${n}`].path]));
    const adamEnd = [rosenbrock.Adam.w1.at(-1), rosenbrock.Adam.w2.at(-1)];
    const sgdFinal = r['net: SGD'].history.loss.at(-1);
    const epochs = (i) => (Number.isFinite(i) ? `${i + 1} epochs` : 'not within 150 epochs');
    const fast = ['Adam', 'RMSprop'];
    const ratios = (base) => fast.map((n) => `${n} ${fixed(valley[n] / valley[base])}`).join(', ');
    return {
      facts: [
        `Valley, steps to loss < ${low}: ${Object.entries(valley)
          .map(([n, s]) => `${n} ${steps(s)}`)
          .join(', ')}.`,
        `Sigmoid net on the circle, training loss < ${netLow}: ${names.map((n) => `${n} ${epochs(net[n])}`).join(', ')}.`,
        `Rosenbrock at rate 0.1: ${names.map((n) => `${n} ${rosenbrock[n].diverged ? 'diverged' : `ends at loss ${sci(rosenbrock[n].loss.at(-1))}`}`).join(', ')}.`,
      ],
      checks: [
        check(
          `plain SGD does reach loss ${low} on the valley, slowly`,
          Number.isFinite(valley.SGD) && Number.isFinite(valley['SGD at 0.3']),
          `SGD ${steps(valley.SGD)}, at 0.3 ${steps(valley['SGD at 0.3'])}`,
        ),
        check(
          "on the valley Adam and RMSprop need under a quarter of plain SGD's steps at the same rate",
          fast.every((n) => valley[n] < valley.SGD / 4),
          `ratios ${ratios('SGD')}`,
        ),
        check(
          'on the valley Adam and RMSprop need under half the steps of SGD at rate 0.3',
          fast.every((n) => valley[n] < valley['SGD at 0.3'] / 2),
          `ratios ${ratios('SGD at 0.3')}`,
        ),
        check(
          'on Rosenbrock at rate 0.1 SGD and momentum diverge, RMSprop and Adam do not',
          rosenbrock.SGD.diverged &&
            rosenbrock.momentum.diverged &&
            !rosenbrock.RMSprop.diverged &&
            !rosenbrock.Adam.diverged,
          names.map((n) => `${n} ${rosenbrock[n].diverged ? 'diverged' : 'did not diverge'}`).join(', '),
        ),
        check(
          "Adam ends within 0.05 of Rosenbrock's minimum (1, 1)",
          Math.hypot(adamEnd[0] - 1, adamEnd[1] - 1) < 0.05,
          `Adam ends at (${fixed(adamEnd[0])}, ${fixed(adamEnd[1])})`,
        ),
        check(
          `on the sigmoid net Adam and RMSprop get below loss ${netLow} within 20 epochs`,
          fast.every((n) => net[n] < 20),
          fast.map((n) => `${n} ${epochs(net[n])}`).join(', '),
        ),
        check(
          'plain SGD is still on the plateau (ln 2 = 0.69) after all its epochs',
          !Number.isFinite(net.SGD) && sgdFinal > 0.6,
          `SGD ${epochs(net.SGD)}, final loss ${fixed(sgdFinal)}`,
        ),
      ],
    };
  },
  'learning-rate'(lesson, r) {
    const bowlRuns = lesson.experiment.runs.filter((run) => run.kind === 'surface');
    const bowl = (rate) => r[`bowl: rate ${rate}`].path;
    const left = (rate) => bowl(rate).loss.at(-1) / bowl(rate).loss[0];
    const taken = (rate) => bowl(rate).loss.length - 1;
    const planned = bowlRuns[0].path.steps;
    const nets = lesson.experiment.runs.filter((run) => run.kind === 'train');
    const rate = (run) => run.spec.optimizer.learningRate;
    const exploding = nets.reduce((a, b) => (rate(b) > rate(a) ? b : a)).label;
    const constant = nets.find((run) => run.label !== exploding && !run.spec.optimizer.schedule).label;
    const decaying = nets.find((run) => run.spec.optimizer.schedule).label;
    const diverged = r[exploding].history.diverged;
    const final = (label) => r[label].train.loss;
    const firstEpoch = r[constant].history.loss[0];
    return {
      facts: [
        `Bowl: rate 1.5 ${bowl(1.5).diverged ? `diverged and was stopped at step ${taken(1.5)}` : 'did not diverge'}; rate 0.001 leaves ${pct(left(0.001))} of the loss after ${planned} steps, rate 0.01 ${pct(left(0.01))}, rate 0.1 ${small(100 * left(0.1))}%.`,
        diverged
          ? `On the regression net, “${exploding}” diverged in epoch ${diverged.epoch + 1}, at step ${diverged.step} (last finite loss ${fixed(diverged.lastLoss, 1)}).`
          : 'On the regression net, no run diverged.',
        `Final training loss: “${constant}” ${small(final(constant))}, “${decaying}” ${small(final(decaying))}.`,
      ],
      checks: [
        check(
          'on the bowl rate 1.5 diverges and is stopped early',
          bowl(1.5).diverged && taken(1.5) < planned,
          `diverged ${bowl(1.5).diverged} after ${taken(1.5)} of ${planned} steps`,
        ),
        check(
          'rates 0.1, 0.01 and 0.001 run all their steps',
          [0.1, 0.01, 0.001].every((rate) => !bowl(rate).diverged && taken(rate) === planned),
          [0.1, 0.01, 0.001].map((rate) => `${rate}: ${taken(rate)} steps`).join(', '),
        ),
        check('rate 0.001 leaves more than 90% of the loss', left(0.001) > 0.9, pct(left(0.001))),
        check('rate 0.1 ends below 0.1% of its starting loss', left(0.1) < 1e-3, `${small(100 * left(0.1))}%`),
        check(
          'smaller rates end higher',
          left(0.001) > left(0.01) && left(0.01) > left(0.1),
          [0.001, 0.01, 0.1].map((rate) => `${rate}: ${sci(bowl(rate).loss.at(-1))}`).join(', '),
        ),
        check(
          'on the net the largest rate diverges within the first 10 steps of the first epoch, with a finite last loss; the rate-0.3 runs do not',
          Boolean(diverged) &&
            !r[constant].history.diverged &&
            !r[decaying].history.diverged &&
            diverged.epoch === 0 &&
            diverged.step <= 10 &&
            Number.isFinite(diverged.lastLoss),
          diverged
            ? `“${exploding}” diverged in epoch ${diverged.epoch + 1} at step ${diverged.step}, last loss ${fixed(diverged.lastLoss, 2)}`
            : 'no run diverged',
        ),
        check(
          'decaying the rate ends with a lower training loss than keeping it constant',
          final(decaying) < final(constant),
          `decaying ${small(final(decaying))}, constant ${small(final(constant))}`,
        ),
        check(
          "the constant rate does converge: below a third of its first epoch's loss",
          final(constant) < firstEpoch / 3,
          `${small(final(constant))} against ${small(firstEpoch)}`,
        ),
      ],
    };
  },
  momentum(lesson, r) {
    const target = TARGETS.momentum;
    const find = (test) => runWhere(lesson, (run) => test(run.path.optimizer));
    const plain = find((o) => !o.momentum && o.learningRate < 1);
    const fast = find((o) => !o.momentum && o.learningRate > 1);
    const averaged = find((o) => o.momentum && o.dampening);
    const classic = find((o) => o.momentum && !o.dampening);
    const loss = (label) => r[label].path.loss;
    const [p, c, a] = [plain, classic, averaged].map((label) => firstBelow(loss(label), target));
    const [pFor, cFor, aFor] = [plain, classic, averaged].map((label) => staysBelow(loss(label), target));
    const pa = r[averaged].path;
    const pc = r[classic].path;
    let apart = 0;
    for (let i = 0; i < Math.min(pa.w1.length, pc.w1.length); i++)
      apart = Math.max(apart, Math.abs(pa.w1[i] - pc.w1[i]), Math.abs(pa.w2[i] - pc.w2[i]));
    const blowUp = r[fast].path;
    return {
      facts: [
        `Steps to loss < ${target}: plain SGD ${steps(p)}, momentum (classic form) ${steps(c)}, momentum (averaged form) ${steps(a)}; below it for good after ${steps(pFor)}, ${steps(cFor)} and ${steps(aFor)}.`,
        `The two forms' paths differ by at most ${sci(apart)}; plain SGD at rate 3 ${blowUp.diverged ? `diverged after ${blowUp.loss.length - 1} steps` : 'did not diverge'}.`,
      ],
      checks: [
        check(`plain SGD reaches loss ${target} too, slowly`, Number.isFinite(p), `plain SGD ${steps(p)}`),
        check(
          `momentum 0.9 reaches loss ${target} in under half the steps of plain SGD, in both forms`,
          c < p / 2 && a < p / 2,
          `plain ${steps(p)}, classic ${steps(c)}, averaged ${steps(a)}`,
        ),
        check(
          `momentum 0.9 stays below loss ${target} for good in under half the steps of plain SGD, in both forms`,
          cFor < pFor / 2 && aFor < pFor / 2,
          `below for good after: plain ${steps(pFor)}, classic ${steps(cFor)}, averaged ${steps(aFor)}`,
        ),
        check(
          'the averaged form at rate η/(1−β) and the classic form at η trace the same path (within 1e-4)',
          pa.w1.length === pc.w1.length && apart < 1e-4,
          `largest difference ${sci(apart)} over ${pc.w1.length - 1} and ${pa.w1.length - 1} steps`,
        ),
        check(
          "plain SGD at the averaged form's rate diverges within 3 steps; momentum at that rate does not",
          blowUp.diverged && blowUp.loss.length - 1 <= 3 && !pa.diverged && pa.loss.at(-1) < target,
          `plain SGD diverged ${blowUp.diverged} after ${blowUp.loss.length - 1} steps; averaged form diverged ${pa.diverged}, final loss ${sci(pa.loss.at(-1))}`,
        ),
      ],
    };
  },
  dropout(lesson, r) {
    const labels = lesson.experiment.runs.map((run) => run.label);
    const gaps = labels.map((label) => r[label].test.loss - r[label].train.loss);
    const shown = labels.map((label, i) => `${label} ${fixed(gaps[i])}`).join(', ');
    return {
      facts: labels.map(
        (label, i) =>
          `${label}: training loss ${fixed(r[label].train.loss)}, test loss ${fixed(r[label].test.loss)}, gap ${fixed(gaps[i])}.`,
      ),
      checks: [
        check(
          'dropout narrows the gap between test and training loss, the higher rate more',
          gaps[1] < gaps[0] && gaps[2] < gaps[1],
          `gaps ${shown}`,
        ),
      ],
    };
  },
  regularization(lesson, r) {
    const nearZero = lesson.widgets.find((w) => w.type === 'weight-histogram').nearZero;
    const labels = lesson.experiment.runs.map((run) => run.label);
    const m = labels.map((label) => penaltyMeasures(r[label], nearZero));
    return {
      facts: labels.map(
        (label, i) =>
          `${label}: ${pct(m[i].nearZero)} of kernel weights have |w| < ${nearZero}, weight norm ${fixed(m[i].norm, 2)}, test − training loss ${fixed(m[i].gap)}.`,
      ),
      checks: penaltyChecks(m, nearZero),
    };
  },
};

// Negative numbers with a true minus sign, as the rest of the page writes them.
const withMinus = (text) => text.replace(/(^|[\s(,])-(?=\d)/g, '$1−');

/** { facts, checks, holds } for the lesson's results (null when the lesson has no measure). */
export function measureClaim(lesson, results) {
  const measure = MEASURES[lesson.id];
  if (!measure) return null;
  const { facts, checks } = measure(lesson, results);
  return { facts: facts.map(withMinus), checks, holds: checks.every((c) => c.holds) };
}
