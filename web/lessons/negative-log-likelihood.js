// Lesson 9: negative log-likelihood. Pattern: a live figure of train runs
// plus compute(dp). The train runs fit the same softmax net on iris with nll,
// sparse categorical cross-entropy (integer labels) and categorical
// cross-entropy (one-hot labels) from the same seed: three identical loss
// curves. compute(dp) is the exact check behind them, and the figure: it
// evaluates the three losses on the very same weights, and against -mean
// log p computed here by hand, before and after minimizing nll, and tracks
// the probability the net gives each training flower's true class. The
// knobs (epochs, Adam's rate, the seed of the split and the starting
// weights) reach the runs and compute(dp, { values }) alike.
import { findLesson } from './catalog.js';
import { experimentData } from '../experiments/experiment.js';
import { figureDefaults, figureExperiment } from './figure.js';

// Keras clips probabilities to [1e-7, 1 - 1e-7] before the log; so does the engine.
const EPSILON = 1e-7;
const BATCH_SIZE = 16;

const net = (loss, rate, seed) => ({
  inputs: 4,
  layers: [
    { type: 'dense', units: 8, activation: 'relu' },
    { type: 'dense', units: 3, activation: 'softmax' },
  ],
  loss,
  optimizer: { type: 'adam', learningRate: rate },
  seed,
});

const NLL = 'negative log-likelihood';
const SPARSE = 'sparse categorical cross-entropy';
const CATEGORICAL = 'categorical cross-entropy (one-hot)';
const LABELS = [NLL, SPARSE, CATEGORICAL];

const FIGURE_WIDGET = { type: 'true-class-probabilities', run: NLL };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'epochs', label: 'Epochs', kind: 'slider', values: [1, 3, 10, 30, 100, 200], default: 100 },
    { id: 'rate', label: 'Adam rate', kind: 'slider', values: [0.001, 0.003, 0.01, 0.03, 0.1], default: 0.01 },
    { id: 'seed', label: 'Seed (split and starting weights)', kind: 'slider', values: [1, 2, 3, 4, 5], default: 1 },
  ],
  // The same net and data three times; only the loss (and the labels' form it takes) differs.
  runs: ({ epochs, rate, seed }) => {
    const data = { name: 'iris', options: { seed } };
    const fit = { epochs, batchSize: BATCH_SIZE };
    return [
      { label: NLL, kind: 'train', data, spec: net('nll', rate, seed), fit },
      { label: SPARSE, kind: 'train', data, spec: net('sparse_categorical_crossentropy', rate, seed), fit },
      {
        label: CATEGORICAL,
        kind: 'train',
        data: { ...data, options: { ...data.options, oneHot: true } },
        spec: net('categorical_crossentropy', rate, seed),
        fit,
      },
    ];
  },
};
const experiment = figureExperiment(figure);

/**
 * The three losses on one set of weights, before and after training the nll
 * net of the figure's `values` (its defaults when not given): { before,
 * after }, each { nll, sparse, categorical, byHand, meanTrueProbability,
 * accuracy, trueProbabilities }, plus `sameStart` (the nll and sparse nets
 * start from identical weights: same seed), `raised` (the share of training
 * rows whose true-class probability rose) and `trueClasses` (each training
 * row's class).
 */
export function compute(dp, { seed, values = figureDefaults(figure) } = {}) {
  const [nllRun, sparseRun, categoricalRun] = figure.runs(values);
  const { train } = experimentData(dp, nllRun, seed);
  const withSeed = (spec) => (seed === undefined ? spec : { ...spec, seed });
  const classes = nllRun.spec.layers.at(-1).units;
  const oneHot = new Float32Array(train.n * classes);
  for (let i = 0; i < train.n; i++) oneHot[i * classes + train.y[i]] = 1;

  const nll = dp.model(withSeed(nllRun.spec));
  const sparse = dp.model(withSeed(sparseRun.spec));
  const categorical = dp.model(withSeed(categoricalRun.spec));
  try {
    const sparseStart = sparse.getWeights();
    const sameStart = nll.getWeights().every((w, i) => w.every((v, j) => v === sparseStart[i][j]));
    const measure = () => {
      const weights = nll.getWeights();
      sparse.setWeights(weights);
      categorical.setWeights(weights);
      const p = nll.predict(train.x);
      const trueProbabilities = Float64Array.from({ length: train.n }, (_, i) => p[i * classes + train.y[i]]);
      let logSum = 0;
      for (const q of trueProbabilities) logSum += Math.log(Math.min(Math.max(q, EPSILON), 1 - EPSILON));
      const own = nll.evaluate(train.x, train.y);
      return {
        nll: own.loss,
        sparse: sparse.evaluate(train.x, train.y).loss,
        categorical: categorical.evaluate(train.x, oneHot).loss,
        byHand: -logSum / train.n,
        meanTrueProbability: trueProbabilities.reduce((s, q) => s + q, 0) / train.n,
        accuracy: own.accuracy,
        trueProbabilities,
      };
    };
    const before = measure();
    nll.fit(train, nllRun.fit);
    const after = measure();
    const raised = after.trueProbabilities.filter((q, i) => q > before.trueProbabilities[i]).length / train.n;
    return { before, after, sameStart, raised, trueClasses: train.y };
  } finally {
    nll.dispose();
    sparse.dispose();
    categorical.dispose();
  }
}

// Where a mean probability falls: 0 below 0.5, 1 from 0.5 to 0.9, 2 above 0.9.
const probabilityBand = (p) => (p < 0.5 ? 0 : p <= 0.9 ? 1 : 2);

// The run whose training loss ends lowest, by its index in LABELS; LABELS.length when all end within 1e-6.
const lowestLoss = (results) => {
  const ends = LABELS.map((label) => results[label].history.loss.at(-1));
  const lowest = Math.min(...ends);
  return ends.every((v) => v - lowest <= 1e-6) ? LABELS.length : ends.indexOf(lowest);
};

export default {
  ...findLesson('negative-log-likelihood'),
  sections: [
    {
      heading: 'Score the probability of the right answer',
      paragraphs: [
        String.raw`A classifier with a softmax output gives a probability to every class: $\hat y_1, \dots, \hat y_K$, all positive and summing to 1. Negative log-likelihood looks at one number only — the probability $\hat y_c$ the model gave to the true class $c$ — and charges $-\log \hat y_c$.`,
        String.raw`Written with a one-hot label $y$ (1 for the true class, 0 elsewhere) this is $L = -\sum_i y_i \log \hat y_i$: every term but the true class's is multiplied by zero. Over a batch the losses are averaged.`,
        String.raw`In the figure each dot is one of the 75 training flowers, placed on the curve $-\log p$ at the probability the net gives its true species. The loss is the mean height of the dots: 1.27 before training, when the hollow dots crowd around $p \approx 0.3$, and 0.027 after 100 epochs, when the filled dots have slid down the curve to the right.`,
      ],
    },
    {
      heading: 'Low probability on the truth costs a lot',
      paragraphs: [
        String.raw`$-\log p$ is 0 when $p = 1$ and grows without bound as $p$ falls to 0: $p = 0.9$ costs 0.105, $p = 0.5$ costs 0.693, $p = 0.1$ costs 2.303 and $p = 0.01$ costs 4.605. A model that is sure of the wrong class pays far more than one that hedges. (A probability given on its own is clipped to $[10^{-7}, 1 - 10^{-7}]$, as in Keras, so in the probability bars below the claim one example never costs more than about 16.1. In training, the engine computes $-\log p$ of a softmax output from its inputs, the logits, as a log-sum-exp: exact however small $p$ gets.)`,
        String.raw`The loss keeps falling as $p$ approaches 1, so training never stops pushing the true class's probability up — the model is rewarded for being confident when it is right: give the figure 200 epochs and the loss goes on down, from 0.027 to 0.012. Its slope is $-1/p$: steep when the model is badly wrong, gentle when it is nearly right. That is why the few flowers left of the crowd weigh so much in the mean: with seed 4, one flower whose species gets only 0.22 makes up 38% of the loss.`,
        String.raw`It is smooth: the loss is differentiable wherever $p > 0$, and through a softmax its gradient with respect to the scores $z$ is just $\hat y - y$ — the predicted probabilities minus the one-hot label. No jumps, unlike counting mistakes, so gradient descent has something to follow.`,
      ],
    },
    {
      heading: 'Why "likelihood"',
      paragraphs: [
        String.raw`The likelihood of a model is the probability it gives to the labels actually seen: the product $\prod_n \hat y_{n, c_n}$ over the training examples. Maximizing it means choosing weights under which the data is least surprising. The log turns the product into a sum (and keeps tiny numbers manageable); the minus sign turns maximizing into minimizing. Averaging over examples gives exactly our loss.`,
      ],
    },
    {
      heading: 'The same thing as categorical cross-entropy',
      paragraphs: [
        String.raw`Cross-entropy between the label distribution $y$ and the prediction $\hat y$ is $-\sum_i y_i \log \hat y_i$ — the same formula. With one-hot labels Keras calls it categorical_crossentropy; with integer labels, sparse_categorical_crossentropy. The engine's nll takes integer labels and computes the very same number.`,
        String.raw`The figure checks this rather than asking you to believe it. Three copies of one softmax net train on iris with nll, sparse and one-hot categorical cross-entropy. They start from the same seed, so their loss curves (below the claim) coincide. And on the very same weights the three losses, and $-\text{mean} \log p$ computed by hand, agree to within $10^{-6}$ — before training and after it; the line under the figure shows the four numbers for your settings. Training on nll lifts the average probability the net gives the true class of a training flower from 0.29 to 0.98.`,
      ],
    },
    {
      heading: 'Where it is used',
      paragraphs: [
        'Every classifier with a softmax output trains on it, from digit recognizers to image models with thousands of classes. Language models are classifiers too: at every position they predict a probability for each word (token) in the vocabulary, and the loss is the negative log-probability of the token that actually came next, averaged over the text. Their "perplexity" is just the exponential of that average.',
      ],
    },
  ],
  formulas: [
    {
      name: 'Negative log-likelihood of one example, true class c',
      tex: String.raw`L = -\sum_{i=1}^{K} y_i \log \hat y_i = -\log \hat y_c`,
    },
    {
      name: 'Over a batch of N examples: the mean',
      tex: String.raw`L = -\frac{1}{N}\sum_{n=1}^{N} \log \hat y_{n,\,c_n}`,
    },
    {
      name: 'Maximum likelihood: the same minimum',
      tex: String.raw`\arg\max_w \prod_n \hat y_{n,\,c_n} = \arg\min_w \Big(-\frac{1}{N}\sum_n \log \hat y_{n,\,c_n}\Big)`,
    },
    {
      name: 'Softmax, then its gradient with respect to the scores',
      tex: String.raw`\hat y_i = \frac{e^{z_i}}{\sum_j e^{z_j}}, \qquad \frac{\partial L}{\partial z_i} = \hat y_i - y_i`,
    },
    { name: 'Perplexity of a language model', tex: String.raw`\mathrm{PPL} = e^{L}` },
  ],
  lead: 'Each dot is one training flower of iris, placed on the curve −log p at the probability a softmax net gives its true species: hollow before training, filled after 100 epochs of minimizing negative log-likelihood, the mean height of the dots. Change the epochs, Adam’s rate or the seed and watch the dots slide down the curve.',
  figure,
  widgets: [FIGURE_WIDGET, { type: 'loss-curves', runs: LABELS }, { type: 'softmax-bars', classes: 3 }],
  experiment,
  claim:
    'On the same weights, nll, sparse categorical cross-entropy, one-hot categorical cross-entropy and -mean log p computed by hand agree to 1e-6, and minimizing nll raises the average probability of the true class from about 0.3 to above 0.9 (0.29 to 0.98 in the default run).',
  tryThis: [
    {
      label: '1 epoch ▶',
      set: { epochs: 1 },
      notice:
        'after one pass the dots have barely left the crowd at the start: the mean probability of the true species is 0.36 and the loss 1.05, from 1.27.',
    },
    {
      label: 'rate 0.1 ▶',
      set: { rate: 0.1 },
      notice:
        'a bold rate pushes the probability of every flower’s true species to 0.97 or more, and the loss down to 0.001. Nothing in the loss says “sure enough”: it rewards confidence on the training data without end.',
    },
    {
      label: 'seed 4 ▶',
      set: { seed: 4 },
      notice:
        'another split and other starting weights: one flower still gets only 0.22 for its species. It sits high on the curve, at 1.53, and alone makes up 38% of the mean.',
    },
  ],
  predictions: [
    {
      prompt: 'Stop after 10 epochs instead of 100. What will the mean probability of the true species be?',
      set: { epochs: 10 },
      choices: ['still about 1/3, as at the start', 'between 0.5 and 0.9', 'above 0.9'],
      answer: ({ compute }) => probabilityBand(compute.after.meanTrueProbability),
    },
    {
      prompt: 'With seed 3, which of the three nets will end with the lowest training loss?',
      set: { seed: 3 },
      choices: [...LABELS, 'all three the same'],
      answer: lowestLoss,
    },
  ],
  questions: [
    {
      prompt:
        'The true class is B. Model 1 gives B probability 0.5; model 2 gives B probability 0.05. How do their losses compare?',
      choices: [
        'Model 2 pays 10 times as much.',
        'Model 2 pays about 4.3 times as much: 3.0 against 0.69.',
        'Both pay the same, since both are wrong.',
        'Model 1 pays more, because it is less confident.',
      ],
      answer: 1,
      explanations: [
        'The loss is the negative log, not the probability itself: −log 0.05 ≈ 3.0 and −log 0.5 ≈ 0.69.',
        'Right: each halving of p adds log 2 ≈ 0.69, and going from 0.5 to 0.05 adds log 10 ≈ 2.3.',
        'Negative log-likelihood does not count right or wrong; it charges for the probability placed on the truth.',
        'It is the opposite: model 2 put almost no probability on the truth and pays much more.',
      ],
    },
    {
      prompt:
        'What is the difference between negative log-likelihood and sparse categorical cross-entropy on a softmax output?',
      choices: [
        'Cross-entropy also punishes the probabilities of the wrong classes directly.',
        'Negative log-likelihood needs one-hot labels.',
        'None: both are −mean log of the true class probability; only the name differs.',
        'Negative log-likelihood cannot be minimized with gradient descent.',
      ],
      answer: 2,
      explanations: [
        'With a one-hot label every wrong-class term is multiplied by zero; the wrong classes only matter through the softmax, which takes probability from them as the true class gains.',
        'The engine’s nll takes integer class labels, exactly like the sparse loss. The one-hot form is categorical_crossentropy — again the same number.',
        'Right: the experiment evaluates both on the same weights and they agree to within 10⁻⁶.',
        'It is smooth and its gradient through the softmax is simply ŷ − y.',
      ],
    },
  ],
};
