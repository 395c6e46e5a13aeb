// Lesson 13: dropout. Pattern: a live figure of train runs. A net far too
// big for its data (2-32-32-1 tanh, about 1,200 weights) trains on 40 noisy
// XOR points three times: without dropout, and with dropout 0.2 and 0.5
// after each hidden layer. Same data, same seed, same optimizer; only the
// dropout rate differs. The test split is four times the training split, so
// the test loss is measured on 160 points, not on a handful. The knobs: the
// number of training points, the hidden width, the epochs and the seed.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';
import { figureExperiment } from './figure.js';

const RATES = [0, 0.2, 0.5];
// Four test points for every training point.
const TEST_PER_TRAIN = 4;

const label = (rate) => (rate === 0 ? 'no dropout' : `dropout ${rate}`);
const LABELS = RATES.map(label);

const hidden = (width, rate) => [
  { type: 'dense', units: width, activation: 'tanh' },
  ...(rate > 0 ? [{ type: 'dropout', rate }] : []),
];
const net = (width, rate, seed) =>
  binaryClassifier([...hidden(width, rate), ...hidden(width, rate)], {
    optimizer: { type: 'adam', learningRate: 0.05 },
    seed,
  });

const FIGURE_WIDGET = { type: 'loss-curves', runs: LABELS };

const figure = {
  widget: FIGURE_WIDGET,
  controls: [
    { id: 'points', label: 'Training points', kind: 'slider', values: [20, 40, 80, 160], default: 40 },
    { id: 'width', label: 'Hidden width', kind: 'slider', values: [4, 8, 16, 32], default: 32 },
    { id: 'epochs', label: 'Epochs', kind: 'slider', values: [25, 50, 100, 200], default: 100 },
    { id: 'seed', label: 'Seed', kind: 'slider', values: [1, 2, 3, 4, 5], default: 1 },
  ],
  runs: ({ points, width, epochs, seed }) => {
    const n = points * (1 + TEST_PER_TRAIN);
    const data = { name: 'xor', options: { n, noise: 0.3, seed, testFraction: TEST_PER_TRAIN / (1 + TEST_PER_TRAIN) } };
    // One full-batch step per epoch: a fresh dropout mask at every step.
    const fit = { epochs, batchSize: points };
    return RATES.map((rate) => ({ label: label(rate), kind: 'train', data, spec: net(width, rate, seed), fit }));
  },
};
const experiment = figureExperiment(figure);

// The run with the lowest test loss: its index in RATES.
const lowestTestLoss = (results) => {
  const losses = LABELS.map((name) => results[name].test.loss);
  return losses.indexOf(Math.min(...losses));
};

export default {
  ...findLesson('dropout'),
  sections: [
    {
      heading: 'Switch neurons off at random',
      paragraphs: [
        String.raw`During training, a dropout layer sets each unit of the layer before it to zero with probability $p$, the dropout rate, independently for every unit and every example — and draws a fresh random pattern at every step. A dropped unit sends nothing forward and gets no gradient back for that step. Each step therefore trains a different, thinned-out network.`,
      ],
    },
    {
      heading: 'Why it prevents overfitting',
      paragraphs: [
        'A big net on little data can memorize: a few units team up to fit one noisy training point exactly, each relying on the others to be there. Dropout breaks these private arrangements. No unit can count on any particular partner, so each has to learn something useful on its own, and the same pattern ends up spread over several units — a redundant representation that survives losing some of them.',
        'The result behaves like an average over the many thinned networks seen in training, and averages of many models are less swayed by the noise of any single training point. The training loss goes up a little; the loss on new data goes down.',
      ],
    },
    {
      heading: 'Rates: 0.2 and 0.5',
      paragraphs: [
        String.raw`Typical rates are 0.2 (drop one unit in five) for light regularization or layers near the input, and 0.5 for large hidden layers, the value of the original paper. Higher rates regularize more but slow learning; at 0.8 most of the net is missing at every step. A rate is a probability, so $0 \le p < 1$.`,
      ],
    },
    {
      heading: 'Off at inference, with inverted scaling',
      paragraphs: [
        String.raw`When the model is used — evaluating, predicting, drawing the boundary — dropout is switched off and every unit takes part. That would make the next layer's input larger than what it saw in training, where only a fraction $1-p$ of the units were on. Inverted dropout fixes this during training instead: the units that are kept are multiplied by $1/(1-p)$ (by 2 at rate 0.5), so the expected value of each unit is the same in training and at inference, and inference needs no change at all. This is what Keras and the engine do.`,
        'One consequence for reading curves: the training loss recorded during each epoch is measured with dropout on, so it is noisy and higher than the same net would score with all units present. The gaps below compare training and test loss both measured with dropout off.',
      ],
    },
    {
      heading: 'The experiment',
      paragraphs: [
        'Forty training points of XOR with heavy noise, so some points sit on the wrong side, and two hidden layers of 32 tanh units — about 1,200 weights for 40 points. Each net takes one step per epoch on all 40 points, for 100 epochs, and is then scored on 160 new points drawn the same way.',
        'Without dropout the training loss falls to almost zero, because the net bends its boundary around every noisy point, and the test loss climbs as it does so. With dropout the training loss stays higher and the test loss ends far lower. The curves above show one seed; averaged over eight seeds the pattern is the same (the lesson tests it).',
        'Test accuracy moves much less than test loss here, and dropout 0.5 can even cost a point or two of it: on two inputs a rate of 0.5 is a heavy handicap. What dropout mostly removes is confidence: the net without dropout is sure of itself on the test points it gets wrong, and the loss punishes that.',
      ],
    },
  ],
  formulas: [
    {
      name: 'A fresh mask each step: keep each unit with probability 1 − p',
      tex: String.raw`m_i \sim \mathrm{Bernoulli}(1-p)`,
    },
    { name: 'Inverted dropout during training', tex: String.raw`\tilde h_i = \frac{m_i\, h_i}{1-p}` },
    {
      name: 'The expected value is unchanged',
      tex: String.raw`\mathbb{E}[\tilde h_i] = \frac{(1-p)\, h_i}{1-p} = h_i`,
    },
    { name: 'At inference: no mask, no scaling', tex: String.raw`\tilde h_i = h_i` },
  ],
  lead: 'A net far too big for its 40 training points learns them without dropout, and with dropout 0.2 and 0.5. Without dropout its test loss (solid) climbs while its training loss (dashed) falls to zero; change the training points, the width or the epochs to see when dropout matters.',
  figure,
  widgets: [FIGURE_WIDGET, { type: 'dropout-network', run: label(0.5) }, { type: 'boundary-compare', runs: LABELS }],
  experiment,
  playground: experiment.runs.find((run) => run.label === label(0.5)),
  claim:
    'On 40 noisy XOR points a 2-32-32-1 net overfits without dropout: its training loss falls to 0.002 while its test loss ends at 1.27. Dropout 0.2 and 0.5 narrow the gap between test and training loss (1.26, 0.52 and 0.28) and lower the test loss (to 0.60 and 0.46).',
  tryThis: [
    {
      label: '160 points ▶',
      set: { points: 160 },
      notice:
        'with four times the data the net without dropout overfits far less: its test loss stays lower, and dropout has less to fix. Dropout matters most when data is scarce.',
    },
    {
      label: 'width 4 ▶',
      set: { width: 4 },
      notice:
        'four units per layer cannot afford to lose any: with dropout the small net underfits, its training and test loss both stay high, while without dropout it has too few weights to memorize much. Dropout is for nets with room to spare.',
    },
    {
      label: '200 epochs ▶',
      set: { epochs: 200 },
      notice:
        'the longer the net without dropout trains, the higher its test loss climbs: it keeps growing more confident about points it fits by memory.',
    },
    {
      label: 'seed 2 ▶',
      set: { seed: 2 },
      notice:
        'new data and new starting weights: the numbers move, but the order of the three test losses stays the same.',
    },
  ],
  predictions: [
    {
      prompt: 'The three nets train on the same 40 points. Which one will end with the lowest test loss?',
      choices: LABELS,
      answer: lowestTestLoss,
    },
  ],
  questions: [
    {
      prompt: 'A layer uses dropout with rate 0.5. What happens to it when the trained model makes predictions?',
      choices: [
        'Half the units are still dropped at random, so predictions vary from call to call.',
        'All units are used, and each output is halved to make up for it.',
        'All units are used unchanged; the kept units were already scaled by 2 during training.',
        'The layer is removed from the model and its weights are thrown away.',
      ],
      answer: 2,
      explanations: [
        'Dropout is only active in training; predictions are deterministic.',
        'That is the original, non-inverted scheme. With inverted dropout, as in Keras and here, the scaling happens during training.',
        'Right: inverted dropout multiplies kept units by 1/(1 − p) = 2 during training, so at inference nothing needs to change.',
        'The dropout layer has no weights of its own; at inference it simply passes its input through.',
      ],
    },
    {
      prompt: 'Why does dropout make the training loss higher but the test loss lower?',
      choices: [
        'It deletes training points that look like noise.',
        'Units cannot rely on specific partners, so the net cannot memorize individual noisy points and learns patterns that also hold on new data.',
        'It makes the network smaller permanently.',
        'It lowers the learning rate.',
      ],
      answer: 1,
      explanations: [
        'Dropout acts on units, not on data points: every training point is still used.',
        'Right: memorizing a noisy point needs units that cooperate precisely, and random dropping keeps breaking that cooperation.',
        'All units are used at inference; the network keeps its full size.',
        'The optimizer and its rate are unchanged; only the units seen in each step change.',
      ],
    },
  ],
};
