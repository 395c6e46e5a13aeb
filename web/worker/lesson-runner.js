// A lesson's experiment inside the training worker. runLesson runs the very
// runExperiment() the Node claim tests run (or, for a widget that retrains
// one of its runs, only the runs it names), and while it trains it posts
// frames of each train run — the epoch's numbers, and for runs on the 2-D
// plane the decision boundary and dropout masks of the model being trained —
// so the page can show the claim taking shape. The reply adds what widgets
// draw without the engine: the final boundary, every neuron's thumbnail and
// the data points. engineCall answers the few engine questions a widget may
// ask on its own (loss surfaces and optimizer paths).
import { runExperiment } from '../experiments/experiment.js';
import { loadLesson } from '../lessons/index.js';
import { figureValues } from '../lessons/figure.js';
import { featureRows } from '../domain/features.js';
import { DATASETS } from '../domain/datasets.js';
import { BOUNDARY_GRID, NEURON_GRID, planeGrid } from '../domain/plane.js';

/** Frames posted per train run (plus one whenever MAX_QUIET_MS passed without one). */
const FRAMES_PER_RUN = 30;
const MAX_QUIET_MS = 100;
const ENGINE_CALLS = ['surface', 'optimizerPath'];

const BOUNDARY_POINTS = planeGrid(BOUNDARY_GRID);
const NEURON_POINTS = planeGrid(NEURON_GRID);

/** Why a run stopped before its end: a newer request on the same channel took its place. */
export const SUPERSEDED = 'superseded by a newer run';

/**
 * Runs lesson `lessonId`'s experiment (with `seed` replacing every seed, when
 * given; only the runs labelled in `only`, when given, and then without the
 * lesson's compute). `settings` (the figure's control values, checked
 * against its controls) runs the figure's runs for those values instead of
 * the defaults, and hands them to the lesson's compute(dp, { seed, values }).
 * post(message, transfer) sends 'lesson-progress' frames, each with the `id`
 * of the request. isStale(), when given, is asked before each run and before
 * the compute, after the worker has read the messages that came in
 * meanwhile: once it says true the request rejects with SUPERSEDED. Resolves to
 * { results: { [label]: result }, compute, timing: { totalMs, runs: { [label]: ms } } }.
 */
export async function runLesson(dp, { id, lessonId, seed, only, settings }, post, isStale = null) {
  const module = await loadLesson(lessonId);
  const lesson = module.default;
  // The figure's control values (its defaults without settings): its runs and its compute take them.
  const values = figureValues(lesson.figure, settings);
  const chosen = settings === undefined ? lesson.experiment.runs : lesson.figure.runs(values);
  const runs = new Map(chosen.map((run) => [run.label, run]));
  if (only !== undefined && !Array.isArray(only)) throw new Error('runLesson: only must be a list of run labels');
  for (const label of only ?? [])
    if (!runs.has(label)) throw new Error(`lesson ${lessonId} has no run called "${label}"`);
  const experiment = { runs: only ? chosen.filter((run) => only.includes(run.label)) : chosen };
  const liveNeurons = new Set(lesson.widgets.filter((w) => w.type === 'dropout-network').map((w) => w.run));

  // The engine, except that it remembers the model it built last: the one being trained.
  let training = null;
  const tracked = new Proxy(dp, {
    get(target, key) {
      if (key === 'model') return (spec) => (training = target.model(spec));
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  const started = performance.now();
  const timing = { runs: {} };
  let runStarted = started;
  let frames = null; // the current train run's { label, every, pending, lastPost, probes, dropout }
  const onProgress = ({ label, epoch, logs, points }) => {
    const run = runs.get(label);
    const now = performance.now();
    if (run.kind === 'surface') {
      timing.runs[label] = now - runStarted;
      runStarted = now;
      post({ type: 'lesson-progress', id, lessonId, label, kind: 'surface', points });
      return;
    }
    if (frames?.label !== label) frames = startFrames(run, now);
    for (const [key, value] of Object.entries(logs)) (frames.pending[key] ??= []).push(value);
    const last = epoch + 1 === run.fit.epochs;
    if ((epoch + 1) % frames.every !== 0 && !last && now - frames.lastPost < MAX_QUIET_MS) return;
    const frame = {
      type: 'lesson-progress',
      id,
      lessonId,
      label,
      kind: 'train',
      epoch,
      epochs: run.fit.epochs,
      logs,
      history: frames.pending,
    };
    // The run's first frame says what its data look like.
    if (frames.views) Object.assign(frame, frames.views);
    if (frames.probes) frame.boundary = training.predict(frames.probes.boundary);
    if (frames.dropout) frame.dropped = firstRowMasks(training);
    if (frames.probes && liveNeurons.has(label)) {
      frame.neurons = training.layerOutputs(frames.probes.neurons);
      frame.weights = training.getWeights();
    }
    post(frame, true);
    frames.views = null;
    frames.pending = {};
    frames.lastPost = now;
  };

  const stopIfStale = async () => {
    if (!isStale) return;
    await nextTask(); // lets the worker read requests that arrived meanwhile
    if (isStale()) throw new Error(SUPERSEDED);
  };
  const results = {};
  for (const run of experiment.runs) {
    await stopIfStale();
    Object.assign(results, runExperiment(tracked, { runs: [run] }, { seed, onProgress }));
  }
  // Runs that reported no epoch (one that diverged at once) still get a time.
  for (const { label, kind } of experiment.runs) {
    if (timing.runs[label] === undefined && kind === 'train') {
      const now = performance.now();
      timing.runs[label] = now - runStarted;
      runStarted = now;
    }
  }
  for (const run of experiment.runs) {
    if (run.kind === 'train') Object.assign(results[run.label], trainedViews(dp, run, results[run.label], seed));
  }
  if (!only && module.compute) await stopIfStale();
  const computeStarted = performance.now();
  const compute = only ? undefined : module.compute?.(dp, { seed, values });
  if (compute !== undefined) timing.computeMs = performance.now() - computeStarted;
  timing.totalMs = performance.now() - started;
  return { results, compute, timing };

  function startFrames(run, now) {
    if (frames) {
      timing.runs[frames.label] = now - runStarted;
      runStarted = now;
    }
    return {
      label: run.label,
      every: Math.max(1, Math.ceil(run.fit.epochs / FRAMES_PER_RUN)),
      pending: {},
      lastPost: now,
      probes: probesFor(run),
      views: dataViews(dp, run, seed),
      dropout: run.spec.layers.some((layer) => layer.type === 'dropout'),
    };
  }
}

// A macrotask: messages queued for the worker are read before it resolves.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** dp[method](...args) for the methods widgets may call. */
export function engineCall(dp, { method, args = [] }) {
  if (!ENGINE_CALLS.includes(method)) throw new Error(`engineCall: method must be one of ${ENGINE_CALLS.join(', ')}`);
  return dp[method](...args);
}

/** The plane's grids turned into the run's inputs, or null when its data are not 2-D points. */
function probesFor(run) {
  if (!DATASETS[run.data.name]?.planar) return null;
  const features = run.features ?? ['x1', 'x2'];
  return { boundary: featureRows(BOUNDARY_POINTS, features), neurons: featureRows(NEURON_POINTS, features) };
}

// Which units the first example of the last batch trained without, per dropout layer.
function firstRowMasks(model) {
  return model.dropoutMasks().map(({ rows, units, mask }) => (rows > 0 ? mask.slice(0, units) : new Float32Array(0)));
}

/** The run's data as widgets draw them: { shape: { task, classes, outputs, planar }, trainRows, points? (raw 2-D points) }. */
function dataViews(dp, run, seed) {
  const options = seed === undefined ? run.data.options : { ...run.data.options, seed };
  const data = dp.dataset(run.data.name, options);
  const planar = Boolean(DATASETS[run.data.name]?.planar);
  const views = {
    shape: { task: data.task, classes: data.classes, outputs: data.outputs, planar },
    trainRows: data.train.n,
  };
  if (planar) {
    const shown = (split) => ({ x: split.x, targets: targetsOf(split.y, data.labelWidth) });
    views.points = { train: shown(data.train), test: shown(data.test) };
  }
  return views;
}

/**
 * What widgets draw of a trained run: its data (dataViews), epochs, batch
 * size and, for 2-D data, the boundary and every neuron's thumbnail.
 */
function trainedViews(dp, run, result, seed) {
  const views = { ...dataViews(dp, run, seed), epochs: run.fit.epochs, batchSize: run.fit.batchSize ?? 32 };
  const probes = probesFor(run);
  if (!probes) return views;
  const model = dp.model(seed === undefined ? run.spec : { ...run.spec, seed });
  try {
    model.setWeights(result.weights);
    views.boundary = model.predict(probes.boundary);
    views.neurons = model.layerOutputs(probes.neurons);
  } finally {
    model.dispose();
  }
  return views;
}

// One target per row: the class id of a one-hot row, else the label itself.
function targetsOf(y, width) {
  if (width === 1) return y;
  const n = y.length / width;
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let k = 1; k < width; k++) if (y[i * width + k] > y[i * width + best]) best = k;
    targets[i] = best;
  }
  return targets;
}
