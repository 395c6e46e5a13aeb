// Grading one submission — a model spec — against a read exercise
// (readExercise): checked against the limits before anything trains, then
// trained once per goal seed (the seeds replace the submission's own), scored
// on the goal's split, and the seeds' scores combined.
import { outputAccuracy } from './accuracy.js';
import { limitProblem } from './network-size.js';
import { specDataMismatch } from './spec-data-match.js';

/** What a result's status can be. */
export const STATUSES = ['pass', 'fail', 'rejected', 'diverged', 'timeout', 'error'];

const AGGREGATES = {
  min: (values) => Math.min(...values),
  max: (values) => Math.max(...values),
  mean: (values) => values.reduce((sum, v) => sum + v, 0) / values.length,
};

/**
 * { passed, status, message, metrics } for `spec` (an object or JSON text).
 * metrics, once it trained: { metric, split, aggregate, value, seeds: [{ seed, loss, accuracy?, epochs }] }.
 * `now` (ms) lets a caller measure limits.maxSeconds on its own clock;
 * onEpoch({ seed, seedIndex, epoch, epochs }) hears each epoch trained (a
 * page shows progress with it); onTrained(model, seed) gets each seed's
 * trained model before it is disposed (a page draws what it learned).
 */
export function gradeSubmission(
  dp,
  exercise,
  spec,
  { now = () => performance.now(), onEpoch = () => {}, onTrained = () => {} } = {},
) {
  const deadline = now() + exercise.limits.maxSeconds * 1000;
  const result = (status, message, metrics = null) => ({ passed: status === 'pass', status, message, metrics });
  let model;
  try {
    const seeds = exercise.goal.seeds;
    model = dp.model(withSeed(spec, seeds[0]));
    const full = model.toSpec();
    const problem =
      limitProblem(full, exercise.limits) || specDataMismatch(full, exercise.data.set, exercise.data.name);
    if (problem) return result('rejected', problem);
    const scores = [];
    for (const [seedIndex, seed] of seeds.entries()) {
      if (seedIndex > 0) {
        model.dispose();
        model = dp.model({ ...full, seed });
      }
      const heard = (epoch) => onEpoch({ seed, seedIndex, epoch: epoch + 1, epochs: exercise.fit.epochs });
      const trained = train(model, exercise, deadline, now, heard);
      if (trained.diverged)
        return result('diverged', `training diverged at epoch ${trained.diverged.epoch + 1} (seed ${seed})`);
      if (trained.timedOut) {
        return result(
          'timeout',
          `timed out after ${exercise.limits.maxSeconds} s (seed ${seed}, epoch ${trained.epochs} of ${exercise.fit.epochs})`,
        );
      }
      onTrained(model, seed);
      scores.push({ seed, ...evaluate(model, exercise), epochs: trained.epochs });
    }
    return judge(exercise.goal, scores, result);
  } catch (e) {
    // A spec the engine refuses is the learner's; anything else (an abort, a trap) is the engine's.
    return model === undefined && !(e instanceof WebAssembly.RuntimeError)
      ? result('rejected', e.message)
      : result('error', `the engine failed: ${e.message.replace(/\. Build with .*$/, '')}`);
  } finally {
    model?.dispose();
  }
}

function withSeed(spec, seed) {
  const parsed = typeof spec === 'string' ? parseSpecText(spec) : spec;
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? { ...parsed, seed } : parsed;
}

function parseSpecText(text) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('spec: not valid JSON');
  }
}

// Trains for the exercise's epochs, or until the deadline passes between two epochs; heard(epoch) after each.
function train(model, exercise, deadline, now, heard) {
  const onEpoch = (epoch) => {
    heard(epoch);
    return now() <= deadline;
  };
  const history = model.fit(exercise.data.set.train, { ...exercise.fit, onEpoch });
  const epochs = history.loss.length;
  return { diverged: history.diverged, timedOut: !history.diverged && epochs < exercise.fit.epochs, epochs };
}

// { loss, accuracy? } on the goal's split; accuracy on a classification set even when the loss keeps none.
function evaluate(model, exercise) {
  const split = exercise.data.set[exercise.goal.split];
  const scores = model.evaluate(split.x, split.y);
  if (scores.accuracy !== undefined || exercise.data.set.task === 'regression') return scores;
  return { ...scores, accuracy: outputAccuracy(model.predict(split.x), split.y, exercise.data.set.outputs) };
}

function judge(goal, scores, result) {
  const value = AGGREGATES[goal.aggregate](scores.map((score) => score[goal.metric]));
  const passed = goal.bound === 'atLeast' ? value >= goal.threshold : value <= goal.threshold;
  const seeds =
    goal.seeds.length === 1 ? `seed ${goal.seeds[0]}` : `${goal.aggregate} over seeds ${goal.seeds.join(', ')}`;
  const relation = { atLeast: passed ? '>=' : 'is below', atMost: passed ? '<=' : 'is above' }[goal.bound];
  const message = `${goal.split} ${goal.metric} ${format(goal.metric, value)} (${seeds}) ${relation} ${format(goal.metric, goal.threshold)}`;
  const metrics = { metric: goal.metric, split: goal.split, aggregate: goal.aggregate, value, seeds: scores };
  return result(passed ? 'pass' : 'fail', message, metrics);
}

const format = (metric, value) => (metric === 'accuracy' ? value.toFixed(3) : value.toPrecision(3));
