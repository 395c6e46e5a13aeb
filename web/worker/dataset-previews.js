// What each data set's thumbnail in the playground's data chooser draws:
// a sample of its points on the plane (iris: its two petal measurements),
// scaled into [-1, 1], coloured by class or target, or for digits one of its
// 8x8 images.
import { DATASETS } from '../domain/datasets.js';
import { PLANE_EXTENT } from '../domain/plane.js';

/** Points per generated thumbnail. */
const PREVIEW_POINTS = 120;
/** Iris's petal length and width: the two measurements that tell its classes apart. */
const IRIS_COLUMNS = [2, 3];

/**
 * { [name]: { kind: 'points', x (2 per point, in [-1, 1]), targets, regression }
 * | { kind: 'image', pixels (64 in [0, 1]) } } for every engine data set the
 * playground offers.
 */
export function datasetPreviews(dp) {
  const previews = {};
  for (const [name, info] of Object.entries(DATASETS)) {
    if (!dp.datasetNames().includes(name)) continue;
    if (name === 'digits') previews[name] = { kind: 'image', pixels: firstRow(dp.dataset(name, { testFraction: 0 })) };
    else if (info.planar) previews[name] = planarPreview(dp, name, info);
    else previews[name] = columnsPreview(dp.dataset(name, { testFraction: 0 }), IRIS_COLUMNS);
  }
  return previews;
}

function planarPreview(dp, name, info) {
  const { classes } = info;
  const data = dp.dataset(name, {
    n: PREVIEW_POINTS,
    noise: 0.05,
    seed: 1,
    testFraction: 0,
    ...(classes.length > 1 && { classes: classes[0] }),
  });
  const x = data.train.x.map((v) => v / PLANE_EXTENT);
  return { kind: 'points', x, targets: data.train.y, regression: info.problem === 'regression' };
}

// Two of a data set's columns, each scaled so that its largest value in size is 1.
function columnsPreview(data, [a, b]) {
  const { x, y, n } = data.train;
  const inputs = x.length / n;
  const points = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    points[2 * i] = x[i * inputs + a];
    points[2 * i + 1] = x[i * inputs + b];
  }
  const scale = Math.max(...points.map(Math.abs)) || 1;
  return { kind: 'points', x: points.map((v) => v / scale), targets: y, regression: false };
}

function firstRow(data) {
  const { x, n } = data.train;
  return x.slice(0, x.length / n);
}
