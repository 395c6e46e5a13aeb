// onEpoch runs in the middle of fit(): training the same model from there is
// refused (it would move the running fit onto other data), and dispose()
// from there ends the fit cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../../bindings/index.js';

const dp = await loadEngine();
const data = dp.dataset('circle', { n: 200, noise: 0.1, seed: 1 });
const spec = {
  inputs: 2,
  layers: [
    { type: 'dense', units: 6, activation: 'tanh' },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.05 },
  seed: 7,
};
const options = { epochs: 4, batchSize: 10, validation: data.test };
const tenRows = { x: data.train.x.subarray(0, 20), y: data.train.y.subarray(0, 10) };
const RUNNING = /fit\(\) is running \(called from its onEpoch\); train it after that fit ends/;

function plainHistory() {
  const model = dp.model(spec);
  const history = model.fit(data.train, options);
  model.dispose();
  return history;
}

for (const [call, inner] of [
  ['fit', (model) => model.fit(tenRows, { epochs: 50 })],
  ['fit with bad data', (model) => model.fit({ x: [1, 2, 3], y: [1] })],
  ['trainBatch', (model) => model.trainBatch(tenRows.x, tenRows.y)],
]) {
  test(`${call} inside onEpoch of the same model is refused and the outer fit trains on as if alone`, () => {
    const expected = plainHistory();
    const model = dp.model(spec);
    const refusals = [];
    const onEpoch = () => {
      assert.throws(
        () => inner(model),
        (error) => {
          refusals.push(error.message);
          return error instanceof Error && RUNNING.test(error.message);
        },
      );
    };
    assert.deepEqual(model.fit(data.train, { ...options, onEpoch }), expected);
    assert.equal(refusals.length, options.epochs);
    assert.ok(refusals[0].startsWith(call.split(' ')[0] + ':'), refusals[0]);
    // once the fit is over, the model trains again
    assert.equal(model.fit(tenRows, { epochs: 1 }).loss.length, 1);
    model.dispose();
  });
}

test('another model trains inside onEpoch', () => {
  const expected = plainHistory();
  const model = dp.model(spec),
    other = dp.model(spec);
  const history = model.fit(data.train, { ...options, onEpoch: () => void other.fit(tenRows, { epochs: 2 }) });
  assert.deepEqual(history, expected);
  model.dispose();
  other.dispose();
});

test('dispose() inside onEpoch ends the fit with the epochs so far and frees the model', () => {
  const before = dp.memory().usedBytes;
  const model = dp.model(spec);
  const onEpoch = (epoch) => {
    if (epoch === 1) model.dispose();
  };
  const history = model.fit(data.train, { ...options, onEpoch });
  assert.equal(history.loss.length, 2);
  assert.equal(history.valLoss.length, 2);
  assert.ok(model.disposed);
  assert.throws(() => model.predict([0, 0]), /^Error: model: used after dispose\(\)$/);
  assert.equal(dp.memory().usedBytes, before);
});

test('an onEpoch that throws ends the fit with its error and leaves the model trainable', () => {
  const model = dp.model(spec);
  const boom = new Error('boom');
  assert.throws(
    () =>
      model.fit(data.train, {
        ...options,
        onEpoch: () => {
          throw boom;
        },
      }),
    (error) => error === boom,
  );
  assert.equal(model.fit(tenRows, { epochs: 1 }).loss.length, 1);
  model.dispose();
});
