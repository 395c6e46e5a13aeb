// The 14 lessons of docs/curriculum.md in teaching order: their fixed ids (the
// URLs /lesson/<id> and /embed/<id>), titles and one-line summaries.
export const LESSONS = [
  {
    id: 'what-is-deep-learning',
    title: 'What is deep learning?',
    summary: 'Networks with many layers that learn their own features and decision boundaries from data.',
  },
  {
    id: 'why-deep',
    title: 'Why deep?',
    summary: 'More hidden layers learn more complex patterns: depth beats width on the spiral.',
  },
  {
    id: 'neural-networks',
    title: 'Neural networks',
    summary: 'Neurons, weights and biases: one neuron draws a line, hidden neurons combine lines into regions.',
  },
  {
    id: 'activations',
    title: 'Activation functions',
    summary: 'Why non-linearity matters: relu, sigmoid, tanh, softmax and linear, with their derivatives.',
  },
  {
    id: 'loss-functions',
    title: 'Loss functions',
    summary: 'What a loss measures, and which of cross-entropy, MSE and MAE fits which task.',
  },
  {
    id: 'gradient-descent',
    title: 'Gradient descent',
    summary: 'Step against the gradient, w := w − η ∂L/∂w, until the loss stops falling.',
  },
  {
    id: 'gd-vs-sgd',
    title: 'GD vs SGD vs mini-batch',
    summary: 'All the data, one sample or a mini-batch per update: speed, noise and memory traded off.',
  },
  {
    id: 'why-sgd',
    title: 'Why SGD works',
    summary: 'Noisy steps are cheap, scale to big data and help escape saddles and poor minima.',
  },
  {
    id: 'negative-log-likelihood',
    title: 'Negative log-likelihood',
    summary: 'L = −Σ y log ŷ punishes low probability on the true class; it equals categorical cross-entropy.',
  },
  {
    id: 'optimizers',
    title: 'Optimizers',
    summary: 'SGD, momentum, RMSprop and Adam: what each one remembers between steps, and why.',
  },
  {
    id: 'learning-rate',
    title: 'Learning rate',
    summary: 'Too high diverges, too low crawls; schedules and adaptive optimizers help.',
  },
  {
    id: 'momentum',
    title: 'Momentum',
    summary: 'v = βv + (1 − β)∇L speeds up along consistent directions and damps oscillation.',
  },
  {
    id: 'dropout',
    title: 'Dropout',
    summary: 'Randomly dropping units while training prevents overfitting; it is off at inference.',
  },
  {
    id: 'regularization',
    title: 'Regularization',
    summary: 'L1 and L2 penalties keep weights small or sparse and the model smoother.',
  },
];

export function findLesson(id) {
  return LESSONS.find((lesson) => lesson.id === id) ?? null;
}
