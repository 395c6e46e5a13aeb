// The widgets a lesson can place on its page, by type. A lesson lists
// { type, ...config } entries; the lesson page renders each with the
// component registered for its type. `runs` name runs of the lesson's
// experiment (web/experiments/experiment.js) whose results the widget shows.
export const WIDGET_TYPES = {
  'boundary-compare': 'live decision boundaries of several train runs side by side ({ runs })',
  'depth-sweep': 'accuracy against the number of hidden layers, with a boundary per depth ({ runs })',
  'neuron-inspector':
    'a network diagram: hover a neuron to see its weights, its sum, its activation and its thumbnail over the input plane ({ run })',
  'activation-plot':
    'an activation curve and its derivative; pick relu, sigmoid, tanh, linear or softmax ({ activations })',
  'activation-switch':
    "pick a live net's hidden activation: the run with it retrains in the worker, its boundary and loss growing ({ runs }: runs that differ only in their hidden activation)",
  'loss-explorer': "drag a prediction and a label: every loss's value and gradient, live ({ losses })",
  'surface-path':
    'a 2-D loss-surface heatmap with the paths of surface runs, step by step, and their loss curves under it when asked ({ surface, runs, lossCurve?: true })',
  'loss-curves': 'train and test loss per epoch of several runs ({ runs, metric? })',
  race: 'GD vs SGD vs mini-batch: loss against passes over the data, updates per pass, memory per update ({ runs })',
  'softmax-bars': 'drag the probability bars of a softmax output and watch -log p of the true class ({ classes })',
  'schedule-plot': 'the learning rate over the steps of one or more schedules ({ schedules })',
  'dropout-network': 'a network diagram whose dropped units flicker while training ({ run })',
  'weight-histogram': 'a histogram of kernel weights with the count near zero, per run ({ runs })',
  'line-fit':
    "points on a line with one outlier and the lines fitted to them with mse and with mae, from the lesson's compute ({ })",
  'true-class-probabilities':
    "each training example on the curve −log p at the probability its true class gets, before and after training, from the lesson's compute ({ })",
};
