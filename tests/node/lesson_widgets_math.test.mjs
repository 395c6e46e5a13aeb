// The lesson widgets draw activations, losses and schedules computed in JS
// (web/domain/widget-math.js). These tests check that math
// against numbers worked out by hand, and against the engine itself, so that
// what a widget shows is what training computes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import {
  ACTIVATIONS,
  BINARY_LOSSES,
  EPSILON,
  categoricalCrossentropy,
  erf,
  formatNumber,
  forwardPass,
  logLevel,
  logitFromProbability,
  niceTicks,
  probabilityFromLogit,
  scheduleRate,
  setSoftmaxProbability,
  softmax,
  sparseCategoricalCrossentropy,
  twoClassCrossentropy,
} from '../../web/domain/widget-math.js';
import { describeOptions, findMinima } from '../../web/components/lesson-widgets/surface-runs.js';

const close = (actual, expected, tolerance = 1e-9, what = '') =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what} ${actual} is not within ${tolerance} of ${expected}`);

test('activation values and derivatives match hand-computed numbers', () => {
  const cases = [
    // [activation, z, f(z), f'(z)]
    ['relu', -1, 0, 0],
    ['relu', 2, 2, 1],
    ['sigmoid', 0, 0.5, 0.25],
    ['sigmoid', 2, 0.8807970779778823, 0.8807970779778823 * 0.11920292202211769],
    ['sigmoid', -40, 4.248354255291589e-18, 4.248354255291589e-18],
    ['tanh', 1, 0.7615941559557649, 0.41997434161402614],
    ['tanh', 0, 0, 1],
    ['linear', -3.5, -3.5, 1],
    ['leaky_relu', -2, -0.4, 0.2],
    ['leaky_relu', 3, 3, 1],
    ['elu', -1, Math.exp(-1) - 1, Math.exp(-1)],
    ['elu', 0.5, 0.5, 1],
    // gelu(1) = Phi(1); gelu'(1) = Phi(1) + phi(1)
    ['gelu', 1, 0.8413447460685429, 0.8413447460685429 + 0.24197072451914337],
    ['gelu', -1, -0.15865525393145707, 0.15865525393145707 - 0.24197072451914337],
    ['gelu', 0, 0, 0.5],
  ];
  for (const [name, z, value, derivative] of cases) {
    close(ACTIVATIONS[name].value(z), value, 1e-6, `${name}(${z})`);
    close(ACTIVATIONS[name].derivative(z), derivative, 1e-6, `${name}'(${z})`);
  }
});

test('erf is accurate to float32 precision', () => {
  close(erf(0), 0, 1e-9);
  close(erf(0.5), 0.5204998778130465, 2e-7);
  close(erf(1), 0.8427007929497149, 2e-7);
  close(erf(-2), -0.9953222650189527, 2e-7);
});

test('each derivative is the slope of its activation (central differences)', () => {
  for (const [name, { value, derivative }] of Object.entries(ACTIVATIONS)) {
    for (const z of [-4.3, -1.7, -0.4, 0.6, 1.9, 4.1]) {
      const h = 1e-5;
      close(derivative(z), (value(z + h) - value(z - h)) / (2 * h), 1e-5, `${name}'(${z})`);
    }
  }
});

test('softmax turns scores into probabilities that sum to 1', () => {
  const p = softmax([1, 2, 3]);
  [0.09003057317038046, 0.24472847105479764, 0.6652409557748219].forEach((v, i) => close(p[i], v, 1e-12));
  close(
    p.reduce((s, v) => s + v, 0),
    1,
    1e-12,
  );
  // max-subtracted: huge scores do not overflow
  assert.deepEqual(softmax([1000, 1000]), [0.5, 0.5]);
  // writes into the array it is given
  const out = [0, 0];
  assert.equal(softmax([0, Math.log(3)], out), out);
  close(out[1], 0.75, 1e-12);
});

test('setting one softmax probability keeps the others in proportion', () => {
  const scores = [0.2, 1.4, -0.7, 0.5];
  const before = softmax(scores);
  setSoftmaxProbability(scores, 1, 0.001);
  const after = softmax(scores);
  close(after[1], 0.001, 1e-12);
  close(
    after.reduce((s, v) => s + v, 0),
    1,
    1e-12,
  );
  close(after[0] / after[2], before[0] / before[2], 1e-9);
  close(after[3] / after[0], before[3] / before[0], 1e-9);
  setSoftmaxProbability(scores, 3, 0.98);
  close(softmax(scores)[3], 0.98, 1e-12);
});

test('binary cross-entropy: values, gradients and the 1e-7 clip', () => {
  const bce = BINARY_LOSSES.binary_crossentropy;
  close(bce(0.9, 1).value, 0.10536051565782628, 1e-12);
  close(bce(0.9, 1).gradient, -1 / 0.9, 1e-12); // (p - y) / (p (1 - p)) = -1/p for y = 1
  close(bce(0.5, 0).value, Math.LN2, 1e-12);
  close(bce(0.5, 0).gradient, 2, 1e-12);
  close(bce(0.01, 1).value, 4.605170185988091, 1e-12);
  // p = 0 is clipped to 1e-7: the loss stops at -log(1e-7) = 16.118 and the gradient is zero
  close(bce(0, 1).value, 16.11809565095832, 1e-9);
  assert.equal(bce(0, 1).gradient, 0);
  close(bce(1, 0).value, -Math.log(EPSILON), 1e-6);
  assert.equal(bce(1, 0).gradient, 0);
});

test('mse and mae: values and gradients', () => {
  close(BINARY_LOSSES.mse(0.1, 1).value, 0.81, 1e-12);
  close(BINARY_LOSSES.mse(0.1, 1).gradient, -1.8, 1e-12);
  close(BINARY_LOSSES.mse(3, -1).gradient, 8, 1e-12);
  close(BINARY_LOSSES.mae(0.1, 1).value, 0.9, 1e-12);
  assert.equal(BINARY_LOSSES.mae(0.1, 1).gradient, -1);
  assert.equal(BINARY_LOSSES.mae(3, -1).gradient, 1);
  assert.equal(BINARY_LOSSES.mae(0.4, 0.4).gradient, 0);
});

test('categorical cross-entropy renormalizes, clips, and agrees with the sparse form', () => {
  const p = [0.2, 0.3, 0.5];
  close(categoricalCrossentropy(p, [0, 0, 1]).value, Math.LN2, 1e-12);
  close(sparseCategoricalCrossentropy(p, 2).value, Math.LN2, 1e-12);
  assert.deepEqual(sparseCategoricalCrossentropy(p, 2).gradient, [0, 0, -2]);
  // the row [1, 1, 2] is read as [0.25, 0.25, 0.5]
  close(categoricalCrossentropy([1, 1, 2], [0, 0, 1]).value, Math.LN2, 1e-12);
  // dL/dp_j = -(y_j / p_j - 1 / S): for a row summing to 1, -1/p_true + 1 on the true class, +1 elsewhere
  const { gradient } = categoricalCrossentropy(p, [0, 0, 1]);
  [1, 1, -1].forEach((v, i) => close(gradient[i], v, 1e-12));
  close(sparseCategoricalCrossentropy([1e-9, 0.5, 0.5], 0).value, 16.11809565095832, 1e-9);
});

test('on two classes every cross-entropy is binary cross-entropy', () => {
  for (const p of [1e-9, 0.001, 0.2, 0.5, 0.73, 0.999]) {
    for (const y of [0, 1]) {
      const bce = BINARY_LOSSES.binary_crossentropy(p, y);
      for (const sparse of [false, true]) {
        const cce = twoClassCrossentropy(p, y, sparse);
        close(cce.value, bce.value, 1e-9, `value p=${p} y=${y}`);
        close(cce.gradient, bce.gradient, 1e-6 * Math.max(1, Math.abs(bce.gradient)), `gradient p=${p} y=${y}`);
      }
    }
  }
});

test('schedules follow the Keras formulas, step counted from 0', () => {
  const step = { type: 'step', decaySteps: 100, decayRate: 0.5 };
  close(scheduleRate(0.3, step, 0), 0.3);
  close(scheduleRate(0.3, step, 99), 0.3);
  close(scheduleRate(0.3, step, 100), 0.15);
  close(scheduleRate(0.3, step, 250), 0.075);
  const exponential = { type: 'exponential', decaySteps: 500, decayRate: 0.01 };
  close(scheduleRate(0.3, exponential, 0), 0.3);
  close(scheduleRate(0.3, exponential, 250), 0.03, 1e-12);
  close(scheduleRate(0.3, exponential, 500), 0.003, 1e-12);
  const cosine = { type: 'cosine', decaySteps: 450, warmupSteps: 50 };
  close(scheduleRate(0.3, cosine, 0), 0);
  close(scheduleRate(0.3, cosine, 25), 0.15, 1e-12);
  close(scheduleRate(0.3, cosine, 50), 0.3, 1e-12);
  close(scheduleRate(0.3, cosine, 275), 0.15, 1e-12);
  close(scheduleRate(0.3, cosine, 500), 0, 1e-12);
  close(scheduleRate(0.3, cosine, 700), 0, 1e-12);
  close(scheduleRate(0.3, { type: 'cosine', decaySteps: 100, alpha: 0.1 }, 100), 0.03, 1e-12);
  close(scheduleRate(0.3, { type: 'constant' }, 1234), 0.3);
  close(scheduleRate(0.3, undefined, 5), 0.3);
  // the engine's defaults: decaySteps 1000, decayRate 0.96
  close(scheduleRate(1, { type: 'exponential' }, 1000), 0.96, 1e-12);
});

test('plot helpers: ticks, numbers, log levels, the logit slider', () => {
  assert.deepEqual(niceTicks(0, 1, 5), [0, 0.2, 0.4, 0.6, 0.8, 1]);
  assert.deepEqual(niceTicks(-5, 5, 5), [-4, -2, 0, 2, 4]);
  assert.deepEqual(niceTicks(0, 0.3, 3), [0, 0.1, 0.2, 0.3]);
  assert.deepEqual(niceTicks(0, 500, 5), [0, 100, 200, 300, 400, 500]);
  assert.equal(formatNumber(16.11809565), '16.1');
  assert.equal(formatNumber(-0.00012345), '−1.23e-4');
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(3869245.5), '3.87e+6');
  assert.equal(formatNumber(Infinity), '∞');
  assert.equal(logLevel(0, 0, 8), 0);
  assert.equal(logLevel(8, 0, 8), 1);
  close(logLevel(0.08, 0, 8), Math.log(2) / Math.log(101), 1e-12);
  close(logLevel(0.008, 0, 8, 1000), Math.log(2) / Math.log(1001), 1e-12);
  assert.ok(logLevel(0.1, 0, 8) > 10 * (0.1 / 8), 'a log scale spreads the low values');
  close(probabilityFromLogit(logitFromProbability(0.001)), 0.001, 1e-15);
});

// The same numbers from the engine: activations through a 1-unit dense layer
// (kernel 1, bias 0), losses through evaluate(), schedules through the steps
// of plain SGD on the bowl (w_t = (1 - 2 lr_t) w_{t-1}).
test('the widgets agree with the engine', async () => {
  const dp = await loadEngine();
  const zs = [-4.5, -2, -0.5, 0, 0.7, 3];
  for (const activation of Object.keys(ACTIVATIONS)) {
    const model = dp.model({ inputs: 1, layers: [{ type: 'dense', units: 1, activation }], loss: 'mse' });
    model.setWeights([[1], [0]]);
    const out = model.predict(zs.map((z) => [z]));
    zs.forEach((z, i) => close(out[i], ACTIVATIONS[activation].value(z), 2e-6, `engine ${activation}(${z})`));
    model.dispose();
  }

  for (const loss of ['binary_crossentropy', 'mse', 'mae']) {
    for (const [p, y] of [
      [0.3, 1],
      [0.8, 0],
      [0.001, 1],
    ]) {
      const model = dp.model({ inputs: 1, layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], loss });
      model.setWeights([[0], [logitFromProbability(p)]]);
      const engine = model.evaluate([[0]], [y]).loss;
      model.dispose();
      close(engine, BINARY_LOSSES[loss](p, y).value, 2e-5 * Math.max(1, engine), `engine ${loss}(${p}, ${y})`);
    }
  }

  const schedules = [
    { type: 'step', decaySteps: 3, decayRate: 0.5 },
    { type: 'exponential', decaySteps: 4, decayRate: 0.1 },
    { type: 'cosine', decaySteps: 6, warmupSteps: 3, alpha: 0.2 },
  ];
  for (const schedule of schedules) {
    const path = dp.optimizerPath('bowl', {
      optimizer: { type: 'sgd', learningRate: 0.2, schedule },
      start: [1, 0],
      steps: 10,
    });
    for (let t = 1; t <= 10; t++) {
      const rate = (1 - path.w1[t] / path.w1[t - 1]) / 2;
      close(rate, scheduleRate(0.2, schedule, t - 1), 1e-6, `engine ${schedule.type} rate at update ${t}`);
    }
  }
});

// The neuron inspector's forward pass against the engine: each dense layer's
// activations as layerOutputs() gives them, and its sums as the output of the
// same net cut after that layer, with the layer's activation made linear.
test("the inspector's forward pass agrees with the engine, layer by layer", async () => {
  const dp = await loadEngine();
  const dense = (units, activation) => ({ type: 'dense', units, activation });
  const spec = {
    inputs: 3,
    layers: [
      dense(4, 'tanh'),
      { type: 'dropout', rate: 0.5 },
      dense(5, 'relu'),
      dense(3, 'gelu'),
      dense(4, 'sigmoid'),
      dense(3, 'softmax'),
    ],
    loss: 'mse',
    seed: 3,
  };
  const rows = [
    [0.5, -0.3, 1.2],
    [-1, 0.7, 0.1],
    [0, 0, 0],
  ];
  const model = dp.model(spec);
  // Seeded kernels; biases set apart from their zero start.
  const weights = model.getWeights().map((w, i) => (i % 2 ? w.map((_, j) => 0.3 * (j - 1)) : w));
  model.setWeights(weights);
  const activations = model.layerOutputs(rows);
  model.dispose();
  const denseAt = spec.layers.flatMap((layer, i) => (layer.type === 'dense' ? [i] : []));
  const sums = denseAt.map((at, d) => {
    const cut = dp.model({
      ...spec,
      layers: [...spec.layers.slice(0, at), { ...spec.layers[at], activation: 'linear' }],
    });
    cut.setWeights(weights.slice(0, 2 * (d + 1)));
    const z = cut.predict(rows);
    cut.dispose();
    return z;
  });
  rows.forEach((row, r) => {
    forwardPass(spec, weights, row).forEach(({ z, a }, d) => {
      assert.equal(a.length, z.length);
      z.forEach((v, j) => close(v, sums[d][r * z.length + j], 1e-5, `z of layer ${d + 1}, unit ${j + 1}, row ${r}`));
      a.forEach((v, j) =>
        close(v, activations[d][r * a.length + j], 1e-5, `a of layer ${d + 1}, unit ${j + 1}, row ${r}`),
      );
    });
  });
});

// The settings line under each path of a surface-path widget, read from the run's own path options.
test("a run's path options in words", () => {
  assert.equal(describeOptions({ optimizer: 'sgd' }), 'SGD · rate 0.01');
  assert.equal(describeOptions({ optimizer: { type: 'adam' } }), 'Adam · rate 0.001');
  assert.equal(
    describeOptions({ optimizer: { type: 'sgd', learningRate: 3, momentum: 0.9, dampening: 0.9 } }),
    'SGD · rate 3 · β 0.9, v = βv + (1−β)g',
  );
  assert.equal(
    describeOptions({ optimizer: { learningRate: 0.3, momentum: 0.9, dampening: 0 } }),
    'SGD · rate 0.3 · β 0.9, v = βv + g',
  );
  assert.equal(
    describeOptions({
      optimizer: { type: 'sgd', learningRate: 0.1, schedule: { type: 'exponential', decaySteps: 100, decayRate: 0.5 } },
    }),
    'SGD · rate 0.1 · exponential decay',
  );
  assert.equal(
    describeOptions({ optimizer: { type: 'sgd', learningRate: 0.1 }, gradientNoise: 0.3, start: [-1.8, 0], seed: 2 }),
    'SGD · rate 0.1 · gradient noise 0.3 · start (−1.8, 0)',
  );
});

test('the minima marked on each surface', async () => {
  const dp = await loadEngine();
  const at = (name) =>
    findMinima(dp.surface(name, { nx: 256, ny: 256 })).map(({ w1, w2 }) => [
      Math.round(w1 * 10) / 10 + 0,
      Math.round(w2 * 10) / 10 + 0,
    ]);
  assert.deepEqual(at('bowl'), [[0, 0]]);
  assert.deepEqual(at('valley'), [[0, 0]]);
  assert.deepEqual(at('rosenbrock'), [[1, 1]]);
  assert.deepEqual(at('saddle'), [
    [0, 1.4],
    [0, -1.4],
  ]);
  assert.deepEqual(at('local_minimum'), [[-1, 0]]);
});
