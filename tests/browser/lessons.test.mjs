// Every lesson page as a learner uses it, from the built site: the text and
// formulas typeset, one click on "Run the experiment" trains in the worker
// and ends with the claim's measured numbers, a question answers back, the
// playground opens with the lesson's experiment, and the lesson index
// remembers what was done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  openSite,
  saveScreenshot,
  seriousAxeViolations,
  TEST_TIMEOUT,
  textWithin,
  visibleText,
} from './browser-session.mjs';

const { LESSONS } = await import('../../web/lessons/catalog.js');
const { loadLesson } = await import('../../web/lessons/index.js');

// Lessons whose page is saved to tests/artifacts/ after its run.
const SCREENSHOTS = new Set([
  'what-is-deep-learning',
  'neural-networks',
  'gd-vs-sgd',
  'dropout',
  'regularization',
  'learning-rate',
]);

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

/** Text of every aria-label on the page, shadow roots included. */
function ariaLabels(page) {
  return page.evaluate(() => {
    const labels = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.hasAttribute('aria-label')) labels.push(el.getAttribute('aria-label'));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return labels.join(' | ');
  });
}

const measured = [];

for (const { id, title } of LESSONS) {
  test(
    `lesson ${id}: one click runs the experiment and shows its claim; a question answers back; the playground opens`,
    { timeout: TEST_TIMEOUT },
    async (t) => {
      const lesson = (await loadLesson(id)).default;
      const { page, errors } = await site.newPage();
      await page.goto(`${site.url}lesson/${id}/`);
      assert.equal(await page.locator('h1').textContent(), title);
      const run = page.getByRole('button', { name: 'Run the experiment' });
      await run.waitFor();

      // Formulas and inline math are typeset, with no KaTeX error and no raw TeX left.
      assert.equal(
        await page.locator('dp-lesson-page section.formulas > dl dp-formula .katex-display').count(),
        lesson.formulas.length,
        'every formula is typeset',
      );
      assert.ok(
        (await page.locator('dp-lesson-page p .katex').count()) > 0 || !JSON.stringify(lesson.sections).includes('$'),
        'inline math is typeset',
      );
      assert.equal(await page.locator('.katex-error').count(), 0, 'no KaTeX errors');

      const clicked = Date.now();
      await run.click();
      const result = page.locator('[data-claim-result]');
      await result.waitFor();
      const wallMs = Date.now() - clicked;
      const engineMs = Number(await result.getAttribute('data-engine-ms'));
      measured.push(`${id}: engine ${engineMs.toFixed(0)} ms, click to claim ${wallMs} ms`);
      t.diagnostic(
        `${id}: the engine ran the experiment in ${engineMs.toFixed(0)} ms; click to measured claim ${wallMs} ms (with the replay)`,
      );
      assert.equal(await result.getAttribute('data-claim-result'), 'holds', await result.textContent());
      assert.ok((await result.locator('li').count()) >= 1, 'the measured numbers are listed');

      const text = await visibleText(page);
      for (const bad of ['undefined', '[object Object]', '$'])
        assert.ok(!text.includes(bad), `the page shows "${bad}"`);
      // The lesson's own text may speak of NaN; the experiment's numbers must not be one.
      const numbers = await textWithin(page.locator('dp-lesson-page .experiment'));
      for (const bad of ['NaN', 'Infinity', '∞']) assert.ok(!numbers.includes(bad), `the experiment shows "${bad}"`);
      const labels = await ariaLabels(page);
      for (const bad of ['NaN', 'undefined'])
        assert.ok(!labels.includes(bad), `an aria-label says "${bad}": ${labels}`);
      assert.deepEqual(await seriousAxeViolations(page), [], 'the page after its run passes axe');
      if (SCREENSHOTS.has(id)) await saveScreenshot(page, `lesson-${id}`);

      // A wrong answer, then the right one, each with its feedback.
      const question = page.locator('dp-lesson-question').first();
      const { answer, choices } = lesson.questions[0];
      const feedback = question.getByRole('status');
      await question
        .locator('.choices button')
        .nth((answer + 1) % choices.length)
        .click();
      assert.match(await feedback.textContent(), /Not quite\./);
      await question.locator('.choices button').nth(answer).click();
      assert.match(await feedback.textContent(), /Correct:/);

      // The playground opens with the lesson's experiment, and takes the link's state.
      await page.getByRole('link', { name: 'Open in the playground' }).click();
      await page.waitForURL(/\/playground\/#/);
      await page.getByRole('button', { name: 'Play' }).waitFor();
      assert.equal(await page.getByText('could not be used').count(), 0, 'the playground accepted the link');
      const state = JSON.parse(decodeURIComponent(new URL(page.url()).hash.slice(1)));
      const expected = lesson.playground ?? lesson.experiment.runs.find((r) => r.kind === 'train');
      assert.equal(state.data.dataset, expected.data.name);
      assert.equal(state.batchSize, expected.fit.batchSize);
      assert.deepEqual(state.spec.optimizer, expected.spec.optimizer);
      assert.deepEqual(errors, []);
      await page.context().close();
    },
  );
}

test('training widgets answer the learner: a neuron explains its sum, the dropout net replays its flicker, the race switches axes', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}lesson/neural-networks/`);
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await page.locator('[data-claim-result]').waitFor();
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
  await page.locator('[data-claim-result]').waitFor();
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
  await page.locator('[data-claim-result]').waitFor();
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
  await page.locator('[data-claim-result]').waitFor();
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
  await page.locator('[data-claim-result]').waitFor();
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

after(() => {
  if (measured.length) console.log(`# lesson experiments in Chromium:\n${measured.map((m) => `#   ${m}`).join('\n')}`);
});
