// The run file the Keras export reads beside its script (keras-script.js):
// the rows a run trained and tested on, before any feature columns (2-D
// points, or a data set's own features), their labels as trained on, and the
// weights the run ended with — JSON, numbers as exact as the float32s they are.
import { rowsOf, weightLayers } from './weight-layers.js';

/** train, test: { x, y, n } as trained on (x before feature columns); spec: the full spec; weights: model.getWeights(). */
export function kerasRunFile({ train, test, spec, weights }) {
  const rows = ({ x, y, n }) => ({ x: rowsOf(x, n), y: rowsOf(y, n) });
  return `${JSON.stringify({ train: rows(train), test: rows(test), weights: weightLayers(spec, weights) })}\n`;
}
