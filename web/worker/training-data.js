// Turns the playground's data settings into what the engine trains on: a
// seeded data set of data.points points (iris and digits: all their rows; a
// loaded file: its rows, shuffled by the seed; or only drawn points), the
// learner's drawn points added to the training rows, and the 2-D points
// expanded into the chosen features.
import { DATASETS, dataShape } from '../domain/datasets.js';
import { splitLocalData } from '../../grader/local-data.js';
import { featureRows } from '../domain/features.js';
import { usesOneHot } from '../domain/choices.js';
import { predictedClasses } from '../domain/predictions.js';

/**
 * { shape, train, test, shown }: train and test are { x, y, n } for the
 * engine; shown holds each split's raw inputs (2-D points, or the data set's
 * own features) and targets (class ids or values) for the page to draw.
 * `local`: the loaded file's data (grader/local-data.js), for the 'local' data set.
 */
export function buildTrainingData(dp, state, local) {
  const { data, features, spec } = state;
  const shape = dataShape(data, features.length);
  const labelWidth = usesOneHot(spec.loss, shape.task) ? shape.classes : 1;
  const raw = rawSplits(dp, data, labelWidth, local);
  const train = withDrawnPoints(raw.train, data.drawn, labelWidth);
  const encode = (x) => (shape.planar ? featureRows(x, features) : x);
  return {
    shape,
    train: { x: encode(train.x), y: train.y, n: train.n },
    test: { x: encode(raw.test.x), y: raw.test.y, n: raw.test.n },
    shown: {
      train: { x: train.x, targets: targetsOf(train.y, labelWidth) },
      test: { x: raw.test.x, targets: targetsOf(raw.test.y, labelWidth) },
    },
  };
}

function rawSplits(dp, data, labelWidth, local) {
  if (data.dataset === 'custom') return emptySplits();
  if (data.dataset !== 'local') return generate(dp, data, labelWidth);
  if (local?.checksum !== data.local.checksum)
    throw new Error(`the rows of ${data.local.file} are not in this page: load the file again under Data`);
  return splitLocalData(local, { testFraction: 1 - data.trainPercent / 100, seed: data.seed, labelWidth });
}

function generate(dp, data, labelWidth) {
  const { classes } = DATASETS[data.dataset];
  return dp.dataset(data.dataset, {
    n: data.points,
    noise: data.noise / 100,
    seed: data.seed,
    testFraction: 1 - data.trainPercent / 100,
    ...(classes.length > 1 && { classes: data.classes }),
    oneHot: labelWidth > 1,
  });
}

function emptySplits() {
  const empty = () => ({ x: new Float32Array(0), y: new Float32Array(0), n: 0 });
  return { train: empty(), test: empty() };
}

// Drawn points are [x1, x2, class] rows appended to the training split.
function withDrawnPoints(split, drawn, labelWidth) {
  if (drawn.length === 0) return split;
  const n = split.n + drawn.length;
  const x = new Float32Array(n * 2);
  const y = new Float32Array(n * labelWidth);
  x.set(split.x);
  y.set(split.y);
  drawn.forEach(([x1, x2, label], i) => {
    const row = split.n + i;
    x[2 * row] = x1;
    x[2 * row + 1] = x2;
    if (labelWidth > 1) y[row * labelWidth + label] = 1;
    else y[row] = label;
  });
  return { x, y, n };
}

/** One target per row: the class id of a one-hot row, else the label itself. */
export function targetsOf(y, labelWidth) {
  return labelWidth === 1 ? y : Float32Array.from(predictedClasses(y, labelWidth));
}
