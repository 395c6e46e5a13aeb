// Typed use of the public API, checked by types.test.mjs with tsc (never run).
// Each @ts-expect-error line is a mistake the declarations must catch.
import {
  grade,
  loadEngine,
  type CsvData,
  type Exercise,
  type GradeStatus,
  type History,
  type ModelSpec,
} from '../../bindings/index.js';

const dp = await loadEngine();
const data = dp.dataset('spiral', { n: 400, noise: 0.1, seed: 1, testFraction: 0.5 });
const spec: ModelSpec = {
  inputs: data.inputs,
  layers: [
    { type: 'dense', units: 8, activation: 'tanh', kernelRegularizer: { l2: 1e-3 } },
    { type: 'dropout', rate: 0.2 },
    { type: 'dense', units: 1, activation: 'sigmoid', kernelInitializer: 'he_normal' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.01, schedule: { type: 'cosine', decaySteps: 500, warmupSteps: 10 } },
  seed: 42,
};
const model = dp.model(spec);
const adamBeta1: number = dp.defaults().optimizers.adam.beta1;
const cosineWarmup: number = dp.defaults().schedules.cosine.warmupSteps;
const history: History = model.fit(data.train, {
  epochs: 5,
  batchSize: 10,
  validation: data.test,
  onEpoch: (epoch, logs) => (logs.loss < 0.1 && epoch > 2 ? false : undefined),
});
const last: number | undefined = history.valAccuracy?.at(-1);
const stoppedAt: number | undefined = history.diverged?.step;
const { loss, accuracy } = model.evaluate(data.test.x, [[0], [1]]);
const out: Float32Array = model.predict([[0.5, -0.5]]);
const lossOfBatch: number = model.trainBatch(new Float64Array([0, 1]), [1]);
model.setWeights(model.getWeights());
const hidden: Float32Array = model.layerOutputs(data.test.x)[0];
const { rows, units, mask } = model.dropoutMasks()[0];
const rebuilt = dp.model(model.toSpec());
const seed: number = rebuilt.toSpec().seed;
const python: string = model.toKeras();
dp.model(JSON.stringify(spec)).dispose();
dp.model({ inputs: 2, layers: [{ type: 'dense', units: 1 }], loss: 'mse', optimizer: 'sgd' });
dp.model({
  inputs: 2,
  layers: [{ type: 'dense', units: 1 }],
  loss: 'mse',
  optimizer: { type: 'sgd', momentum: 0.9, nesterov: true },
});
model.dispose();
const { usedBytes, totalBytes }: { usedBytes: number; totalBytes: number } = dp.memory();
console.log(
  usedBytes,
  totalBytes,
  hidden,
  rows,
  units,
  mask,
  last,
  stoppedAt,
  loss,
  accuracy,
  out,
  lossOfBatch,
  seed,
  python,
  model.disposed,
);

// @ts-expect-error not a data set
dp.dataset('spirals');
// @ts-expect-error not an activation
dp.model({ inputs: 2, layers: [{ type: 'dense', units: 1, activation: 'softmaxx' }], loss: 'mse' });
// @ts-expect-error a dense layer needs units
dp.model({ inputs: 2, layers: [{ type: 'dense' }], loss: 'mse' });
// @ts-expect-error adam has no momentum
dp.model({ inputs: 2, layers: [{ type: 'dense', units: 1 }], loss: 'mse', optimizer: { type: 'adam', momentum: 0.9 } });
// @ts-expect-error batchSize, not batch_size
model.fit(data.train, { batch_size: 10 });

const exercise: Exercise = {
  id: 'small-spiral',
  title: 'Separate the spiral',
  text: 'Reach 90% test accuracy.',
  data: { name: 'spiral', n: 400, noise: 0.1, seed: 7 },
  fit: { epochs: 300, batchSize: 16 },
  limits: { maxHiddenUnits: 16, maxSeconds: 30 },
  goal: { metric: 'accuracy', atLeast: 0.9, seeds: [1, 2, 3], aggregate: 'min' },
};
const graded = await grade(exercise, spec, { engine: dp });
const status: GradeStatus = graded.status;
console.log(
  status,
  graded.passed,
  graded.message,
  graded.metrics?.seeds[0].accuracy,
  dp.fitOptions({ epochs: 3 }).batchSize,
);
// @ts-expect-error the metric is accuracy or loss
grade({ ...exercise, goal: { metric: 'f1', atLeast: 0.9 } }, spec);
const yourData: CsvData = { csv: 'a,b,kind\n1,2,x\n3,4,y\n', label: 'kind', features: ['a', 'b'], testFraction: 0.5 };
await grade({ ...exercise, data: yourData }, spec);
// @ts-expect-error a CSV exercise names its label column
grade({ ...exercise, data: { csv: 'a,b,kind\n1,2,x\n' } }, spec);
