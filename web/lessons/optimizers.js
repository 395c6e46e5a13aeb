// Lesson 10: what each optimizer remembers. Pattern: a live figure of surface
// runs, with train runs beside it. A race on the valley (condition number
// 100) and on Rosenbrock's curved valley, every optimizer at one rate (plain
// SGD also at 0.3, the best rate the valley's steep wall allows it), and the
// same race on a real net: a small sigmoid net learning the circle. The knobs
// are the racers' rate, momentum's β and Adam's β₁ and β₂; they set every race.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const NAMES = ['SGD', 'momentum', 'RMSprop', 'Adam'];
const VALLEY_TARGET = 0.01;

// The four racers at one rate: { [name]: optimizer }.
const racers = ({ rate, beta, beta1, beta2 }) => ({
  SGD: { type: 'sgd', learningRate: rate },
  momentum: { type: 'sgd', learningRate: rate, momentum: beta },
  RMSprop: { type: 'rmsprop', learningRate: rate },
  Adam: { type: 'adam', learningRate: rate, beta1, beta2 },
});

const surfaceRace = (optimizers, surface, title, steps) =>
  NAMES.map((name) => ({
    label: `${title}: ${name}`,
    kind: 'surface',
    surface,
    path: { optimizer: optimizers[name], steps },
  }));

// Sigmoid hidden units start on a plateau: their gradients are small and uneven across layers.
const netData = { name: 'circle', options: { n: 200, noise: 0.1, seed: 2 } };
const netRace = (optimizers) =>
  NAMES.map((name) => ({
    label: `net: ${name}`,
    kind: 'train',
    data: netData,
    spec: binaryClassifier([8, 8], { activation: 'sigmoid', optimizer: optimizers[name], seed: 2 }),
    fit: { epochs: 150, batchSize: 10 },
  }));

const SGD_AT_BEST = {
  label: 'valley: SGD at 0.3',
  kind: 'surface',
  surface: 'valley',
  path: { optimizer: { type: 'sgd', learningRate: 0.3 }, steps: 500 },
};

// SGD at 0.3 first, so the four racers' paths are drawn on top of it.
const FIGURE_WIDGET = {
  type: 'surface-path',
  surface: 'valley',
  runs: [SGD_AT_BEST.label, ...NAMES.map((name) => `valley: ${name}`)],
};
const ROSENBROCK_WIDGET = {
  type: 'surface-path',
  surface: 'rosenbrock',
  runs: NAMES.map((name) => `Rosenbrock: ${name}`),
};

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'rate', label: 'Rate η (every racer)', kind: 'slider', values: [0.01, 0.03, 0.1, 0.3], default: 0.1 },
    { id: 'beta', label: 'Momentum β', kind: 'slider', values: [0, 0.5, 0.9, 0.99], default: 0.9 },
    { id: 'beta1', label: 'Adam β₁', kind: 'slider', values: [0, 0.5, 0.9, 0.99], default: 0.9 },
    { id: 'beta2', label: 'Adam β₂', kind: 'slider', values: [0.9, 0.99, 0.999], default: 0.999 },
  ],
  runs: (values) => {
    const optimizers = racers(values);
    return [
      ...surfaceRace(optimizers, 'valley', 'valley', 500),
      SGD_AT_BEST,
      ...surfaceRace(optimizers, 'rosenbrock', 'Rosenbrock', 1000),
      ...netRace(optimizers),
    ];
  },
};
const experiment = figureExperiment(figure);

// The racer (index in NAMES) that first brings the valley's loss below 0.01, or NAMES.length when none does.
const firstOnValley = (results) => {
  const steps = NAMES.map((name) => results[`valley: ${name}`].path.loss.findIndex((v) => v < VALLEY_TARGET));
  const reached = steps.filter((step) => step >= 0);
  return reached.length ? steps.indexOf(Math.min(...reached)) : NAMES.length;
};

export default {
  ...findLesson('optimizers'),
  sections: [
    {
      heading: 'An optimizer is a rule plus a memory',
      paragraphs: [
        'Every optimizer here gets the same thing each step: the gradient of the loss for the current batch. They differ in what they remember from earlier steps and in how they turn that memory into a step. The memory is kept per weight, so a network with a million weights carries one or two million extra numbers for momentum, RMSprop or Adam.',
      ],
    },
    {
      heading: 'SGD: no memory',
      paragraphs: [
        String.raw`Plain SGD steps against today's gradient, $w \leftarrow w - \eta g$, and forgets it. The step is proportional to the gradient, so it is long on steep slopes and short on gentle ones. On a long narrow valley that is exactly wrong: across the valley the slope is steep and the step overshoots, along it the slope is gentle and the step crawls. The rate cannot fix both — a rate small enough for the steep direction is too small for the gentle one.`,
      ],
    },
    {
      heading: 'Momentum: remembers the direction',
      paragraphs: [
        String.raw`Momentum keeps a velocity $v$, a running sum of past gradients that shrinks by $\beta$ (typically 0.9) each step, and moves along it. Where the gradients agree from step to step (along the valley) they pile up and the walker speeds up, up to $1/(1-\beta) = 10$ times; where they flip sign (across the valley) they cancel. The momentum lesson looks at it closely.`,
      ],
    },
    {
      heading: 'RMSprop: remembers how big the gradients are',
      paragraphs: [
        String.raw`RMSprop keeps $s$, a running average of each weight's squared gradient, and divides the step by $\sqrt{s}$. A weight whose gradients are large gets a smaller step, one whose gradients are tiny gets a larger one: every weight ends up moving roughly $\eta$ per step, whatever the scale of its slope. That is what an ill-conditioned problem needs. The catch: with a constant rate the steps stay about $\eta$ long even at the bottom, so RMSprop arrives quickly but then rattles around the minimum.`,
      ],
    },
    {
      heading: 'Adam: remembers both',
      paragraphs: [
        String.raw`Adam keeps a momentum-like average $m$ of the gradients and an RMSprop-like average $v$ of their squares, and steps by $m / \sqrt{v}$. Early on both averages start at zero and would be too small, so Adam corrects them by $1-\beta^t$ (folded into the rate, as Keras does). With its defaults — $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\varepsilon = 10^{-7}$ — it is the usual first choice for training a new network.`,
      ],
    },
    {
      heading: 'The race',
      paragraphs: [
        String.raw`On the valley of the figure, $L = \tfrac12(0.05\,w_1^2 + 5\,w_2^2)$, the steep direction is 100 times as curved as the gentle one. With every optimizer at rate 0.1, plain SGD needs 392 steps to bring the loss below 0.01 (from 6.1); RMSprop needs 41, Adam 59 — and momentum, which suits this straight valley well, 40. Plain SGD cannot simply take a larger rate: at 0.4 it already bounces across the valley forever, and above that it blows up. At 0.3 it still needs 130 steps.`,
        "On Rosenbrock's curved valley the walls are so steep near the start that plain SGD and momentum at rate 0.1 blow up on the first step — the engine flags the path as diverged. RMSprop and Adam take steps of about 0.1 whatever the slope, so they survive; Adam follows the banana-shaped valley all the way to the minimum at (1, 1), while RMSprop stalls partway along, rattling from wall to wall near (0.3, 0).",
        'On a real net — two hidden layers of 8 sigmoid neurons learning the circle, all at rate 0.1 — the start is a plateau where the gradients are tiny. Plain SGD creeps and is still near loss 0.69 after 150 epochs; momentum gets off the plateau after about a hundred; RMSprop and Adam, which scale tiny gradients up, get below 0.1 within about 15 epochs.',
      ],
    },
  ],
  formulas: [
    { name: 'SGD', tex: String.raw`w_t = w_{t-1} - \eta\, g_t` },
    {
      name: 'Momentum (the Keras and PyTorch form)',
      tex: String.raw`v_t = \beta v_{t-1} + g_t, \qquad w_t = w_{t-1} - \eta\, v_t`,
    },
    {
      name: 'RMSprop (Keras 3: ε inside the root)',
      tex: String.raw`s_t = \rho\, s_{t-1} + (1-\rho)\, g_t^2, \qquad w_t = w_{t-1} - \frac{\eta\, g_t}{\sqrt{s_t + \varepsilon}}`,
    },
    {
      name: 'Adam: both averages',
      tex: String.raw`m_t = \beta_1 m_{t-1} + (1-\beta_1)\, g_t, \qquad v_t = \beta_2 v_{t-1} + (1-\beta_2)\, g_t^2`,
    },
    {
      name: 'Adam: bias-corrected step (as Keras computes it)',
      tex: String.raw`\eta_t = \eta\,\frac{\sqrt{1-\beta_2^{\,t}}}{1-\beta_1^{\,t}}, \qquad w_t = w_{t-1} - \eta_t\,\frac{m_t}{\sqrt{v_t} + \varepsilon}`,
    },
  ],
  lead: 'Four optimizers walk down the same narrow valley from the same start: plain SGD, momentum, RMSprop and Adam. Drag the rate they share and their memories (β), and watch who reaches the floor first.',
  figure,
  widgets: [FIGURE_WIDGET, ROSENBROCK_WIDGET, { type: 'loss-curves', runs: NAMES.map((name) => `net: ${name}`) }],
  experiment,
  claim:
    'On the ill-conditioned valley, at rate 0.1, Adam and RMSprop bring the loss below 0.01 in under a quarter of the steps plain SGD needs (59 and 41 against 392), and in under half even when SGD gets rate 0.3 (130 steps); on a sigmoid net learning the circle they reach loss 0.1 within about 15 epochs, while plain SGD is still on the plateau after 150.',
  tryThis: [
    {
      label: 'η = 0.01 ▶',
      set: { rate: 0.01 },
      notice:
        'every racer slows down: in 500 steps only momentum (383 steps) and RMSprop (395) get the valley below 0.01; plain SGD ends at 0.31 and Adam at 0.023, and on the net plain SGD and momentum both stay on the plateau.',
    },
    {
      label: 'η = 0.3 ▶',
      set: { rate: 0.3 },
      notice:
        "plain SGD's best rate: 130 steps, still three times momentum's 40, while RMSprop needs 11 and Adam 18. On Rosenbrock SGD and momentum still blow up; Adam reaches the minimum.",
    },
    {
      label: 'momentum β = 0 ▶',
      set: { beta: 0 },
      notice:
        'momentum with no memory is plain SGD: the two paths lie on top of each other (392 steps each), and on the net both stay on the plateau.',
    },
    {
      label: 'Adam β₁ = 0 ▶',
      set: { beta1: 0 },
      notice:
        "Adam without its momentum is close to RMSprop: on the valley it needs 63 steps instead of 59, but on Rosenbrock's curved valley it stalls at loss 0.44 instead of reaching the minimum.",
    },
    {
      label: 'Adam β₂ = 0.9 ▶',
      set: { beta2: 0.9 },
      notice:
        "a short memory of the gradients' size: on Rosenbrock Adam gets below loss 0.01 by step 109 instead of 537, but then rattles and ends at 0.011 instead of 0.00001.",
    },
  ],
  predictions: [
    {
      prompt: "Every racer at rate 0.1: who first brings the valley's loss below 0.01?",
      choices: [...NAMES, 'none within 500 steps'],
      answer: firstOnValley,
    },
    {
      prompt: 'Lower the shared rate to 0.01. Who gets the valley below 0.01 first now?',
      set: { rate: 0.01 },
      choices: [...NAMES, 'none within 500 steps'],
      answer: firstOnValley,
    },
  ],
  questions: [
    {
      prompt:
        'One weight always gets gradients around 100, another around 0.01. With RMSprop at rate 0.01, roughly how big are their steps once the averages have settled?',
      choices: [
        'About 1 and 0.0001: the step follows the gradient.',
        'Both about 0.01: RMSprop divides each gradient by its own typical size.',
        'Both zero: RMSprop stops weights with extreme gradients.',
        'About 0.01 for the first and 1 for the second.',
      ],
      answer: 1,
      explanations: [
        'That is plain SGD: the step is the rate times the gradient.',
        'Right: s settles near g², so the step η·g/√s is about η for every weight.',
        'Nothing is stopped; each weight moves about η per step.',
        'RMSprop evens the steps out; it does not reverse their sizes.',
      ],
    },
    {
      prompt: 'What does Adam keep for every weight between steps?',
      choices: [
        'Nothing; it only looks at the current gradient.',
        'The previous weight value, to undo bad steps.',
        'A running average of the gradient and a running average of the squared gradient.',
        'A separate learning rate that it tunes by trial and error.',
      ],
      answer: 2,
      explanations: [
        'That is plain SGD.',
        'No optimizer here undoes steps.',
        'Right: m (like momentum) and v (like RMSprop), both corrected for starting at zero.',
        'Dividing by √v acts like a per-weight rate, but it is computed from the gradients, not searched for.',
      ],
    },
  ],
  playground: experiment.runs.find((run) => run.label === 'net: Adam'),
};
