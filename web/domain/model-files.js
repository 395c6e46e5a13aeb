// The files a trained model exports to: its spec (the engine's JSON, every
// default spelled out, with the features and batch size it was trained with: spec-file.js),
// its weights (Keras's layout: per dense layer a kernel [inputs][units] and a
// bias [units]) and the run in Keras 3 (a Python script and the run file it reads beside it).
import { weightLayers } from '../../bindings/weight-layers.js';
import { kerasRunFile } from '../../bindings/keras-run-file.js';
import { kerasRunScript } from '../../bindings/keras-script.js';
import { pythonColumns } from './features.js';
import { specFileText } from './spec-file.js';

const KERAS_RUN_FILE = 'deep_playground_run.json';

/**
 * The files of one download kind ('spec' | 'weights' | 'keras'). model: { spec,
 * weights, keras, run } as the worker's exportModel gives it, run being
 * { features (null for data that are not 2-D points), fit: { epochs, batchSize, shuffle }, train, test }.
 */
export function modelFiles(kind, model) {
  const { spec, weights, run } = model;
  if (kind === 'spec') {
    return [
      json('deep-playground-spec.json', specFileText({ spec, features: run.features, batchSize: run.fit.batchSize })),
    ];
  }
  if (kind === 'weights') {
    return [json('deep-playground-weights.json', `${JSON.stringify({ layers: weightLayers(spec, weights) })}\n`)];
  }
  const script = kerasRunScript({
    model: model.keras,
    columns: run.features && pythonColumns(run.features),
    fit: run.fit,
    runFile: KERAS_RUN_FILE,
    hasTest: run.test.n > 0,
  });
  return [
    { name: 'deep_playground_model.py', type: 'text/x-python', text: script },
    json(KERAS_RUN_FILE, kerasRunFile({ train: run.train, test: run.test, spec, weights })),
  ];
}

function json(name, text) {
  return { name, type: 'application/json', text };
}
