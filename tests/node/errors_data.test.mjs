// Bad data, fit options, data set options, weights and inputs through the
// public API: each throws a JS Error naming the field and what is allowed.
import { binary, dp, fitWith, row, sparse, throwsNamingTheField, weights, withHole } from './errors_support.mjs';

// `values` as a nested array of rows of `width` numbers.
const rows = (values, width) =>
  Array.from({ length: values.length / width }, (_, r) => [...values.subarray(r * width, (r + 1) * width)]);
// A Float32Array whose buffer was transferred away, as postMessage(..., [buffer]) leaves it.
const detached = () => {
  const array = new Float32Array([0.5, 0.5]);
  structuredClone(array.buffer, { transfer: [array.buffer] });
  return array;
};

const cases = [
  // the data
  [
    'x length not a multiple of inputs',
    () => binary.fit({ x: [1, 2, 3], y: [1] }),
    /^data\.x: 3 numbers do not fill whole rows of 2 inputs$/,
  ],
  [
    'y length mismatch',
    () => binary.fit({ x: [1, 2, 3, 4], y: [1] }),
    /^data\.y: 1 numbers for 2 rows; binary_crossentropy needs \[2, 1\]$/,
  ],
  ['NaN in x', () => binary.fit({ x: [1, NaN, 3, 4], y: [1, 0] }), /^data\.x\[0\]\[1\]: nan is not a finite number$/],
  [
    'sparse label 3.5',
    () => sparse.fit({ x: [1, 2], y: [3.5] }),
    /^data\.y\[0\]: 3\.5 must be an integer class id in 0\.\.2 for sparse_categorical_crossentropy$/,
  ],
  [
    'sparse label out of range',
    () => sparse.fit({ x: [1, 2, 3, 4], y: [0, 3] }),
    /^data\.y\[1\]: 3 must be an integer class id in 0\.\.2/,
  ],
  [
    'BCE label 2',
    () => binary.fit({ x: [1, 2], y: [2] }),
    /^data\.y\[0\]: 2 must be in \[0, 1\] for binary_crossentropy$/,
  ],
  ['empty data', () => binary.fit({ x: [], y: [] }), /^data\.x: no rows \(empty data\)$/],
  [
    'nested rows of unequal length',
    () => binary.fit({ x: [[1, 2], [3]], y: [1, 0] }),
    /^data\.x\[1\]: every row must be an array of 2 numbers, got an array of 1$/,
  ],
  ['non-numeric entry', () => binary.fit({ x: [[1, 'a']], y: [1] }), /^data\.x\[0\]\[1\]: 'a' is not a number$/],
  ['null entry', () => binary.fit({ x: [1, null], y: [1] }), /^data\.x\[1\]: null is not a number$/],
  ['data without y', () => binary.fit({ x: [1, 2] }), /^data: expected \{ x, y \}/],
  [
    'bad validation data',
    () => binary.fit(row, { validation: { x: [1, 2, 3], y: [1] } }),
    /^validation\.x: 3 numbers do not fill whole rows of 2 inputs$/,
  ],
  [
    'evaluate with a bad label',
    () => binary.evaluate([1, 2], [5]),
    /^data\.y\[0\]: 5 must be in \[0, 1\] for binary_crossentropy$/,
  ],
  [
    'trainBatch with a bad label',
    () => binary.trainBatch([1, 2], [-1]),
    /^data\.y\[0\]: -1 must be in \[0, 1\] for binary_crossentropy$/,
  ],
  // fit options
  ['epochs 0', fitWith({ epochs: 0 }), /^options\.epochs: 0 must be an integer in 1\.\.1000000$/],
  ['epochs 1.5', fitWith({ epochs: 1.5 }), /^options\.epochs: 1\.5 must be an integer in 1\.\.1000000$/],
  ['batchSize 0', fitWith({ batchSize: 0 }), /^options\.batchSize: 0 must be an integer in 1\.\.1000000$/],
  [
    'unknown fit option',
    fitWith({ learningRate: 1 }),
    /^options\.learningRate: unknown field \(allowed: epochs, batchSize, shuffle\)$/,
  ],
  ['onEpoch not a function', fitWith({ onEpoch: 3 }), /^options\.onEpoch: 3 must be a function$/],
  // data sets
  [
    'unknown data set',
    () => dp.dataset('spirals'),
    /^dataset: 'spirals' is not one of circle, xor, gauss, spiral, plane, multigauss, blobs, iris, digits$/,
  ],
  [
    'a data set name of a million characters is quoted by its start only',
    () => dp.dataset('x'.repeat(1e6)),
    /^dataset: 'x{40}\.\.\.' is not one of circle, /,
  ],
  [
    'a surface name of a million characters too',
    () => dp.surface('y'.repeat(1e6)),
    /^surface: 'y{40}\.\.\.' is not one of bowl, /,
  ],
  [
    'a surface window so far out that no loss in it is finite',
    () => dp.surface('bowl', { window: [1e20, 2e20, 0, 1] }),
    /^window: \[1e\+20, 2e\+20, 0, 1\] is too far out: every loss in it is NaN or Infinity in float32; /,
  ],
  ['dataset n 0', () => dp.dataset('spiral', { n: 0 }), /^n: 0 must be an integer in 4\.\.100000$/],
  ['dataset n 1e12', () => dp.dataset('spiral', { n: 1e12 }), /^n: 1e\+12 must be an integer in 4\.\.100000$/],
  ['dataset n text', () => dp.dataset('spiral', { n: '5' }), /^n: '5' must be an integer in 4\.\.100000$/],
  ['dataset noise 2', () => dp.dataset('spiral', { noise: 2 }), /^noise: 2 must be a number in \[0, 1\]$/],
  [
    'dataset testFraction 1',
    () => dp.dataset('spiral', { testFraction: 1 }),
    /^testFraction: 1 must be a number in \[0, 0\.9\]$/,
  ],
  [
    'dataset classes 1e10',
    () => dp.dataset('spiral', { classes: 1e10 }),
    /^classes: 1e\+10 must be an integer in 0\.\.10$/,
  ],
  ['blobs classes 7', () => dp.dataset('blobs', { classes: 7 }), /^classes: 7 must be in 3\.\.5 for blobs$/],
  [
    'unknown dataset option',
    () => dp.dataset('spiral', { size: 7 }),
    /^size: unknown field \(allowed: n, noise, seed, testFraction, classes, oneHot\)$/,
  ],
  // weights and predict
  [
    'setWeights wrong count',
    () => binary.setWeights([new Float32Array(8)]),
    /^weights: expected an array of 4 arrays \(kernel and bias per dense layer\), got an array of 1$/,
  ],
  [
    'setWeights wrong length',
    () => binary.setWeights([new Float32Array(8), new Float32Array(4), new Float32Array(3), new Float32Array(1)]),
    /^weights\[2\]: 3 numbers, but dense layer 1 kernel \[4, 1\] holds 4$/,
  ],
  [
    'setWeights a [4, 2] kernel where [2, 4] is expected',
    () => binary.setWeights(weights().map((w, i) => (i === 0 ? rows(w, 2) : w))),
    /^weights\[0\]: shape \[4, 2\], but dense layer 0 kernel \[2, 4\] is expected$/,
  ],
  [
    'setWeights a bias as rows',
    () => binary.setWeights(weights().map((w, i) => (i === 1 ? rows(w, 2) : w))),
    /^weights\[1\]: shape \[2, 2\], but dense layer 0 bias \[4\] is expected$/,
  ],
  ['predict on a detached buffer', () => binary.predict(detached()), /^predict\.x: its ArrayBuffer is detached/],
  ['fit with detached labels', () => binary.fit({ x: [0, 1], y: detached() }), /^data\.y: its ArrayBuffer is detached/],
  [
    'setWeights NaN',
    () => binary.setWeights(weights().map((w, i) => (i === 1 ? w.fill(NaN) : w))),
    /^weights\[1\]\[0\]: .*not a finite number$/,
  ],
  [
    'predict with the wrong width',
    () => binary.predict([[1, 2, 3]]),
    /^predict\.x: 3 numbers do not fill whole rows of 2 inputs$/,
  ],
  ['predict with NaN', () => binary.predict([0, NaN]), /^predict\.x\[0\]\[1\]: nan is not a finite number$/],
  [
    'predict with a hole',
    () => binary.predict(withHole([1, 1, 0, 1], 1)),
    /^predict\.x\[1\]: a hole \(no value\) is not a number$/,
  ],
  [
    'predict with a missing row',
    () =>
      binary.predict(
        withHole(
          [
            [0, 1],
            [0, 0],
            [1, 0],
          ],
          1,
        ),
      ),
    /^predict\.x\[1\]: every row must be an array of 2 numbers, got a hole \(no value\)$/,
  ],
  [
    'fit with a missing label',
    () => binary.fit({ x: [0, 1, 1, 0], y: withHole([1, 0], 1) }),
    /^data\.y\[1\]: a hole \(no value\) is not a number$/,
  ],
  ['predict with a BigInt', () => binary.predict([1n, 2n]), /^predict\.x\[0\]: 1n, a BigInt, is not a number$/],
];

throwsNamingTheField(cases);
