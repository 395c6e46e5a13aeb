// Lesson 3: what a neuron computes. Pattern: a live figure of train runs.
// One sigmoid neuron on gauss (two clouds a line can split), the same neuron
// on circle (no line can), and a net whose hidden neurons (4 tanh by default)
// each draw a line that the output neuron combines into a closed region
// around the centre. The figure is that net, neuron by neuron; the knobs are
// its number of hidden neurons (0: the output neuron alone), their
// activation and the seed (data and initial weights).
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const optimizer = { type: 'adam', learningRate: 0.03 };
const plane = (name, seed) => ({ name, options: { n: 300, noise: 0.1, seed } });
const neuron = (seed) => binaryClassifier([], { optimizer, seed });

const FIGURE_WIDGET = { type: 'neuron-inspector', run: 'hidden' };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    {
      id: 'width',
      label: 'Hidden neurons',
      kind: 'slider',
      values: [0, 1, 2, 3, 4, 6, 8],
      default: 4,
      format: (width) => (width === 0 ? '0 (no hidden layer)' : String(width)),
    },
    {
      id: 'activation',
      label: 'Hidden activation',
      kind: 'select',
      choices: ['tanh', 'relu', 'sigmoid'].map((name) => ({ value: name, label: name })),
      default: 'tanh',
    },
    { id: 'seed', label: 'Seed', kind: 'slider', values: [1, 2, 3, 4, 5], default: 1 },
  ],
  runs: ({ width, activation, seed }) => [
    {
      label: 'neuron-gauss',
      kind: 'train',
      data: plane('gauss', seed),
      spec: neuron(seed),
      fit: { epochs: 50, batchSize: 16 },
    },
    {
      label: 'neuron-circle',
      kind: 'train',
      data: plane('circle', seed),
      spec: neuron(seed),
      fit: { epochs: 50, batchSize: 16 },
    },
    {
      label: 'hidden',
      kind: 'train',
      data: plane('circle', seed),
      spec: binaryClassifier(width === 0 ? [] : [width], { activation, optimizer, seed }),
      fit: { epochs: 100, batchSize: 16 },
    },
  ],
};
const experiment = figureExperiment(figure);

// 1 when the net stays below 70% test accuracy on the circle (a straight line's lot), 0 when it gets above.
const lineOnly = (results) => (results.hidden.test.accuracy < 0.7 ? 1 : 0);

export default {
  ...findLesson('neural-networks'),
  sections: [
    {
      heading: 'One neuron',
      paragraphs: [
        String.raw`A neuron takes a few numbers $x_1, \dots, x_n$, multiplies each by its own weight $w_i$, adds them up together with a bias $b$, and passes the sum $z$ through an activation function $g$. Its output $a = g(z)$ is a single number.`,
        'The weights say how much each input matters and in which direction: a large positive weight makes the neuron respond strongly when that input grows, a negative weight makes it respond less. The bias sets how large the weighted sum must be before the neuron reacts — it shifts the threshold.',
        'Weights and biases are the parameters: the numbers training adjusts. Everything a network knows is stored in them.',
      ],
    },
    {
      heading: 'A neuron draws a line',
      paragraphs: [
        String.raw`On the plane, the neuron's sum $z = w_1 x_1 + w_2 x_2 + b$ is zero along a straight line, positive on one side and negative on the other. With a sigmoid activation the output is above $0.5$ exactly where $z > 0$, so a single neuron used as a classifier splits the plane with that line. The weights fix its direction, the bias moves it away from the origin.`,
        'When the two classes sit in two clouds, like the gauss data, one line is all it takes: one neuron gets 98.0% of the gauss test points right (the first boundary under the claim). On the circle data it fails, at 42.7%: whichever line it picks, both classes lie on both sides.',
      ],
    },
    {
      heading: 'Layers of neurons',
      paragraphs: [
        'A network arranges neurons in layers. The input layer is not made of real neurons: it just holds the features, here x1 and x2. Hidden layers come next; every neuron in them reads all the outputs of the layer before. The output layer produces the answer — for a yes/no question, one sigmoid neuron giving a probability.',
        String.raw`Each hidden neuron draws its own line and reports, smoothly, on which side of it a point lies: its square in the figure is a soft step from $-1$ to $1$ across that line. The output neuron takes a weighted sum of these reports and thresholds it, so its positive region is where a point lies on the inner side of enough lines at once. In the figure three of the four hidden neurons draw a line across the plane; the fourth has drifted off it — its square is flat, near $-1$ everywhere — and the output neuron uses it as a constant, one more bias. Three lines are enough: they fence off a patch around the centre (the output neuron's square), and the net gets 96.7% of the circle's test points right.`,
        String.raw`Two lines can never close a region: each report changes only across its own line, and always the same way, so wherever the sum is high it stays high along a strip or a wedge that runs off the plane. Three lines, a triangle, are the fewest that can — if training puts all three to use. With 3 hidden neurons and seed 1 one of them ends up flat as well, and the net stops at 70.7%; with seed 3 all three draw lines and it reaches 96.7%.`,
        String.raw`A dense layer from $n$ inputs to $m$ neurons has $n \cdot m$ weights and $m$ biases. The default 2–4–1 net has $2 \cdot 4 + 4 = 12$ parameters in its hidden layer and $4 + 1 = 5$ in its output neuron: 17 numbers in all.`,
      ],
    },
  ],
  formulas: [
    { name: 'What one neuron computes', tex: String.raw`z = \sum_{i=1}^{n} w_i x_i + b, \qquad a = g(z)` },
    { name: 'Its boundary on the plane (sigmoid output 0.5)', tex: String.raw`w_1 x_1 + w_2 x_2 + b = 0` },
    { name: 'A whole layer at once: weight matrix W, bias vector b', tex: String.raw`h = g(W x + b)` },
  ],
  lead: 'A network with one hidden layer of four tanh neurons has learned the circle; each square is one neuron’s output over the plane, and the last one is the net’s answer. Hover a neuron to see what it computes, and change the number of hidden neurons, their activation and the seed to see when their lines close round the centre.',
  figure,
  widgets: [FIGURE_WIDGET, { type: 'boundary-compare', runs: ['neuron-gauss', 'neuron-circle', 'hidden'] }],
  experiment,
  // The playground opens the net whose hidden neurons enclose the circle.
  playground: experiment.runs.find((run) => run.label === 'hidden'),
  claim:
    'A single neuron draws a line — enough for two clouds (98.0%), hopeless on the circle (42.7%) — while four hidden neurons combine their lines into a closed region around the centre (96.7%).',
  tryThis: [
    {
      label: '2 hidden neurons ▶',
      set: { width: 2 },
      notice: 'two lines make a strip or a wedge, never a closed patch: the output’s region runs off the plane, 70.7%.',
    },
    {
      label: '3 neurons, seed 3 ▶',
      set: { width: 3, seed: 3 },
      notice: 'three lines, all in use, fence off a triangle round the centre: 96.7%, the fewest neurons that can.',
    },
    {
      label: 'relu ▶',
      set: { activation: 'relu' },
      notice:
        'a relu neuron is 0 on one side of its line and a ramp on the other. Here three of the four end up dead — 0 over the whole plane — and the one left draws a single line: 67.3%. With 6 relu neurons the net gets 99.3%.',
    },
    {
      label: '8 hidden neurons ▶',
      set: { width: 8 },
      notice:
        'a rounder fence (98.0%) from five lines: hover the neurons and you find three of the eight flat, constants like the fourth neuron of the default net.',
    },
  ],
  predictions: [
    {
      prompt:
        'Take the hidden layer away (0 hidden neurons): the output neuron alone reads x1 and x2. How much of the circle will it get right?',
      set: { width: 0 },
      choices: ['most of it: it bends its boundary round the centre', 'about half: its boundary is one straight line'],
      answer: lineOnly,
    },
  ],
  questions: [
    {
      prompt: String.raw`A neuron has weights $w_1 = 2$, $w_2 = -1$, bias $b = 0.5$ and a relu activation. What does it output for the input $(x_1, x_2) = (1, 3)$?`,
      choices: ['-0.5', '0', '0.5', '2.5'],
      answer: 1,
      explanations: [
        'That is the sum z = 2·1 − 1·3 + 0.5 = −0.5, before the activation.',
        'Right: z = 2 − 3 + 0.5 = −0.5, and relu turns every negative sum into 0.',
        'Check the sign: 2·1 − 1·3 = −1, plus the bias 0.5 gives −0.5.',
        'That leaves out x2: its contribution is −1 · 3 = −3.',
      ],
    },
    {
      prompt:
        'Why can one sigmoid neuron not classify the circle data, while four hidden neurons plus an output neuron can?',
      choices: [
        'One neuron draws a single line; hidden neurons draw several lines that the output neuron combines into a region.',
        'A sigmoid neuron cannot output probabilities.',
        'One neuron has no bias.',
        'The circle data needs more epochs, not more neurons.',
      ],
      answer: 0,
      explanations: [
        'Right: the output of one neuron is a threshold on one line; combining several lines can enclose the centre.',
        'A sigmoid output is a probability; the problem is the shape of its boundary.',
        'Every neuron here has a bias; it only moves the line, it cannot bend it.',
        'No number of epochs turns one line into a closed curve.',
      ],
    },
  ],
};
