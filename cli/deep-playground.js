#!/usr/bin/env node
// cli/: the command line, an entry of its own on top of the JS API (bindings/).
// deep-playground: train a JSON model spec on a built-in data set, headless —
// how course authors check an exercise. Argument parsing and calls to the
// public API only; every rule about specs, data and training is the engine's.
// Exit codes: 0 ok, 1 the engine rejected the spec or data, 2 usage, 3 diverged.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadEngine } from '../bindings/index.js';
import { toJson } from '../bindings/arrays.js';
import { progress, summary } from './progress.js';

const HELP = `Usage:
  deep-playground train SPEC.json --data NAME [options]   train a model spec (SPEC "-" reads stdin)
  deep-playground datasets [--json]                      list the data sets
  deep-playground --version | --help

Data (the held-out test split is the validation data):
  --data NAME            data set (see \`deep-playground datasets\`), required
  --n N                  points before the split          --noise X      0..1
  --seed N               data seed                        --classes K    spiral 2..5, blobs 3..5
  --test-fraction F      share held out for testing       --one-hot      one-hot labels (multi-class)
Training:
  --epochs N             default 100                      --batch-size N default 32
  --no-shuffle           keep the data order
Output:
  --json                 print one JSON object {spec, data, history, train, test, seconds}
  --weights FILE         write the trained weights (kernel, bias per dense layer) as JSON arrays
  --keras FILE           write Python that builds the same model in Keras 3
Exit status: 0 done, 1 spec or data rejected, 2 usage error, 3 training diverged.`;

// CLI flag -> engine option name, so engine messages can name the flag the user typed.
const DATA_FLAGS = { n: 'n', noise: 'noise', seed: 'seed', 'test-fraction': 'testFraction', classes: 'classes' };
const FIT_FLAGS = { epochs: 'epochs', 'batch-size': 'batchSize' };
const OPTIONS = {
  data: { type: 'string' },
  ...Object.fromEntries(Object.keys({ ...DATA_FLAGS, ...FIT_FLAGS }).map((flag) => [flag, { type: 'string' }])),
  'one-hot': { type: 'boolean' },
  'no-shuffle': { type: 'boolean' },
  json: { type: 'boolean' },
  weights: { type: 'string' },
  keras: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

class CliError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
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
    if (values[flag].trim() === '' || !Number.isFinite(value)) throw usage(`--${flag}: '${values[flag]}' is not a number`);
    out[key] = value;
  }
  return out;
}

function readSpec(file) {
  let text;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw usage(`cannot read spec file ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw rejected(`${file}: not valid JSON (${e.message})`);
  }
}

// The engine checks the numbers it is given; only here are the data set's name and options known.
function mismatch(spec, data, name) {
  if (spec.inputs !== data.inputs) return `spec.inputs is ${spec.inputs} but ${name} has ${data.inputs} inputs`;
  const last = spec.layers.length - 1;
  const units = spec.layers[last].units;
  const sparse = spec.loss === 'sparse_categorical_crossentropy' || spec.loss === 'nll';
  if (units !== data.outputs && !(data.task === 'binary' && units === 2 && sparse)) {
    const hint = data.task === 'binary' ? ' (binary: 1 unit, or 2 with sparse_categorical_crossentropy)' : '';
    return `spec.layers[${last}].units is ${units} but ${name} has ${data.outputs} output${data.outputs === 1 ? '' : 's'}${hint}`;
  }
  if (spec.loss === 'categorical_crossentropy' && data.labelWidth !== units) {
    return `categorical_crossentropy needs one-hot labels: add --one-hot (or use sparse_categorical_crossentropy)`;
  }
  if (sparse && data.labelWidth > 1) return `${spec.loss} takes integer class ids: drop --one-hot`;
  return '';
}

async function train(file, values) {
  if (!file) throw usage('train: missing the spec file');
  if (!values.data) throw usage('train: --data NAME is required');
  const spec = readSpec(file);
  const dataOptions = { ...numbers(values, DATA_FLAGS), ...(values['one-hot'] ? { oneHot: true } : {}) };
  const fitOptions = { epochs: 100, batchSize: 32, ...numbers(values, FIT_FLAGS), shuffle: !values['no-shuffle'] };
  const dp = await loadEngine();
  const engine = (call, rename) => {
    try {
      return call();
    } catch (e) {
      throw rejected(rename(e.message));
    }
  };
  const data = engine(() => dp.dataset(values.data, dataOptions), (m) => flagged(m, DATA_FLAGS));
  const model = engine(() => dp.model(spec), (m) => `${file === '-' ? 'spec' : file}: ${m}`);
  try {
    const fullSpec = model.toSpec();
    const problem = mismatch(fullSpec, data, values.data);
    if (problem) throw rejected(problem);
    const bar = progress(fitOptions.epochs);
    const started = performance.now();
    const fit = () => model.fit(data.train, { ...fitOptions, validation: data.test, onEpoch: bar.onEpoch });
    const history = engine(fit, (m) => flagged(m, FIT_FLAGS).replace(/^data\./, `--data ${values.data}: data.`));
    bar.done();
    const diverged = history.diverged;
    const result = {
      spec: fullSpec,
      data: { name: values.data, ...dataOptions },
      history,
      train: diverged ? null : model.evaluate(data.train.x, data.train.y),
      test: diverged ? null : model.evaluate(data.test.x, data.test.y),
      seconds: (performance.now() - started) / 1000,
    };
    if (values.json) process.stdout.write(`${toJson(result)}\n`);
    if (diverged) {
      const { epoch, step, lastLoss } = diverged;
      throw new CliError(`training diverged in epoch ${epoch + 1}/${fitOptions.epochs} at step ${step}: loss ${lastLoss} (try a smaller learning rate)`, 3);
    }
    if (values.weights) writeFileSync(values.weights, `${JSON.stringify(model.getWeights().map((w) => Array.from(w)))}\n`);
    if (values.keras) writeFileSync(values.keras, model.toKeras());
    if (!values.json) console.log(summary({ ...result, epochs: history.loss.length }));
  } finally {
    model.dispose();
  }
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
    console.log(`${r.name.padEnd(11)} ${String(r.inputs).padStart(2)} inputs  ${String(r.outputs).padStart(2)} outputs  ${kind}`);
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
  if (command === 'datasets') {
    const stray = Object.keys(values).find((key) => key !== 'json');
    if (stray || rest.length) throw usage(`datasets: unexpected ${stray ? `option --${stray}` : `argument '${rest[0]}'`}`);
    return datasets(values.json);
  }
  throw usage(command ? `unknown command '${command}'` : 'missing a command');
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`deep-playground: ${e instanceof CliError ? e.message : e.stack}\n`);
  process.exitCode = e instanceof CliError ? e.code : 1;
});
