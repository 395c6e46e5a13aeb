// One train run as a training widget sees it: its final result once the
// experiment is done, else the frame of it on show while it trains, else
// nothing yet — in one shape, so widgets draw all three the same way.
/**
 * { state: 'done' | 'training' | 'waiting', history, epoch (epochs done),
 *   epochs, shape, trainRows, points, boundary, neurons, weights, dropped, result }
 */
export function runView(results, progress, label) {
  const result = results?.[label];
  if (result?.history) {
    return {
      state: 'done',
      history: result.history,
      epoch: result.history.loss.length,
      epochs: result.epochs,
      shape: result.shape,
      points: result.points,
      boundary: result.boundary,
      neurons: result.neurons,
      weights: result.weights,
      dropped: null,
      trainRows: result.trainRows,
      result,
    };
  }
  const frame = progress?.[label];
  if (frame?.kind === 'train') {
    return {
      state: 'training',
      history: frame.history,
      epoch: frame.epoch + 1,
      epochs: frame.epochs,
      shape: frame.shape,
      points: frame.points,
      boundary: frame.boundary,
      neurons: frame.neurons,
      weights: frame.weights,
      dropped: frame.dropped,
      trainRows: frame.trainRows,
      logs: frame.logs,
      result: null,
    };
  }
  return { state: 'waiting', history: null, epoch: 0, epochs: 0, result: null };
}

/** The last test accuracy a view knows (final evaluation, else the latest epoch's), or null. */
export function testAccuracy(view) {
  if (view.result) return view.result.test.accuracy ?? null;
  return view.logs?.valAccuracy ?? null;
}

export const percent = (v) => `${(100 * v).toFixed(1)}%`;

/** The train run of the lesson's experiment with this label. */
export function runOf(lesson, label) {
  return lesson?.experiment.runs.find((run) => run.label === label) ?? null;
}

/** Each labelled run of the widget's config as { label, run, view }, in the config's order. */
export function runRows(lesson, results, progress, labels) {
  return labels.map((label) => ({ label, run: runOf(lesson, label), view: runView(results, progress, label) }));
}
