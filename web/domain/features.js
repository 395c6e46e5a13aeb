// The input features TensorFlow Playground offers, computed from a point's
// two coordinates before it reaches the network. The coordinates lie in
// about [-1, 1], so the sines take π·x to show a full wave over the plane.
// `label` is shown; `name` is how labels for screen readers say it; `python` is the same
// column as a Python expression in x1 and x2 (with `math`), for the Keras export.
export const FEATURES = [
  { id: 'x1', label: 'X₁', name: 'x1', of: (x1) => x1, python: 'x1' },
  { id: 'x2', label: 'X₂', name: 'x2', of: (x1, x2) => x2, python: 'x2' },
  { id: 'x1Squared', label: 'X₁²', name: 'x1 squared', of: (x1) => x1 * x1, python: 'x1 * x1' },
  { id: 'x2Squared', label: 'X₂²', name: 'x2 squared', of: (x1, x2) => x2 * x2, python: 'x2 * x2' },
  { id: 'x1TimesX2', label: 'X₁X₂', name: 'x1 times x2', of: (x1, x2) => x1 * x2, python: 'x1 * x2' },
  {
    id: 'sinX1',
    label: 'sin(πX₁)',
    name: 'sine of x1',
    of: (x1) => Math.sin(Math.PI * x1),
    python: 'math.sin(math.pi * x1)',
  },
  {
    id: 'sinX2',
    label: 'sin(πX₂)',
    name: 'sine of x2',
    of: (x1, x2) => Math.sin(Math.PI * x2),
    python: 'math.sin(math.pi * x2)',
  },
];

const byId = new Map(FEATURES.map((feature) => [feature.id, feature]));

export function isFeatureId(id) {
  return byId.has(id);
}

/** The chosen features as the Keras export computes them: [{ id, python }]. */
export function pythonColumns(ids) {
  return ids.map((id) => ({ id, python: byId.get(id).python }));
}

/** Rows of chosen features, [n, ids.length], from points [n, 2] (row-major). */
export function featureRows(points, ids) {
  const chosen = ids.map((id) => byId.get(id).of);
  const n = points.length / 2;
  const rows = new Float32Array(n * chosen.length);
  for (let i = 0; i < n; i++) {
    const x1 = points[2 * i];
    const x2 = points[2 * i + 1];
    for (let f = 0; f < chosen.length; f++) rows[i * chosen.length + f] = chosen[f](x1, x2);
  }
  return rows;
}
