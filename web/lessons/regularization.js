// Lesson 14: L1, L2 and elastic-net penalties. Pattern: a live figure of
// train runs. A net far too big for its data — 2-32-32-1 tanh on 40 noisy
// XOR points — trains four times: with no penalty, with L1, with L2 and with
// both (elastic net) on every kernel. Same data, seed and optimizer. The
// knobs: the strength λ every penalty shares, how elastic net splits it
// between L1 and L2, and the seed of the data and starting weights.
import { findLesson } from './catalog.js';
import { figureExperiment } from './figure.js';

const fit = { epochs: 200, batchSize: 20 };

// The playground shares one regularizer across every dense layer, so each layer gets the same penalty.
const net = (kernelRegularizer, seed) => {
  const dense = (units, activation) => ({
    type: 'dense',
    units,
    activation,
    ...(kernelRegularizer && { kernelRegularizer }),
  });
  return {
    inputs: 2,
    layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'sigmoid')],
    loss: 'binary_crossentropy',
    optimizer: { type: 'adam', learningRate: 0.02 },
    seed,
  };
};

const NONE = 'no penalty';
const L1 = 'L1';
const L2 = 'L2';
const ELASTIC = 'elastic net';
// The widgets' order (and colours): the penalties first, the net without one last as the reference.
const SHOWN = [L1, L2, ELASTIC, NONE];
// Weights below this size count as switched off.
const NEAR_ZERO = 0.01;

const FIGURE_WIDGET = { type: 'weight-histogram', runs: SHOWN, nearZero: NEAR_ZERO };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    {
      id: 'lambda',
      label: 'Penalty strength λ',
      kind: 'slider',
      values: [0.0001, 0.0003, 0.001, 0.003, 0.01],
      default: 0.001,
    },
    {
      id: 'mix',
      label: 'Elastic net: the L1 share of λ',
      kind: 'slider',
      values: [0.1, 0.25, 0.5, 0.75, 0.9],
      format: (share) => `${Math.round(100 * share)}%`,
      default: 0.5,
    },
    { id: 'seed', label: 'Seed (data and starting weights)', kind: 'slider', values: [1, 2, 3, 4, 5], default: 1 },
  ],
  // In the order the claim reads them: no penalty, L1, L2, elastic net.
  runs: ({ lambda, mix, seed }) => {
    const data = { name: 'xor', options: { n: 80, noise: 0.3, seed } };
    const run = (label, regularizer) => ({ label, kind: 'train', data, spec: net(regularizer, seed), fit });
    return [
      run(NONE, null),
      run(L1, { l1: lambda }),
      run(L2, { l2: lambda }),
      run(ELASTIC, { l1: mix * lambda, l2: (1 - mix) * lambda }),
    ];
  },
};
const experiment = figureExperiment(figure);

// Which nets fall below 80% test accuracy, as the prediction's choices say it: 0 L1 only, 1 L2 only, 2 both, 3 neither.
const whichUnderfit = (results) => {
  const [l1, l2] = [L1, L2].map((label) => results[label].test.accuracy < 0.8);
  if (l1) return l2 ? 2 : 0;
  return l2 ? 1 : 3;
};

export default {
  ...findLesson('regularization'),
  sections: [
    {
      heading: 'A price on large weights',
      paragraphs: [
        String.raw`A net that overfits usually does it with large weights: big weights make steep activations, and steep activations let the boundary twist around individual noisy points. Regularization adds a penalty to the loss that grows with the weights, $L_{\text{total}} = L_{\text{data}} + \lambda\,R(w)$. Now every weight has to earn its size by lowering the data loss more than it raises the penalty.`,
        String.raw`The strength $\lambda$ sets the trade-off: 0 is no regularization, too large flattens the model into something too simple to fit even the clean pattern. Useful values are usually small — 0.0001 to 0.01 — and found by trying. As in Keras, the penalty goes on the kernels (the connection weights) only, not on the biases, and it is part of the training loss the engine reports.`,
      ],
    },
    {
      heading: 'L2: small weights, a smoother model',
      paragraphs: [
        String.raw`L2 charges the sum of squared weights, $\lambda \sum w^2$. Its gradient $2\lambda w$ is proportional to the weight, so with plain SGD every step shrinks each weight by the same fraction, $2\eta\lambda$ — hence the name "weight decay". Large weights are pulled hard, small ones only gently, so they get small but rarely exactly zero. With all weights small, no single input can swing the output sharply, and the boundary comes out smoother.`,
        'In the figure the L2 net’s weights form a narrow hump around zero: its weight norm (the square root of the sum of squared weights) is 9.52 against 22.9 without a penalty, yet only 12.9% of its weights fall in the shaded band of practically zero, hardly more than the 1.4% of the net without a penalty.',
      ],
    },
    {
      heading: 'L1: many weights exactly at zero',
      paragraphs: [
        String.raw`L1 charges the sum of absolute values, $\lambda \sum |w|$. Its gradient is $\lambda\,\mathrm{sign}(w)$: the same pull toward zero whatever the size of the weight. A weight that does not help the data loss by at least that much is pushed all the way to zero and held there, jittering around it. L1 therefore produces sparse nets: most connections switched off, a few kept — in effect it selects the inputs and units that matter.`,
        'In the figure L1’s histogram is one tall spike in the shaded band: 88.6% of its weights are below 0.01 in size, so about one connection in nine is still at work — and the boundary below is drawn by those alone.',
      ],
    },
    {
      heading: 'Elastic net: both at once',
      paragraphs: [
        String.raw`Elastic net adds both penalties, $\lambda_1 \sum |w| + \lambda_2 \sum w^2$. It keeps much of L1's sparsity while the L2 part keeps the surviving weights small and treats groups of similar inputs more evenly, where pure L1 tends to pick one of them arbitrarily.`,
        'The figure splits one λ between the two, half each by default: elastic net then switches off 80.0% of its weights. Slide the L1 share and the spike follows it: 41.6% of the weights near zero at a share of 10%, 89.3% at 90%, as many as pure L1’s.',
      ],
    },
    {
      heading: 'How strong: λ',
      paragraphs: [
        'Drag λ and every penalty moves at once. At 0.0003 L1 still switches off 69.9% of the weights while L2’s hump has spread out again, only 2.7% of it near zero; at 0.0001 the penalties barely act, and the gap between test and training loss is back at the unpenalized net’s. At 0.003 L1 gives up first: 99.4% of its weights are off, too few are left to draw XOR’s four corners, and its test accuracy falls to 67.5% while L2 still fits at 90%. At 0.01 every penalty wins over the data: the weights are crushed to almost nothing, each net answers about 0.5 everywhere, a coin flip, with a loss of about ln 2 = 0.69.',
      ],
    },
    {
      heading: 'The experiment',
      paragraphs: [
        String.raw`The same net as in the dropout lesson — two hidden layers of 32 tanh units, 1,120 connection weights for 40 noisy XOR points — trains 200 epochs with Adam on batches of 20, four times: with no penalty, L1 at $\lambda = 0.001$, L2 at $\lambda = 0.001$, and elastic net at $\lambda_1 = \lambda_2 = 0.0005$. Without a penalty its training loss falls to 0.008 while its test loss is 0.345, a gap of 0.337: the net has memorized the noise. L1 and L2 narrow the gap to 0.085 and 0.089, because both stop it from memorizing.`,
        'One seed can be lucky, so the lesson’s test runs all five seeds of the slider: on average 87.5% of the weights end near zero with L1, 10.4% with L2 and 1.3% with none; L2 takes the weight norm from 21.3 to 9.6; and the gap between test and training loss falls from 0.83 to 0.39 with L1 and 0.33 with L2.',
      ],
    },
  ],
  formulas: [
    { name: 'The regularized loss', tex: String.raw`L_{\text{total}}(w) = L_{\text{data}}(w) + \lambda\, R(w)` },
    {
      name: 'L2 penalty and its gradient',
      tex: String.raw`R_2(w) = \sum_i w_i^2, \qquad \frac{\partial}{\partial w_i}\,\lambda R_2 = 2\lambda\, w_i`,
    },
    {
      name: 'L1 penalty and its gradient',
      tex: String.raw`R_1(w) = \sum_i |w_i|, \qquad \frac{\partial}{\partial w_i}\,\lambda R_1 = \lambda\, \mathrm{sign}(w_i)`,
    },
    { name: 'Elastic net', tex: String.raw`\lambda_1 \sum_i |w_i| + \lambda_2 \sum_i w_i^2` },
    {
      name: 'L2 as weight decay: one SGD step',
      tex: String.raw`w \leftarrow (1 - 2\eta\lambda)\, w - \eta\, \nabla L_{\text{data}}(w)`,
    },
  ],
  lead: 'A net far too big for its 40 noisy XOR points trains with an L1 penalty, an L2 penalty, both (elastic net) and none; the shaded band of each histogram holds the weights that are practically zero. Drag the strength λ and watch L1 switch weights off while L2 only shrinks them.',
  figure,
  widgets: [FIGURE_WIDGET, { type: 'boundary-compare', runs: SHOWN }, { type: 'loss-curves', runs: SHOWN }],
  experiment,
  playground: experiment.runs.find((r) => r.label === L2),
  claim:
    'On 40 noisy XOR points, L1 drives many more kernel weights to ~0 (|w| < 0.01) than L2 (88.6% against 12.9%; 87.5% against 10.4% averaged over five seeds), L2 more than halves the weight norm (22.9 to 9.52), and both narrow the gap between test and training loss (0.337 to 0.085 with L1 and 0.089 with L2).',
  tryThis: [
    {
      label: 'λ = 0.01 ▶',
      set: { lambda: 0.01 },
      notice:
        'ten times the penalty outweighs anything fitting can earn: every penalized net is crushed to near-zero weights and answers about 0.5 everywhere, a coin flip: a loss of about ln 2 = 0.69 and 45% test accuracy. Too strong a penalty underfits.',
    },
    {
      label: 'λ = 0.0001 ▶',
      set: { lambda: 0.0001 },
      notice:
        'the penalties barely act: L2’s weights spread out almost like the unpenalized net’s (1.7% near zero), L1 keeps 40.1% near zero, and every gap between test and training loss is back near the no-penalty net’s 0.34.',
    },
    {
      label: 'L1 share 90% ▶',
      set: { mix: 0.9 },
      notice: 'elastic net is nearly pure L1 now: 89.3% of its weights near zero, as many as L1’s 88.6%.',
    },
    {
      label: 'seed 4 ▶',
      set: { seed: 4 },
      notice:
        'new data and starting weights: the net without a penalty overfits far worse here (gap 1.89), L1 and L2 cut that to 0.78 and 0.60, and the spike and the hump look just the same.',
    },
  ],
  predictions: [
    {
      prompt:
        'Triple λ to 0.003. Which of the L1 and L2 nets can no longer fit XOR, scoring below 80% on the test points?',
      set: { lambda: 0.003 },
      choices: ['L1 only', 'L2 only', 'both', 'neither'],
      answer: whichUnderfit,
    },
  ],
  questions: [
    {
      prompt: 'Which penalty is most likely to set many weights exactly to zero?',
      choices: [
        'L2, because it shrinks every weight.',
        'L1, because its pull toward zero has the same strength however small the weight is.',
        'Neither: penalties only make weights smaller, never zero.',
        'Both equally.',
      ],
      answer: 1,
      explanations: [
        'L2 shrinks each weight in proportion to its size, so the pull fades as the weight approaches zero and it rarely gets there.',
        'Right: the L1 gradient is λ·sign(w), a constant push, so weights that do not pay for themselves are driven to zero.',
        'In the figure 88.6% of the weights end below 0.01 with L1.',
        'They differ sharply: 88.6% near zero with L1 against 12.9% with L2.',
      ],
    },
    {
      prompt: 'You raise the L2 strength λ from 0.001 to 10. What do you expect?',
      choices: [
        'A closer fit to the training data.',
        'Nothing changes; λ only affects the reported loss.',
        'The weights are crushed toward zero and the model underfits: even the training loss gets worse.',
        'The network becomes sparse, like with L1.',
      ],
      answer: 2,
      explanations: [
        'A bigger penalty pulls away from the training data, not toward it.',
        "The penalty's gradient is added to every weight's gradient, so it changes training itself.",
        'Right: the penalty then dominates the loss, and a net with tiny weights is too simple to fit even the clean pattern.',
        "L2 makes weights small but not exactly zero; sparsity is L1's signature.",
      ],
    },
  ],
};
