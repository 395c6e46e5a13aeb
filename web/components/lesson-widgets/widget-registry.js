// The element that draws each widget type of widget-types.js. The lesson
// page creates <tag> for every { type, ...config } a lesson lists and sets
//   .config   the widget's entry
//   .lesson   the lesson (the lesson module's default export)
//   .results  the experiment's results by run label (plus `compute` when the
//             lesson has a compute(dp)), or null before the run:
//               train   { history, train, test, weights, updatesPerEpoch,
//                         epochs, batchSize, trainRows, shape: { task, classes, outputs, planar },
//                         and for 2-D data boundary (BOUNDARY_GRID² × outputs),
//                         neurons (per dense layer, NEURON_GRID² × units),
//                         points: { train, test: { x (2-D), targets } } }
//               surface { path: { w1, w2, loss, diverged } }
//   .progress the frame on show while it trains, by run label:
//               train   { kind, epoch, epochs, logs, history (so far), boundary?, dropped?, neurons? }
//               surface { kind, points }
//   .client   the page's LessonClient (call('surface' | 'optimizerPath', ...args),
//             or run(lessonId, { only: [label] }, onProgress) to retrain runs)
import './boundary-compare.js';
import './depth-sweep.js';
import './neuron-inspector.js';
import './loss-curves.js';
import './race.js';
import './dropout-network.js';
import './weight-histogram.js';
import './activation-plot.js';
import './activation-switch.js';
import './loss-explorer.js';
import './surface-path.js';
import './softmax-bars.js';
import './schedule-plot.js';
import './line-fit.js';
import './true-class-probabilities.js';

export const WIDGET_TAGS = {
  'boundary-compare': 'dp-boundary-compare',
  'depth-sweep': 'dp-depth-sweep',
  'neuron-inspector': 'dp-neuron-inspector',
  'loss-curves': 'dp-loss-curves',
  race: 'dp-race',
  'dropout-network': 'dp-dropout-network',
  'weight-histogram': 'dp-weight-histogram',
  'activation-plot': 'dp-activation-plot',
  'activation-switch': 'dp-activation-switch',
  'loss-explorer': 'dp-loss-explorer',
  'surface-path': 'dp-surface-path',
  'softmax-bars': 'dp-softmax-bars',
  'schedule-plot': 'dp-schedule-plot',
  'line-fit': 'dp-line-fit',
  'true-class-probabilities': 'dp-true-class-probabilities',
};

/** The tag name of the element for a widget type, or null when none is defined. */
export function widgetTag(type) {
  const tag = WIDGET_TAGS[type];
  return tag && customElements.get(tag) ? tag : null;
}
