// When the engine breaks — it aborts mid-training, or its worker hangs — the
// page says what happened in words, starts a fresh worker, keeps the
// learner's settings in the address, and training works again at the next
// press of play. The lesson page recovers the same way: a rerun works. The
// crash is made by the test hook (web/worker/test-hooks.js) that only the
// test build of the site has (build/test-site/); the production build (dist/)
// carries none of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openSite, saveScreenshot, TEST_SITE, TEST_TIMEOUT } from './browser-session.mjs';
import { assertTrains, nextFrameMs, waitForEpoch } from './training-helpers.mjs';
import { lessonRunDone } from './lesson-runs.mjs';

const repoRoot = path.resolve(import.meta.dirname, '../..');
let site;
before(async () => {
  site = await openSite({ root: TEST_SITE });
});
after(async () => {
  await site?.close();
});

const crashWorker = (page, mode) => page.evaluate((m) => window.deepPlaygroundTest.crashWorker(m), mode);

/** A playground on XOR with a third neuron in its second layer, training: settings that are not the defaults. */
async function trainingPlayground() {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}playground/`);
  await page.getByLabel('Exclusive or').check();
  await page.getByRole('button', { name: 'Add a neuron to hidden layer 2' }).click();
  await page.getByText('3 neurons').waitFor();
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForEpoch(page, { min: 30 });
  return { page, errors, hash: await page.evaluate(() => location.hash) };
}

async function assertRecovered(page, hash) {
  await waitForEpoch(page, { equals: 0 });
  assert.equal(await page.evaluate(() => location.hash), hash, 'the settings in the address changed');
  assert.equal(await page.getByLabel('Exclusive or').isChecked(), true);
  await page.getByText('3 neurons').waitFor();
  await nextFrameMs(page); // the page still draws
  await assertTrains(page, 30);
}

test(
  'the engine aborting mid-training is explained, the worker restarts with the same settings, and training resumes',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors, hash } = await trainingPlayground();
    await crashWorker(page, 'abort');
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'The training engine crashed (the engine stopped: Aborted())' });
    await notice.waitFor();
    await notice.getByText('It has been restarted with your settings').waitFor();
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await waitForEpoch(page, { equals: 0 });
    await page.locator('[data-metric="train-loss"]').filter({ hasText: /\d/ }).waitFor();
    await saveScreenshot(page, 'playground-worker-crashed', { fullPage: false });
    await assertRecovered(page, hash);
    assert.deepEqual(errors, []);
  },
);

test(
  'a worker that hangs mid-training is caught by the heartbeat and replaced',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors, hash } = await trainingPlayground();
    await crashWorker(page, 'hang');
    const notice = page
      .getByRole('alert')
      .filter({ hasText: /The training engine crashed \(it stopped answering for \d+ seconds\)/ });
    await notice.waitFor();
    // The page's own measure of the silence: past the 5 s a training worker may be quiet, and well
    // short of the minute allowed to a long single call (the heartbeat caught it, not that limit).
    const silence = Number((await notice.textContent()).match(/answering for (\d+) seconds/)[1]);
    assert.ok(silence >= 5 && silence < 60, `the hang was reported after ${silence} s of silence`);
    await assertRecovered(page, hash);
    assert.deepEqual(errors, []);
  },
);

test('a lesson whose run crashes the engine says so, and the rerun works', { timeout: TEST_TIMEOUT }, async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}lesson/neural-networks/`);
  const run = page.getByRole('button', { name: 'Run the experiment' });
  // The live figure's own first run ends before the hook is set, so that the click's run is the one to crash.
  await page.getByText(/^Drawn for the lesson’s settings: the engine took/).waitFor();
  await crashWorker(page, 'abort'); // the engine aborts in the run's first fit
  await run.click();
  const failed = page.getByText(
    /The experiment failed: The training engine crashed \(the engine stopped: Aborted\(\)\)\. It restarts by itself: try again\./,
  );
  await failed.waitFor();
  await run.click();
  await lessonRunDone(page);
  assert.equal(await failed.count(), 0);
  assert.deepEqual(errors, []);
});

// The names of the hook's two halves: the page's window property and the worker's command.
const HOOK_NAMES = ['deepPlaygroundTest', 'crashForTest'];

/** The files under `folder` (relative to the repository) whose text names one of HOOK_NAMES. */
function filesNamingTheHook(folder) {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(js|html)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => HOOK_NAMES.some((name) => readFileSync(file, 'utf8').includes(name)))
    .map((file) => path.relative(repoRoot, file));
}

test('no file of the production build names the crash hook; the test build has both halves', () => {
  assert.deepEqual(filesNamingTheHook('dist'), []);
  const inTestBuild = filesNamingTheHook(path.relative(repoRoot, TEST_SITE));
  assert.ok(
    inTestBuild.some((file) => file.includes('training-worker')),
    `the test build's worker lacks the hook: ${inTestBuild}`,
  );
  assert.ok(
    inTestBuild.some((file) => !file.includes('training-worker')),
    `the test build's page code lacks the hook: ${inTestBuild}`,
  );
});
