// Lesson 5: loss functions. Pattern: a live figure drawn from compute(dp),
// not from training runs. It builds tiny models with hand-set weights and
// reads their losses through the public API: evaluate() for a loss's value,
// one trainBatch() at learning rate 1 for its gradient, and 1,000 full-batch
// steps to fit a line to points with one outlier, once with mse and once
// with mae. The figure's knobs (the outlier's height and position, the number
// of points) reach compute(dp, { values }); the lesson's numbers come from
// its defaults, and its test asserts on them.
import { findLesson } from './catalog.js';
import { figureDefaults, figureExperiment } from './figure.js';

const logit = (p) => Math.log(p / (1 - p));

// One sigmoid neuron whose output for the input 0 is exactly sigmoid(bias).
function probabilityModel(dp, loss, probability) {
  const model = dp.model({
    inputs: 1,
    layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }],
    loss,
    optimizer: { type: 'sgd', learningRate: 1 },
  });
  model.setWeights([[0], [logit(probability)]]);
  return model;
}

// The loss of predicting `probability` for the label `y`, and its gradient on
// the neuron's sum z: with lr 1 and input 0, one step moves the bias by -dL/dz.
function scoreOne(dp, loss, probability, y) {
  const model = probabilityModel(dp, loss, probability);
  const value = model.evaluate([[0]], [y]).loss;
  const before = model.getWeights()[1][0];
  model.trainBatch([[0]], [y]);
  const gradient = before - model.getWeights()[1][0];
  model.dispose();
  return { value, gradient };
}

const LINE_LOSSES = ['mse', 'mae'];
// Full-batch steps per fit; the rate halves every tenth of them, ending near 1e-4.
const STEPS = 1000;

// `count` points on the line y = x / 2, evenly spread over [-1, 1], and the
// same points with the one nearest x = `position` moved up by `height`.
function outlierPoints({ height, position, points: count }) {
  const x = Array.from({ length: count }, (_, i) => -1 + (2 * i) / (count - 1));
  const clean = x.map((v) => v / 2);
  const outlier = Math.round(((position + 1) / 2) * (count - 1));
  const withOutlier = clean.map((y, i) => (i === outlier ? y + height : y));
  return { x, clean, withOutlier, outlier };
}

// y = w x + b fitted by full-batch gradient descent with a decaying rate: { w, b, loss (its own, at the end) }.
function fitLine(dp, loss, x, ys) {
  const model = dp.model({
    inputs: 1,
    layers: [{ type: 'dense', units: 1, activation: 'linear' }],
    loss,
    optimizer: {
      type: 'sgd',
      learningRate: 0.1,
      schedule: { type: 'exponential', decaySteps: STEPS / 10, decayRate: 0.5 },
    },
  });
  model.setWeights([[0], [0]]);
  const rows = x.map((v) => [v]);
  model.fit(
    { x: Float32Array.from(x), y: Float32Array.from(ys), n: x.length },
    { epochs: STEPS, batchSize: x.length, shuffle: false },
  );
  const [kernel, bias] = model.getWeights();
  const value = model.evaluate(rows, ys).loss;
  model.dispose();
  return { w: kernel[0], b: bias[0], loss: value };
}

// The loss of the line y = x / 2 the points came from, on the points with the outlier.
function lossOfTruth(dp, loss, x, ys) {
  const truth = dp.model({ inputs: 1, layers: [{ type: 'dense', units: 1 }], loss });
  truth.setWeights([[0.5], [0]]);
  const value = truth.evaluate(
    x.map((v) => [v]),
    ys,
  ).loss;
  truth.dispose();
  return value;
}

// How far the outlier moved the fitted line: mean |change of prediction| over the points' x.
const shift = (x, a, b) => x.reduce((sum, v) => sum + Math.abs(a.w * v + a.b - (b.w * v + b.b)), 0) / x.length;

const FIGURE_WIDGET = { type: 'line-fit' };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'height', label: 'Outlier height', kind: 'slider', values: [0, 0.5, 1, 2, 3, 5, 8], default: 3 },
    {
      id: 'position',
      label: 'Outlier position x',
      kind: 'slider',
      values: [-1, -0.6, -0.2, 0, 0.2, 0.6, 1],
      default: 0.6,
      format: (x) => String(x).replace('-', '−'),
    },
    { id: 'points', label: 'Points', kind: 'slider', values: [11, 21, 41], default: 11 },
  ],
  // The figure is compute(dp, { values }): it has no training runs of its own.
  runs: () => [],
};

// The loss and gradient of each loss when the true class is 1 and the model gives it probability q.
function confidentWrong(dp) {
  return [0.5, 0.1, 0.01, 0.001].map((q) => {
    const row = { q };
    for (const loss of ['binary_crossentropy', 'mse', 'mae']) {
      const { value, gradient } = scoreOne(dp, loss, q, 1);
      row[loss] = value;
      row[`${loss}Gradient`] = gradient;
    }
    return row;
  });
}

// The line fitted with each loss, with and without the outlier.
function fitLines(dp, { x, clean, withOutlier }) {
  const line = {};
  for (const loss of LINE_LOSSES) {
    const fitClean = fitLine(dp, loss, x, clean);
    const fitOutlier = fitLine(dp, loss, x, withOutlier);
    line[loss] = {
      clean: fitClean,
      withOutlier: fitOutlier,
      shift: shift(x, fitClean, fitOutlier),
      lossOfTruth: lossOfTruth(dp, loss, x, withOutlier),
    };
  }
  return line;
}

// The same softmax outputs scored with one-hot and with integer labels.
function scoreLabels(dp) {
  const x = [
    [1, 0],
    [0, 1],
    [0.5, 0.5],
    [-1, 0.2],
  ];
  const classes = [0, 2, 1, 1];
  const oneHot = classes.map((c) => [0, 1, 2].map((k) => (k === c ? 1 : 0)));
  const weights = [
    [0.8, -0.3, 0.1, 0.2, 0.5, -0.7],
    [0.1, 0, -0.1],
  ];
  const score = (loss, y) => {
    const model = dp.model({ inputs: 2, layers: [{ type: 'dense', units: 3, activation: 'softmax' }], loss });
    model.setWeights(weights);
    const value = model.evaluate(x, y).loss;
    model.dispose();
    return value;
  };
  return {
    categorical: score('categorical_crossentropy', oneHot),
    sparse: score('sparse_categorical_crossentropy', classes),
  };
}

/**
 * The lesson's numbers, computed by the engine, for the figure's `values`
 * (its defaults when not given). Deterministic. { confidentWrong: [{ q,
 * [loss], [loss + 'Gradient'] }], points: { x, clean, withOutlier, outlier
 * (its index) }, line: { mse, mae: { clean, withOutlier: { w, b, loss },
 * shift, lossOfTruth } }, labels: { categorical, sparse } }
 */
export function compute(dp, { values = figureDefaults(figure) } = {}) {
  const points = outlierPoints(values);
  return { confidentWrong: confidentWrong(dp), points, line: fitLines(dp, points), labels: scoreLabels(dp) };
}

// Which line the outlier moved further: 0 the MSE line, 1 the MAE line, 2 both the same (within 0.01).
const furtherDragged = ({ mse, mae }) => (Math.abs(mse.shift - mae.shift) < 0.01 ? 2 : mse.shift > mae.shift ? 0 : 1);

// What the outlier did to a fitted line: 0 tilted it, 1 lifted it without tilting, 2 left it in place (within 0.01).
const lineMove = ({ clean, withOutlier }) => {
  if (Math.abs(withOutlier.w - clean.w) > 0.01) return 0;
  return Math.abs(withOutlier.b - clean.b) > 0.01 ? 1 : 2;
};

export default {
  ...findLesson('loss-functions'),
  sections: [
    {
      heading: 'What a loss measures',
      paragraphs: [
        'A loss function turns the gap between what the network predicts and what the data says into one number: 0 when every prediction is right, larger the more wrong they are. Training means changing the weights so that this number goes down, so the loss decides what "better" means for the network.',
        String.raw`Like Keras, we average the loss over the examples of a batch, $L = \frac{1}{N}\sum_i \ell(\hat y_i, y_i)$, so its size does not depend on how many examples are in the batch. Different tasks need different $\ell$.`,
      ],
    },
    {
      heading: 'Losses for classification',
      paragraphs: [
        String.raw`Binary cross-entropy is the loss for a yes/no question answered by one sigmoid output $\hat y$, the probability of class 1. Per example it is $-\log \hat y$ when the true label is 1 and $-\log(1 - \hat y)$ when it is 0: the negative log of the probability the model gave to the right answer.`,
        String.raw`Categorical cross-entropy is the same idea for $K$ classes and a softmax output. The label is written one-hot — a vector with a 1 at the true class and 0 elsewhere — and only the true class's term survives, $-\log \hat y_{\text{true}}$. Sparse categorical cross-entropy computes exactly the same number from an integer label (2 instead of $[0, 0, 1]$); pick whichever matches how your labels are stored.`,
        String.raw`A logarithm of 0 is infinite, so a probability given on its own is clipped to $[10^{-7},\, 1 - 10^{-7}]$ first, as in Keras: in the explorer one example never costs more than about 16. When training, the engine does better for a sigmoid output: it computes the loss from the output neuron's input $z$ (as $\log(1 + e^{z})$ for label 0), which stays exact however sure the neuron is, so a confidently wrong example can cost 20 or more — and its gradient still says which way to move.`,
      ],
    },
    {
      heading: 'A confident wrong answer',
      paragraphs: [
        String.raw`Suppose the true class is 1 and the model gives it only $\hat y = 0.001$. Binary cross-entropy charges $-\ln 0.001 \approx 6.91$. Mean squared error charges $(1 - 0.001)^2 \approx 0.998$ — and it can never charge more than 1 on a probability, however sure the model is of the wrong answer. Each time the probability of the truth drops tenfold, cross-entropy adds another $\ln 10 \approx 2.3$.`,
        String.raw`The gradient tells the same story. Through a sigmoid, the cross-entropy gradient on the neuron's sum is simply $\hat y - y \approx -0.999$: a full-strength correction. The squared error's is $2(\hat y - y)\,\hat y(1 - \hat y) \approx -0.002$, five hundred times weaker, because the sigmoid is saturated. A classifier trained with squared error hardly corrects its worst mistakes; that is why classifiers use cross-entropy.`,
        'See it in the loss explorer beside the claim: set the label to 1 and drag the prediction toward 0. Cross-entropy climbs past 10, up to about 16 where the clip stops it, while MSE never passes 1; compare the gradients at a prediction of 0.5 and of 0.01.',
      ],
    },
    {
      heading: 'Losses for regression: the figure',
      paragraphs: [
        String.raw`When the answer is a number, the output is linear and the loss measures the distance to the target. Mean squared error averages $(\hat y - y)^2$; mean absolute error averages $|\hat y - y|$.`,
        String.raw`Squaring makes big errors count much more: an error of 3 costs 9 under MSE but 3 under MAE. The figure takes 11 points on the line $y = x/2$ and moves the one at $x = 0.6$ up by 3. The true line now scores $9/11 \approx 0.82$ under MSE but only $3/11 \approx 0.27$ under MAE. Fitting a line again, MSE tilts it toward the outlier (slope $0.5 \to 0.91$, intercept $0 \to 0.27$): that line scores 0.68, lower than the true line's 0.82, because it spreads the one big error over many small ones. MAE keeps the line on the other ten points: slope 0.50, intercept 0.00.`,
        String.raw`The gradients explain it: MSE's, $2(\hat y - y)$, grows with the error, so one far-off point pulls hardest; MAE's, $\operatorname{sign}(\hat y - y)$, pulls every point equally hard, and ten points below the line outvote one above it. MSE behaves like a mean, MAE like a median. Move the outlier in the figure: at the middle, $x = 0$, it lifts the MSE line without tilting it; at an end it tilts it most. With 41 points the same outlier drags the MSE line about a quarter as far: diluted, never gone.`,
        'Use MSE when large errors really are worse and the noise is moderate; MAE when the data has outliers you do not want to chase.',
      ],
    },
    {
      heading: 'Which loss for which task',
      paragraphs: [
        'Yes/no classification: one sigmoid output with binary_crossentropy.',
        'One of K classes: K softmax outputs with categorical_crossentropy (one-hot labels) or sparse_categorical_crossentropy (integer labels).',
        'Predicting a number: a linear output with mse, or mae when outliers should not dominate.',
      ],
    },
  ],
  formulas: [
    {
      name: 'Binary cross-entropy',
      tex: String.raw`L = -\frac{1}{N}\sum_{i=1}^{N} \Big[\, y_i \log \hat y_i + (1 - y_i)\log(1 - \hat y_i) \Big]`,
    },
    {
      name: 'Categorical cross-entropy (one-hot y)',
      tex: String.raw`L = -\frac{1}{N}\sum_{i=1}^{N} \sum_{k=1}^{K} y_{ik} \log \hat y_{ik}`,
    },
    {
      name: 'Sparse categorical cross-entropy (integer label c_i)',
      tex: String.raw`L = -\frac{1}{N}\sum_{i=1}^{N} \log \hat y_{i, c_i}`,
    },
    {
      name: 'Mean squared error',
      tex: String.raw`L = \frac{1}{N}\sum_{i=1}^{N} (\hat y_i - y_i)^2, \qquad \frac{\partial L}{\partial \hat y_i} = \frac{2}{N}(\hat y_i - y_i)`,
    },
    {
      name: 'Mean absolute error',
      tex: String.raw`L = \frac{1}{N}\sum_{i=1}^{N} |\hat y_i - y_i|, \qquad \frac{\partial L}{\partial \hat y_i} = \frac{1}{N}\operatorname{sign}(\hat y_i - y_i)`,
    },
    {
      name: 'Probabilities are clipped before the log',
      tex: String.raw`\hat y \leftarrow \min\big(\max(\hat y,\, 10^{-7}),\, 1 - 10^{-7}\big)`,
    },
    {
      name: 'Cross-entropy through a sigmoid, on the sum z',
      tex: String.raw`\frac{\partial \ell}{\partial z} = \hat y - y`,
    },
  ],
  lead: 'Eleven points lie on the line y = x/2 except one, moved up by 3; the orange line is fitted to them by minimizing their mean squared error, the blue one their mean absolute error. Drag the outlier up, down or along, or add points, and watch which line follows it.',
  figure,
  widgets: [
    FIGURE_WIDGET,
    {
      type: 'loss-explorer',
      losses: ['binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'mse', 'mae'],
    },
  ],
  experiment: figureExperiment(figure),
  playground: {
    label: 'linear regression on the plane',
    kind: 'train',
    data: { name: 'plane', options: { n: 200, noise: 0.2, seed: 1 } },
    spec: {
      inputs: 2,
      layers: [{ type: 'dense', units: 1, activation: 'linear' }],
      loss: 'mse',
      optimizer: { type: 'sgd', learningRate: 0.1 },
      seed: 1,
    },
    fit: { epochs: 50, batchSize: 16 },
  },
  claim:
    'A confident wrong answer (probability 0.001 on the true class) costs 6.91 under binary cross-entropy but under 1 under MSE, with a 500 times stronger gradient; one outlier moved up by 3 tilts the MSE-fitted line (slope 0.5 to 0.91) while the MAE fit stays put.',
  tryThis: [
    {
      label: 'no outlier ▶',
      set: { height: 0 },
      notice:
        'with every point on the line both losses find y = x/2 exactly: MSE and MAE only disagree about points far from the line.',
    },
    {
      label: 'outlier at x = −1 ▶',
      set: { position: -1 },
      notice:
        'at the far end the outlier has the most leverage: the MSE line swings round to a negative slope, −0.18, and moves 0.42 on average; the MAE line stays on the other ten points.',
    },
    {
      label: '41 points ▶',
      set: { points: 41 },
      notice:
        'one outlier among 41 points drags the MSE line 0.085 on average, about a quarter of the 0.31 it did among 11: diluted, never gone. The MAE line does not move at all.',
    },
  ],
  predictions: [
    {
      prompt: 'Push the outlier up to 8. Which line will it drag further?',
      set: { height: 8 },
      choices: ['the MSE line', 'the MAE line', 'both the same'],
      answer: ({ compute }) => furtherDragged(compute.line),
    },
    {
      prompt: 'Move the outlier to the middle, x = 0. What will the MSE line do?',
      set: { position: 0 },
      choices: ['tilt toward the outlier', 'rise without tilting', 'stay on y = x/2'],
      answer: ({ compute }) => lineMove(compute.line.mse),
    },
  ],
  questions: [
    {
      prompt:
        'The true class is 1 and a sigmoid classifier outputs 0.01. Which loss punishes this more, and by roughly how much?',
      choices: [
        'MSE: it squares the error, 0.99² ≈ 0.98, which is larger than the cross-entropy.',
        "Binary cross-entropy: −ln 0.01 ≈ 4.6, almost five times MSE's 0.98.",
        'They are equal, since both measure the same error.',
        'Neither: a loss ignores predictions below 0.5.',
      ],
      answer: 1,
      explanations: [
        'Squaring a number below 1 makes it smaller; MSE on probabilities never exceeds 1, while cross-entropy here is 4.6.',
        'Right: cross-entropy grows like −log of the probability on the truth, so confident mistakes cost a lot.',
        'They measure the same gap very differently: one squares it, the other takes a logarithm of the probability.',
        'Every prediction counts; a wrong one just costs more.',
      ],
    },
    {
      prompt: 'Your labels are integers 0–9 and your model ends in a 10-way softmax. Which loss do you use?',
      choices: ['binary_crossentropy', 'mae', 'sparse_categorical_crossentropy', 'mse'],
      answer: 2,
      explanations: [
        'Binary cross-entropy is for a single yes/no probability, not 10 classes.',
        'MAE is a regression loss; it would treat class 9 as "further" from class 0 than class 1 is.',
        'Right: it takes integer labels directly; categorical_crossentropy would need them one-hot.',
        'MSE is for numbers, not for choosing among classes.',
      ],
    },
  ],
};
