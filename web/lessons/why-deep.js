// Lesson 2: why depth helps. Pattern: train runs. The same budget of 24
// hidden relu neurons is spread over 0, 1, 2 and 3 hidden layers and each
// net trains on the two-armed spiral for the same 200 epochs.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';

const data = { name: 'spiral', options: { n: 400, noise: 0.05, seed: 1 } };
const fit = { epochs: 200, batchSize: 8 };
const NEURONS = 24;

// `depth` hidden relu layers sharing NEURONS neurons (He initialization, the
// usual start for relu), then a sigmoid output.
const deepNet = (depth) =>
  binaryClassifier(Array(depth).fill(NEURONS / depth), {
    activation: 'relu',
    kernelInitializer: 'he_normal',
    optimizer: { type: 'adam', learningRate: 0.01 },
  });

const depths = [0, 1, 2, 3];
const label = (depth) => `${depth} hidden`;
const runs = depths.map((depth) => ({ label: label(depth), kind: 'train', data, spec: deepNet(depth), fit }));

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
        'With relu neurons every layer can fold the plane it receives, so the number of straight pieces the final boundary can have multiplies from layer to layer, while adding neurons to a single layer makes it grow far more slowly. A spiral, whose arms wind around each other, needs a boundary with many pieces, which is exactly what depth supplies cheaply.',
        'In theory a single hidden layer, if it is wide enough, can approximate any continuous boundary, but "wide enough" can mean an enormous number of neurons. Depth often reaches the same shape with far fewer.',
      ],
    },
    {
      heading: 'The experiment: the same 24 neurons, arranged deeper',
      paragraphs: [
        'Every net with hidden layers has 24 hidden relu neurons in total: one layer of 24, two layers of 12 or three layers of 8. A net with no hidden layer — the linear model — runs alongside for comparison. All train on the spiral for 200 epochs with the same optimizer and the same start (He initialization, the usual one for relu).',
        'The linear model stays near chance — a line cannot follow a spiral. One wide layer gets part of the way (about two thirds of the test points) but its boundary stays too simple, while two and three layers trace both arms and score above 90%.',
        String.raw`Fair warning: with the neurons fixed, deeper nets also get more weights, because hidden layers connect to each other. The nets here have 97 ($1 \times 24$), 205 ($2 \times 12$) and 177 ($3 \times 8$) parameters — and the three-layer net does at least as well as the two-layer one with fewer weights. Depth is not free either: deep nets can be harder to train, which later lessons on optimizers and learning rates address.`,
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
  widgets: [
    { type: 'depth-sweep', runs: depths.map(label) },
    { type: 'loss-curves', runs: depths.map(label) },
  ],
  experiment: {
    runs,
  },
  // The playground opens the deepest net, the one that wins the spiral.
  playground: runs.find((run) => run.label === label(Math.max(...depths))),
  claim:
    'On the spiral, with 24 hidden neurons in every net, test accuracy rises with depth: no hidden layer stays near chance, one layer of 24 falls short, two or three layers exceed 90%.',
  tryThis: [
    'Open the one-layer net in the playground and give it 51 neurons — as many weights as two layers of 12. It closes part of the gap; compare a few seeds.',
    'Spread the 24 neurons over 4 or 6 layers. Does accuracy keep rising, or does training get harder?',
    'Watch the boundary of the two-layer net while it trains: the arms appear piece by piece.',
    'Swap relu for tanh in the three-layer net and compare the shape of the boundary.',
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
