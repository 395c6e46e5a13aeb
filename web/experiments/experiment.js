// web/experiments/ — a lesson's experiment in code: building its data, training its
// runs (this file) and measuring its claim; shared by the worker and the Node claim tests.
//
// Runs a lesson's experiment through the public engine API. The same code
// runs in the browser's training worker and headless in Node, where each
// lesson's claim test asserts on its result: what the page shows is what the
// test checked.
//
// An experiment is { runs: [run, ...] }. A run is one of
//   { label, kind: 'train', data: { name, options }, features?: [featureId, ...],
//     spec, fit: { epochs, batchSize, shuffle? } }
//   { label, kind: 'surface', surface, path: { optimizer, steps, gradientNoise, start } }
// `seed` (when given) replaces the data seed, the model seed and the path seed,
// so a statistical claim can be averaged over seeds.
import { featureRows } from '../domain/features.js';

/** Runs every run of `experiment`; returns { [label]: result }. */
export function runExperiment(dp, experiment, { seed, onProgress } = {}) {
  const results = {};
  for (const run of experiment.runs) {
    const report = (progress) => onProgress?.({ label: run.label, ...progress });
    results[run.label] = run.kind === 'surface' ? walkSurface(dp, run, seed, report) : train(dp, run, seed, report);
  }
  return results;
}

/** Data for a train run: the data set, with its 2-D points turned into the chosen features. */
export function experimentData(dp, run, seed) {
  const options = seed === undefined ? run.data.options : { ...run.data.options, seed };
  const data = dp.dataset(run.data.name, options);
  if (!run.features) return data;
  const withFeatures = (split) => ({ ...split, x: featureRows(split.x, run.features) });
  return { ...data, inputs: run.features.length, train: withFeatures(data.train), test: withFeatures(data.test) };
}

function train(dp, run, seed, report) {
  const data = experimentData(dp, run, seed);
  const spec = seed === undefined ? run.spec : { ...run.spec, seed };
  const model = dp.model(spec);
  try {
    const history = model.fit(data.train, {
      ...run.fit,
      validation: data.test,
      onEpoch: (epoch, logs) => report({ epoch, logs }),
    });
    return {
      history,
      train: model.evaluate(data.train.x, data.train.y),
      test: model.evaluate(data.test.x, data.test.y),
      weights: model.getWeights(),
      updatesPerEpoch: Math.ceil(data.train.n / Math.min(run.fit.batchSize ?? 32, data.train.n)),
    };
  } finally {
    model.dispose();
  }
}

function walkSurface(dp, run, seed, report) {
  const options = seed === undefined ? run.path : { ...run.path, seed };
  const path = dp.optimizerPath(run.surface, options);
  report({ points: path.loss.length });
  return { path };
}

/** Mean of `measure(results)` over the given seeds: for claims that hold on average. */
export function averageOverSeeds(dp, experiment, seeds, measure) {
  const values = seeds.map((seed) => measure(runExperiment(dp, experiment, { seed })));
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
