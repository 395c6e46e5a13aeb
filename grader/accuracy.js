// Accuracy of a classifier from its outputs, for the losses the engine keeps
// no accuracy with (mse, mae): a learner who picks one of them on a
// classification exercise is still scored on what the goal asks.

/**
 * The share of rows of `outputs` ([rows, width], flat) that get their label
 * in `y` right: with one output, the same side of 0.5 as the label; with
 * several, the largest output on the label's class (a one-hot row or a class id).
 */
export function outputAccuracy(outputs, y, width) {
  const rows = outputs.length / width;
  const labelWidth = y.length / rows;
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const row = outputs.subarray(r * width, (r + 1) * width);
    const label = y.subarray(r * labelWidth, (r + 1) * labelWidth);
    if (width === 1) correct += row[0] > 0.5 === label[0] > 0.5 ? 1 : 0;
    else correct += argmax(row) === (labelWidth === 1 ? label[0] : argmax(label)) ? 1 : 0;
  }
  return correct / rows;
}

function argmax(values) {
  let best = 0;
  for (let j = 1; j < values.length; j++) if (values[j] > values[best]) best = j;
  return best;
}
