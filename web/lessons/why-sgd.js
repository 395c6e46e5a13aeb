// Lesson 8: why noisy steps help. Pattern: surface runs. On two surfaces —
// a saddle whose ridge line the start sits on, and a double well whose start
// rolls into the shallow side — full-batch gradient descent (no noise) walks
// side by side with mini-batch walkers: the same optimizer and rate, plus
// Gaussian gradient noise standing in for the sampling of a mini-batch.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';

const WALKERS = [1, 2, 3, 4, 5];
const optimizer = { type: 'sgd', learningRate: 0.1 };

// The saddle: w2 = 0 is its ridge line, where the gradient has no w2 part.
const SADDLE = { steps: 100, noise: 0.3 };
// The double well: the barrier between the wells is 0.38 above the shallow minimum.
const WELL = { steps: 300, noise: 2 };

const walk = (label, surface, { steps, noise }, seed) => ({
  label,
  kind: 'surface',
  surface,
  path: { optimizer, steps, gradientNoise: noise, ...(seed !== undefined && { seed }) },
});

const SADDLE_GD = 'saddle: full-batch GD';
const WELL_GD = 'double well: full-batch GD';
const saddleWalker = (seed) => `saddle: mini-batch walker ${seed}`;
const wellWalker = (seed) => `double well: mini-batch walker ${seed}`;

export default {
  ...findLesson('why-sgd'),
  sections: [
    {
      heading: 'Cheap steps win on big data',
      paragraphs: [
        'Full-batch gradient descent reads every training example before it moves once. With a million examples, one update costs a million gradient evaluations. A mini-batch of 32 costs 32, so for the price of one full-batch step SGD takes more than 30,000 steps — each less precise, but together they get much further.',
        'Big data sets are also redundant: many examples say nearly the same thing. The average gradient over 32 of them already points roughly the right way, and reading the other 999,968 before moving mostly confirms what the first 32 said.',
      ],
    },
    {
      heading: 'Noise is a feature, not only a cost',
      paragraphs: [
        String.raw`A mini-batch gradient is the true gradient plus noise: $g = \nabla L(w) + \varepsilon$, where $\varepsilon$ averages to zero but changes every step. On average SGD goes downhill; on every single step it wobbles.`,
        'Loss landscapes have flat spots that are not minima. At a saddle point the gradient is zero, yet the loss falls away in some direction. Exact gradient descent that arrives exactly on the ridge of a saddle has nothing pushing it sideways, and stops. Any wobble tips it off the ridge, and from there the downhill slope takes over.',
        'The same wobble can carry a walker over a low barrier out of a shallow minimum. Once it reaches a deeper basin, climbing back out would take a far larger kick, so on average it stays. The noise makes SGD prefer wide, deep basins over narrow, shallow ones.',
      ],
    },
    {
      heading: 'The experiment: one path against many walkers',
      paragraphs: [
        String.raw`The saddle surface is $L = w_1^2 - w_2^2 + \tfrac14 w_2^4 + 1$. Its saddle point is the origin (loss 1) and its two minima sit at $w_2 = \pm\sqrt2$ (loss 0). Every path starts at $(-1.8, 0)$, on the ridge line $w_2 = 0$. Full-batch GD slides straight into the saddle point and stays there at loss 1. Each mini-batch walker uses the same rate 0.1 with gradient noise of size 0.3, and within a few dozen steps it rolls off into one of the two minima.`,
        String.raw`The double well has a shallow minimum at $w_1 = 1$ (loss 1.6) and the true minimum at $w_1 = -1$ (loss 0), with a barrier at $w_1 = 0.3$ between them. Starting at $(1.6, 1.2)$, GD settles in the shallow well for good. Walkers with gradient noise of size 2 jump the barrier and end in the deep well: all five here, and in this setting almost every seed does.`,
        'Be fair to GD: starting exactly on the ridge is the worst case. Start it a hair off the line and it leaves the saddle too — but only after lingering near it, and in high dimensions such plateaus are everywhere. Against a barrier, exact GD never gets over at all.',
      ],
    },
    {
      heading: 'Why SGD scales to big models',
      paragraphs: [
        'The memory a training step needs grows with the batch, not with the data set: the activations of 32 examples fit on any device, those of a million do not. The data can stream from disk batch by batch. That is why every large network today — image models, language models — is trained with mini-batch SGD or one of its descendants (momentum, RMSprop, Adam), never with full-batch gradient descent.',
        'The noise also shrinks gracefully: a bigger batch averages more examples, so its gradient noise falls like one over the square root of the batch size. Batch size is therefore a dial between cheap, noisy steps and expensive, precise ones.',
      ],
    },
  ],
  formulas: [
    {
      name: 'Mini-batch gradient: the true gradient plus zero-mean noise',
      tex: String.raw`g_t = \frac{1}{|B_t|}\sum_{i \in B_t} \nabla \ell_i(w_t) = \nabla L(w_t) + \varepsilon_t, \qquad \mathbb{E}[\varepsilon_t] = 0`,
    },
    { name: 'The SGD step', tex: String.raw`w_{t+1} = w_t - \eta\, g_t` },
    {
      name: 'Noise shrinks with the batch size',
      tex: String.raw`\operatorname{std}(\varepsilon_t) \propto \frac{1}{\sqrt{|B_t|}}`,
    },
    { name: 'The saddle surface', tex: String.raw`L(w_1, w_2) = w_1^2 - w_2^2 + \tfrac14 w_2^4 + 1` },
  ],
  widgets: [
    { type: 'surface-path', surface: 'saddle', runs: [SADDLE_GD, ...WALKERS.map(saddleWalker)] },
    { type: 'surface-path', surface: 'local_minimum', runs: [WELL_GD, ...WALKERS.map(wellWalker)] },
  ],
  experiment: {
    runs: [
      walk(SADDLE_GD, 'saddle', { ...SADDLE, noise: 0 }),
      ...WALKERS.map((seed) => walk(saddleWalker(seed), 'saddle', SADDLE, seed)),
      walk(WELL_GD, 'local_minimum', { ...WELL, noise: 0 }),
      ...WALKERS.map((seed) => walk(wellWalker(seed), 'local_minimum', WELL, seed)),
    ],
  },
  claim:
    'Full-batch gradient descent stalls on the saddle point (loss 1) and in the shallow well (loss 1.6), while mini-batch walkers with the same rate and gradient noise escape to the minima — on every seed on the saddle and on almost every seed in the double well.',
  tryThis: [
    'Set the noise of the saddle walkers to 0.01: they still escape, just later. Only exactly zero noise stays on the ridge.',
    'Start full-batch GD on the saddle at w2 = 0.001 instead of 0: it escapes too, after a visible pause near the saddle point.',
    'Lower the double-well noise from 2 to 1: most walkers now stay in the shallow well. How much noise does escaping need?',
    'Open the playground: with mini-batches of 10 the circle net gets its loss down to about 0.1 in 100 passes over the data. Set the batch size to the whole training set (200): after the same 100 passes it is still near 0.69.',
  ],
  questions: [
    {
      prompt: 'Full-batch gradient descent stops at a point where the gradient is zero. Which statement is true?',
      choices: [
        'That point must be a minimum of the loss.',
        'It may be a saddle point; a little gradient noise can push the weights off it and downhill.',
        'Noise never helps: it only slows training down.',
        'Gradient descent cannot stop anywhere except at the global minimum.',
      ],
      answer: 1,
      explanations: [
        'A zero gradient also happens at saddle points and maxima. On the saddle surface GD stops at loss 1 while the minima have loss 0.',
        'Right: at a saddle the loss still falls in some direction. Mini-batch noise tips the weights off the ridge, and the slope does the rest.',
        'Noise makes single steps less precise, but it is exactly what lets the walkers leave the saddle and the shallow well.',
        'In the double well GD settles in the shallow minimum (loss 1.6) and stays there forever.',
      ],
    },
    {
      prompt:
        'Why can mini-batch SGD train on a data set of a billion examples when full-batch gradient descent cannot?',
      choices: [
        'Each step needs only one batch in memory and costs only a batch of work, so updates start right away.',
        'Mini-batch gradients are more accurate than full-batch ones.',
        'SGD uses a different loss function that is cheaper to compute.',
        'Full-batch gradient descent cannot compute gradients for large networks.',
      ],
      answer: 0,
      explanations: [
        'Right: the cost and memory of a step scale with the batch, not the data set, and the data can stream from disk.',
        'They are less accurate — noisier — but vastly cheaper, and the noise averages out over many steps.',
        'The loss is the same; SGD only estimates its gradient from a sample.',
        'It can compute them; it just has to read all the data for every single step.',
      ],
    },
  ],
  // No train run here: "open in playground" loads a small net that trains with mini-batches of 10.
  playground: {
    label: 'mini-batch SGD on the circle',
    kind: 'train',
    data: { name: 'circle', options: { n: 400, noise: 0.1, seed: 1 } },
    spec: binaryClassifier([4, 2], { optimizer: { type: 'sgd', learningRate: 0.1 } }),
    fit: { epochs: 100, batchSize: 10 },
  },
};
