// An exercise inside the training worker, graded by the very grader the CLI
// runs (grader/). openExercise reads an exercise — checking every field, as
// the CLI does — and answers what the page shows of it: the words, goal and
// limits, the network a learner starts from, the free controls, and the 2-D
// data's points. gradeExercise trains the learner's spec with the exercise's
// own seeds; while it trains it posts 'exercise-progress' frames (which seed,
// which epoch), and its reply adds what the first seed's network learned:
// its weights and, for 2-D data, its predictions and every neuron's output
// over the plane.
import { CSV_DATA_NAME } from '../../grader/csv-data.js';
import { readExercise } from '../../grader/exercise.js';
import { gradeSubmission } from '../../grader/grade.js';
import { DATASETS } from '../domain/datasets.js';
import { conformSpec } from '../domain/network-spec.js';
import { defaultState } from '../domain/playground-state.js';
import { BOUNDARY_GRID, NEURON_GRID, planeGrid } from '../domain/plane.js';
import { targetsOf } from './training-data.js';

/** The longest a grading goes without telling the page how far it got. */
const PROGRESS_MS = 100;

const BOUNDARY_POINTS = planeGrid(BOUNDARY_GRID);
const NEURON_POINTS = planeGrid(NEURON_GRID);

/**
 * { id, title, text, fit, limits, goal, start, free, hint, data: { name,
 * shape: { task, classes, inputs, outputs, labelWidth, planar }, shown,
 * columns (CSV data only) } } of an exercise
 * (its JSON text or object); throws an Error naming its first bad field.
 * `start` is the exercise's, or the playground's default network fitted to
 * the data; `shown` the train and test points of 2-D data (else null).
 */
export function openExercise(dp, { exercise }) {
  const { data, ...read } = readExercise(dp, exercise);
  const { set, name, columns } = data;
  const planar = isPlanar(data);
  const shape = {
    task: set.task,
    classes: set.classes,
    inputs: set.inputs,
    outputs: set.outputs,
    labelWidth: set.labelWidth,
    planar,
  };
  const split = ({ x, y }) => ({ x, targets: targetsOf(y, set.labelWidth) });
  return {
    ...read,
    start: read.start ?? conformSpec(defaultState().spec, shape),
    data: {
      name,
      shape,
      shown: planar ? { train: split(set.train), test: split(set.test) } : null,
      ...(columns && { columns }),
    },
  };
}

// Whether the data lie on the plane: a built-in set's own say, or a CSV table's two features.
function isPlanar({ name, set }) {
  return name === CSV_DATA_NAME ? set.inputs === 2 : DATASETS[name].planar;
}

/**
 * The grader's { passed, status, message, metrics } for `spec`, plus
 * `trained`, what the first seed's network learned (null if none trained):
 * { weights, boundary, neurons } as a playground snapshot has them (the last
 * two for 2-D data only).
 * post(message) sends the progress frames, each with the request's `id`.
 */
export function gradeExercise(dp, { id, exercise, spec }, post) {
  const read = readExercise(dp, exercise);
  const seeds = read.goal.seeds.length;
  const planar = isPlanar(read.data);
  let told = -Infinity;
  let trained = null;
  const onEpoch = ({ seed, seedIndex, epoch, epochs }) => {
    const now = performance.now();
    if (epoch !== 1 && epoch !== epochs && now - told < PROGRESS_MS) return;
    told = now;
    post({ type: 'exercise-progress', id, seed, seedIndex, seeds, epoch, epochs });
  };
  const onTrained = (model) => {
    if (trained) return;
    trained = { weights: model.getWeights() };
    if (planar)
      Object.assign(trained, { boundary: model.predict(BOUNDARY_POINTS), neurons: model.layerOutputs(NEURON_POINTS) });
  };
  return { ...gradeSubmission(dp, read, spec, { onEpoch, onTrained }), trained };
}
