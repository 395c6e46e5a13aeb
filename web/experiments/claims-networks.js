// The claims of the lessons on what a network is (lessons 1-5): measured
// facts and named checks, by lesson id (see claim-measures.js).
import { hiddenNeurons, parameterCount } from '../domain/widget-math.js';
import { pct, fixed, sci, check, accuracy, outputAt, neuronChecks, hiddenActivationChecks } from './claim-tools.js';

export const NETWORK_CLAIMS = {
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
      facts: lesson.experiment.runs.map(
        (run, i) =>
          `${run.label} (${hiddenNeurons(run.spec)}, ${parameterCount(run.spec)} weights): ${pct(acc[i])} test accuracy on the spiral.`,
      ),
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
    // The net's hidden layer as it ran (a figure's knobs change it; none: the output neuron alone).
    const [layer] = lesson.experiment.runs.find((run) => run.label === 'hidden').spec.layers.slice(0, -1);
    const net = layer
      ? `${layer.units} hidden ${layer.activation} ${layer.units === 1 ? 'neuron' : 'neurons'}`
      : 'The output neuron alone, with no hidden layer,';
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
        `${net} on the circle: ${pct(hidden)}; the output is ${fixed(centre, 2)} at the centre and ${closed ? 'below 0.5' : 'not below 0.5'} at all four points 0.85 away from it — ${closed ? 'a closed region' : 'not a closed region'}.`,
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
};
