// The playground's exports reproduce its run: the spec file keeps the
// features and batch size (and loads back), and "Download Keras" gives a
// script that compiles and the run file it reads beside it, holding exactly
// the rows trained on, whose input columns the script computes as the page did.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openSite, TEST_TIMEOUT } from './browser-session.mjs';
import { waitForEpoch } from './training-helpers.mjs';
import { loadEngine } from '../../bindings/index.js';
import { defaultState } from '../../web/domain/playground-state.js';
import { withBatchSize, withFeatures } from '../../web/domain/state-edits.js';
import { stateToHash } from '../../web/domain/url-hash.js';
import { buildTrainingData } from '../../web/worker/training-data.js';
import { float32Flat, pyCompile, readBack } from '../node/keras_python.mjs';

const FEATURES = ['x1Squared', 'x2Squared', 'sinX1'];
const STATE = withBatchSize(withFeatures(defaultState(), FEATURES), 5);

let site;
let dir;
before(async () => {
  site = await openSite();
  dir = await mkdtemp(path.join(os.tmpdir(), 'deep-playground-export-'));
});
after(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Clicks `button` and saves what it downloads (`count` files) in `dir`; resolves to their paths by name. */
async function download(page, button, count = 1) {
  const downloads = [];
  let allArrived;
  const arrived = new Promise((resolve) => (allArrived = resolve));
  const onDownload = (file) => downloads.push(file) === count && allArrived();
  page.on('download', onDownload);
  await page.getByRole('button', { name: button }).click();
  await arrived;
  page.off('download', onDownload);
  const saved = {};
  for (const file of downloads) {
    saved[file.suggestedFilename()] = path.join(dir, file.suggestedFilename());
    await file.saveAs(saved[file.suggestedFilename()]);
  }
  return saved;
}

test(
  'the spec and Keras downloads carry the features, batch size, data and trained weights',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}playground/${stateToHash(STATE)}`);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForEpoch(page, { min: 3 });
    await page.getByRole('button', { name: 'Pause' }).click();

    const specs = await download(page, 'Download spec (JSON)');
    const specFile = JSON.parse(await readFile(specs['deep-playground-spec.json'], 'utf8'));
    assert.deepEqual(specFile.features, FEATURES);
    assert.equal(specFile.batchSize, 5);
    assert.equal(specFile.spec.inputs, FEATURES.length);

    const keras = await download(page, 'Download Keras (Python)', 2);
    const script = keras['deep_playground_model.py'];
    await pyCompile(script);
    const source = await readFile(script, 'utf8');
    const epochs = Number(/epochs=(\d+), batch_size=5, shuffle=True,/.exec(source)?.[1]);
    assert.ok(epochs >= 3, 'fit with the epochs trained, the batch size, shuffled');
    const { run, columns } = await readBack(script, keras['deep_playground_run.json']);
    const trained = buildTrainingData(await loadEngine(), STATE);
    for (const split of ['train', 'test']) {
      assert.deepEqual(float32Flat(columns[split]), trained[split].x, `${split}: the feature columns trained on`);
      assert.deepEqual(float32Flat(run[split].y), trained[split].y, `${split}: the labels trained on`);
    }
    assert.equal(run.weights[0].kernel.length, FEATURES.length, 'the trained weights, one kernel row per feature');

    // The spec file loads back into a playground with other settings: its features and batch size come with it.
    await page.goto(`${site.url}playground/`);
    await page.getByLabel('Load a spec from a file').setInputFiles(specs['deep-playground-spec.json']);
    await page.getByText('Spec loaded.').waitFor();
    const again = await download(page, 'Download spec (JSON)');
    const reloaded = JSON.parse(await readFile(again['deep-playground-spec.json'], 'utf8'));
    assert.deepEqual([reloaded.features, reloaded.batchSize, reloaded.spec], [FEATURES, 5, specFile.spec]);
    assert.deepEqual(errors, []);
  },
);
