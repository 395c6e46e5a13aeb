// The lessons' own widgets as a learner uses them, from the built site (each
// lesson page as a whole: tests/browser/lesson-figures.test.mjs): the neuron
// inspector, the dropout replay, the race, the activation switch, and the
// lesson index that remembers what was done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, saveScreenshot, seriousAxeViolations } from './browser-session.mjs';
import { lessonRunDone } from './lesson-runs.mjs';

const { loadLesson } = await import('../../web/lessons/index.js');

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

test('training widgets answer the learner: a neuron explains its sum, the dropout net replays its flicker, the race switches axes', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}lesson/neural-networks/`);
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await lessonRunDone(page);
  const inspector = page.locator('dp-neuron-inspector');
  // Off the page: focus scrolls the figure back up, and a neuron scrolled under a resting pointer is hovered.
  await page.mouse.move(0, 0);
  await inspector.getByRole('button', { name: 'neuron 3 of hidden layer 1' }).focus();
  await inspector.getByRole('heading', { name: 'neuron 3 of hidden layer 1' }).waitFor();
  assert.match(await inspector.locator('.detail').textContent(), /Weighted sum\s+z = [−\d]/);
  await inspector.getByRole('button', { name: 'Output neuron' }).hover();
  await inspector.getByRole('heading', { name: 'Output neuron' }).waitFor();
  assert.match(await inspector.locator('.detail').textContent(), /a = sigmoid\(z\) = /);

  await page.goto(`${site.url}lesson/dropout/`);
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await lessonRunDone(page);
  const dropout = page.locator('dp-dropout-network');
  assert.match(await dropout.locator('.status').textContent(), /dropout is off/);
  await dropout.getByRole('button', { name: 'Replay the training' }).click();
  // The replay's frames: each epoch's step, with the units its mask dropped.
  await dropout
    .locator('.status')
    .filter({ hasText: /Epoch \d+ of 100 — in this step layer 1: \d+ of 32 dropped/ })
    .waitFor();

  await page.goto(`${site.url}lesson/gd-vs-sgd/`);
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await lessonRunDone(page);
  const race = page.locator('dp-race');
  assert.deepEqual(
    await race.locator('tbody tr td:nth-child(3)').allTextContents(),
    ['1', '7', '200'],
    'updates per pass',
  );
  await race.getByRole('button', { name: 'updates' }).click();
  assert.equal(await race.getByRole('button', { name: 'updates' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
});

test("the activation switch retrains a live net in the worker while the page's experiment runs: linear stays a line, relu and tanh enclose the circle", async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}lesson/activations/`);
  const widget = page.locator('dp-activation-switch');
  const status = widget.locator('p.status');
  const { epochs } = (await loadLesson('activations')).default.experiment.runs[0].fit;
  const accuracyAfter = async (activation) => {
    await widget.getByRole('button', { name: activation, exact: true }).click();
    assert.equal(
      await widget.getByRole('button', { name: activation, exact: true }).getAttribute('aria-pressed'),
      'true',
    );
    // The switch's own run of this activation, to its end.
    await status.getByText(new RegExp(`^${activation} after ${epochs} epochs`)).waitFor();
    assert.match(
      await widget.locator('.net').textContent(),
      new RegExp(`2 inputs → 6 ${activation} → 6 ${activation} → 1 sigmoid`),
    );
    return Number((await status.locator('.readout').first().textContent()).replace('%', '')) / 100;
  };

  // The page's experiment and the switch's run in flight at once, each getting its own frames.
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  const linear = await accuracyAfter('linear');
  await widget.scrollIntoViewIfNeeded();
  await saveScreenshot(widget, 'lesson-activations-switch-linear');
  await lessonRunDone(page);
  assert.equal(await page.locator('[data-claim-result]').getAttribute('data-claim-result'), 'holds');
  const relu = await accuracyAfter('relu');
  await saveScreenshot(widget, 'lesson-activations-switch-relu');
  const tanh = await accuracyAfter('tanh');
  assert.ok(linear < 0.7, `linear ${linear}`);
  assert.ok(relu > 0.9 && tanh > 0.9, `relu ${relu}, tanh ${tanh}`);
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
});

test('the lesson index remembers lessons visited, run and answered, and passes axe', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}lesson/momentum/`);
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await lessonRunDone(page);
  const lesson = (await loadLesson('momentum')).default;
  await page.locator('dp-lesson-question').first().locator('.choices button').nth(lesson.questions[0].answer).click();
  await page.getByRole('link', { name: 'Next →' }).click();
  assert.equal(await page.locator('h1').textContent(), 'Dropout');
  await page.getByRole('link', { name: 'Lessons', exact: true }).click();
  await page.getByText('You have opened 2 of 14 lessons').waitFor();
  const marks = (lessonTitle) =>
    page
      .locator('dp-home-page li', { has: page.getByRole('link', { name: lessonTitle, exact: true }) })
      .locator('.marks li.done');
  assert.deepEqual(await marks('Momentum').allTextContents(), ['✓ read', '✓ experiment run', '✓ question answered']);
  assert.deepEqual(await marks('Dropout').allTextContents(), ['✓ read']);
  assert.equal(await marks('Optimizers').count(), 0);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await saveScreenshot(page, 'home-progress');
  assert.deepEqual(errors, []);
});
