// Lesson 2: why depth helps. Pattern: a live figure of train runs. A budget
// of hidden relu neurons (24 by default) is spread over 0, 1, 2 and 3 hidden
// layers and each net trains on the two-armed spiral for the same 200
// epochs. The knobs: the budget; whether the shallower nets are widened until
// they have as many weights as the three-layer net (fixed neurons give deeper
// nets more weights, so this is the fairer race); the spiral's noise; the seed.
import { findLesson } from './catalog.js';
import { binaryClassifier, parameterCount } from './specs.js';
import { figureExperiment } from './figure.js';

const fit = { epochs: 100, batchSize: 16 };
const DEPTHS = [0, 1, 2, 3];
const DEEPEST = DEPTHS.at(-1);
const label = (depth) => `${depth} hidden`;
const LABELS = DEPTHS.map(label);

// Hidden relu layers of the given widths (He initialization, the usual start for relu), then a sigmoid output.
const deepNet = (widths, seed) =>
  binaryClassifier(widths, {
    activation: 'relu',
    kernelInitializer: 'he_normal',
    optimizer: { type: 'adam', learningRate: 0.02 },
    seed,
  });

// Weights and biases of `depth` hidden layers of `width` neurons.
const weightsOf = (depth, width) => parameterCount(deepNet(Array(depth).fill(width)));

// The width at which `depth` layers come closest to `target` weights (the count grows with the width).
function widthFor(depth, target) {
  const miss = (width) => Math.abs(weightsOf(depth, width) - target);
  let width = 1;
  while (miss(width + 1) < miss(width)) width += 1;
  return width;
}

// The hidden widths of the net `depth` layers deep: `neurons` shared equally, or, with `sameWeights`,
// as wide as it takes to match the weights of the deepest net's equal share.
function hiddenWidths(depth, neurons, sameWeights) {
  if (depth === 0) return [];
  const width = sameWeights ? widthFor(depth, weightsOf(DEEPEST, neurons / DEEPEST)) : neurons / depth;
  return Array(depth).fill(width);
}

const FIGURE_WIDGET = { type: 'depth-sweep', runs: LABELS };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'neurons', label: 'Hidden neurons', kind: 'slider', values: [12, 24, 36, 48], default: 24 },
    { id: 'sameWeights', label: 'Same number of weights', kind: 'toggle', default: false },
    // The playground's noise scale: 5 is the data set's noise 0.05.
    { id: 'noise', label: 'Noise', kind: 'slider', values: [0, 5, 10, 15, 20, 25, 30], default: 5 },
    { id: 'seed', label: 'Seed', kind: 'slider', values: [1, 2, 3, 4, 5], default: 1 },
  ],
  runs: ({ neurons, sameWeights, noise, seed }) => {
    const data = { name: 'spiral', options: { n: 400, noise: noise / 100, seed } };
    return DEPTHS.map((depth) => ({
      label: label(depth),
      kind: 'train',
      data,
      spec: deepNet(hiddenWidths(depth, neurons, sameWeights), seed),
      fit,
    }));
  },
};
const experiment = figureExperiment(figure);

// 0 when one hidden layer beats three by over 2 points of test accuracy, 1 when three beat one by over 2, else 2.
const wideOrDeep = (results) => {
  const lead = results[label(DEEPEST)].test.accuracy - results[label(1)].test.accuracy;
  if (Math.abs(lead) <= 0.02) return 2;
  return lead > 0 ? 1 : 0;
};

export default {
  ...findLesson('why-deep'),
  sections: [
    {
      heading: 'What "deep" means',
      paragraphs: [
        'Between the input layer (the features) and the output layer (the answer) a network can have any number of hidden layers. Their count is the depth of the network. With no hidden layer the network is just a linear model; a deep network has many hidden layers stacked on top of each other.',
        'There is no official number of layers where "deep" starts. Two or three hidden layers already behave very differently from one, and the networks that recognise images or translate text use dozens to hundreds.',
      ],
    },
    {
      heading: 'Layers build on layers',
      paragraphs: [
        'Each layer works on what the layer below made. On the plane, the first hidden layer can only draw straight lines: every one of its neurons answers on which side of its own line a point lies. The second layer combines those answers into regions — corners, strips, polygons. A third layer combines regions into more intricate shapes, and so on.',
        'With relu neurons every layer can fold the plane it receives, so the number of straight pieces the final boundary can have multiplies from layer to layer, while adding neurons to a single layer makes it grow far more slowly. A spiral, whose arms wind around each other, needs a boundary with many pieces, which is exactly what depth supplies cheaply. Compare the boundaries in the figure: the one-layer net cuts the plane with a few long straight edges, while the two- and three-layer nets wind a band of many short pieces along each arm.',
      ],
    },
    {
      heading: 'The experiment: the same 24 neurons, arranged deeper',
      paragraphs: [
        'Every net with hidden layers has 24 hidden relu neurons in total: one layer of 24, two layers of 12 or three layers of 8. A net with no hidden layer — the linear model — runs alongside for comparison. All learn the same spiral (200 training points, 200 test points) for 100 epochs of Adam at rate 0.02, from the same start (He initialization, the usual one for relu).',
        'The linear model stays near chance (58.5% of the test points right): a line cannot follow a spiral. One wide layer gets only a little further (61.5%): its boundary stays too simple. Two and three layers trace both arms (98.0% and 98.5%).',
      ],
    },
    {
      heading: 'A fair race: the same number of weights',
      paragraphs: [
        String.raw`With the neurons fixed, deeper nets also get more weights, because hidden layers connect to each other: a layer from $n$ inputs to $m$ neurons has $n \cdot m + m$ of them, biases included. The captions under the boundaries count them: 97 for one layer of 24, 205 for two layers of 12, 177 for three layers of 8. Is depth winning only because it has more weights to tune?`,
        'Switch on "Same number of weights" (the prediction beside the figure does it for you). The shallower nets are then widened until they have as many weights as the three-layer net: one layer of 44 neurons, or two layers of 11, 177 weights each. One layer of 44 reaches 84.0% and two layers of 11 reach 85.0%, while three layers of 8 — the fewest neurons of the three — still get 98.5%.',
        'In theory a single hidden layer, if it is wide enough, can approximate any continuous boundary, but "wide enough" can mean a great many neurons. Press "wide enough ▶": the budget becomes 48 neurons, and every net gets the 609 weights of three layers of 16. One layer then reaches 96.5%, but it takes 152 neurons for it, where the three layers of 16 get 98.5%.',
        'Depth is not free either. Each layer needs enough neurons to fold the plane usefully: with a budget of 12, three layers of 4 reach only 67.0%, below two layers of 6 (77.5%). And deep nets can be harder to train, which the lessons on optimizers and learning rates take up.',
      ],
    },
  ],
  formulas: [
    {
      name: 'Depth L: hidden layers stacked on the input',
      tex: String.raw`h^{(0)} = x, \qquad h^{(l)} = \mathrm{relu}\big(W^{(l)} h^{(l-1)} + b^{(l)}\big), \quad l = 1, \dots, L`,
    },
    { name: 'The output reads the last hidden layer', tex: String.raw`\hat y = \sigma\big(w^{\top} h^{(L)} + b\big)` },
    { name: 'Parameters of a dense layer from n inputs to m neurons', tex: String.raw`n \cdot m + m` },
  ],
  lead: 'Three nets share the same 24 hidden relu neurons, spread over 1, 2 or 3 layers, and learn the same spiral beside a net with no hidden layer: the bars are their test accuracy, the squares what each one draws. Change the budget of neurons, give every net the same number of weights, or add noise, and see which arrangement wins.',
  figure,
  widgets: [FIGURE_WIDGET, { type: 'loss-curves', runs: LABELS }],
  experiment,
  // The playground opens the deepest net, the one that wins the spiral.
  playground: experiment.runs.find((run) => run.label === label(DEEPEST)),
  claim:
    'On the spiral, with 24 hidden neurons in every net, test accuracy rises with depth: no hidden layer stays near chance (58.5%), one layer of 24 falls short (61.5%), two or three layers exceed 90% (98.0% and 98.5%).',
  tryThis: [
    {
      label: '12 neurons ▶',
      set: { neurons: 12 },
      notice:
        'depth needs width too: three layers of 4 are too narrow to fold the spiral (67.0%), and two layers of 6 do better (77.5%).',
    },
    {
      label: '48 neurons ▶',
      set: { neurons: 48 },
      notice:
        'twice the neurons lift the single layer to 85.5%, still well short of the 98.0% and 98.5% of two and three layers: more width adds pieces to the boundary slowly, more depth multiplies them.',
    },
    {
      label: 'wide enough ▶',
      set: { neurons: 48, sameWeights: true },
      notice:
        'given 609 weights, one layer does fit the spiral (96.5%) — with 152 neurons, where three layers of 16 need 48.',
    },
    {
      label: 'noise 30 ▶',
      set: { noise: 30 },
      notice:
        'the arms blur into each other: the deep nets still trace them (96.0% and 93.0%), the one wide layer stays where it was (62.5%).',
    },
    {
      label: 'seed 2 ▶',
      set: { seed: 2 },
      notice: 'new points and new starting weights, the same order: 62.0%, 67.0%, 95.5% and 98.0%.',
    },
  ],
  predictions: [
    {
      prompt:
        'Give every net the same 177 weights: one layer of 44 neurons, two of 11 or three of 8. Which fits the spiral better?',
      set: { sameWeights: true },
      choices: ['one wide layer of 44', 'three narrow layers of 8', 'about the same (within 2 points)'],
      answer: wideOrDeep,
    },
  ],
  questions: [
    {
      prompt:
        'Two nets have 24 hidden neurons each: one layer of 24, or three layers of 8. On the spiral, why does the three-layer net do better?',
      choices: [
        'It has more neurons.',
        'Each layer combines the shapes of the layer below, so three layers can form a boundary with far more pieces.',
        'Deeper nets always train faster.',
        'The three-layer net uses a different loss function.',
      ],
      answer: 1,
      explanations: [
        'Both nets have exactly 24 hidden neurons.',
        'Right: the first layer draws lines, later layers combine them into regions and then into more complex shapes, which a spiral needs.',
        'Not always — deeper nets can be harder to train. Here it wins because of what it can represent.',
        'Both use binary cross-entropy; only the arrangement of the neurons differs.',
      ],
    },
    {
      prompt: 'What does a network with 0 hidden layers compute on two inputs?',
      choices: [
        'A straight-line boundary: it is a linear model.',
        'A circle around the data.',
        'Whatever boundary the data needs, given enough epochs.',
        'Nothing: a network needs at least one hidden layer to run.',
      ],
      answer: 0,
      explanations: [
        'Right: the output neuron alone thresholds a weighted sum of x1 and x2, and that is a line.',
        'A circle needs squared features or hidden layers.',
        'Training only moves the line; it cannot bend it.',
        'It runs fine — it is logistic regression — it just cannot bend its boundary.',
      ],
    },
  ],
};
