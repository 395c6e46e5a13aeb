// Lesson 12: momentum. Pattern: a live figure of surface runs. Plain SGD and
// SGD with momentum race down the narrow valley (condition number 100). The
// knobs are β, the rate η and the form of momentum drawn: the averaged
// v = βv + (1-β)g (the engine's sgd with dampening = β) at rate η/(1-β), or
// the classic v = βv + g (dampening 0) at η — the same steps, so switching the
// form moves nothing. The other form runs too, for the claim that both trace
// one path. A last run shows what momentum's averaging damps: plain SGD at
// momentum's long-run step η/(1-β) zigzags out of the valley.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const STEPS = 300;
const CLASSIC = 'classic';
const AVERAGED = 'averaged';

const PLAIN = 'plain SGD, rate η';
const MOMENTUM = 'momentum';
const OTHER_FORM = 'momentum, the other form';
const PLAIN_FAST = 'plain SGD, rate η/(1−β)';

const valley = (label, optimizer) => ({ label, kind: 'surface', surface: 'valley', path: { optimizer, steps: STEPS } });

// Momentum β at rate η in one form: the averaged form takes the classic form's steps at η/(1−β).
const momentum = (form, beta, rate) =>
  form === CLASSIC
    ? { type: 'sgd', learningRate: rate, momentum: beta, dampening: 0 }
    : { type: 'sgd', learningRate: rate / (1 - beta), momentum: beta, dampening: beta };

// Momentum's path last, so it is drawn on top of the plain runs' zigzags.
const FIGURE_WIDGET = { type: 'surface-path', surface: 'valley', runs: [PLAIN, PLAIN_FAST, MOMENTUM] };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'beta', label: 'Momentum β', kind: 'slider', values: [0, 0.5, 0.8, 0.9, 0.95, 0.99], default: 0.9 },
    {
      id: 'rate',
      label: 'Rate η',
      kind: 'slider',
      values: [0.01, 0.02, 0.04, 0.1, 0.2, 0.3, 0.4],
      default: 0.3,
    },
    {
      id: 'form',
      label: 'Form drawn',
      kind: 'select',
      choices: [
        { value: CLASSIC, label: 'classic v = βv + g, rate η' },
        { value: AVERAGED, label: 'averaged v = βv + (1−β)g, rate η/(1−β)' },
      ],
      default: CLASSIC,
    },
  ],
  runs: ({ beta, rate, form }) => [
    valley(PLAIN, { type: 'sgd', learningRate: rate }),
    valley(MOMENTUM, momentum(form, beta, rate)),
    valley(OTHER_FORM, momentum(form === CLASSIC ? AVERAGED : CLASSIC, beta, rate)),
    valley(PLAIN_FAST, { type: 'sgd', learningRate: rate / (1 - beta) }),
  ],
};

// Which run gets below the claim's loss 0.001 first (ties go to momentum, which never lags).
const firstToTarget = (results) => {
  const reach = (label) => results[label].path.loss.findIndex((v) => v < 1e-3);
  const [plain, ball] = [reach(PLAIN), reach(MOMENTUM)];
  if (plain < 0 && ball < 0) return 2;
  if (ball < 0) return 1;
  return plain < 0 || ball <= plain ? 0 : 1;
};

export default {
  ...findLesson('momentum'),
  sections: [
    {
      heading: 'A ball, not a hiker',
      paragraphs: [
        'Plain SGD is a hiker who looks at the slope under their feet and takes one step downhill, forgetting every earlier step. Momentum is a heavy ball: it keeps a velocity, and each new gradient only nudges that velocity. On a slope that keeps pointing the same way the ball gathers speed; where the slope flips back and forth, the nudges cancel and the ball rolls on in its average direction.',
      ],
    },
    {
      heading: 'The rule',
      paragraphs: [
        String.raw`Momentum keeps a velocity $v$ per weight. Each step it decays the old velocity by $\beta$, mixes in the new gradient, and moves along the result: $v_t = \beta v_{t-1} + (1-\beta)\nabla L$, then $w_t = w_{t-1} - \eta v_t$. In this form $v$ is an exponential moving average of recent gradients, weighted over roughly the last $1/(1-\beta)$ steps: 10 steps for $\beta = 0.9$, 100 for $\beta = 0.99$.`,
        String.raw`Keras and PyTorch write it without the $(1-\beta)$: $v_t = \beta v_{t-1} + \nabla L$. Then $v$ is a decaying sum rather than an average, so it grows up to $1/(1-\beta)$ times a single gradient. The two forms are the same algorithm: the classic form at rate $\eta$ takes exactly the steps of the averaged form at rate $\eta/(1-\beta)$. In the engine both are SGD options — momentum $\beta$ with dampening $\beta$ gives the averaged form, dampening 0 the classic one.`,
        String.raw`Momentum is not an optimizer of its own: it is a feature of SGD ("SGD with momentum"), and the first half of Adam. The usual value is $\beta = 0.9$. $\beta = 0.99$ remembers ten times longer; it smooths very noisy gradients but turns slowly, and usually needs a smaller rate.`,
      ],
    },
    {
      heading: 'Faster along the valley, calmer across it',
      paragraphs: [
        String.raw`On the valley $L = \tfrac12(0.05\,w_1^2 + 5\,w_2^2)$ the gradient along $w_1$ is small but always points the same way, toward the minimum. Momentum adds these up, so the walker speeds up along the floor: with the classic form at rate 0.3 the effective step along $w_1$ grows toward $0.3/(1-0.9) = 3$ times the gradient. Plain SGD at 0.3 needs 207 steps to get the loss below 0.001; momentum needs 47 — under a quarter — and it stays below for good from step 86.`,
        String.raw`Across the valley the gradient is large and changes sign whenever the walker crosses the floor. Averaging those opposite gradients cancels most of them, which is the damping. The averaged form at rate 3 shows it best: plain SGD at rate 3 multiplies its distance from the floor by $|1 - 3 \cdot 5| = 14$ every step: it is thrown out of the picture on its first step and flagged as diverged after three, while momentum at the same rate 3 converges. (Momentum does swing across the valley a few times before it settles — a ball overshoots — but its swings die out as it races along the floor.) To watch the damping itself, press “η = 0.04 ▶” at the top: plain SGD at $0.04/(1-0.9) = 0.4$ then bounces from wall to wall for all 300 steps, while momentum, with the same long-run step, swings a few times and settles.`,
      ],
    },
  ],
  formulas: [
    {
      name: 'Momentum, as an average of gradients (this course)',
      tex: String.raw`v_t = \beta\, v_{t-1} + (1-\beta)\,\nabla L(w_{t-1}), \qquad w_t = w_{t-1} - \eta\, v_t`,
    },
    {
      name: 'Momentum, classic form (Keras, PyTorch)',
      tex: String.raw`v_t = \beta\, v_{t-1} + \nabla L(w_{t-1}), \qquad w_t = w_{t-1} - \eta\, v_t`,
    },
    {
      name: 'The same steps: classic at η equals averaged at η/(1−β)',
      tex: String.raw`\eta_{\text{classic}} = (1-\beta)\,\eta_{\text{averaged}}`,
    },
    {
      name: 'A constant gradient g: the classic velocity settles at',
      tex: String.raw`v_\infty = \frac{g}{1-\beta} = 10\,g \quad (\beta = 0.9)`,
    },
  ],
  lead: 'Plain SGD takes one step down the slope under its feet; momentum keeps a velocity that each new gradient only nudges. Drag β and the rate and watch both walk the narrow valley from its far end.',
  figure,
  widgets: [FIGURE_WIDGET],
  experiment: figureExperiment(figure),
  claim:
    "On the narrow valley, SGD with momentum 0.9 brings the loss below 0.001 in under half the steps of plain SGD at the same rate (47 against 207); its two forms trace the same path, and at the averaged form's rate 3 plain SGD diverges.",
  tryThis: [
    {
      label: 'η = 0.04 ▶',
      set: { rate: 0.04 },
      notice:
        'the damping, where you can see it: plain SGD at η/(1−β) = 0.4 bounces from wall to wall across the valley for all 300 steps, while momentum, with the same long-run step, swings a few times and settles — the flipping gradients cancel in its velocity.',
    },
    {
      label: 'β = 0.5 ▶',
      set: { beta: 0.5 },
      notice: 'momentum still wins, but by less: about 100 steps to loss 0.001 instead of 47.',
    },
    {
      label: 'β = 0.99 ▶',
      set: { beta: 0.99 },
      notice: 'too much memory for this short valley: the ball is still circling after 300 steps.',
    },
    {
      label: 'averaged form ▶',
      set: { form: AVERAGED },
      notice: 'nothing moves: the averaged form at rate 3 takes exactly the classic form’s steps at 0.3.',
    },
    {
      label: 'η = 0.1 ▶',
      set: { rate: 0.1 },
      notice: 'plain SGD no longer reaches loss 0.001 in 300 steps; momentum still does, in about 44.',
    },
  ],
  predictions: [
    {
      prompt: 'At β = 0.9 momentum needs 47 steps to loss 0.001, plain SGD 207. Push β to 0.99: who gets there first?',
      set: { beta: 0.99 },
      choices: ['momentum', 'plain SGD', 'neither, within 300 steps'],
      answer: firstToTarget,
    },
  ],
  questions: [
    {
      prompt:
        'With the classic rule v = βv + g and β = 0.9, the gradient stays the same, g, step after step. What does the velocity approach?',
      choices: ['g', '0.9 g', '10 g', 'It keeps growing without limit.'],
      answer: 2,
      explanations: [
        'That is what the averaged form v = βv + (1−β)g approaches.',
        'The decay applies to the old velocity; the new gradient is added in full.',
        'Right: v = 0.9v + g settles where v = g / (1 − 0.9) = 10 g. That is the acceleration along a consistent slope.',
        'Each step 10% of the velocity decays away, so it levels off at 10 g.',
      ],
    },
    {
      prompt: 'Why does momentum reduce zigzagging across a narrow valley?',
      choices: [
        'It lowers the learning rate whenever the loss goes up.',
        'Gradients that flip sign from step to step cancel out in the velocity, while gradients that agree add up.',
        'It ignores the gradient across the valley.',
        'It takes smaller steps as training goes on, like a schedule.',
      ],
      answer: 1,
      explanations: [
        'Momentum never looks at the loss or changes the rate.',
        'Right: the velocity is a (decaying) sum of recent gradients, so back-and-forth parts cancel and steady parts accumulate.',
        'Every gradient component enters the velocity; the flip-flopping ones just cancel each other.',
        'The rate is fixed; only the velocity changes.',
      ],
    },
  ],
  // No train run here: "open in playground" loads a small net trained by SGD with classic momentum 0.9.
  playground: {
    label: 'SGD with momentum 0.9 on the circle',
    kind: 'train',
    data: { name: 'circle', options: { n: 400, noise: 0.1, seed: 1 } },
    spec: binaryClassifier([4, 2], { optimizer: { type: 'sgd', learningRate: 0.03, momentum: 0.9 } }),
    fit: { epochs: 100, batchSize: 10 },
  },
};
