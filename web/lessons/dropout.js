// Lesson 13: dropout. Pattern: train runs. A net far too big for its data
// (2-32-32-1 tanh, about 1,200 weights) trains on 40 noisy XOR points three
// times: without dropout, and with dropout 0.2 and 0.5 after each hidden
// layer. Same data, same seed, same optimizer; only the dropout rate differs.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';

const RATES = [0, 0.2, 0.5];
const data = { name: 'xor', options: { n: 80, noise: 0.3, seed: 1 } };
const fit = { epochs: 300, batchSize: 10 };

const hidden = (rate) => [
  { type: 'dense', units: 32, activation: 'tanh' },
  ...(rate > 0 ? [{ type: 'dropout', rate }] : []),
];
const net = (rate) =>
  binaryClassifier([...hidden(rate), ...hidden(rate)], { optimizer: { type: 'adam', learningRate: 0.01 } });
const label = (rate) => (rate === 0 ? 'no dropout' : `dropout ${rate}`);
const runs = RATES.map((rate) => ({ label: label(rate), kind: 'train', data, spec: net(rate), fit }));

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
        'Forty training points of XOR with heavy noise, so some points sit on the wrong side, and two hidden layers of 32 tanh units — about 1,200 parameters for 40 points. Without dropout the training loss falls to almost zero, because the net bends its boundary around every noisy point; the test loss stays far higher. With dropout the training loss stays higher and the test loss falls: averaged over eight seeds the test-minus-training gap shrinks from about 0.8 without dropout to about 0.5 at rate 0.2 and about 0.3 at rate 0.5, and the test loss drops too. Test accuracy moves much less than test loss here: dropout mostly stops the net from being confidently wrong on new points.',
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
  widgets: [
    { type: 'dropout-network', run: label(0.5) },
    { type: 'loss-curves', runs: runs.map((run) => run.label) },
    { type: 'boundary-compare', runs: runs.map((run) => run.label) },
  ],
  experiment: { runs },
  playground: runs.find((run) => run.label === label(0.5)),
  claim:
    'On 40 noisy XOR points, a 2-32-32-1 net overfits without dropout; averaged over seeds, dropout 0.2 and 0.5 narrow the gap between test and training loss (about 0.8, 0.5 and 0.3) and lower the test loss.',
  tryThis: [
    'Watch the dropout 0.5 net train: the flickering units change at every step.',
    'Raise the rate to 0.8: the gap closes further, but the net starts to underfit — the training loss stays high.',
    'Give the net ten times the data (400 training points) with no dropout: the gap shrinks by itself. Dropout matters most when data is scarce.',
    'Compare the boundaries: without dropout it curls around single noisy points; with dropout it is smoother.',
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
