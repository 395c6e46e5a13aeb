// The playground's state edits and worker session, headless: choosing digits
// widens the hidden layers that would squeeze its 64 pixels, and a weight
// set by hand reaches the model, shows in the next snapshot and is what
// training goes on from; a bad weight edit is refused naming the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';
import { defaultState } from '../../web/domain/playground-state.js';
import { withData } from '../../web/domain/state-edits.js';
import { hiddenLayers } from '../../web/domain/network-spec.js';
import { TrainingSession } from '../../web/worker/training-session.js';

const units = (state) => hiddenLayers(state.spec).map((layer) => layer.units);

test('digits widen hidden layers narrower than 16 neurons; other data sets keep the network', () => {
  const digits = withData(defaultState(), { dataset: 'digits' });
  assert.deepEqual(units(defaultState()), [4, 2]);
  assert.deepEqual(units(digits), [16, 16]);
  assert.deepEqual(units(withData(defaultState(), { dataset: 'iris' })), [4, 2]);
  assert.deepEqual(units(withData(digits, { dataset: 'spiral' })), [16, 16]);
  assert.equal(digits.spec.inputs, 64);
});

test('a weight set by hand shows in the next snapshot, and training goes on from it', async () => {
  const dp = await loadEngine();
  const posted = [];
  const session = new TrainingSession(dp, (message) => posted.push(message));
  session.configure(defaultState());
  const lastSnapshot = () => posted.findLast((message) => message.type === 'snapshot');
  const before = lastSnapshot();

  session.setWeight(1, 3, 2.5);
  const after = lastSnapshot();
  assert.notEqual(after, before);
  assert.equal(after.weights[2][3], 2.5);
  assert.equal(after.epoch, 0);
  assert.notDeepEqual(after.boundary, before.boundary);

  session.step();
  const trained = lastSnapshot();
  assert.equal(trained.epoch, 1);
  assert.ok(Math.abs(trained.weights[2][3] - 2.5) < 0.5, `the weight went from 2.5 to ${trained.weights[2][3]}`);
  assert.ok(trained.weights[2][3] !== 2.5, 'training did not move the weight');

  assert.throws(() => session.setWeight(3, 0, 1), /setWeight: layer must be 0 to 2, not 3/);
  assert.throws(() => session.setWeight(0, 8, 1), /setWeight: index must be an integer from 0 to 7, not 8/);
  assert.throws(() => session.setWeight(0, 0, NaN), /setWeight: value must be a finite number, not NaN/);
  session.dispose();
});
