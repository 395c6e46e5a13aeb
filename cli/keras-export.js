// --keras FILE: the run in Keras 3 — FILE, a Python script, and beside it the
// run file it reads (the data trained and tested on, the trained weights),
// named after it: model.py -> model_run.json.
import path from 'node:path';
import { kerasRunFile } from '../bindings/keras-run-file.js';
import { kerasRunScript } from '../bindings/keras-script.js';
import { writeResult } from './output.js';

/** The run file's path for the script at `file`. */
export function kerasRunFilePath(file) {
  const { dir, name } = path.parse(file);
  return path.join(dir, `${name}_run.json`);
}

/** Writes the script and its run file for `model` trained on `data` with `fit` ({ epochs, batchSize, shuffle }). */
export function writeKerasRun(file, { model, data, fit }) {
  const runFile = kerasRunFilePath(file);
  const spec = model.toSpec();
  const script = kerasRunScript({
    model: model.toKeras(),
    columns: null,
    fit,
    runFile: path.basename(runFile),
    hasTest: data.test.n > 0,
  });
  writeResult(file, script);
  writeResult(runFile, kerasRunFile({ train: data.train, test: data.test, spec, weights: model.getWeights() }));
}
