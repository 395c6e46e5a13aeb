// What each lesson's experiment measured, in words, for the claim box under
// the Run button: measureClaim(lesson, results) → { facts: [sentence, ...],
// holds }. The measures are the ones the Node claim tests assert on
// (tests/node/lesson_<id>.test.mjs); `holds` says whether this run shows the
// claim (a claim about an average over seeds may miss on a single run).
import { BOUNDARY_GRID, PLANE_EXTENT } from '../domain/plane.js';

const pct = (v) => `${(100 * v).toFixed(1)}%`;
const fixed = (v, digits = 3) => v.toFixed(digits);
const sci = (v) => (v === 0 ? '0' : v.toExponential(1).replace('e-', 'e−'));
const small = (v) => (Math.abs(v) >= 0.001 ? fixed(v, 4) : sci(v));
const steps = (n) => (Number.isFinite(n) ? `${n} steps` : 'never');

/** The first index where `values` drops below `target` (Infinity: never). */
const firstBelow = (values, target) => {
  const i = values.findIndex((v) => v < target);
  return i < 0 ? Infinity : i;
};
// Jitter of a curve around its trend: mean |L[t+1] - 2 L[t] + L[t-1]| over its second half.
const jitter = (curve) => {
  const half = curve.slice(Math.floor(curve.length / 2));
  let sum = 0;
  for (let t = 1; t < half.length - 1; t++) sum += Math.abs(half[t + 1] - 2 * half[t] + half[t - 1]);
  return half.length > 2 ? sum / (half.length - 2) : 0;
};
const runWhere = (lesson, predicate) => lesson.experiment.runs.find(predicate)?.label;
const accuracy = (results, label) => results[label].test.accuracy;
const kernels = (result) => result.weights.filter((_, i) => i % 2 === 0).flatMap((k) => Array.from(k));

/** The boundary grid's output at a point of the plane (first output unit). */
function outputAt(result, x1, x2) {
  const cell = (v) => Math.min(BOUNDARY_GRID - 1, Math.max(0, Math.floor(((v + PLANE_EXTENT) / (2 * PLANE_EXTENT)) * BOUNDARY_GRID)));
  return result.boundary[(cell(-x2) * BOUNDARY_GRID + cell(x1)) * result.shape.outputs];
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
      holds: raw >= 0.9 && crafted >= 0.9 && Math.abs(raw - crafted) <= 0.05 && linear < 0.7,
    };
  },
  'why-deep'(lesson, r) {
    const acc = lesson.experiment.runs.map((run) => accuracy(r, run.label));
    return {
      facts: lesson.experiment.runs.map((run, i) => `${run.label}: ${pct(acc[i])} test accuracy on the spiral.`),
      holds: acc[0] < 0.7 && acc[0] < acc[1] && acc[1] < acc[2] && acc[2] > 0.9 && acc[3] > 0.9,
    };
  },
  'neural-networks'(lesson, r) {
    const [gauss, circle, hidden] = ['neuron-gauss', 'neuron-circle', 'hidden'].map((label) => accuracy(r, label));
    const centre = outputAt(r.hidden, 0, 0);
    const rim = [[0.85, 0], [-0.85, 0], [0, 0.85], [0, -0.85]].map(([x1, x2]) => outputAt(r.hidden, x1, x2));
    const closed = centre > 0.5 && rim.every((p) => p < 0.5);
    return {
      facts: [
        `One neuron on two clouds (gauss): ${pct(gauss)} test accuracy.`,
        `One neuron on the circle: ${pct(circle)}.`,
        `Four hidden neurons on the circle: ${pct(hidden)}; the output is ${fixed(centre, 2)} at the centre and ${closed ? 'below 0.5' : 'not below 0.5'} at all four points 0.85 away from it — ${closed ? 'a closed region' : 'not a closed region'}.`,
      ],
      holds: gauss > 0.95 && circle < 0.7 && hidden > 0.9 && closed,
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
    return {
      facts: [
        `Circle test accuracy with ${names.map((name) => `${name} ${pct(acc[name])}`).join(', ')} hidden units.`,
        `Softmax on 3 blobs: ${pct(accuracy(r, 'softmax'))} test accuracy; over ${boundary.length / shape.outputs} points of the plane its three outputs sum to 1 within ${sci(worst)}.`,
      ],
      holds: acc.linear < 0.7 && acc.relu > 0.9 && acc.tanh > 0.9 && worst < 1e-5,
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
      holds: worst.binary_crossentropy > 5 * worst.mse && push > 400 && mae.shift < mse.shift / 10,
    };
  },
  'gradient-descent'(lesson, r) {
    const { path } = r[lesson.experiment.runs[0].label];
    const last = path.loss.length - 1;
    const drops = Array.from({ length: last }, (_, i) => path.loss[i] - path.loss[i + 1]);
    const lastTen = drops.slice(-10).reduce((a, b) => a + b, 0);
    return {
      facts: [
        `Loss ${fixed(path.loss[0], 2)} at (${fixed(path.w1[0], 1)}, ${fixed(path.w2[0], 1)}) → ${sci(path.loss[last])} after ${last} steps, ending at (${sci(path.w1[last])}, ${sci(path.w2[last])}).`,
        `The first step lowers the loss by ${fixed(drops[0], 2)}, the last ten together by ${sci(lastTen)}: the curve has flattened.`,
      ],
      holds: !path.diverged && path.loss[last] < 1e-5 && drops.every((d, i) => d > 0 && (i === 0 || d < drops[i - 1])),
    };
  },
  'gd-vs-sgd'(lesson, r) {
    const labels = lesson.experiment.runs.map((run) => run.label);
    const [gd, mini, sgd] = labels.map((label) => r[label]);
    const noise = labels.map((label) => jitter(r[label].history.loss));
    return {
      facts: [
        ...labels.map((label, i) => {
          const { history, updatesPerEpoch } = r[label];
          const passes = firstBelow(history.loss, 0.3);
          return `${label}: training loss ${fixed(history.loss.at(-1))} after ${history.loss.length} passes (${updatesPerEpoch} ${updatesPerEpoch === 1 ? 'update' : 'updates'} per pass); below 0.3 ${Number.isFinite(passes) ? `after ${passes + 1} passes` : 'never'}.`;
        }),
        `Jitter of the loss curves (second half): ${labels.map((label, i) => `${label} ${sci(noise[i])}`).join(', ')}.`,
      ],
      holds: sgd.train.loss < gd.train.loss - 0.3 && mini.train.loss < gd.train.loss - 0.3 && noise[2] > 3 * Math.max(noise[0], noise[1]),
    };
  },
  'why-sgd'(lesson, r) {
    const end = (label) => ({ w1: r[label].path.w1.at(-1), w2: r[label].path.w2.at(-1), loss: r[label].path.loss.at(-1) });
    const on = (surface, noisy) => lesson.experiment.runs.filter((run) => run.surface === surface && (run.path.gradientNoise > 0) === noisy).map((run) => run.label);
    const leftSaddle = (p) => Math.abs(p.w2) > 0.7 && p.loss < 0.5;
    const deepWell = (p) => p.w1 < 0.3;
    const saddleGd = end(on('saddle', false)[0]);
    const wellGd = end(on('local_minimum', false)[0]);
    const saddleOut = on('saddle', true).filter((label) => leftSaddle(end(label))).length;
    const wellOut = on('local_minimum', true).filter((label) => deepWell(end(label))).length;
    const walkers = on('saddle', true).length;
    return {
      facts: [
        `Saddle: full-batch GD ends at loss ${fixed(saddleGd.loss)}; ${saddleOut} of ${walkers} mini-batch walkers escape to a minimum.`,
        `Double well: full-batch GD ends at loss ${fixed(wellGd.loss)} in the shallow well; ${wellOut} of ${on('local_minimum', true).length} walkers end in the deep well.`,
      ],
      holds: !leftSaddle(saddleGd) && !deepWell(wellGd) && saddleOut === walkers && wellOut >= walkers - 1,
    };
  },
  'negative-log-likelihood'(lesson, r) {
    const { before, after } = r.compute;
    const gap = (m) => Math.max(Math.abs(m.nll - m.sparse), Math.abs(m.nll - m.categorical), Math.abs(m.nll - m.byHand));
    const [nll, ...others] = lesson.experiment.runs.map((run) => r[run.label].history.loss);
    const curves = Math.max(...others.flatMap((curve) => curve.map((v, i) => Math.abs(v - nll[i]))));
    return {
      facts: [
        `Before training: nll ${fixed(before.nll, 6)}, sparse CCE ${fixed(before.sparse, 6)}, one-hot CCE ${fixed(before.categorical, 6)}, −mean log p by hand ${fixed(before.byHand, 6)} (largest difference ${sci(gap(before))}).`,
        `After training: nll ${fixed(after.nll, 6)}, largest difference ${sci(gap(after))}.`,
        `Mean probability of the true class: ${fixed(before.meanTrueProbability, 2)} → ${fixed(after.meanTrueProbability, 2)}. The three training curves differ by at most ${sci(curves)}.`,
      ],
      holds: gap(before) <= 1e-6 && gap(after) <= 1e-6 && before.meanTrueProbability < 0.45 && after.meanTrueProbability > 0.9,
    };
  },
  optimizers(lesson, r) {
    const names = ['SGD', 'momentum', 'RMSprop', 'Adam'];
    const valley = Object.fromEntries([...names, 'SGD at 0.3'].map((n) => [n, firstBelow(r[`valley: ${n}`].path.loss, 0.01)]));
    const net = Object.fromEntries(names.map((n) => [n, firstBelow(r[`net: ${n}`].history.loss, 0.1)]));
    const epochs = (i) => (Number.isFinite(i) ? `${i + 1} epochs` : 'not within 150 epochs');
    return {
      facts: [
        `Valley, steps to loss < 0.01: ${Object.entries(valley).map(([n, s]) => `${n} ${steps(s)}`).join(', ')}.`,
        `Sigmoid net on the circle, training loss < 0.1: ${names.map((n) => `${n} ${epochs(net[n])}`).join(', ')}.`,
      ],
      holds: ['Adam', 'RMSprop'].every((n) => valley[n] < valley.SGD / 4 && valley[n] < valley['SGD at 0.3'] / 2 && net[n] < 20) && !Number.isFinite(net.SGD),
    };
  },
  'learning-rate'(lesson, r) {
    const bowl = (rate) => r[`bowl: rate ${rate}`].path;
    const left = (rate) => bowl(rate).loss.at(-1) / bowl(rate).loss[0];
    const nets = lesson.experiment.runs.filter((run) => run.kind === 'train').map((run) => run.label);
    const exploding = nets.find((label) => r[label].history.diverged);
    const [constant, decaying] = nets.filter((label) => label !== exploding);
    const diverged = r[exploding]?.history.diverged;
    return {
      facts: [
        `Bowl: rate 1.5 ${bowl(1.5).diverged ? `diverged and was stopped at step ${bowl(1.5).loss.length - 1}` : 'did not diverge'}; rate 0.001 leaves ${pct(left(0.001))} of the loss after 20 steps, rate 0.01 ${pct(left(0.01))}, rate 0.1 ${small(100 * left(0.1))}%.`,
        diverged ? `On the regression net, “${exploding}” diverged in epoch ${diverged.epoch + 1}, at step ${diverged.step} (last finite loss ${fixed(diverged.lastLoss, 1)}).` : 'On the regression net, no run diverged.',
        `Final training loss: “${constant}” ${small(r[constant].train.loss)}, “${decaying}” ${small(r[decaying].train.loss)}.`,
      ],
      holds: bowl(1.5).diverged && left(0.001) > 0.9 && left(0.1) < 1e-3 && Boolean(diverged) && diverged.epoch === 0 && r[decaying].train.loss < r[constant].train.loss,
    };
  },
  momentum(lesson, r) {
    const find = (test) => runWhere(lesson, (run) => test(run.path.optimizer));
    const plain = find((o) => !o.momentum && o.learningRate < 1);
    const fast = find((o) => !o.momentum && o.learningRate > 1);
    const averaged = find((o) => o.momentum && o.dampening);
    const classic = find((o) => o.momentum && !o.dampening);
    const [p, c, a] = [plain, classic, averaged].map((label) => firstBelow(r[label].path.loss, 1e-3));
    const pa = r[averaged].path;
    const pc = r[classic].path;
    let apart = 0;
    for (let i = 0; i < Math.min(pa.w1.length, pc.w1.length); i++) apart = Math.max(apart, Math.abs(pa.w1[i] - pc.w1[i]), Math.abs(pa.w2[i] - pc.w2[i]));
    return {
      facts: [
        `Steps to loss < 0.001: plain SGD ${steps(p)}, momentum (classic form) ${steps(c)}, momentum (averaged form) ${steps(a)}.`,
        `The two forms' paths differ by at most ${sci(apart)}; plain SGD at rate 3 ${r[fast].path.diverged ? `diverged after ${r[fast].path.loss.length - 1} steps` : 'did not diverge'}.`,
      ],
      holds: Number.isFinite(p) && c < p / 2 && a < p / 2 && apart < 1e-4 && r[fast].path.diverged,
    };
  },
  dropout(lesson, r) {
    const labels = lesson.experiment.runs.map((run) => run.label);
    const gaps = labels.map((label) => r[label].test.loss - r[label].train.loss);
    return {
      facts: labels.map((label, i) => `${label}: training loss ${fixed(r[label].train.loss)}, test loss ${fixed(r[label].test.loss)}, gap ${fixed(gaps[i])}.`),
      holds: gaps[1] < gaps[0] && gaps[2] < gaps[1],
    };
  },
  regularization(lesson, r) {
    const nearZero = lesson.widgets.find((w) => w.type === 'weight-histogram')?.nearZero ?? 0.01;
    const labels = lesson.experiment.runs.map((run) => run.label);
    const m = labels.map((label) => {
      const w = kernels(r[label]);
      return {
        zero: w.filter((v) => Math.abs(v) < nearZero).length / w.length,
        norm: Math.sqrt(w.reduce((s, v) => s + v * v, 0)),
        gap: r[label].test.loss - r[label].train.loss,
      };
    });
    const [none, l1, l2] = m;
    return {
      facts: labels.map((label, i) => `${label}: ${pct(m[i].zero)} of kernel weights have |w| < ${nearZero}, weight norm ${fixed(m[i].norm, 2)}, test − training loss ${fixed(m[i].gap)}.`),
      holds: l1.zero > 3 * l2.zero && l2.norm < none.norm / 2 && l1.gap < none.gap && l2.gap < none.gap,
    };
  },
};

// Negative numbers with a true minus sign, as the rest of the page writes them.
const withMinus = (text) => text.replace(/(^|[\s(,])-(?=\d)/g, '$1−');

/** { facts, holds } for the lesson's results (null when the lesson has no measure). */
export function measureClaim(lesson, results) {
  const measure = MEASURES[lesson.id];
  if (!measure) return null;
  const { facts, holds } = measure(lesson, results);
  return { facts: facts.map(withMinus), holds };
}
