// Lesson 7: full-batch GD vs SGD vs mini-batch. Pattern: train runs. The same
// 2-8-1 tanh net, the same plain SGD optimizer at learning rate 0.3 and the
// same 100 passes over 200 circle points; only the batch size differs:
// 200 (all the data: gradient descent), 32 (mini-batch) and 1 (SGD).
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';

const data = { name: 'circle', options: { n: 400, noise: 0.1, seed: 1 } }; // 200 train, 200 test
const TRAIN_ROWS = 200;
const EPOCHS = 100;

const spec = binaryClassifier([8], { optimizer: { type: 'sgd', learningRate: 0.3 } });

const race = [
  { label: 'GD', batchSize: TRAIN_ROWS },
  { label: 'mini-batch 32', batchSize: 32 },
  { label: 'SGD', batchSize: 1 },
];
const runs = race.map(({ label, batchSize }) => ({
  label,
  kind: 'train',
  data,
  spec,
  fit: { epochs: EPOCHS, batchSize },
}));

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
        'Three copies of the same net start from the same weights, use the same optimizer and learning rate, and see the same 200 circle points for 100 epochs. Only the batch size differs, so per epoch full-batch GD makes 1 update, mini-batch 32 makes 7 and SGD makes 200.',
        "Measured in passes over the data, SGD gets its training loss below 0.3 within a few epochs (5 here) and mini-batch after about 70, while full-batch GD, with its 100 careful steps, ends near 0.66 — barely below its starting 0.69. SGD's curve is also by far the most jagged.",
        "A fair objection: GD's exact gradient could afford bigger steps. On this small data set a rate of 3 does let it catch up. But it still makes only one update per pass, and on a large data set each of those updates costs a full sweep over all the data.",
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
  widgets: [{ type: 'race', runs: race.map((r) => r.label) }],
  experiment: {
    runs,
  },
  // The playground opens the balance the lesson recommends: mini-batches of 32.
  playground: runs.find((run) => run.label === 'mini-batch 32'),
  claim:
    "After the same 100 passes over the data, SGD and mini-batch 32 reach a far lower loss than full-batch GD, and SGD's loss curve is the noisiest.",
  tryThis: [
    'Watch the updates-per-epoch counter: 1, 7 and 200. Which curve looks best against updates instead of epochs?',
    "Raise GD's learning rate to 3: still one step per epoch, but ten times bigger. How close does it get?",
    'Give mini-batch a batch size of 64, then 8: fewer, steadier updates or more, noisier ones. Where does each end after 100 epochs?',
    "Lower SGD's learning rate to 0.03: its curve calms down. Compare how fast it falls at first and where it ends.",
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
