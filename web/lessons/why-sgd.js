// Lesson 8: why noisy steps help. Pattern: a live figure of surface runs. On
// two surfaces — a double well whose start rolls into the shallow side, and a
// saddle whose ridge line the start sits on — full-batch gradient descent (no
// noise) walks beside five mini-batch walkers: the same optimizer and rate,
// plus Gaussian gradient noise standing in for the sampling of a mini-batch
// (noise 0 is the full batch). The knobs: each surface's noise, the rate, and
// the set of noise seeds. Each surface's runs come GD first, then the walkers.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const WALKERS = [1, 2, 3, 4, 5];
const SADDLE_STEPS = 100;
const WELL_STEPS = 300; // the double well's barrier is 0.38 above its shallow minimum

const walk = (label, surface, steps, rate, noise, seed) => ({
  label,
  kind: 'surface',
  surface,
  path: { optimizer: { type: 'sgd', learningRate: rate }, steps, gradientNoise: noise, ...(seed && { seed }) },
});

const SADDLE_GD = 'saddle: full-batch GD';
const WELL_GD = 'double well: full-batch GD';
const saddleWalker = (i) => `saddle: mini-batch walker ${i}`;
const wellWalker = (i) => `double well: mini-batch walker ${i}`;

// GD's path last in each widget, so it is drawn on top of the walkers' scribbles.
const FIGURE_WIDGET = {
  type: 'surface-path',
  surface: 'local_minimum',
  runs: [...WALKERS.map(wellWalker), WELL_GD],
};
const SADDLE_WIDGET = {
  type: 'surface-path',
  surface: 'saddle',
  runs: [...WALKERS.map(saddleWalker), SADDLE_GD],
};

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    {
      id: 'wellNoise',
      label: 'Double-well noise (0 = full batch)',
      kind: 'slider',
      values: [0, 0.5, 1, 1.5, 2, 3],
      default: 2,
    },
    {
      id: 'saddleNoise',
      label: 'Saddle noise (0 = full batch)',
      kind: 'slider',
      values: [0, 0.01, 0.1, 0.3, 1],
      default: 0.3,
    },
    { id: 'rate', label: 'Rate η', kind: 'slider', values: [0.02, 0.05, 0.1, 0.2], default: 0.1 },
    // Seed set s gives the five walkers the noise seeds 5(s−1)+1 … 5s.
    { id: 'seeds', label: 'Walkers’ seed set', kind: 'slider', values: [1, 2, 3, 4], default: 1 },
  ],
  runs: ({ wellNoise, saddleNoise, rate, seeds }) => {
    const seed = (i) => 5 * (seeds - 1) + i;
    return [
      walk(SADDLE_GD, 'saddle', SADDLE_STEPS, rate, 0),
      ...WALKERS.map((i) => walk(saddleWalker(i), 'saddle', SADDLE_STEPS, rate, saddleNoise, seed(i))),
      walk(WELL_GD, 'local_minimum', WELL_STEPS, rate, 0),
      ...WALKERS.map((i) => walk(wellWalker(i), 'local_minimum', WELL_STEPS, rate, wellNoise, seed(i))),
    ];
  },
};

// How many double-well walkers end past the barrier (w1 < 0.3, the deep well's side) without diverging.
const inDeepWell = (results) =>
  WALKERS.map((i) => results[wellWalker(i)].path).filter((path) => path.w1.at(-1) < 0.3 && !path.diverged).length;
// The choices 'none', '1 or 2', '3 or 4', 'all 5' as an index.
const deepWellChoice = (results) => [0, 1, 1, 2, 2, 3][inDeepWell(results)];

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
        String.raw`The saddle surface is $L = w_1^2 - w_2^2 + \tfrac14 w_2^4 + 1$. Its saddle point is the origin (loss 1) and its two minima sit at $w_2 = \pm\sqrt2$ (loss 0). Every path starts at $(-1.8, 0)$, on the ridge line $w_2 = 0$. Full-batch GD slides straight into the saddle point and stays there at loss 1. Each mini-batch walker uses the same rate 0.1 with gradient noise of size 0.3, and within 14 to 37 steps it rolls off the ridge toward one of the two minima (the second figure, next to the claim).`,
        String.raw`The double well has a shallow minimum at $w_1 = 1$ (loss 1.6) and the true minimum at $w_1 = -1$ (loss 0), with a barrier at $w_1 = 0.3$ between them. Starting at $(1.6, 1.2)$, GD settles in the shallow well for good. Walkers with gradient noise of size 2 jump the barrier and end in the deep well: all five in the figure at the top, and with this noise almost every seed does. Noise 1 is not enough: none of the five gets over.`,
        'Be fair to GD: starting exactly on the ridge is the worst case. Start it a hair off the line and it leaves the saddle too — but only after lingering near it, and in high dimensions such plateaus are everywhere. Against a barrier, exact GD with small steps never gets over at all; at η = 0.2 its first steps are so long that they overshoot the barrier, but that is the step size, not an escape.',
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
  lead: 'Full-batch gradient descent follows the exact slope; five mini-batch walkers take the same steps plus the noise of a small batch. Drag the noise and watch who gets over the barrier into the deep well.',
  figure,
  widgets: [FIGURE_WIDGET, SADDLE_WIDGET],
  experiment: figureExperiment(figure),
  claim:
    'Full-batch gradient descent stalls on the saddle point (loss 1) and in the shallow well (loss 1.6), while mini-batch walkers with the same rate and gradient noise escape to the minima — on every seed on the saddle and on almost every seed in the double well.',
  tryThis: [
    {
      label: 'double-well noise 1 ▶',
      set: { wellNoise: 1 },
      notice: 'half the noise: none of the five walkers gets over the barrier; at 1.5 three of them do.',
    },
    {
      label: 'saddle noise 0.01 ▶',
      set: { saddleNoise: 0.01 },
      notice:
        'a thirtieth of the noise still tips every walker off the ridge, only later: after 33 to 56 steps instead of 14 to 37.',
    },
    {
      label: 'saddle noise 0 ▶',
      set: { saddleNoise: 0 },
      notice: 'no noise is a full batch: all five walkers now stay on the ridge at loss 1, exactly like GD.',
    },
    {
      label: 'η = 0.05 ▶',
      set: { rate: 0.05 },
      notice:
        'half the step, the same noise: each kick is half as long, so only one of the five walkers gets over the barrier, and on the saddle they leave the ridge later (after 31 to 66 steps).',
    },
    {
      label: 'seed set 2 ▶',
      set: { seeds: 2 },
      notice: 'other noise, the same story: all five walkers leave the saddle and all five end in the deep well.',
    },
  ],
  predictions: [
    {
      prompt: 'At noise 2 all five walkers end in the deep well. Halve the noise to 1: how many get over the barrier?',
      set: { wellNoise: 1 },
      choices: ['none', '1 or 2', '3 or 4', 'all 5'],
      answer: deepWellChoice,
    },
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
