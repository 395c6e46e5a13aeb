// Turns the playground's data settings into what the engine trains on: a
// seeded data set of data.points points (iris and digits: all their rows; or
// only drawn points), the learner's drawn points added to
// the training rows, and the 2-D points expanded into the chosen features.
import { DATASETS, dataShape } from '../domain/datasets.js';
import { featureRows } from '../domain/features.js';
import { usesOneHot } from '../domain/choices.js';
import { predictedClasses } from '../domain/predictions.js';

/**
 * { shape, train, test, shown }: train and test are { x, y, n } for the
 * engine; shown holds each split's raw inputs (2-D points, or the data set's
 * own features) and targets (class ids or values) for the page to draw.
 */
export function buildTrainingData(dp, state) {
  const { data, features, spec } = state;
  const shape = dataShape(data, features.length);
  const labelWidth = usesOneHot(spec.loss, shape.task) ? shape.classes : 1;
  const raw = data.dataset === 'custom' ? emptySplits() : generate(dp, data, labelWidth);
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
