// Lesson 3: what a neuron computes. Pattern: train runs. One sigmoid neuron
// on gauss (two clouds a line can split), the same neuron on circle (no line
// can), and a net whose 4 hidden tanh neurons draw 4 lines that the output
// neuron combines into a closed region around the centre.
import { findLesson } from './catalog.js';
import { binaryClassifier } from './specs.js';

const gauss = { name: 'gauss', options: { n: 300, noise: 0.1, seed: 1 } };
const circle = { name: 'circle', options: { n: 300, noise: 0.1, seed: 1 } };
const optimizer = { type: 'adam', learningRate: 0.03 };

const network = (hidden) => binaryClassifier(hidden, { optimizer });

const runs = [
  { label: 'neuron-gauss', kind: 'train', data: gauss, spec: network([]), fit: { epochs: 50, batchSize: 16 } },
  { label: 'neuron-circle', kind: 'train', data: circle, spec: network([]), fit: { epochs: 50, batchSize: 16 } },
  { label: 'hidden', kind: 'train', data: circle, spec: network([4]), fit: { epochs: 100, batchSize: 16 } },
];

export default {
  ...findLesson('neural-networks'),
  sections: [
    {
      heading: 'One neuron',
      paragraphs: [
        String.raw`A neuron takes a few numbers $x_1, \dots, x_n$, multiplies each by its own weight $w_i$, adds them up together with a bias $b$, and passes the sum $z$ through an activation function $g$. Its output $a = g(z)$ is a single number.`,
        'The weights say how much each input matters and in which direction: a large positive weight makes the neuron respond strongly when that input grows, a negative weight makes it respond less. The bias sets how large the weighted sum must be before the neuron reacts — it shifts the threshold.',
        'Weights and biases are the parameters: the numbers training adjusts. Everything a network knows is stored in them.',
      ],
    },
    {
      heading: 'A neuron draws a line',
      paragraphs: [
        String.raw`On the plane, the neuron's sum $z = w_1 x_1 + w_2 x_2 + b$ is zero along a straight line, positive on one side and negative on the other. With a sigmoid activation the output is above $0.5$ exactly where $z > 0$, so a single neuron used as a classifier splits the plane with that line. The weights fix its direction, the bias moves it away from the origin.`,
        'When the two classes sit in two clouds, like the gauss data, one line is all it takes and a single neuron gets nearly every point right. On the circle data it fails: whichever line it picks, both classes lie on both sides.',
      ],
    },
    {
      heading: 'Layers of neurons',
      paragraphs: [
        'A network arranges neurons in layers. The input layer is not made of real neurons: it just holds the features, here x1 and x2. Hidden layers come next; every neuron in them reads all the outputs of the layer before. The output layer produces the answer — for a yes/no question, one sigmoid neuron giving a probability.',
        String.raw`Each hidden neuron draws its own line and reports, smoothly, on which side of it a point lies. The output neuron then takes a weighted sum of these reports. With four hidden neurons whose lines surround the centre, the sum crosses the output neuron's threshold only where a point lies on the inner side of enough of them at once, so the output neuron's positive region is a closed patch — the lines have been combined into a region. Hover the neurons of the trained net to see each one's line.`,
        String.raw`A dense layer from $n$ inputs to $m$ neurons has $n \cdot m$ weights and $m$ biases. The 2–4–1 net here has $2 \cdot 4 + 4 = 12$ parameters in its hidden layer and $4 + 1 = 5$ in its output neuron: 17 numbers in all.`,
      ],
    },
  ],
  formulas: [
    { name: 'What one neuron computes', tex: String.raw`z = \sum_{i=1}^{n} w_i x_i + b, \qquad a = g(z)` },
    { name: 'Its boundary on the plane (sigmoid output 0.5)', tex: String.raw`w_1 x_1 + w_2 x_2 + b = 0` },
    { name: 'A whole layer at once: weight matrix W, bias vector b', tex: String.raw`h = g(W x + b)` },
  ],
  widgets: [
    { type: 'neuron-inspector', run: 'hidden' },
    { type: 'boundary-compare', runs: ['neuron-gauss', 'neuron-circle', 'hidden'] },
  ],
  experiment: { runs },
  // The playground opens the net whose hidden neurons enclose the circle.
  playground: runs.find((run) => run.label === 'hidden'),
  claim:
    'A single neuron draws a line — enough for two clouds, hopeless on the circle — while four hidden neurons combine their lines into a closed region that encloses the circle.',
  tryThis: [
    'Hover each hidden neuron of the trained net: every thumbnail is a soft step across one straight line.',
    'Open the hidden net in the playground with only 2 hidden neurons. Can two lines enclose the centre?',
    'Switch the single neuron to the xor data: is there any line that could work?',
    'Try 3 hidden neurons: three lines make a triangle — does it still fit the circle?',
  ],
  questions: [
    {
      prompt: String.raw`A neuron has weights $w_1 = 2$, $w_2 = -1$, bias $b = 0.5$ and a relu activation. What does it output for the input $(x_1, x_2) = (1, 3)$?`,
      choices: ['-0.5', '0', '0.5', '2.5'],
      answer: 1,
      explanations: [
        'That is the sum z = 2·1 − 1·3 + 0.5 = −0.5, before the activation.',
        'Right: z = 2 − 3 + 0.5 = −0.5, and relu turns every negative sum into 0.',
        'Check the sign: 2·1 − 1·3 = −1, plus the bias 0.5 gives −0.5.',
        'That leaves out x2: its contribution is −1 · 3 = −3.',
      ],
    },
    {
      prompt:
        'Why can one sigmoid neuron not classify the circle data, while four hidden neurons plus an output neuron can?',
      choices: [
        'One neuron draws a single line; hidden neurons draw several lines that the output neuron combines into a region.',
        'A sigmoid neuron cannot output probabilities.',
        'One neuron has no bias.',
        'The circle data needs more epochs, not more neurons.',
      ],
      answer: 0,
      explanations: [
        'Right: the output of one neuron is a threshold on one line; combining several lines can enclose the centre.',
        'A sigmoid output is a probability; the problem is the shape of its boundary.',
        'Every neuron here has a bias; it only moves the line, it cannot bend it.',
        'No number of epochs turns one line into a closed curve.',
      ],
    },
  ],
};
