// Grading as a course author does it: the CLI over a folder of good, weak,
// malformed, invalid, over-limit, diverging, slow, missing and engine-aborting
// submissions in one run each, its exit statuses and messages; the same grader
// through the package's grade(); and exercise files checked field by field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadEngine, grade } from '../../bindings/index.js';
import { limitProblem } from '../../grader/network-size.js';
import { readExercise } from '../../grader/exercise.js';
import { gradeSubmission } from '../../grader/grade.js';
import { outputAccuracy } from '../../grader/accuracy.js';

const cli = new URL('../../cli/deep-playground.js', import.meta.url).pathname;
const fixtures = new URL('../fixtures/grading/', import.meta.url).pathname;
const exerciseFile = `${fixtures}exercise.json`;
const exercise = JSON.parse(readFileSync(exerciseFile, 'utf8'));
const submission = (name) => JSON.parse(readFileSync(`${fixtures}submissions/${name}.json`, 'utf8'));
const dp = await loadEngine();

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: fixtures }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test('grade: one run grades every kind of submission and exits 1', async (t) => {
  const names = [
    'good',
    'too-small',
    'malformed',
    'invalid',
    'three-layers',
    'too-wide',
    'diverging',
    'slow',
    'missing',
  ];
  const { code, stdout } = await run([
    'grade',
    'exercise.json',
    ...names.map((n) => `submissions/${n}.json`),
    '--json',
    '--jobs',
    '2',
  ]);
  const report = JSON.parse(stdout);
  for (const r of report.results) t.diagnostic(`${r.status.padEnd(8)} ${r.file}: ${r.message}`);
  assert.equal(code, 1);
  assert.equal(report.exercise, 'small-spiral');
  const byName = Object.fromEntries(report.results.map((r) => [r.file.replace(/^submissions\/|\.json$/g, ''), r]));
  assert.deepEqual(
    report.results.map((r) => r.file),
    names.map((n) => `submissions/${n}.json`),
    'in the order given',
  );
  const expect = {
    good: ['pass', /^test accuracy 0\.9\d\d \(min over seeds 1, 2, 3\) >= 0\.900$/],
    'too-small': ['fail', /^test accuracy 0\.\d+ \(min over seeds 1, 2, 3\) is below 0\.900$/],
    malformed: ['rejected', /^spec: not valid JSON$/],
    invalid: ['rejected', /^layers\[0\]\.activation: 'sigmoidd' is not one of relu, /],
    'three-layers': ['rejected', /^layers: 3 hidden layers, the limit is 2$/],
    'too-wide': ['rejected', /^layers\[0\]\.units: 4096 hidden units, the limit is 2048$/],
    diverging: ['diverged', /^training diverged at epoch \d+ \(seed 1\)$/],
    slow: ['timeout', /^timed out after 10 s/],
    missing: ['error', /^cannot read submission submissions\/missing\.json: no such file$/],
  };
  for (const [name, [status, message]] of Object.entries(expect)) {
    assert.equal(byName[name].status, status, name);
    assert.match(byName[name].message, message, name);
    assert.equal(byName[name].passed, status === 'pass', name);
  }
  assert.deepEqual(
    byName.good.metrics.seeds.map((s) => s.seed),
    [1, 2, 3],
  );
  assert.equal(byName.good.metrics.value, Math.min(...byName.good.metrics.seeds.map((s) => s.accuracy)));
  for (const name of ['malformed', 'invalid', 'three-layers', 'too-wide', 'slow'])
    assert.equal(byName[name].metrics, null);
});

test('grade: a line per submission, PASS or FAIL and why; exit 0 when all pass', async () => {
  const { code, stdout } = await run([
    'grade',
    'exercise.json',
    'submissions/good.json',
    'submissions/three-layers.json',
  ]);
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n');
  assert.match(lines[0], /^PASS {2}submissions\/good\.json {2}test accuracy/);
  assert.equal(lines[1], 'FAIL  submissions/three-layers.json  rejected: layers: 3 hidden layers, the limit is 2');
  assert.equal((await run(['grade', 'exercise.json', 'submissions/good.json'])).code, 0);
});

test('grade: an engine that aborts on one submission fails only that one', async () => {
  const { code, stdout } = await run([
    'grade',
    'big-batch/exercise.json',
    'big-batch/too-big.json',
    'big-batch/small.json',
    '--json',
  ]);
  const [tooBig, small] = JSON.parse(stdout).results;
  assert.equal(code, 1);
  assert.equal(tooBig.status, 'error');
  assert.match(tooBig.message, /^the engine failed: /);
  assert.equal(small.status, 'pass');
});

test('grade: an invalid exercise or a usage error exits 2 and names the problem', async (t) => {
  const cases = [
    [['grade', 'exercise.json'], /give the exercise file and at least one submission/],
    [['grade', 'nope.json', 'submissions/good.json'], /cannot read exercise file nope\.json: no such file/],
    [
      ['grade', 'submissions/good.json', 'submissions/good.json'],
      /submissions\/good\.json: exercise\.inputs: is not a field; the fields are id, title, /,
    ],
    [['grade', 'exercise.json', 'submissions/good.json', '--jobs', '0'], /--jobs: '0' must be an integer in 1\.\.64/],
    [['grade', 'exercise.json', 'submissions/good.json', '--epochs', '3'], /grade: unexpected option --epochs/],
  ];
  for (const [args, message] of cases) {
    const { code, stderr } = await run(args);
    t.diagnostic(stderr.trim());
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, message);
  }
});

test('an exercise file is checked field by field', async () => {
  const broken = (change) => ({ ...structuredClone(exercise), ...change });
  const cases = [
    [broken({ id: 'Small Spiral' }), /^id: "Small Spiral" must be lower-case letters, digits and dashes$/],
    [broken({ data: { name: 'spirall' } }), /^data\.name: "spirall" is not one of circle, xor, /],
    [broken({ data: { name: 'spiral', n: 3 } }), /^data\.n: 3 must be an integer in 4\.\.100000$/],
    [
      broken({ data: { name: 'plane' }, goal: { metric: 'accuracy', atLeast: 0.9 } }),
      /^goal\.metric: accuracy needs a classification data set/,
    ],
    [broken({ fit: { epochs: 0 } }), /^fit\.epochs: 0 must be an integer in 1\.\.1000000$/],
    [broken({ limits: { maxSeconds: -1 } }), /^limits\.maxSeconds: -1 must be a number in 0\.001\.\.3600$/],
    [broken({ limits: { maxHiddenUnits: 1.5 } }), /^limits\.maxHiddenUnits: 1\.5 must be an integer/],
    [
      broken({ goal: { metric: 'accuracy', atLeast: 0.9, atMost: 0.95 } }),
      /^goal: give exactly one of atLeast and atMost$/,
    ],
    [broken({ goal: { metric: 'accuracy', atLeast: 1.5 } }), /^goal\.atLeast: 1\.5 must be a number in 0\.\.1$/],
    [
      broken({ goal: { metric: 'accuracy', atLeast: 0.9, seeds: [] } }),
      /^goal\.seeds: an array of 0 must be an array of 1 to 10 items$/,
    ],
    [
      broken({ goal: { metric: 'accuracy', atLeast: 0.9, aggregate: 'median' } }),
      /^goal\.aggregate: "median" is not one of min, mean, max$/,
    ],
    [broken({ title: 'x'.repeat(5000) }), /^title: "x{40}…" must be a text of 1 to 200 characters$/],
    [
      broken({
        start: { inputs: 3, layers: [{ type: 'dense', units: 1, activation: 'sigmoid' }], loss: 'binary_crossentropy' },
      }),
      /^start: spec\.inputs is 3 but spiral has 2 inputs$/,
    ],
    [broken({ start: { inputs: 2, layers: [], loss: 'mse' } }), /^start\.layers: /],
    [broken({ free: ['layers', 'colour'] }), /^free\[1\]: "colour" is not one of layers, units, /],
    [broken({ hint: 7 }), /^hint: 7 must be a text of 1 to 1000 characters$/],
    ['{"id":', /^exercise: not valid JSON$/],
    [' '.repeat(100_001), /^exercise: 100001 characters, more than the 100000 allowed$/],
  ];
  for (const [bad, message] of cases) await assert.rejects(grade(bad, submission('good')), { message });
});

test('grade(): the exercise seeds replace the submission own, so no seed can be shopped for', async () => {
  const a = await grade(exercise, { ...submission('good'), seed: 1 });
  const b = await grade(JSON.stringify(exercise), `\uFEFF${JSON.stringify({ ...submission('good'), seed: 12345 })}`);
  assert.equal(a.status, 'pass');
  assert.deepEqual(a.metrics, b.metrics);
});

test('grade(): rejected, diverged and timed-out submissions leave the engine memory where it was', async () => {
  const quick = { ...exercise, limits: { ...exercise.limits, maxSeconds: 0.001 } };
  await grade(quick, submission('good')); // warm up the engine's data set and model paths
  const before = dp.memory().usedBytes;
  const statuses = [];
  for (const name of ['three-layers', 'invalid', 'diverging'])
    statuses.push((await grade(exercise, submission(name))).status);
  statuses.push((await grade(quick, submission('good'))).status);
  assert.deepEqual(statuses, ['rejected', 'rejected', 'diverged', 'timeout']);
  assert.equal(dp.memory().usedBytes, before);
});

test('gradeSubmission() tells each epoch of each seed as it trains, and hands over each trained model', () => {
  const short = readExercise(dp, {
    ...exercise,
    fit: { ...exercise.fit, epochs: 3 },
    goal: { ...exercise.goal, seeds: [4, 5] },
  });
  const epochs = [];
  const trained = [];
  const result = gradeSubmission(dp, short, submission('good'), {
    onEpoch: (progress) => epochs.push(progress),
    onTrained: (model, seed) =>
      trained.push([seed, model.evaluate(short.data.set.test.x, short.data.set.test.y).accuracy]),
  });
  const told = (seedIndex, seed) => [1, 2, 3].map((epoch) => ({ seed, seedIndex, epoch, epochs: 3 }));
  assert.deepEqual(epochs, [...told(0, 4), ...told(1, 5)]);
  assert.deepEqual(
    trained,
    result.metrics.seeds.map((s) => [s.seed, s.accuracy]),
  );
});

test('a classifier trained on mse or mae is scored as the engine scores the same weights under cross-entropy', () => {
  const cases = [
    {
      data: dp.dataset('circle', { n: 100, seed: 1 }),
      loss: 'mse',
      output: 'sigmoid',
      scoredAs: 'binary_crossentropy',
    },
    {
      data: dp.dataset('blobs', { n: 100, seed: 1, oneHot: true }),
      loss: 'mae',
      output: 'softmax',
      scoredAs: 'categorical_crossentropy',
    },
  ];
  for (const { data, loss, output, scoredAs } of cases) {
    const spec = (lossName) => ({
      inputs: 2,
      layers: [
        { type: 'dense', units: 4, activation: 'tanh' },
        { type: 'dense', units: data.outputs, activation: output },
      ],
      loss: lossName,
      optimizer: { type: 'adam', learningRate: 0.03 },
    });
    const trained = dp.model(spec(loss));
    const scorer = dp.model(spec(scoredAs));
    trained.fit(data.train, { epochs: 5 });
    scorer.setWeights(trained.getWeights());
    const accuracy = outputAccuracy(trained.predict(data.test.x), data.test.y, data.outputs);
    assert.equal(trained.evaluate(data.test.x, data.test.y).accuracy, undefined);
    assert.ok(Math.abs(accuracy - scorer.evaluate(data.test.x, data.test.y).accuracy) < 1e-6, `${loss}: ${accuracy}`);
    trained.dispose();
    scorer.dispose();
  }
});

test('limits count hidden units and layers across dense layers only, and weights with biases', () => {
  const spec = {
    inputs: 2,
    layers: [
      { type: 'dense', units: 8 },
      { type: 'dropout', rate: 0.5 },
      { type: 'dense', units: 4 },
      { type: 'dense', units: 1 },
    ],
  };
  const none = { maxHiddenUnits: Infinity, maxHiddenLayers: Infinity, maxParams: Infinity };
  // (2*8 + 8) + (8*4 + 4) + (4*1 + 1) = 65
  assert.equal(limitProblem(spec, { ...none, maxParams: 65 }), '');
  assert.equal(limitProblem(spec, { ...none, maxParams: 64 }), 'layers: 65 weights and biases, the limit is 64');
  assert.equal(limitProblem(spec, { ...none, maxHiddenUnits: 11 }), 'layers: 12 hidden units, the limit is 11');
  assert.equal(limitProblem(spec, { ...none, maxHiddenLayers: 1 }), 'layers: 2 hidden layers, the limit is 1');
});

test('dp.fitOptions() fills in the engine defaults and names a bad field', () => {
  assert.deepEqual(dp.fitOptions({}), { epochs: 1, batchSize: 32, shuffle: true });
  assert.deepEqual(dp.fitOptions({ epochs: 300, batchSize: 16, shuffle: false }), {
    epochs: 300,
    batchSize: 16,
    shuffle: false,
  });
  assert.throws(() => dp.fitOptions({ epochs: 2.5 }), {
    message: /^options\.epochs: 2\.5 must be an integer in 1\.\.1000000$/,
  });
  assert.throws(() => dp.fitOptions({ validation: {} }), { message: /^options\.validation: / });
});
