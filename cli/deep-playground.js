#!/usr/bin/env node
// cli/: the command line, an entry of its own on top of the JS API (bindings/).
// deep-playground: train a JSON model spec on a built-in data set, headless —
// how course authors check an exercise. Argument parsing and calls to the
// public API only; every rule about specs, data and training is the engine's.
// Exit codes: 0 ok, 1 the spec was rejected, 2 usage (options, data, files), 3 diverged, 4 results not written.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEngine } from '../bindings/index.js';
import { toJson } from '../bindings/arrays.js';
import { progress, summary } from './progress.js';
import { specDataMismatch } from '../grader/spec-data-match.js';
import { MAX_EXERCISE_TEXT, readExercise } from '../grader/exercise.js';
import { gradeFiles } from './grade.js';
import { readTextFile } from './read-file.js';
import { printable } from './printable.js';
import ENGINE_LIMITS from '../bindings/wasm/limits.json' with { type: 'json' };
import { guardStdout, unwritable, writeResult } from './output.js';
import { kerasRunFilePath, writeKerasRun } from './keras-export.js';
import { prefixed } from './message-prefix.js';
import { siteSummary, writeSite } from './site.js';

const HELP = `Usage:
  deep-playground train SPEC.json --data NAME [options]   train a model spec (SPEC "-" reads stdin)
  deep-playground grade EXERCISE.json SUBMISSION.json... [--json] [--jobs N]
                                                         grade model specs against an exercise
  deep-playground datasets [--json]                      list the data sets
  deep-playground site FOLDER [--force]                  write the static site (lessons, playground, embeds) into FOLDER
  deep-playground --version | --help

Data (the held-out test split is the validation data):
  --data NAME            data set (see \`deep-playground datasets\`), required
  --n N                  points before the split          --noise X      0..1
  --data-seed N          data seed                        --classes K    spiral 2..5, blobs 3..5
  --test-fraction F      share held out for testing       --one-hot      one-hot labels (multi-class)
Training:
  --epochs N             default 100                      --batch-size N default 32
  --seed N               the model's seed (replaces the spec's: initial weights, shuffling, dropout)
  --no-shuffle           keep the data order
Output:
  --json                 print one JSON object {spec, data, history, train, test, seconds}
  --weights FILE         write the trained weights (kernel, bias per dense layer) as JSON arrays
  --keras FILE           write the run in Keras 3: FILE, Python that builds, trains and checks the
                         same model, and the data and trained weights it reads (FILE's name + _run.json)
Site:
  --force                write into a folder that is not empty (its files the site has are replaced)
Grading:
  --jobs N               submissions graded at once, each in its own thread (default: the cores)
  --json                 print one JSON object {exercise, results: [{file, passed, status, message, metrics}]}
Exit status: train: 0 done, 1 the spec was rejected, 2 usage error (an option, a data set or a file
  of yours), 3 training diverged, 4 the results could not be written;
  grade: 0 every submission passed, 1 any did not, 2 usage error or an invalid exercise;
  site: 0 written, 2 usage error (no folder, a folder not empty), 4 the site could not be written.`;

// CLI flag -> engine option name, so engine messages can name the flag the user typed.
const DATA_FLAGS = { n: 'n', noise: 'noise', 'data-seed': 'seed', 'test-fraction': 'testFraction', classes: 'classes' };
const MODEL_FLAGS = { seed: 'seed' };
const FIT_FLAGS = { epochs: 'epochs', 'batch-size': 'batchSize' };
const OPTIONS = {
  data: { type: 'string' },
  ...Object.fromEntries(
    Object.keys({ ...DATA_FLAGS, ...FIT_FLAGS, ...MODEL_FLAGS }).map((flag) => [flag, { type: 'string' }]),
  ),
  'one-hot': { type: 'boolean' },
  'no-shuffle': { type: 'boolean' },
  jobs: { type: 'string' },
  json: { type: 'boolean' },
  force: { type: 'boolean' },
  weights: { type: 'string' },
  keras: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

class CliError extends Error {
  constructor(message, code) {
    super(message);
    this.exitCode = code;
  }
}
const usage = (message) => new CliError(`${message} (see deep-playground --help)`, 2);
const rejected = (message) => new CliError(message, 1);

// "options.batchSize: 0 must be ..." -> "--batch-size: 0 must be ..."
function flagged(message, flags) {
  const match = /^(?:options\.)?(\w+):/.exec(message);
  const flag = match && Object.keys(flags).find((f) => flags[f] === match[1]);
  return flag ? `--${flag}${message.slice(match[0].length - 1)}` : message;
}

function numbers(values, flags) {
  const out = {};
  for (const [flag, key] of Object.entries(flags)) {
    if (values[flag] === undefined) continue;
    const value = Number(values[flag]);
    if (values[flag].trim() === '' || !Number.isFinite(value))
      throw usage(`--${flag}: '${values[flag]}' is not a number`);
    out[key] = value;
  }
  return out;
}

function readSpec(file) {
  let text;
  try {
    text = readTextFile(file, 'spec file', ENGINE_LIMITS.specText);
  } catch (e) {
    throw usage(e.message);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw rejected(`${file}: not valid JSON (${e.message})`);
  }
}

async function train(file, values) {
  if (!file) throw usage('train: missing the spec file');
  if (!values.data) throw usage('train: --data NAME is required');
  const given = readSpec(file);
  // --seed replaces the spec's seed; a spec that is no object is left for the engine to name.
  const isObject = given !== null && typeof given === 'object' && !Array.isArray(given);
  const spec = isObject ? { ...given, ...numbers(values, MODEL_FLAGS) } : given;
  const dataOptions = { ...numbers(values, DATA_FLAGS), ...(values['one-hot'] ? { oneHot: true } : {}) };
  const fitOptions = { epochs: 100, batchSize: 32, ...numbers(values, FIT_FLAGS), shuffle: !values['no-shuffle'] };
  const outputs = [values.weights, values.keras, values.keras && kerasRunFilePath(values.keras)].filter(Boolean);
  const closed = outputs.map(unwritable).find(Boolean);
  if (closed) throw new CliError(closed, 2);
  const dp = await loadEngine();
  // The data and fit options are the author's (exit 2); the spec may be a student's (exit 1).
  const engine = (call, rename, code = 1) => {
    try {
      return call();
    } catch (e) {
      throw new CliError(rename(e.message), code);
    }
  };
  const data = engine(
    () => dp.dataset(values.data, dataOptions),
    (m) => flagged(m, DATA_FLAGS),
    2,
  );
  const model = engine(
    () => dp.model(spec),
    (m) => prefixed(file === '-' ? 'stdin' : file, m, ['spec']),
  );
  try {
    const fullSpec = model.toSpec();
    const problem = specDataMismatch(fullSpec, data, values.data);
    if (problem) throw rejected(problem);
    const bar = progress(fitOptions.epochs);
    const started = performance.now();
    const fit = () => model.fit(data.train, { ...fitOptions, validation: data.test, onEpoch: bar.onEpoch });
    const history = engine(fit, (m) => flagged(m, FIT_FLAGS).replace(/^data\./, `--data ${values.data}: data.`), 2);
    bar.done();
    const diverged = history.diverged;
    const result = {
      spec: fullSpec,
      data: { name: values.data, ...data.options },
      history,
      train: diverged ? null : model.evaluate(data.train.x, data.train.y),
      test: diverged ? null : model.evaluate(data.test.x, data.test.y),
      seconds: (performance.now() - started) / 1000,
    };
    if (values.json) process.stdout.write(`${toJson(result)}\n`);
    if (diverged) {
      const { epoch, step, lastLoss } = diverged;
      throw new CliError(
        `training diverged in epoch ${epoch + 1}/${fitOptions.epochs} at step ${step}: ${lastLoss === null ? 'no finite loss' : `loss ${lastLoss}`} (try a smaller learning rate)`,
        3,
      );
    }
    if (values.weights)
      writeResult(values.weights, `${JSON.stringify(model.getWeights().map((w) => Array.from(w)))}\n`);
    if (values.keras) writeKerasRun(values.keras, { model, data, fit: fitOptions });
    if (!values.json) console.log(summary({ ...result, epochs: history.loss.length }));
  } finally {
    model.dispose();
  }
}

async function grade([exerciseFile, ...files], values) {
  if (!exerciseFile || files.length === 0) throw usage('grade: give the exercise file and at least one submission');
  const stray = Object.keys(values).find((key) => key !== 'json' && key !== 'jobs');
  if (stray) throw usage(`grade: unexpected option --${stray}`);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) {
    throw usage(`--jobs: '${values.jobs}' must be an integer in 1..64`);
  }
  let exerciseText;
  try {
    exerciseText = readTextFile(exerciseFile, 'exercise file', MAX_EXERCISE_TEXT);
  } catch (e) {
    throw new CliError(e.message, 2);
  }
  let exercise;
  try {
    exercise = readExercise(await loadEngine(), exerciseText);
  } catch (e) {
    throw new CliError(prefixed(exerciseFile, e.message, ['exercise']), 2);
  }
  process.exitCode = await gradeFiles(exercise, exerciseText, files, { json: values.json, jobs });
}

async function datasets(json) {
  const dp = await loadEngine();
  const rows = dp.datasetNames().map((name) => {
    const { inputs, outputs, classes, task } = dp.dataset(name);
    return { name, inputs, outputs, classes, task };
  });
  if (json) return console.log(JSON.stringify(rows));
  for (const r of rows) {
    const kind = r.task === 'regression' ? 'regression' : `${r.task}, ${r.classes} classes`;
    console.log(
      `${r.name.padEnd(11)} ${String(r.inputs).padStart(2)} inputs  ${String(r.outputs).padStart(2)} outputs  ${kind}`,
    );
  }
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    throw usage(e.message.split('. ')[0].replace(/\.$/, ''));
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version) return console.log(JSON.parse(readFileSync(new URL('../package.json', import.meta.url))).version);
  if (values.help) return console.log(HELP);
  if (command === 'train') {
    if (rest.length > 1) throw usage(`train: unexpected argument '${rest[1]}'`);
    return train(rest[0], values);
  }
  if (command === 'grade') return grade(rest, values);
  if (command === 'datasets') {
    const stray = Object.keys(values).find((key) => key !== 'json');
    if (stray || rest.length)
      throw usage(`datasets: unexpected ${stray ? `option --${stray}` : `argument '${rest[0]}'`}`);
    return datasets(values.json);
  }
  if (command === 'site') {
    const stray = Object.keys(values).find((key) => key !== 'force');
    if (stray || rest.length !== 1)
      throw usage(`site: ${stray ? `unexpected option --${stray}` : 'give the one folder to write the site into'}`);
    return console.log(siteSummary(rest[0], writeSite(rest[0], { force: values.force })));
  }
  throw usage(command ? `unknown command '${command}'` : 'missing a command');
}

guardStdout('deep-playground: ');
main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`${prefixed('deep-playground', e.exitCode ? printable(e.message) : e.stack)}\n`);
  process.exitCode = e.exitCode ?? 1;
});
