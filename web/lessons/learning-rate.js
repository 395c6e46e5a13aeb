// Lesson 11: the learning rate. Pattern: surface runs and train runs.
// Plain SGD on the bowl at four rates (one too large, one good, two too
// small) for the same 20 steps; then a small regression net (mini-batch SGD
// on the plane data) at a rate that explodes, at a fast constant rate, and
// at the same rate decayed exponentially over the run.
import { findLesson } from './catalog.js';

const BOWL_STEPS = 20;
const BOWL_RATES = [1.5, 0.1, 0.01, 0.001];
const bowlLabel = (rate) => `bowl: rate ${rate}`;
const bowl = BOWL_RATES.map((rate) => ({
  label: bowlLabel(rate),
  kind: 'surface',
  surface: 'bowl',
  path: { optimizer: { type: 'sgd', learningRate: rate }, steps: BOWL_STEPS },
}));

// 100 training points in batches of 4: 25 steps an epoch, 500 in all.
const EPOCHS = 20;
const BATCH = 4;
const TOTAL_STEPS = 500;
const DECAY = { type: 'exponential', decaySteps: TOTAL_STEPS, decayRate: 0.01 };
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
const TOO_LARGE = 'net: rate 1';
const CONSTANT = 'net: rate 0.3, constant';
const DECAYING = 'net: rate 0.3, exponential decay';
const nets = [
  netRun(CONSTANT, { learningRate: 0.3 }),
  netRun(DECAYING, { learningRate: 0.3, schedule: DECAY }),
  netRun(TOO_LARGE, { learningRate: 1 }),
];

export default {
  ...findLesson('learning-rate'),
  sections: [
    {
      heading: 'How far to step',
      paragraphs: [
        String.raw`The gradient says which way is downhill; the learning rate $\eta$ says how far to go: $w \leftarrow w - \eta \nabla L$. It is the one setting that matters most in training, and the right value depends on the problem — how steeply the loss curves — not on some universal constant.`,
      ],
    },
    {
      heading: 'Too high: it diverges',
      paragraphs: [
        String.raw`The gradient is only a local guide. Step too far and you land on the opposite slope, higher than where you started. On the bowl $L = w_1^2 + w_2^2$ each step multiplies the weights by $1 - 2\eta$. For $\eta$ below 1 that factor is smaller than 1 in size and the path closes in; at exactly 1 it hops between two points forever; above 1 every hop lands farther out.`,
        'At rate 1.5 the weights double in size (with flipped sign) every step and the loss grows fourfold, passing a million by step 10. The engine watches for this: when the loss becomes infinite, not a number, or explodes past a limit, it stops and reports the step where it happened, instead of drawing nonsense. A net does the same: at rate 1 the regression net below blows up within its first 10 mini-batches, and training stops with its last finite loss.',
      ],
    },
    {
      heading: 'Too low: it crawls',
      paragraphs: [
        String.raw`A tiny rate never overshoots, but it wastes steps. On the bowl, rate 0.001 shrinks the weights by just 0.2% a step: after 20 steps the loss is still 92% of where it started. Rate 0.01 has removed a bit over half of it, while rate 0.1 has taken the loss from 3.69 to 0.0005.`,
        'Training time is steps times cost per step, so a rate ten times too small roughly means training ten times as long — and with a budget of epochs it means stopping far from the minimum.',
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
        String.raw`A constant rate is a compromise. Early in training, far from any minimum, big steps make fast progress. Late in training, mini-batch noise makes a big rate jitter around the minimum instead of settling into it. A schedule lowers the rate as training goes on: step decay cuts it by a factor every few epochs, exponential decay shrinks it smoothly, cosine decay follows half a cosine wave down, often after a short warm-up that ramps the rate up from zero.`,
        'The experiment trains the same net on the same mini-batches twice at rate 0.3: once constant, once decaying exponentially to 1% of that over the 500 steps. Both fall equally fast at first; the decaying run then settles lower. Averaged over seeds the constant run ends with about 1.4 times the final training loss of the decaying one.',
      ],
    },
    {
      heading: 'Adaptive optimizers',
      paragraphs: [
        "RMSprop and Adam divide each step by a running measure of the gradient's size, so every weight moves about η per step however steep its slope. That makes them far less sensitive to the choice of rate — on the bowl Adam survives rate 1.5, which blows plain SGD up — but it does not remove the choice: η is still the size of every step.",
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
  widgets: [
    { type: 'surface-path', surface: 'bowl', runs: bowl.map((run) => run.label) },
    { type: 'loss-curves', runs: [CONSTANT, DECAYING, TOO_LARGE] },
    {
      type: 'schedule-plot',
      schedules: [
        { label: 'constant', learningRate: 0.3, schedule: { type: 'constant' }, steps: TOTAL_STEPS },
        {
          label: 'step decay',
          learningRate: 0.3,
          schedule: { type: 'step', decaySteps: 100, decayRate: 0.5 },
          steps: TOTAL_STEPS,
        },
        { label: 'exponential decay', learningRate: 0.3, schedule: DECAY, steps: TOTAL_STEPS },
        {
          label: 'cosine with warm-up',
          learningRate: 0.3,
          schedule: { type: 'cosine', decaySteps: 450, warmupSteps: 50 },
          steps: TOTAL_STEPS,
        },
      ],
    },
  ],
  experiment: { runs: [...bowl, ...nets] },
  claim:
    'On the bowl, rate 1.5 diverges (the path is stopped and flagged at step 10), rate 0.001 leaves more than 90% of the loss after 20 steps, and rate 0.1 ends below 0.1% of its starting loss; on a regression net, rate 1 diverges in the first epoch, and decaying rate 0.3 over the run ends with a lower training loss than keeping it constant (averaged over seeds).',
  tryThis: [
    "Set the bowl's rate to exactly 1: the path hops between two points and the loss never changes.",
    'Try rate 0.5 on the bowl: one step lands exactly on the minimum. Why? (Look at the factor 1 − 2η.)',
    'Switch the bowl to Adam at rate 1.5: it wobbles, but does not blow up.',
    'Give the decaying net a decay rate of 0.0001 instead of 0.01, so the rate is nearly zero after half the run. Does it still end as low? (Here it does: the net had already arrived — on harder problems a rate that dies too early stops training short.)',
    'Train the net at rate 0.01, constant: it also ends low here, but compare how far it gets in the first two epochs with rate 0.3.',
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
  playground: nets.find((run) => run.label === DECAYING),
};
