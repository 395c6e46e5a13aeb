// Lesson 12: momentum. Pattern: surface runs. Plain SGD and SGD with
// momentum β = 0.9 race down the narrow valley (condition number 100), both
// forms of momentum side by side: the averaged form v = βv + (1-β)g (the
// engine's sgd with dampening = β) and the classic v = βv + g (dampening 0).
// With rate η/(1-β) for the averaged form the two trace the same path. A
// fourth run shows what momentum's averaging prevents: plain SGD at the
// averaged form's rate 3 zigzags out of the valley.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';

const BETA = 0.9;
const RATE = 0.3;
const STEPS = 300;

const PLAIN = 'plain SGD, rate 0.3';
const AVERAGED = 'momentum β = 0.9, v = βv + (1−β)g, rate 3';
const CLASSIC = 'momentum β = 0.9, v = βv + g, rate 0.3';
const PLAIN_FAST = 'plain SGD, rate 3';

const valley = (label, optimizer) => ({ label, kind: 'surface', surface: 'valley', path: { optimizer, steps: STEPS } });

const runs = [
  valley(PLAIN, { type: 'sgd', learningRate: RATE }),
  valley(AVERAGED, { type: 'sgd', learningRate: RATE / (1 - BETA), momentum: BETA, dampening: BETA }),
  valley(CLASSIC, { type: 'sgd', learningRate: RATE, momentum: BETA, dampening: 0 }),
  valley(PLAIN_FAST, { type: 'sgd', learningRate: RATE / (1 - BETA) }),
];

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
        String.raw`Across the valley the gradient is large and changes sign whenever the walker crosses the floor. Averaging those opposite gradients cancels most of them, which is the damping. The averaged form at rate 3 shows it best: plain SGD at rate 3 multiplies its distance from the floor by $|1 - 3 \cdot 5| = 14$ every step: it is thrown out of the picture on its first step and flagged as diverged after three, while momentum at the same rate 3 converges. (Momentum does swing across the valley a few times before it settles — a ball overshoots — but its swings die out as it races along the floor.)`,
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
  widgets: [{ type: 'surface-path', surface: 'valley', runs: [PLAIN, AVERAGED, CLASSIC, PLAIN_FAST] }],
  experiment: { runs },
  claim:
    "On the narrow valley, SGD with momentum 0.9 brings the loss below 0.001 in under half the steps of plain SGD at the same rate (47 against 207); its two forms trace the same path, and at the averaged form's rate 3 plain SGD diverges.",
  tryThis: [
    'Slide β from 0.9 down to 0.5: momentum still wins, but by less (about 100 steps to loss 0.001).',
    'Slide β up to 0.99: now the ball has too much memory for this short valley and is still circling after 300 steps.',
    'Set β to 0: each momentum run becomes plain SGD at its own rate — 0.3 for the classic form, but 3 for the averaged one, which then diverges. That shows what the averaging was holding back.',
    "Lower plain SGD's rate to 0.1 and momentum's (classic form) as well: who suffers more?",
    'Open the playground: the circle net with momentum 0.9 at rate 0.03 reaches loss 0.02 in 100 epochs. Set momentum to 0 and it is still near 0.57.',
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
