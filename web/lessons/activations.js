// web/lessons/ — lesson content: one module per lesson (its text, formulas,
// experiment, widgets, claim and questions), the catalog, shared specs, the loader.
//
// Lesson 4: activation functions. Pattern: train runs. The same 2-6-6-1 net
// learns the circle with linear, relu, tanh and sigmoid hidden activations
// (linear fails, the non-linear ones succeed), and a softmax output layer
// classifies 3 blobs, turning its scores into probabilities that sum to 1.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';

const circle = { name: 'circle', options: { n: 300, noise: 0.1, seed: 1 } };
const blobs = { name: 'blobs', options: { n: 300, noise: 0.2, classes: 3, seed: 1 } };
const fit = { epochs: 100, batchSize: 16 };
const optimizer = { type: 'adam', learningRate: 0.03 };

// Two hidden layers of 6 with the given activation, then a sigmoid output.
const withHidden = (activation) => binaryClassifier([6, 6], { activation, optimizer });

const hiddenActivations = ['linear', 'relu', 'tanh', 'sigmoid'];
const circleRuns = hiddenActivations.map((activation) => ({
  label: activation,
  kind: 'train',
  data: circle,
  spec: withHidden(activation),
  fit,
}));

export default {
  ...findLesson('activations'),
  sections: [
    {
      heading: 'Why a network needs non-linearity',
      paragraphs: [
        String.raw`A neuron's weighted sum $z = w^\top x + b$ is linear in its inputs. If every neuron passed $z$ on unchanged, a whole stack of layers would still be linear: two layers $W_2(W_1 x + b_1) + b_2$ are the single layer $(W_2 W_1)x + (W_2 b_1 + b_2)$. Depth would buy nothing — the net could only draw straight lines, however many layers it had.`,
        "An activation function bends each neuron's output. Because it is not a straight line, stacking layers now builds genuinely new shapes: curves, regions, spirals. In the experiment the same 2–6–6–1 network learns the circle with relu, tanh or sigmoid hidden units, and stays near chance with linear ones.",
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
  widgets: [
    { type: 'activation-plot', activations: ['relu', 'sigmoid', 'tanh', 'linear', 'softmax'] },
    { type: 'activation-switch', runs: hiddenActivations },
    { type: 'boundary-compare', runs: hiddenActivations },
    { type: 'boundary-compare', runs: ['softmax'] },
  ],
  experiment: {
    runs: [
      ...circleRuns,
      {
        label: 'softmax',
        kind: 'train',
        data: blobs,
        spec: {
          inputs: 2,
          layers: [{ type: 'dense', units: 3, activation: 'softmax' }],
          loss: 'sparse_categorical_crossentropy',
          optimizer,
          seed: 1,
        },
        fit: { epochs: 50, batchSize: 16 },
      },
    ],
  },
  // The playground opens the relu net, which bends its boundary round the circle.
  playground: circleRuns.find((run) => run.label === 'relu'),
  claim:
    'With linear hidden activations the 2-6-6-1 net cannot separate the circle, with relu or tanh it can; a softmax output turns three scores into probabilities that sum to 1.',
  tryThis: [
    'Open the linear net in the playground and add more layers: the boundary stays a straight line.',
    'Flip the live net between linear and tanh a few times: from the same start, one boundary only turns, the other closes round the centre.',
    'Set only the first hidden layer to relu and leave the second linear: one bend is already enough here.',
    "In the activation plot, find where sigmoid's derivative drops below 0.01, and compare with tanh.",
    'Open the softmax run in the playground and add noise to the blobs: where the classes overlap, the probabilities spread out instead of sitting near 0 and 1.',
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
