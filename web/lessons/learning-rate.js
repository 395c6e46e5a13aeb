// Lesson 11: the learning rate. Pattern: a live figure of surface runs, with
// train runs beside it. Four walkers go down the bowl for 20 steps, each
// from its own point at the same height: one at the learner's rate (1.5 by
// default: too large) and three at fixed rates, one good and two too small.
// Then a small regression net (mini-batch SGD on the plane data) trains at
// rate 1, which explodes, at a constant rate 0.3, and at 0.3 lowered by a
// schedule over the run. The knobs: the walkers' steps, the learner's rate
// and optimizer, and the schedule of the decaying net.
import { findLesson } from './catalog.js';
import { figureExperiment } from './figure.js';

// Every walker starts at loss 3.69 (1.5² + 1.2²), on its own spoke of the bowl: on a round bowl plain
// SGD walks straight toward the centre (or through it), so walkers from one point would hide each other.
const YOUR_START = [-1.5, 1.2];
const FIXED = [
  { rate: 0.1, start: [1.5, 1.2] },
  { rate: 0.01, start: [0, -Math.hypot(1.5, 1.2)] },
  { rate: 0.001, start: [-1.5, -1.2] },
];
const YOURS = 'bowl: your rate η';
const bowlLabel = (rate) => `bowl: rate ${rate}`;
const bowlWalk = (label, optimizer, start, steps) => ({
  label,
  kind: 'surface',
  surface: 'bowl',
  path: { optimizer, steps, start },
});

// 100 training points in batches of 4: 25 steps an epoch, 500 in all.
const EPOCHS = 20;
const BATCH = 4;
const TOTAL_STEPS = 500;
const NET_RATE = 0.3;
// The decaying net's schedules, each over the run's 500 steps.
const SCHEDULES = [
  {
    value: 'exponential',
    label: 'exponential decay',
    schedule: { type: 'exponential', decaySteps: TOTAL_STEPS, decayRate: 0.01 },
  },
  { value: 'step', label: 'step decay', schedule: { type: 'step', decaySteps: 100, decayRate: 0.5 } },
  { value: 'cosine', label: 'cosine with warm-up', schedule: { type: 'cosine', decaySteps: 450, warmupSteps: 50 } },
];
const data = { name: 'plane', options: { n: 200, noise: 0.1, seed: 1 } };
const net = (optimizer) => ({
  inputs: 2,
  layers: [
    { type: 'dense', units: 8, activation: 'tanh' },
    { type: 'dense', units: 1, activation: 'linear' },
  ],
  loss: 'mse',
  optimizer: { type: 'sgd', ...optimizer },
  seed: 1,
});
const netRun = (label, optimizer) => ({
  label,
  kind: 'train',
  data,
  spec: net(optimizer),
  fit: { epochs: EPOCHS, batchSize: BATCH },
});
const CONSTANT = `net: rate ${NET_RATE}, constant`;
const DECAYING = `net: rate ${NET_RATE}, decaying`;
const TOO_LARGE = 'net: rate 1';

// The learner's walk last, so it is drawn on top of the fixed ones.
const FIGURE_WIDGET = {
  type: 'surface-path',
  surface: 'bowl',
  runs: [...FIXED.map(({ rate }) => bowlLabel(rate)), YOURS],
};

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'steps', label: 'Steps (every walker)', kind: 'slider', values: [10, 20, 50, 100, 200], default: 20 },
    {
      id: 'rate',
      label: 'Your rate η',
      kind: 'slider',
      values: [0.001, 0.01, 0.1, 0.3, 0.5, 0.9, 1, 1.1, 1.5, 3],
      default: 1.5,
    },
    {
      id: 'optimizer',
      label: 'Your optimizer',
      kind: 'select',
      choices: [
        { value: 'sgd', label: 'plain SGD' },
        { value: 'adam', label: 'Adam' },
      ],
      default: 'sgd',
    },
    {
      id: 'schedule',
      label: 'Schedule of the decaying net (below)',
      kind: 'select',
      choices: SCHEDULES.map(({ value, label }) => ({ value, label })),
      default: 'exponential',
    },
  ],
  // The claim reads the runs by order: your walk, the fixed walks from the largest rate down, then the nets.
  runs: ({ steps, rate, optimizer, schedule }) => [
    bowlWalk(YOURS, { type: optimizer, learningRate: rate }, YOUR_START, steps),
    ...FIXED.map((walker) =>
      bowlWalk(bowlLabel(walker.rate), { type: 'sgd', learningRate: walker.rate }, walker.start, steps),
    ),
    netRun(CONSTANT, { learningRate: NET_RATE }),
    netRun(DECAYING, { learningRate: NET_RATE, schedule: SCHEDULES.find((s) => s.value === schedule).schedule }),
    netRun(TOO_LARGE, { learningRate: 1 }),
  ],
};
const experiment = figureExperiment(figure);

// Where the learner's walk ends, as the prediction's choices say it: 0 at the minimum (below 0.1% of its
// starting loss), 1 hopping with its loss unchanged, 2 flying off, 3 still on its way down.
const walkFate = (results) => {
  const { loss, diverged } = results[YOURS].path;
  const [start, end] = [loss[0], loss.at(-1)];
  if (diverged || end > start * (1 + 1e-6)) return 2;
  if (end < 1e-3 * start) return 0;
  return end >= start * (1 - 1e-6) ? 1 : 3;
};

export default {
  ...findLesson('learning-rate'),
  sections: [
    {
      heading: 'How far to step',
      paragraphs: [
        String.raw`The gradient says which way is downhill; the learning rate $\eta$ says how far to go: $w \leftarrow w - \eta \nabla L$. It is the one setting that matters most in training, and the right value depends on the problem — how steeply the loss curves — not on some universal constant. The figure shows it on the simplest loss there is, the bowl $L = w_1^2 + w_2^2$: four walkers start at the same height, loss 3.69, each on its own spoke toward the minimum in the centre — three at fixed rates and one at the rate you choose — and each takes 20 steps of plain gradient descent, unless you give them more or switch yours to Adam.`,
      ],
    },
    {
      heading: 'Too high: it diverges',
      paragraphs: [
        String.raw`The gradient is only a local guide. Step too far and you land on the opposite slope, higher than where you started. On the bowl the gradient is $2w$, so each step multiplies the weights by $1 - 2\eta$. For $\eta$ below 1 that factor is smaller than 1 in size and the walk closes in; at exactly 1 it is $-1$ and the walk hops between two points forever; above 1 every hop lands farther out.`,
        'Your walker opens at rate 1.5, where the factor is −2: the weights double in size and flip sign at every step, so the walk leaves the map after its first step while the loss grows fourfold a step, past a million by step 10. The engine watches for this: when the loss becomes infinite, not a number, or explodes past a limit, it stops the run and reports the step where it happened — the figure’s “diverged at step 10” — instead of drawing nonsense. A divergence can also be too slow for that limit: at rate 1.1 each hop lands 1.2 times farther out, and after 20 steps the loss has grown from 3.69 to about 5,400. It is not flagged within 20 steps (given 50, the engine stops it at step 35), but it is diverging all the same.',
        'A net does the same. At rate 1 the regression net in the curves below blows up in its first epoch, at step 6, and training stops there with its last finite loss.',
      ],
    },
    {
      heading: 'Too low: it crawls',
      paragraphs: [
        'A tiny rate never overshoots, but it wastes steps. Rate 0.001 shrinks the weights by just 0.2% a step: after its 20 steps the loss is still 92% of where it started, and on the map the walk has barely left the start. Rate 0.01 has removed a bit over half of it (45% is left), while rate 0.1 has taken the loss from 3.69 to 0.0005.',
        'Bigger is not always faster, even below 1: rate 0.9 ends at exactly the loss of rate 0.1, because the factor |1 − 2η| is 0.8 for both; the larger rate just zigzags across the minimum to get there. Rate 0.5 is the bowl’s perfect rate: its factor is 0, and one step lands on the minimum.',
        'A small rate can make up for itself only with more steps. Give every walker 200 steps and rate 0.01 ends at 0.0011, close to where rate 0.1 was after 20, while rate 0.001 still has 45% of its loss left: a rate ten times too small means training about ten times as long, and with a budget of epochs it means stopping far from the minimum.',
      ],
    },
    {
      heading: 'Where to start: 0.1, 0.01, 0.001',
      paragraphs: [
        'Good rates are found by trying values a factor of 3 or 10 apart and watching the loss curve. Common starting points are 0.1 or 0.01 for plain SGD and 0.001 for Adam (the Keras default). If the loss shoots up or turns into NaN, divide by 10; if it falls in a straight, slow line, multiply by 3.',
      ],
    },
    {
      heading: 'Schedules: big steps first, small steps later',
      paragraphs: [
        String.raw`A constant rate is a compromise. Early in training, far from any minimum, big steps make fast progress. Late in training, mini-batch noise makes a big rate jitter around the minimum instead of settling into it. A schedule lowers the rate as training goes on: step decay cuts it by a factor every few epochs, exponential decay shrinks it smoothly, cosine decay follows half a cosine wave down, often after a short warm-up that ramps the rate up from zero. The plot of the rates below draws the three the figure offers.`,
        'The curves below train the same regression net on the same mini-batches twice at rate 0.3: once constant, and once under the schedule chosen in the figure — by default decaying exponentially to 1% of that over the 500 steps. Both fall equally fast at first; the decaying run then settles lower, to a training loss of 0.0118 against 0.0134. Step decay ends at 0.0117 and cosine at 0.0116, although its warm-up leaves its first epoch at 0.18 where the others are at 0.058. On this easy problem the gain is small for one seed; averaged over eight seeds the constant run ends with about 1.4 times the final training loss of the exponentially decaying one.',
      ],
    },
    {
      heading: 'Adaptive optimizers',
      paragraphs: [
        "RMSprop and Adam divide each step by a running measure of the gradient's size, so every weight moves about η per step however steep its slope. That makes them far less sensitive to the choice of rate — switch your walker to Adam at rate 1.5, which blows plain SGD up, and it wobbles around the minimum to a loss of 0.16 after 20 steps — but it does not remove the choice: η is still the size of every step.",
      ],
    },
  ],
  formulas: [
    { name: 'The update', tex: String.raw`w_{t+1} = w_t - \eta_t \nabla L(w_t)` },
    {
      name: 'On the bowl L = w₁² + w₂²: stable only for η < 1',
      tex: String.raw`w_{t+1} = (1 - 2\eta)\, w_t, \qquad |1 - 2\eta| < 1 \iff 0 < \eta < 1`,
    },
    { name: 'Step decay (staircase)', tex: String.raw`\eta_t = \eta_0 \, r^{\lfloor t / T \rfloor}` },
    { name: 'Exponential decay', tex: String.raw`\eta_t = \eta_0 \, r^{\,t / T}` },
    {
      name: 'Cosine decay to a floor α, after a linear warm-up of W steps',
      tex: String.raw`\eta_t = \begin{cases} \eta_0\, t / W & t < W \\ \eta_0 \big[(1-\alpha)\tfrac12\big(1 + \cos\tfrac{\pi \min(t - W,\,T)}{T}\big) + \alpha\big] & t \ge W \end{cases}`,
    },
  ],
  lead: 'Four walkers go down the bowl L = w₁² + w₂², each from its own side: three at fixed rates, and yours at rate 1.5, so large that the engine stops it as diverged. Drag your rate η and watch your walk fly off, hop, zigzag, converge or crawl.',
  figure,
  widgets: [
    FIGURE_WIDGET,
    { type: 'loss-curves', runs: [CONSTANT, DECAYING, TOO_LARGE] },
    {
      type: 'schedule-plot',
      schedules: [{ label: 'constant', schedule: { type: 'constant' } }, ...SCHEDULES].map(({ label, schedule }) => ({
        label,
        learningRate: NET_RATE,
        schedule,
        steps: TOTAL_STEPS,
      })),
    },
  ],
  experiment,
  claim:
    'On the bowl, rate 1.5 diverges (the walk is stopped and flagged at step 10), rate 0.001 leaves more than 90% of the loss after 20 steps, and rate 0.1 ends below 0.1% of its starting loss; on a regression net, rate 1 diverges in the first epoch, and rate 0.3 decayed over the run ends with a lower training loss than kept constant (0.0118 against 0.0134 here, and on average over seeds).',
  tryThis: [
    {
      label: 'η = 0.9 ▶',
      set: { rate: 0.9 },
      notice:
        'your walk zigzags through the centre from side to side, yet ends at the loss of rate 0.1, 0.0005: the factor |1 − 2η| is 0.8 for both.',
    },
    {
      label: 'η = 1.1 ▶',
      set: { rate: 1.1 },
      notice:
        'every hop lands 1.2 times farther out: after 20 steps the loss is about 5,400, up from 3.69. That is still below the engine’s limit, so it is not flagged — give it 50 steps and it is stopped at step 35.',
    },
    {
      label: '200 steps ▶',
      set: { steps: 200 },
      notice:
        'ten times the steps: rate 0.01 now ends at 0.0011, near where rate 0.1 was after 20 steps, while rate 0.001 still has 45% of its loss left. Your walk at 1.5 is stopped at step 10 whatever the budget.',
    },
    {
      label: 'Adam, η = 1.5 ▶',
      set: { optimizer: 'adam' },
      notice:
        'Adam moves each weight by about η per step whatever the slope, so at the rate that blows plain SGD up it wobbles around the minimum instead, to a loss of 0.16 after 20 steps.',
    },
    {
      label: 'cosine schedule ▶',
      set: { schedule: 'cosine' },
      notice:
        'in the curves below, the warm-up starts the decaying net’s rate at zero, so its first epoch ends at 0.18 instead of 0.058; it then catches up and ends at 0.0116, below the constant rate’s 0.0134.',
    },
  ],
  predictions: [
    {
      prompt: 'At a rate of exactly 1, where will your walk be after 20 steps?',
      set: { rate: 1 },
      choices: [
        'at the minimum',
        'hopping between two points, its loss unchanged',
        'flying off: it diverges',
        'still crawling toward the minimum',
      ],
      answer: walkFate,
    },
  ],
  questions: [
    {
      prompt: 'Your loss curve climbs within a few steps and then shows NaN. What should you try first?',
      choices: [
        'Train for more epochs.',
        'Divide the learning rate by 10.',
        'Multiply the learning rate by 10.',
        'Use a bigger network.',
      ],
      answer: 1,
      explanations: [
        'More steps of a diverging run only make it worse.',
        'Right: a loss that explodes is the signature of steps that overshoot; a smaller rate shortens them.',
        'That makes each overshoot larger still.',
        'Divergence is about the step size, not the capacity of the model.',
      ],
    },
    {
      prompt: 'Why does a decaying schedule end lower than the same rate kept constant, in mini-batch training?',
      choices: [
        'Because a smaller rate computes a more accurate gradient.',
        'Because large steps early make fast progress, and small steps late stop the mini-batch noise from shaking the weights around the minimum.',
        'Because decaying the rate adds regularization to the loss.',
        'It does not; a schedule only makes training faster.',
      ],
      answer: 1,
      explanations: [
        'The gradient is the same; the rate only scales the step taken along it.',
        'Right: with a constant rate each noisy step keeps kicking the weights by about the same amount; shrinking the rate shrinks the kicks.',
        'The loss is unchanged; only the step size changes over time.',
        'In the experiment both runs fall equally fast at first; the decaying one ends lower.',
      ],
    },
  ],
  playground: experiment.runs.find((run) => run.label === DECAYING),
};
