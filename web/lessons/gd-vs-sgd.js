// Lesson 7: full-batch GD vs SGD vs mini-batch. Pattern: a live figure of
// train runs. The same 2-8-1 tanh net, the same plain SGD optimizer and the
// same 100 passes over 200 circle points; only the batch size differs: 200
// (all the data: gradient descent), a mini-batch (32 by default) and 1 (SGD).
// The knobs: the mini-batch's size, the rate all three share, and the seed of
// the data and the starting weights.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const TRAIN_ROWS = 200; // of n = 400 points, half are held out for testing
const EPOCHS = 100;
const [GD, MINI, SGD] = ['GD', 'mini-batch', 'SGD'];

const FIGURE_WIDGET = { type: 'race', runs: [GD, MINI, SGD] };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'batch', label: 'Mini-batch size', kind: 'slider', values: [2, 4, 8, 16, 32, 64, 128], default: 32 },
    { id: 'rate', label: 'Rate η (all three)', kind: 'slider', values: [0.03, 0.1, 0.3, 1, 3], default: 0.3 },
    { id: 'seed', label: 'Seed (data and starting weights)', kind: 'slider', values: [1, 2, 3, 4], default: 1 },
  ],
  runs: ({ batch, rate, seed }) => {
    const data = { name: 'circle', options: { n: 2 * TRAIN_ROWS, noise: 0.1, seed } };
    const spec = binaryClassifier([8], { optimizer: { type: 'sgd', learningRate: rate }, seed });
    return [
      { label: GD, batchSize: TRAIN_ROWS },
      { label: MINI, batchSize: batch },
      { label: SGD, batchSize: 1 },
    ].map(({ label, batchSize }) => ({ label, kind: 'train', data, spec, fit: { epochs: EPOCHS, batchSize } }));
  },
};
const experiment = figureExperiment(figure);

// The run that first gets its training loss below 0.3: 0 GD, 1 mini-batch, 2 SGD, 3 none in 100 passes.
const firstBelowTarget = (results) => {
  const passes = [GD, MINI, SGD].map((label) => results[label].history.loss.findIndex((v) => v < 0.3));
  const reached = passes.filter((p) => p >= 0);
  return reached.length ? passes.indexOf(Math.min(...reached)) : 3;
};

export default {
  ...findLesson('gd-vs-sgd'),
  sections: [
    {
      heading: 'How much data per step?',
      paragraphs: [
        String.raw`The loss is an average over the $N$ training examples, and so is its gradient: $\nabla L = \frac{1}{N}\sum_i \nabla \ell_i$. Gradient descent (lesson 6) follows this exact average. But nothing forces us to look at every example before each step — we can estimate the gradient from fewer. How many examples go into one update is the batch size $B$, and it changes training a lot.`,
        'One pass over all the training data is an epoch. With N examples and batches of B, an epoch makes N/B updates (rounded up).',
      ],
    },
    {
      heading: 'Full-batch gradient descent: B = N',
      paragraphs: [
        'Every update uses every example. The gradient is exact, so each step really goes downhill and the loss curve is smooth. The price: one update per epoch. On a million images the network must process all million before it moves once, and the activations of the whole batch must be kept in memory for the backward pass — memory per update grows with N.',
      ],
    },
    {
      heading: 'Stochastic gradient descent: B = 1',
      paragraphs: [
        "Every update uses a single example: the data is shuffled at the start of each epoch and visited one example at a time. One example's gradient is a rough, noisy estimate of the average: right on average, wrong in detail. But it is cheap and light — one example's worth of memory — and an epoch now contains N updates instead of one.",
        'The noise shows: the loss jumps up and down from update to update, and at a constant learning rate the weights keep jittering around a minimum instead of settling. (Lesson 8 shows that this noise can even help.)',
      ],
    },
    {
      heading: 'Mini-batch: the usual compromise',
      paragraphs: [
        String.raw`Averaging over $B$ examples shrinks the noise: the variance of the estimate falls roughly like $1/B$. With $B = 32$ or $64$ the direction is fairly reliable, an epoch still holds $N/B$ updates, and the memory per update stays small. Processors that work on many numbers at once (GPUs, SIMD units) handle 32 examples almost as fast as one, so mini-batches make the best use of the hardware. This is what "SGD" usually means in practice, and Keras's default batch size is 32.`,
      ],
    },
    {
      heading: 'The race',
      paragraphs: [
        'The figure at the top is this race. Three copies of the same net start from the same weights, use the same optimizer and learning rate, and see the same 200 circle points for 100 passes. Only the batch size differs, so per pass full-batch GD makes 1 update, mini-batch 32 makes 7 and SGD makes 200.',
        "Measured in passes over the data, SGD gets its training loss below 0.3 after 5 passes and mini-batch after 71, while full-batch GD, with its 100 careful steps, ends at 0.66 — barely below its starting 0.69. SGD's curve is also by far the most jagged. Switch the plot to updates and the order turns around: per update, GD's exact steps are the best ones; there are just very few of them.",
        "A fair objection: GD's exact gradient could afford bigger steps. Press “η = 3 ▶”: GD then gets below 0.3 after 67 passes. But it still makes only one update per pass, and on a large data set each of those costs a full sweep over all the data. The same rate is far too big for SGD, whose 200 single-example steps per pass then throw its loss up to about 4.8.",
        'Counting passes hides one thing: an SGD update is cheaper than a full-batch one, but 200 separate tiny updates use the hardware poorly. In wall-clock time on a GPU, mini-batches usually win — which is why they are the default.',
      ],
    },
  ],
  formulas: [
    { name: 'Full-batch gradient descent', tex: String.raw`w := w - \eta\,\frac{1}{N}\sum_{i=1}^{N} \nabla \ell_i(w)` },
    { name: 'Stochastic gradient descent (one random example i)', tex: String.raw`w := w - \eta\, \nabla \ell_i(w)` },
    {
      name: 'Mini-batch of B examples',
      tex: String.raw`w := w - \eta\,\frac{1}{B}\sum_{i \in \mathcal{B}} \nabla \ell_i(w)`,
    },
    { name: 'Updates per epoch', tex: String.raw`\left\lceil \frac{N}{B} \right\rceil` },
    {
      name: 'Noise of a mini-batch gradient (independent examples)',
      tex: String.raw`\operatorname{Var}\Big[\frac{1}{B}\sum_{i \in \mathcal{B}} \nabla \ell_i\Big] \approx \frac{\sigma^2}{B}`,
    },
  ],
  lead: 'One net learns 200 points for 100 passes, moving once per pass (GD), 7 times (mini-batch 32) or 200 times (SGD). Drag the mini-batch size and the rate and watch which curve falls first.',
  figure,
  widgets: [FIGURE_WIDGET],
  experiment,
  // The playground opens the balance the lesson recommends: the mini-batch run.
  playground: experiment.runs[1],
  claim:
    "After the same 100 passes over the data, SGD and mini-batch 32 reach a far lower loss than full-batch GD, and SGD's loss curve is the noisiest.",
  tryThis: [
    {
      label: 'η = 3 ▶',
      set: { rate: 3 },
      notice:
        'ten times the rate: GD now gets below 0.3 after 67 passes and ends near 0.11, mini-batch ends near 0.04 — and SGD, taking 200 such big steps per pass, blows up to a loss near 4.8.',
    },
    {
      label: 'mini-batch 8 ▶',
      set: { batch: 8 },
      notice: '25 updates per pass instead of 7: the mini-batch run gets below 0.3 after 22 passes instead of 71.',
    },
    {
      label: 'mini-batch 128 ▶',
      set: { batch: 128 },
      notice: 'only 2 updates per pass: the mini-batch run ends near 0.56, close to GD’s slow curve.',
    },
    {
      label: 'η = 0.03 ▶',
      set: { rate: 0.03 },
      notice:
        'a tenth of the rate: SGD’s curve calms down and still ends near 0.06, while GD and mini-batch barely leave 0.69.',
    },
    {
      label: 'seed 3 ▶',
      set: { seed: 3 },
      notice:
        'other points and other starting weights, the same order: SGD below 0.3 after 4 passes, mini-batch after 52, GD never.',
    },
  ],
  predictions: [
    {
      prompt: 'Which run gets its training loss below 0.3 first, counted in passes over the data?',
      choices: [GD, MINI, SGD, 'none, within 100 passes'],
      answer: firstBelowTarget,
    },
    {
      prompt: 'Raise the rate of all three from 0.3 to 3. Whose training-loss curve ends lowest after 100 passes?',
      set: { rate: 3 },
      choices: [GD, MINI, SGD],
      answer: (results) => {
        const final = [GD, MINI, SGD].map((label) => results[label].history.loss.at(-1));
        // A run that diverged (loss NaN) ends nowhere near the lowest.
        return final.indexOf(Math.min(...final.filter(Number.isFinite)));
      },
    },
  ],
  questions: [
    {
      prompt: 'A training set has 10,000 examples. How many updates does one epoch make with batch size 32?',
      choices: ['1', '32', '313', '10,000'],
      answer: 2,
      explanations: [
        'One update per epoch is full-batch gradient descent.',
        '32 is the number of examples per update, not the number of updates.',
        'Right: 10,000 / 32 = 312.5, and the last, smaller batch makes it 313.',
        'That is SGD with batch size 1.',
      ],
    },
    {
      prompt: 'Why is the loss curve of SGD (batch size 1) so much noisier than that of full-batch GD?',
      choices: [
        'SGD uses a larger learning rate.',
        'Each SGD step follows the gradient of a single example, a noisy estimate of the average gradient.',
        'SGD computes the wrong gradient.',
        'Full-batch GD smooths its curve after training.',
      ],
      answer: 1,
      explanations: [
        'In the race all three use the same learning rate, 0.3.',
        "Right: one example's gradient points downhill only on average, so individual steps can make things worse for a while.",
        "Each example's gradient is exact for that example; it is only a rough estimate of the whole data set's gradient.",
        'Nothing is smoothed: full-batch steps follow the exact gradient, so the curve is smooth by itself.',
      ],
    },
  ],
};
