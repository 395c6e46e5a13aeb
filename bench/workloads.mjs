// The three workloads of the performance issue, and their data: the same
// arrays go to every peer (and, as files, to the native train bench).
// x is row-major [n, inputs], y [n, outputs] (one-hot for the softmax nets).

export const workloads = [
  {
    id: 'W1',
    title: '2-8-8-1 tanh/sigmoid, BCE, SGD lr 0.03, batch 10, 500 samples',
    inputs: 2,
    layers: [
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_crossentropy',
    optimizer: { type: 'sgd', learningRate: 0.03 },
    batchSize: 10,
    target: 4,
    data: () => circle(500, 1),
  },
  {
    id: 'W2',
    title: '64-128-64-10 relu/softmax, CCE, Adam 1e-3, batch 32, 1,797 samples (digits)',
    inputs: 64,
    layers: [
      { units: 128, activation: 'relu' },
      { units: 64, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    loss: 'categorical_crossentropy',
    optimizer: { type: 'adam', learningRate: 1e-3 },
    batchSize: 32,
    target: 4,
    data: (dp) => {
      const { train } = dp.dataset('digits', { testFraction: 0 });
      return { x: train.x, y: oneHot(train.y, 10), n: train.n };
    },
  },
  {
    id: 'W3',
    title: '784-256-128-10 relu/softmax, CCE, Adam 1e-3, batch 64, 2,048 samples (synthetic)',
    inputs: 784,
    layers: [
      { units: 256, activation: 'relu' },
      { units: 128, activation: 'relu' },
      { units: 10, activation: 'softmax' },
    ],
    loss: 'categorical_crossentropy',
    optimizer: { type: 'adam', learningRate: 1e-3 },
    batchSize: 64,
    target: 3,
    data: () => images(2048, 784, 10, 3),
  },
];

/** Our engine's spec for a workload (also what the native train bench reads). */
export function specOf(w) {
  return {
    inputs: w.inputs,
    layers: w.layers.map((l) => ({ type: 'dense', ...l })),
    loss: w.loss,
    optimizer: w.optimizer,
    seed: 1,
  };
}

// mulberry32: a small seeded generator, so every run sees the same data.
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Points in [-1, 1]^2, labelled 1 inside the circle of radius 0.7.
function circle(n, seed) {
  const next = random(seed);
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[2 * i] = next() * 2 - 1;
    x[2 * i + 1] = next() * 2 - 1;
    y[i] = x[2 * i] ** 2 + x[2 * i + 1] ** 2 < 0.49 ? 1 : 0;
  }
  return { x, y, n };
}

// MNIST-shaped rows: about 80% zeros, the rest in (0, 1]; a class per row.
function images(n, inputs, classes, seed) {
  const next = random(seed);
  const x = new Float32Array(n * inputs).map(() => (next() < 0.2 ? next() : 0));
  const labels = Float32Array.from({ length: n }, () => Math.floor(next() * classes));
  return { x, y: oneHot(labels, classes), n };
}

function oneHot(labels, classes) {
  const y = new Float32Array(labels.length * classes);
  labels.forEach((c, i) => (y[i * classes + c] = 1));
  return y;
}
