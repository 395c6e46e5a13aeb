// A lesson's experiment as a playground state, for its "Open in the
// playground" link: the lesson's `playground` entry, or else its first train
// run, mapped onto what the playground can show. The playground always
// generates 500 points and trains until paused, so a run's point count and
// epoch count do not carry over; everything else (data set, noise, data seed,
// classes, features, network, loss, optimizer, regularizer, dropout, batch
// size, model seed) does.
import { DATASETS } from './datasets.js';
import { defaultState, readState } from './playground-state.js';

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
      noise: clamp(Math.round((options.noise ?? 0) * 100), 0, 50),
      trainPercent: clamp(Math.round(100 * (1 - (options.testFraction ?? 0.5))), 10, 90),
      seed: options.seed ?? 0,
      drawn: [],
    },
    features: info.planar ? (run.features ?? ['x1', 'x2']) : base.features,
    batchSize: run.fit?.batchSize ?? 32,
    spec: run.spec,
    view: { ...base.view, showTestData: true },
  };
  const { state, problem } = readState(candidate);
  if (problem) return null;
  const dropped = [];
  if (options.n !== undefined && !['iris', 'digits'].includes(run.data.name))
    dropped.push(`the playground uses 500 points, the lesson ${options.n}`);
  if (run.fit?.epochs)
    dropped.push(`the lesson trains ${run.fit.epochs} epochs; the playground trains until you pause it`);
  return { state, run, dropped };
}

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}
