// web/lessons/ — lesson content: one module per lesson (its text, formulas,
// experiment, widgets, claim and questions), the catalog, shared specs, the loader.
//
// Lesson 4: activation functions. Pattern: a live figure of train runs. The
// same net learns the circle with linear, relu, tanh and sigmoid hidden
// activations side by side (linear fails, the non-linear ones succeed). The
// knobs are the net's depth and width, Adam's rate and the seed (data and
// initial weights). A softmax output layer, apart from the knobs, classifies
// 3 blobs, turning its scores into probabilities that sum to 1.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const fit = { epochs: 60, batchSize: 16 };
const hiddenActivations = ['linear', 'relu', 'tanh', 'sigmoid'];

const softmaxRun = {
  label: 'softmax',
  kind: 'train',
  data: { name: 'blobs', options: { n: 300, noise: 0.2, classes: 3, seed: 1 } },
  spec: {
    inputs: 2,
    layers: [{ type: 'dense', units: 3, activation: 'softmax' }],
    loss: 'sparse_categorical_crossentropy',
    optimizer: { type: 'adam', learningRate: 0.03 },
    seed: 1,
  },
  fit: { epochs: 50, batchSize: 16 },
};

const FIGURE_WIDGET = { type: 'boundary-compare', runs: hiddenActivations };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'depth', label: 'Hidden layers', kind: 'slider', values: [1, 2, 3, 4], default: 2 },
    { id: 'width', label: 'Neurons per layer', kind: 'slider', values: [2, 3, 4, 6, 8], default: 6 },
    { id: 'rate', label: 'Adam rate', kind: 'slider', values: [0.001, 0.003, 0.01, 0.03, 0.1], default: 0.03 },
    { id: 'seed', label: 'Seed', kind: 'slider', values: [1, 2, 3, 4, 5], default: 1 },
  ],
  // `depth` hidden layers of `width` with each activation, then a sigmoid output, on the circle of `seed`.
  runs: ({ depth, width, rate, seed }) => [
    ...hiddenActivations.map((activation) => ({
      label: activation,
      kind: 'train',
      data: { name: 'circle', options: { n: 300, noise: 0.1, seed } },
      spec: binaryClassifier(Array(depth).fill(width), {
        activation,
        optimizer: { type: 'adam', learningRate: rate },
        seed,
      }),
      fit,
    })),
    softmaxRun,
  ],
};
const experiment = figureExperiment(figure);

// 0 when the linear net stays below 70% test accuracy (a line cannot hold the circle), 1 when it gets above.
const linearFails = (results) => (results.linear.test.accuracy < 0.7 ? 0 : 1);

// The hidden activation with the best test accuracy on the circle (ties go to the first listed).
const bestBent = (results) => {
  const bent = ['relu', 'tanh', 'sigmoid'];
  const accuracies = bent.map((label) => results[label].test.accuracy);
  return accuracies.indexOf(Math.max(...accuracies));
};

export default {
  ...findLesson('activations'),
  sections: [
    {
      heading: 'Why a network needs non-linearity',
      paragraphs: [
        String.raw`A neuron's weighted sum $z = w^\top x + b$ is linear in its inputs. If every neuron passed $z$ on unchanged, a whole stack of layers would still be linear: two layers $W_2(W_1 x + b_1) + b_2$ are the single layer $(W_2 W_1)x + (W_2 b_1 + b_2)$. Depth would buy nothing — the net could only draw straight lines, however many layers it had.`,
        "An activation function bends each neuron's output. Because it is not a straight line, stacking layers now builds genuinely new shapes: curves, regions, spirals. In the figure above the same 2–6–6–1 network learns the circle with relu, tanh or sigmoid hidden units (99.3%, 100% and 96.7% of the test points right), and stays near chance with linear ones (42.7%).",
      ],
    },
    {
      heading: 'The common activations',
      paragraphs: [
        String.raw`Linear, $g(z) = z$: no bending at all. Used on the output of a regression net, where the answer can be any number.`,
        String.raw`Relu, $g(z) = \max(0, z)$: zero for negative sums, the sum itself otherwise. Cheap, and the default for hidden layers of most modern nets. Its derivative is 1 for $z > 0$ and 0 for $z < 0$ (we also use 0 at $z = 0$).`,
        String.raw`Sigmoid, $\sigma(z) = 1/(1 + e^{-z})$: squashes any sum into $(0, 1)$, so it suits the output of a yes/no classifier, read as a probability.`,
        String.raw`Tanh: squashes into $(-1, 1)$ and is centred on zero; it equals $2\sigma(2z) - 1$, a stretched sigmoid.`,
        String.raw`Softmax: works on a whole layer at once. It turns a vector of scores into probabilities — every output positive, all summing to 1 — so it is the output of a multi-class classifier. Adding the same number to every score changes nothing, which is why it is computed with the largest score subtracted first, to keep $e^{z}$ from overflowing.`,
      ],
    },
    {
      heading: 'Derivatives and saturation',
      paragraphs: [
        "Training needs each activation's derivative: it scales the error signal flowing back through the neuron (lesson 6). Where the derivative is tiny, the neuron barely learns.",
        String.raw`The sigmoid's derivative is at most $0.25$ (at $z = 0$) and falls fast: at $z = 5$ it is about $0.0066$. Tanh's derivative is $1$ at zero but about $0.0099$ at $z = 3$. Once a sigmoid or tanh neuron sits far out on its flat tails it is saturated: its gradient almost vanishes, and through several such layers the signal shrinks layer after layer.`,
        'Relu does not saturate for positive sums — its slope stays 1 — which is a big reason deep nets train well with it. Its weak spot is the other side: a neuron whose sum is negative for every input gets zero gradient and may never recover (a "dead" relu).',
      ],
    },
  ],
  formulas: [
    {
      name: 'Linear layers collapse into one',
      tex: String.raw`W_2(W_1 x + b_1) + b_2 = (W_2 W_1)\,x + (W_2 b_1 + b_2)`,
    },
    {
      name: 'relu and its derivative',
      tex: String.raw`\mathrm{relu}(z) = \max(0, z), \qquad \mathrm{relu}'(z) = \begin{cases} 1 & z > 0 \\ 0 & z \le 0 \end{cases}`,
    },
    {
      name: 'sigmoid and its derivative',
      tex: String.raw`\sigma(z) = \frac{1}{1 + e^{-z}}, \qquad \sigma'(z) = \sigma(z)\,\big(1 - \sigma(z)\big) \le \tfrac{1}{4}`,
    },
    {
      name: 'tanh and its derivative',
      tex: String.raw`\tanh z = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}, \qquad \tanh'(z) = 1 - \tanh^2 z`,
    },
    {
      name: 'softmax over K scores',
      tex: String.raw`\mathrm{softmax}(z)_k = \frac{e^{z_k - \max_j z_j}}{\sum_{j=1}^{K} e^{z_j - \max_j z_j}}, \qquad \sum_{k=1}^{K} \mathrm{softmax}(z)_k = 1`,
    },
    { name: 'softmax derivative', tex: String.raw`\frac{\partial p_k}{\partial z_j} = p_k\,(\delta_{kj} - p_j)` },
    { name: 'linear', tex: String.raw`g(z) = z, \qquad g'(z) = 1` },
  ],
  lead: 'The same network learns the circle four times, once with each hidden activation. Drag its depth, width, rate and seed: the linear net never bends its boundary, the others close it round the centre.',
  figure,
  widgets: [
    FIGURE_WIDGET,
    { type: 'activation-plot', activations: ['relu', 'sigmoid', 'tanh', 'linear', 'softmax'] },
    { type: 'activation-switch', runs: hiddenActivations },
    { type: 'boundary-compare', runs: ['softmax'] },
  ],
  experiment,
  // The playground opens the relu net, which bends its boundary round the circle.
  playground: experiment.runs.find((run) => run.label === 'relu'),
  claim:
    'With linear hidden activations the 2-6-6-1 net cannot separate the circle (42.7% test accuracy), with relu or tanh it can (99.3% and 100%); a softmax output turns three scores into probabilities that sum to 1.',
  tryThis: [
    {
      label: '4 hidden layers ▶',
      set: { depth: 4 },
      notice:
        'four linear layers still draw one straight line (42.7%, as with two), while sigmoid, stacked four deep, reaches only about 73% in 60 passes: its error signal shrinks through every layer.',
    },
    {
      label: 'Adam rate 0.003 ▶',
      set: { rate: 0.003 },
      notice:
        'smaller steps: relu still reaches 99% in 60 passes, tanh about 81%, and sigmoid stays at chance (43%) — its slope is at most 0.25, so its weights barely move.',
    },
    {
      label: '2 neurons per layer ▶',
      set: { width: 2 },
      notice:
        'two neurons a layer are too few to close the circle: tanh and sigmoid stop near 73%, and relu does no better than the line (43%).',
    },
    {
      label: 'seed 2 ▶',
      set: { seed: 2 },
      notice: 'new points and new starting weights, the same picture: linear 31%, relu and tanh 100%, sigmoid 99%.',
    },
  ],
  predictions: [
    {
      prompt:
        'Stack four linear hidden layers instead of two. Will the linear net now separate the circle (above 70%)?',
      set: { depth: 4 },
      choices: ['No: it still draws one straight line', 'Yes: four layers are enough to bend'],
      answer: linearFails,
    },
    {
      prompt: 'Slow Adam down to rate 0.003. Which hidden activation fits the circle best in 60 passes?',
      set: { rate: 0.003 },
      choices: ['relu', 'tanh', 'sigmoid'],
      answer: bestBent,
    },
  ],
  questions: [
    {
      prompt:
        'A network has 5 hidden layers, all with linear activations. What kind of boundary can it draw on the plane?',
      choices: [
        'Any shape, given enough neurons.',
        'Only a straight line: linear layers compose into one linear layer.',
        'Circles, but not spirals.',
        'None: a linear activation cannot be trained.',
      ],
      answer: 1,
      explanations: [
        'Neurons do not help: without a bend anywhere, the whole net is one linear map.',
        'Right: W2(W1x + b1) + b2 is again Wx + b, whatever the number of layers.',
        'A circle already needs a non-linearity, such as squared features or bent activations.',
        'It trains fine — gradient descent works on it — it just cannot represent a curved boundary.',
      ],
    },
    {
      prompt: 'Why do sigmoid hidden units learn slowly when their sums are large in size, say |z| > 5?',
      choices: [
        'Their outputs become negative.',
        'They are saturated: the derivative σ(z)(1 − σ(z)) is below 0.007, so almost no gradient passes through.',
        'Softmax is needed instead.',
        'The learning rate automatically drops.',
      ],
      answer: 1,
      explanations: [
        'Sigmoid outputs are always between 0 and 1.',
        'Right: on its flat tails the sigmoid barely changes, and its tiny slope multiplies the error signal on its way back.',
        'Softmax belongs on a multi-class output layer, not in hidden layers.',
        'The learning rate is whatever the optimizer sets; it is the gradient that shrinks.',
      ],
    },
  ],
};
