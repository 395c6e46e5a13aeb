// Lesson 6: gradient descent. Pattern: a live figure of one surface run.
// Plain gradient descent (sgd without momentum, exact gradients) walks the
// bowl L = w1² + w2² from the surface's start (-1.5, 1.2) for 40 steps; the
// knob is the learning rate (0.1 by default), and the loss curve under the
// map is the one the claim and the questions speak of.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const STEPS = 40;
const WALK = 'gradient descent';

const FIGURE_WIDGET = { type: 'surface-path', surface: 'bowl', runs: [WALK], lossCurve: true };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    {
      id: 'rate',
      label: 'Learning rate η',
      kind: 'slider',
      values: [0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1, 1.05],
      default: 0.1,
    },
  ],
  runs: ({ rate }) => [
    {
      label: WALK,
      kind: 'surface',
      surface: 'bowl',
      path: { optimizer: { type: 'sgd', learningRate: rate }, steps: STEPS, gradientNoise: 0 },
    },
  ],
};

// What the walk's loss did: 0 settled at the minimum, 1 still on its way, 2 bounced forever, 3 flew off.
const outcome = (results) => {
  const { loss, diverged } = results[WALK].path;
  if (diverged || loss.at(-1) > loss[0]) return 3;
  if (Math.abs(loss.at(-1) - loss[0]) < 1e-9 * loss[0]) return 2;
  return loss.at(-1) < 1e-5 ? 0 : 1;
};

export default {
  ...findLesson('gradient-descent'),
  sections: [
    {
      heading: 'The loss as a landscape',
      paragraphs: [
        'For fixed data, the loss depends only on the weights. Picture every possible setting of the weights as a point on a map and the loss as the height of the ground there: training means finding a low spot on this landscape.',
        String.raw`With two weights we can draw it. The bowl here is $L(w_1, w_2) = w_1^2 + w_2^2$, lowest at $(0, 0)$. A real network has thousands or millions of weights and its landscape is lumpier, but the walking rule is the same.`,
      ],
    },
    {
      heading: 'Step against the gradient',
      paragraphs: [
        String.raw`The gradient $\nabla L$ collects the partial derivatives $\partial L / \partial w_i$: how fast the loss rises when each weight is nudged. It points in the direction of steepest ascent, so the way down is the opposite direction. Gradient descent moves every weight a small step that way: $w := w - \eta\, \partial L / \partial w$.`,
        String.raw`The learning rate $\eta$ sets the length of the step. On the bowl, $\partial L / \partial w_i = 2 w_i$, so one step gives $w := w - 2\eta w = (1 - 2\eta)\,w$. With $\eta = 0.1$ every step keeps 80% of each weight and 64% of the loss — each dot on the map sits 20% closer to the centre than the one before: from the start $(-1.5, 1.2)$, where the loss is $3.69$, forty steps bring it down to about $7 \times 10^{-8}$.`,
        String.raw`In a network the same rule updates every weight and bias at once. The partial derivatives come from backpropagation: the chain rule applied from the loss back through each layer, where every activation's derivative (lesson 4) multiplies the signal on its way.`,
      ],
    },
    {
      heading: 'Repeat until the loss stops falling',
      paragraphs: [
        'Each step is proportional to the gradient, and near the bottom the ground is nearly flat: the gradient shrinks, so the steps shrink too. The loss curve drops steeply at first and then flattens out. When another step no longer lowers the loss noticeably, the descent has converged and we stop — in practice after a fixed number of steps or when the improvement falls below a small tolerance.',
        String.raw`The step size matters. On this bowl, $\eta = 0.5$ jumps to the minimum in one step, $0.5 < \eta < 1$ overshoots and zigzags inward, $\eta = 1$ bounces between two points forever, and any $\eta > 1$ overshoots further each time and diverges. Lesson 11 looks at learning rates on harder landscapes.`,
        'On a real network the landscape is not one bowl: gradient descent finds a low place, not necessarily the lowest. Later lessons show how noise and momentum help.',
      ],
    },
  ],
  formulas: [
    { name: 'The update rule', tex: String.raw`w := w - \eta \frac{\partial L}{\partial w}` },
    {
      name: 'All weights at once',
      tex: String.raw`\mathbf{w} := \mathbf{w} - \eta\, \nabla L(\mathbf{w}), \qquad \nabla L = \Big(\frac{\partial L}{\partial w_1}, \dots, \frac{\partial L}{\partial w_n}\Big)`,
    },
    {
      name: 'The bowl and its gradient',
      tex: String.raw`L(w_1, w_2) = w_1^2 + w_2^2, \qquad \nabla L = (2 w_1,\; 2 w_2)`,
    },
    {
      name: 'One step on the bowl',
      tex: String.raw`\mathbf{w}_{t+1} = (1 - 2\eta)\,\mathbf{w}_t, \qquad L_{t+1} = (1 - 2\eta)^2 L_t`,
    },
  ],
  lead: 'Gradient descent walks downhill on the loss: each step moves the weights against the gradient, a step as long as the learning rate η says. Next to the map is the loss curve, one point per step: drag η and watch both change.',
  figure,
  widgets: [FIGURE_WIDGET],
  experiment: figureExperiment(figure),
  // The same rule on a real model: one sigmoid neuron, full-batch steps.
  playground: {
    label: 'one neuron, full-batch gradient descent',
    kind: 'train',
    data: { name: 'gauss', options: { n: 200, noise: 0.1, seed: 1 } },
    spec: binaryClassifier([], { optimizer: { type: 'sgd', learningRate: 1 } }),
    fit: { epochs: 60, batchSize: 100 },
  },
  claim:
    'Gradient descent with learning rate 0.1 walks the bowl from (-1.5, 1.2) to its minimum at (0, 0), and its loss curve drops steeply and then flattens as the steps shrink.',
  tryThis: [
    {
      label: 'η = 0.5 ▶',
      set: { rate: 0.5 },
      notice: 'the walker lands on the minimum in a single step: $1 - 2\\eta = 0$ keeps nothing of the weights.',
    },
    {
      label: 'η = 0.9 ▶',
      set: { rate: 0.9 },
      notice:
        'every step overshoots the bottom and lands on the other side, a little closer: a zigzag that still converges.',
    },
    {
      label: 'η = 1.05 ▶',
      set: { rate: 1.05 },
      notice:
        'each overshoot lands further out than the last: the loss curve climbs and the walk flies off the surface.',
    },
    {
      label: 'η = 0.01 ▶',
      set: { rate: 0.01 },
      notice:
        'tiny steps: after 40 of them the loss is still 0.73, a fifth of the 3.69 it started at, and the curve has barely begun to flatten.',
    },
  ],
  predictions: [
    {
      prompt: 'Set η = 1: each step is $w := (1 - 2)\\,w = -w$. What will the loss curve do over 40 steps?',
      set: { rate: 1 },
      choices: [
        'fall to the minimum',
        'fall, but not all the way in 40 steps',
        'stay flat: the walker bounces between two points',
        'climb: the walk flies off',
      ],
      answer: outcome,
    },
  ],
  questions: [
    {
      prompt: String.raw`The loss is $L = w^2$, the weight is $w = 3$ and the learning rate is $\eta = 0.1$. What is $w$ after one gradient-descent step?`,
      choices: ['2.4', '3.6', '2.7', '0'],
      answer: 0,
      explanations: [
        'Right: the gradient is 2w = 6, and 3 − 0.1 · 6 = 2.4.',
        'That adds the step: it moves uphill, along the gradient instead of against it.',
        'That uses w instead of the derivative 2w as the gradient.',
        'One step of size 0.6 does not reach the minimum; that would need η = 0.5.',
      ],
    },
    {
      prompt: 'Why does the loss curve of gradient descent flatten out near the end?',
      choices: [
        'The learning rate decays automatically.',
        'Near the minimum the gradient is almost zero, so the steps become tiny.',
        'The optimizer runs out of data.',
        'The loss cannot go below 1.',
      ],
      answer: 1,
      explanations: [
        'Here the rate is constant at 0.1; schedules are a separate choice (lesson 11).',
        'Right: the step is η times the gradient, and the gradient vanishes at the bottom of the bowl.',
        'Every step uses the same exact gradient; nothing runs out.',
        'On the bowl the loss goes all the way down toward 0.',
      ],
    },
  ],
};
