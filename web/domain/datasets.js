// The data sets the playground offers, what kind of problem each poses and
// the shape of network it needs. Names are the engine's (dp.dataset), plus
// 'custom': only the points the learner draws, and 'local': a CSV file the
// learner loaded (grader/local-data.js), which the state describes in data.local
// ({ file, rows, checksum, inputNames, labelName, classNames? }) and only the
// page holds. Generated sets take a number of points, a noise level and a seed.
export const DATASETS = {
  circle: { label: 'Circle', problem: 'classification', planar: true, generated: true, classes: [2] },
  xor: { label: 'Exclusive or', problem: 'classification', planar: true, generated: true, classes: [2] },
  gauss: { label: 'Two Gaussians', problem: 'classification', planar: true, generated: true, classes: [2] },
  spiral: { label: 'Spiral', problem: 'classification', planar: true, generated: true, classes: [2, 3, 4, 5] },
  blobs: { label: 'Blobs', problem: 'classification', planar: true, generated: true, classes: [3, 4, 5] },
  custom: { label: 'Draw your own', problem: 'classification', planar: true, classes: [2, 3, 4, 5] },
  iris: {
    label: 'Iris flowers',
    problem: 'classification',
    planar: false,
    classes: [3],
    inputs: 4,
    inputNames: ['sepal length', 'sepal width', 'petal length', 'petal width'],
    classNames: ['setosa', 'versicolor', 'virginica'],
  },
  digits: {
    label: 'Handwritten digits',
    problem: 'classification',
    planar: false,
    classes: [10],
    inputs: 64,
    classNames: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    // 64 pixels squeezed through the default 4 then 2 neurons lose what tells ten digits apart.
    leastHiddenUnits: 16,
  },
  plane: { label: 'Plane', problem: 'regression', planar: true, generated: true, classes: [0] },
  multigauss: { label: 'Multi Gaussian', problem: 'regression', planar: true, generated: true, classes: [0] },
  local: { label: 'Your data (CSV)' },
};

/** What the data set of the playground's `data` settings is: its DATASETS entry, or a loaded file's. */
export function datasetInfo(data) {
  if (data.dataset !== 'local') return DATASETS[data.dataset];
  const { inputNames, classNames } = data.local;
  return {
    ...DATASETS.local,
    problem: classNames ? 'classification' : 'regression',
    planar: inputNames.length === 2,
    classes: [classNames?.length ?? 0],
    inputs: inputNames.length,
    inputNames,
    classNames,
  };
}

export const PROBLEMS = ['classification', 'regression'];

export function datasetsFor(problem) {
  return Object.keys(DATASETS).filter((name) => DATASETS[name].problem === problem);
}

/**
 * What the network must look like for this data: { task: 'binary' |
 * 'multiclass' | 'regression', classes, inputs, outputs, planar }.
 */
export function dataShape(data, featureCount) {
  const info = datasetInfo(data);
  const classes = info.problem === 'regression' ? 0 : data.classes;
  const task = classes === 0 ? 'regression' : classes === 2 ? 'binary' : 'multiclass';
  return {
    task,
    classes,
    inputs: info.planar ? featureCount : info.inputs,
    outputs: task === 'multiclass' ? classes : 1,
    planar: info.planar,
  };
}

/** Class names for display: the data set's own, or "class 0", "class 1", ... */
export function classNames(data) {
  const info = datasetInfo(data);
  return info.classNames ?? Array.from({ length: data.classes }, (_, c) => `class ${c}`);
}
