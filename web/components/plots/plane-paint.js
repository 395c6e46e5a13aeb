// Paints what the network says about each cell of the input plane into
// ImageData pixels: the decision boundary (the network's output) and a
// neuron's activation.
import { CLASS_COLORS, writeDiverging, writeToward } from '../base/colors.js';

/**
 * outputs: [cells, width] for the task ('binary': p of class 1, 'multiclass':
 * class probabilities, 'regression': the value). Stronger colour = more sure;
 * discretize paints only the predicted class (or the value's sign).
 */
export function paintOutputs(pixels, outputs, width, task, discretize) {
  const cells = outputs.length / width;
  for (let i = 0; i < cells; i++) {
    const offset = 4 * i;
    if (task === 'multiclass') {
      let best = 0;
      for (let k = 1; k < width; k++) if (outputs[i * width + k] > outputs[i * width + best]) best = k;
      // confidence 0 at the uniform 1/k, 1 at certainty
      const confidence = (outputs[i * width + best] - 1 / width) / (1 - 1 / width);
      writeToward(CLASS_COLORS[best % CLASS_COLORS.length], discretize ? 1 : confidence, pixels, offset);
    } else {
      const value = task === 'binary' ? 2 * outputs[i] - 1 : outputs[i];
      writeDiverging(discretize ? Math.sign(value) : value, pixels, offset);
    }
  }
}

/**
 * One unit's column of activations [cells, units], scaled by its largest
 * magnitude so that every neuron's pattern shows, whatever its range.
 */
export function paintUnit(pixels, activations, units, unit) {
  const cells = activations.length / units;
  let scale = 0;
  for (let i = 0; i < cells; i++) scale = Math.max(scale, Math.abs(activations[i * units + unit]));
  scale = scale > 0 ? 1 / scale : 0;
  for (let i = 0; i < cells; i++) writeDiverging(activations[i * units + unit] * scale, pixels, 4 * i);
}

/** One output unit over the plane, on the same scale as the decision boundary. */
export function paintOutputUnit(pixels, outputs, width, unit, task) {
  const cells = outputs.length / width;
  for (let i = 0; i < cells; i++) {
    const value = outputs[i * width + unit];
    if (task === 'multiclass') writeToward(CLASS_COLORS[unit % CLASS_COLORS.length], value, pixels, 4 * i);
    else writeDiverging(task === 'binary' ? 2 * value - 1 : value, pixels, 4 * i);
  }
}

/**
 * Unit `unit` of a layer's activations [cells, units] over the plane: an
 * output unit (outputTask given: the data's task) on the decision boundary's
 * scale, a hidden one scaled to its own range.
 */
export function paintNeuron(pixels, activations, units, unit, outputTask = null) {
  if (outputTask) paintOutputUnit(pixels, activations, units, unit, outputTask);
  else paintUnit(pixels, activations, units, unit);
}
