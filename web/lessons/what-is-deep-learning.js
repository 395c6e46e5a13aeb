// Lesson 1: what deep learning is. Pattern: a live figure of train runs.
// Three models meet the circle data: a linear model on the raw coordinates (a
// straight line, near chance), a linear model handed the crafted features
// x1², x2² (a circle), and a network with two hidden layers that gets only
// x1, x2 and still draws the circle, because its hidden layers learn their
// own features. The knobs: the data set (circle or xor), its noise on the
// playground's 0-50 scale, and which features the crafted model is handed.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const fit = { epochs: 60, batchSize: 16 };
const optimizer = { type: 'adam', learningRate: 0.03 };

// A sigmoid output on top of the given tanh hidden layers (none: a linear model), taking `features` as its inputs.
const classifier = (hidden, inputs = 2) => ({ ...binaryClassifier(hidden, { optimizer }), inputs });

const CRAFTED = {
  squares: ['x1Squared', 'x2Squared'],
  x1Squared: ['x1Squared'],
  product: ['x1TimesX2'],
};

const FIGURE_WIDGET = { type: 'boundary-compare', runs: ['raw', 'crafted', 'linear'] };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    {
      id: 'data',
      label: 'Data',
      kind: 'select',
      choices: [
        { value: 'circle', label: 'circle' },
        { value: 'xor', label: 'xor' },
      ],
      default: 'circle',
    },
    // The playground's noise scale: 10 is the data set's noise 0.1.
    { id: 'noise', label: 'Noise', kind: 'slider', values: [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50], default: 10 },
    {
      id: 'crafted',
      label: 'Crafted features',
      kind: 'select',
      choices: [
        { value: 'squares', label: 'x1² and x2²' },
        { value: 'x1Squared', label: 'x1² only' },
        { value: 'product', label: 'x1·x2' },
      ],
      default: 'squares',
    },
  ],
  runs: ({ data: name, noise, crafted }) => {
    const data = { name, options: { n: 300, noise: noise / 100, seed: 1 } };
    const features = CRAFTED[crafted];
    return [
      { label: 'raw', kind: 'train', data, spec: classifier([6, 6]), fit },
      { label: 'crafted', kind: 'train', data, features, spec: classifier([], features.length), fit },
      { label: 'linear', kind: 'train', data, spec: classifier([]), fit },
    ];
  },
};
const experiment = figureExperiment(figure);

// The models that stay below 70% test accuracy: 0 the network, 1 the crafted model, 2 the raw linear model, 3 both linear ones.
const failing = (results) => {
  const fails = ['raw', 'crafted', 'linear'].filter((label) => results[label].test.accuracy < 0.7);
  if (fails.length === 2 && !fails.includes('raw')) return 3;
  return ['raw', 'crafted', 'linear'].indexOf(fails[0] ?? 'linear');
};

export default {
  ...findLesson('what-is-deep-learning'),
  sections: [
    {
      heading: 'Learning from examples',
      paragraphs: [
        'In ordinary programming a person writes the rules. In machine learning we hand the program examples — inputs together with the answers we want — and it tunes a set of numbers, its parameters, until its own answers agree with the examples. Afterwards it answers new inputs it has never seen.',
        'Deep learning is one branch of machine learning. Its models are neural networks built from many layers stacked one on top of the other: each layer takes the numbers the layer below produced and turns them into new numbers for the layer above.',
      ],
    },
    {
      heading: 'Features made by hand',
      paragraphs: [
        String.raw`Look at the circle data: the blue class fills a disc in the middle, the orange class a ring around it. A linear model, $\hat y = \sigma(w_1 x_1 + w_2 x_2 + b)$, can only cut the plane with one straight line, and no straight line keeps a disc on one side and the ring around it on the other. It gets about half of the points right — no better than guessing.`,
        String.raw`The classic fix is feature engineering: a person who understands the data invents a better input. Here the useful quantity is the squared distance from the centre, $x_1^2 + x_2^2$. Give the same linear model the inputs $x_1^2$ and $x_2^2$ and its boundary $w_1 x_1^2 + w_2 x_2^2 + b = 0$ becomes an ellipse, a circle when $w_1 = w_2$. Now it separates the classes almost perfectly — but only because someone knew what to compute.`,
      ],
    },
    {
      heading: 'Features learned from data',
      paragraphs: [
        String.raw`A deep network is given only the raw coordinates $x_1, x_2$. Its hidden layers compute new features from them, each layer from the output of the one before, and training adjusts those features together with the final decision. Nobody tells it to measure a distance from the centre; it discovers whatever features make the two classes easy to tell apart.`,
        'In the experiment, a network with two hidden layers of six neurons learns the circle from x1 and x2 alone and ends up as accurate as the linear model that was handed the crafted features. Its boundary is not a perfect circle — it is the shape the hidden layers found — but it does the same job.',
        'That is the point of deep learning. For a circle a person can guess the right feature, but for photos, speech or text nobody knows how to write the features down. Networks with many layers learn them from the data, given enough examples and computing power.',
      ],
    },
  ],
  formulas: [
    {
      name: 'Linear model on the raw inputs (its boundary is a line)',
      tex: String.raw`\hat y = \sigma(w_1 x_1 + w_2 x_2 + b), \qquad \sigma(z) = \frac{1}{1 + e^{-z}}`,
    },
    {
      name: 'Linear model on crafted features (its boundary is an ellipse)',
      tex: String.raw`\hat y = \sigma(w_1 x_1^2 + w_2 x_2^2 + b)`,
    },
    {
      name: 'A deep network: each layer builds features from the one below',
      tex: String.raw`h^{(0)} = x, \quad h^{(l)} = g\big(W^{(l)} h^{(l-1)} + b^{(l)}\big), \quad \hat y = \sigma\big(w^{\top} h^{(L)} + b\big)`,
    },
  ],
  lead: 'Three models meet the same points: a straight line, a line handed a feature a person crafted, and a network that finds its own. Pick the data, the noise and the crafted features, and watch which boundaries still fit.',
  figure,
  widgets: [FIGURE_WIDGET],
  experiment,
  // The playground opens the network that learns its own features from raw x1, x2.
  playground: experiment.runs.find((run) => run.label === 'raw'),
  claim:
    'A network with two hidden layers learns the circle from raw x1, x2 as accurately as a linear model handed the crafted features x1² and x2², while a linear model on the raw inputs stays near chance.',
  tryThis: [
    {
      label: 'x1² only ▶',
      set: { crafted: 'x1Squared' },
      notice: 'handed only x1², the crafted model can draw just two vertical lines, and its accuracy drops.',
    },
    {
      label: 'xor ▶',
      set: { data: 'xor' },
      notice:
        'x1² and x2² are useless on xor, so the crafted model falls to chance, while the network still learns xor from the raw inputs.',
    },
    {
      label: 'xor with x1·x2 ▶',
      set: { data: 'xor', crafted: 'product' },
      notice:
        'the right crafted feature for xor is the product x1·x2: someone has to know it. The network did not need telling.',
    },
    {
      label: 'noise 40 ▶',
      set: { noise: 40 },
      notice:
        'the classes now overlap: the network and the crafted model both lose accuracy, and the network starts bending its boundary around single noisy points.',
    },
  ],
  predictions: [
    {
      prompt:
        'Switch the data to xor, keeping the crafted features x1² and x2². Which model will stay near chance (below 70%)?',
      set: { data: 'xor' },
      choices: [
        'the network on raw x1, x2',
        'the linear model on x1², x2²',
        'the linear model on raw x1, x2',
        'both linear models',
      ],
      answer: failing,
    },
  ],
  questions: [
    {
      prompt: 'The linear model on raw x1, x2 gets only about half of the circle points right. Why?',
      choices: [
        'It has not trained for enough epochs.',
        'Its boundary is a straight line, and no straight line separates a disc from the ring around it.',
        'Its learning rate is too small.',
        'The circle data has too much noise to be learned.',
      ],
      answer: 1,
      explanations: [
        'More epochs only move the line around; no position of a line fixes this.',
        'Right: a single linear model can only split the plane in two halves with a line, and both classes lie on both sides of every line.',
        'A larger rate would just move the line faster; the limit is the shape of the boundary, not the speed of training.',
        'With the crafted features, or with hidden layers, the same noisy data is learned almost perfectly.',
      ],
    },
    {
      prompt: 'What did the hidden layers of the network do that the crafted model got for free?',
      choices: [
        'They memorized the labels of the test points.',
        'They computed exactly x1² + x2².',
        'They learned, from the data, features that make the two classes easy to separate.',
        'Nothing: the output neuron did all the work.',
      ],
      answer: 2,
      explanations: [
        'The test points are never shown during training; the network is scored on them afterwards.',
        'Not necessarily: the network finds some features that work, which need not be the distance a person would pick.',
        'Right: the hidden layers turn x1, x2 into new features during training, so nobody has to design them by hand.',
        'The output neuron alone is a linear model, and we saw that a linear model on x1, x2 fails on this data.',
      ],
    },
  ],
};
