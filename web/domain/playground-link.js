// A lesson's experiment as a playground state, for its "Open in the
// playground" link: the lesson's `playground` entry, or else its first train
// run, mapped onto what the playground can show: the data set, its number of
// points, noise, data seed, test fraction, classes and features, the network,
// loss, optimizer, regularizer, dropout and model seed, the batch size, and
// the epochs (training pauses by itself there).
import { DATASETS } from './datasets.js';
import { POINTS, defaultState, readState } from './playground-state.js';

/** The train run the link opens, or null. */
export function playgroundRun(lesson) {
  return lesson.playground ?? lesson.experiment.runs.find((run) => run.kind === 'train') ?? null;
}

/**
 * { state, run, dropped: [what did not carry over] } for a train run of the
 * lesson (by default the one the lesson's link opens), or null when the
 * playground cannot show it.
 */
export function playgroundStateFor(lesson, run = playgroundRun(lesson)) {
  if (run?.kind !== 'train' || !Object.hasOwn(DATASETS, run.data.name)) return null;
  const base = defaultState();
  const info = DATASETS[run.data.name];
  const options = run.data.options ?? {};
  const classes = info.classes.includes(options.classes) ? options.classes : info.classes[0];
  const candidate = {
    ...base,
    data: {
      dataset: run.data.name,
      classes,
      points: clamp(options.n ?? POINTS.initial, POINTS.min, POINTS.max),
      noise: clamp(Math.round((options.noise ?? 0) * 100), 0, 50),
      trainPercent: clamp(Math.round(100 * (1 - (options.testFraction ?? 0.5))), 10, 90),
      seed: options.seed ?? 0,
      drawn: [],
    },
    features: info.planar ? (run.features ?? ['x1', 'x2']) : base.features,
    batchSize: run.fit?.batchSize ?? 32,
    stopAtEpoch: run.fit?.epochs ?? 0,
    spec: run.spec,
    view: { ...base.view, showTestData: true },
  };
  const { state, problem } = readState(candidate);
  if (problem) return null;
  const dropped = [];
  if (options.n !== undefined && options.n !== state.data.points)
    dropped.push(`the playground takes ${POINTS.min} to ${POINTS.max} points, the lesson ${options.n}`);
  return { state, run, dropped };
}

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}
