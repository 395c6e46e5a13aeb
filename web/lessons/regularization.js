// Lesson 14: L1, L2 and elastic-net penalties. Pattern: train runs. The
// overfitting setup of the dropout lesson — a 2-32-32-1 tanh net on 40 noisy
// XOR points — trains four times: with no penalty, with L1, with L2 and with
// both (elastic net) on every kernel. Same data, seed and optimizer.
import { findLesson } from './catalog.js';

const LAMBDA = 0.001;
const data = { name: 'xor', options: { n: 80, noise: 0.3, seed: 1 } };
const fit = { epochs: 300, batchSize: 10 };

// The playground shares one regularizer across every dense layer, so each layer gets the same penalty.
const net = (kernelRegularizer) => {
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
    optimizer: { type: 'adam', learningRate: 0.01 },
    seed: 1,
  };
};

const NONE = 'no penalty';
const L1 = 'L1, λ = 0.001';
const L2 = 'L2, λ = 0.001';
const ELASTIC = 'elastic net, λ₁ = λ₂ = 0.0005';
const run = (label, regularizer) => ({ label, kind: 'train', data, spec: net(regularizer), fit });
const runs = [
  run(NONE, null),
  run(L1, { l1: LAMBDA }),
  run(L2, { l2: LAMBDA }),
  run(ELASTIC, { l1: LAMBDA / 2, l2: LAMBDA / 2 }),
];

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
      ],
    },
    {
      heading: 'L1: many weights exactly at zero',
      paragraphs: [
        String.raw`L1 charges the sum of absolute values, $\lambda \sum |w|$. Its gradient is $\lambda\,\mathrm{sign}(w)$: the same pull toward zero whatever the size of the weight. A weight that does not help the data loss by at least that much is pushed all the way to zero and held there, jittering around it. L1 therefore produces sparse nets: most connections switched off, a few kept — in effect it selects the inputs and units that matter.`,
      ],
    },
    {
      heading: 'Elastic net: both at once',
      paragraphs: [
        String.raw`Elastic net adds both penalties, $\lambda_1 \sum |w| + \lambda_2 \sum w^2$. It keeps much of L1's sparsity while the L2 part keeps the surviving weights small and treats groups of similar inputs more evenly, where pure L1 tends to pick one of them arbitrarily.`,
      ],
    },
    {
      heading: 'The experiment',
      paragraphs: [
        String.raw`The net of the dropout lesson — two hidden layers of 32 tanh units for 40 noisy XOR points — trains with no penalty, L1 at $\lambda = 0.001$, L2 at $\lambda = 0.001$, and elastic net at $\lambda_1 = \lambda_2 = 0.0005$. Averaged over five seeds: without a penalty almost no weight is below 0.01 in size; with L1 close to 90% are, with L2 about a fifth. L2 cuts the size of the weights (the square root of their sum of squares) by more than half. Both penalties narrow the gap between test and training loss — from about 0.8 to about 0.45 with L1 and 0.35 with L2 — because both stop the net from memorizing the noise.`,
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
  widgets: [
    { type: 'weight-histogram', runs: runs.map((r) => r.label), nearZero: 0.01 },
    { type: 'boundary-compare', runs: runs.map((r) => r.label) },
    { type: 'loss-curves', runs: runs.map((r) => r.label) },
  ],
  experiment: { runs },
  playground: runs.find((r) => r.label === L2),
  claim:
    'On 40 noisy XOR points, averaged over seeds, L1 drives many more kernel weights to ~0 (|w| < 0.01) than L2 (about 90% against about 20%), L2 more than halves the weight norm, and both narrow the gap between test and training loss.',
  tryThis: [
    'Slide λ up to 0.01 with L1: nearly every weight goes to zero and the net can no longer fit XOR at all.',
    'Slide λ down to 0.0001: the penalties barely act, the training loss drops to near zero again and most of the gap comes back.',
    "Compare the L1 and L2 boundaries: both are smoother than with no penalty, and L1's is drawn by the roughly one connection in ten that survives.",
    'Combine L2 with dropout 0.2 in the playground. Do the two together beat either alone?',
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
        'In the experiment about nine in ten weights end below 0.01 with L1.',
        'They differ sharply: close to 90% near zero with L1 against about 20% with L2.',
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
