// Reading a network's outputs as classes.

/** The class each row [n, width] predicts: argmax, or p >= 0.5 for one sigmoid output. */
export function predictedClasses(outputs, width) {
  const n = outputs.length / width;
  const classes = new Uint8Array(n);
  for (let i = 0; i < n; i++) classes[i] = width === 1 ? Number(outputs[i] >= 0.5) : argmax(outputs, i * width, width);
  return classes;
}

function argmax(values, offset, width) {
  let best = 0;
  for (let k = 1; k < width; k++) if (values[offset + k] > values[offset + best]) best = k;
  return best;
}
