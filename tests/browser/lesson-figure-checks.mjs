// What every lesson page must do in Chromium, as one test per lesson:
// testLesson(site, id). At 1280x800 its live figure (web/lessons/figure.js)
// is drawn on the first screen before any click, with its claim measured and
// its knobs within its box; text and formulas are typeset; "Run the
// experiment" replays the training and the claim holds on the defaults,
// with no NaN, undefined or raw TeX shown and no serious axe violation; a
// question answers back; moving a knob redraws the figure without Run; a
// Try-this button sets the knobs and shows its notice; "Open in the
// playground" opens the lesson's experiment there. At 390x844 the figure
// starts within the first screen and a half and the page does not scroll
// sideways once its formulas are typeset. Nothing is logged as an error.
// Screenshots of both first screens go to tests/artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, saveScreenshot, seriousAxeViolations, textWithin, visibleText } from './browser-session.mjs';
import { lessonRunDone } from './lesson-runs.mjs';

const { findLesson } = await import('../../web/lessons/catalog.js');
const { loadLesson } = await import('../../web/lessons/index.js');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** The figure's first canvas: its pixels as a data URL and how many distinct colours it has. */
function canvasState(canvas) {
  return canvas.evaluate((element) => {
    const { data } = element.getContext('2d').getImageData(0, 0, element.width, element.height);
    const colours = new Set();
    for (let i = 0; i < data.length; i += 16) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    return { url: element.toDataURL(), colours: colours.size };
  });
}

/** The values the figure's knobs show, in order (sliders by their position, selects by their choice, checkboxes on/off). */
function knobValues(figure) {
  return figure.evaluate((element) =>
    [...element.shadowRoot.querySelectorAll('.knobs input, .knobs select')].map((input) =>
      input.type === 'checkbox' ? String(input.checked) : input.value,
    ),
  );
}

/** The knobs that reach past the right edge of the figure's box: "<label>: right edge R px, the figure's F px". */
function knobsPastFigure(figure) {
  return figure.evaluate((element) => {
    const edge = element.getBoundingClientRect().right;
    return [...element.shadowRoot.querySelectorAll('.knobs input, .knobs select')]
      .filter((input) => input.getBoundingClientRect().right > edge + 0.5)
      .map(
        (input) => `${input.ariaLabel}: right edge ${input.getBoundingClientRect().right} px, the figure's ${edge} px`,
      );
  });
}

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

// Waits until the figure shows the run of the values its knobs are set to.
const drawn = (figure) => figure.getByText('Drawn for these settings.').waitFor();

/** Opens lesson `id` at `viewport`: { page, errors, figure, canvas } once the figure is drawn. */
async function openFigure(site, id, viewport) {
  const { page, errors } = await site.newPage(viewport);
  await page.goto(`${site.url}lesson/${id}/`);
  const figure = page.locator('dp-lesson-figure');
  await drawn(figure);
  const canvas = figure.locator('canvas').first();
  await page.waitForFunction((element) => element.width > 0, await canvas.elementHandle());
  return { page, errors, figure, canvas };
}

/** Formulas and inline math typeset, with no KaTeX error and no raw TeX left. */
async function assertTypeset(page, lesson) {
  // KaTeX loads after the page: the last formula typeset, then all of them are.
  const formulas = page.locator('dp-lesson-page section.formulas > dl dp-formula .katex-display');
  await formulas.nth(lesson.formulas.length - 1).waitFor();
  assert.equal(await formulas.count(), lesson.formulas.length, 'every formula is typeset');
  if (JSON.stringify(lesson.sections).includes('$')) await page.locator('dp-lesson-page p .katex').first().waitFor();
  assert.equal(await page.locator('.katex-error').count(), 0, 'no KaTeX errors');
}

/** "Run the experiment" on the defaults: the claim holds, its numbers are shown, nothing reads NaN or undefined. */
async function assertClaimRuns(page, id, t) {
  const clicked = Date.now();
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await lessonRunDone(page);
  const result = page.locator('[data-claim-result]');
  const engineMs = Number(await result.getAttribute('data-engine-ms'));
  t.diagnostic(
    `${id}: the engine ran the experiment in ${engineMs.toFixed(0)} ms; click to measured claim ${Date.now() - clicked} ms (with the replay)`,
  );
  assert.equal(await result.getAttribute('data-claim-result'), 'holds', await result.textContent());
  assert.ok((await result.locator('li').count()) >= 1, 'the measured numbers are listed');

  const text = await visibleText(page);
  for (const bad of ['undefined', '[object Object]', '$']) assert.ok(!text.includes(bad), `the page shows "${bad}"`);
  // The lesson's own text may speak of NaN; the experiment's numbers must not be one.
  const numbers = await textWithin(page.locator('dp-lesson-page .experiment'));
  for (const bad of ['NaN', 'Infinity', '∞']) assert.ok(!numbers.includes(bad), `the experiment shows "${bad}"`);
  const labels = await ariaLabels(page);
  for (const bad of ['NaN', 'undefined']) assert.ok(!labels.includes(bad), `an aria-label says "${bad}": ${labels}`);
  assert.deepEqual(await seriousAxeViolations(page), [], 'the page after its run passes axe');
}

/** A wrong answer to the first question, then the right one, each with its feedback. */
async function assertQuestionAnswers(page, lesson) {
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
}

/** Moving one knob (a keyboard step on the first slider) redraws the figure; a Try-this button sets the knobs. */
async function assertKnobsAnswer(page, figure, canvas, before) {
  const knobs = await knobValues(figure);
  await figure.locator('.knobs input[type="range"]').first().press('ArrowRight');
  assert.notDeepEqual(await knobValues(figure), knobs, 'the slider moved');
  await page.waitForFunction(
    ([element, url]) => element.toDataURL() !== url,
    [await canvas.elementHandle(), before.url],
  );
  await drawn(figure);

  // A Try-this button sets the knobs it names, and says what to notice once the figure shows it.
  const moved = await knobValues(figure);
  await figure.locator('button.try').first().click();
  await figure.locator('.notice strong').waitFor();
  assert.notDeepEqual(await knobValues(figure), moved, 'the Try-this button set the knobs');
}

/** "Open in the playground" opens the lesson's experiment there, and the playground takes the link's state. */
async function assertPlaygroundOpens(page, lesson) {
  await page.getByRole('link', { name: 'Open in the playground' }).click();
  await page.waitForURL(/\/playground\/#/);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  assert.equal(await page.getByText('could not be used').count(), 0, 'the playground accepted the link');
  const state = JSON.parse(decodeURIComponent(new URL(page.url()).hash.slice(1)));
  const expected = lesson.playground ?? lesson.experiment.runs.find((r) => r.kind === 'train');
  assert.equal(state.data.dataset, expected.data.name);
  assert.equal(state.batchSize, expected.fit.batchSize);
  assert.deepEqual(state.spec.optimizer, expected.spec.optimizer);
}

/** Registers the Chromium test of lesson `id`'s page; `site()` gives the open site (openSite()). */
export function testLesson(site, id) {
  test(
    `lesson ${id}: its figure is drawn first and answers its knobs, its claim holds, a question answers back, the playground opens, a phone fits it`,
    { timeout: TEST_TIMEOUT },
    async (t) => {
      const lesson = (await loadLesson(id)).default;
      const { page, errors, figure, canvas } = await openFigure(site(), id, DESKTOP);
      assert.equal(await page.locator('h1').textContent(), findLesson(id).title);
      const box = await canvas.boundingBox();
      assert.ok(
        box.y < DESKTOP.height && box.y + box.height > 0,
        `the figure starts on the first screen: top ${box.y}`,
      );
      const before = await canvasState(canvas);
      assert.ok(before.colours > 10, `the figure is drawn before any click: ${before.colours} colours`);
      assert.equal(await page.locator('[data-claim-result]').count(), 1, 'the claim is measured without a click');
      assert.deepEqual(await knobsPastFigure(figure), [], 'every knob stays within the figure');
      await saveScreenshot(page, `lesson-figure-${id}-desktop`, { fullPage: false });

      await assertTypeset(page, lesson);
      await assertClaimRuns(page, id, t);
      await assertQuestionAnswers(page, lesson);
      await assertKnobsAnswer(page, figure, canvas, await canvasState(canvas));
      await assertPlaygroundOpens(page, lesson);
      assert.deepEqual(errors, []);
      await page.context().close();

      const phone = await openFigure(site(), id, PHONE);
      const phoneBox = await phone.canvas.boundingBox();
      assert.ok(phoneBox.y < 1.5 * PHONE.height, `on a phone the figure starts within 1.5 screens: top ${phoneBox.y}`);
      await assertTypeset(phone.page, lesson);
      const [scrollWidth, innerWidth] = await phone.page.evaluate(() => [
        document.scrollingElement.scrollWidth,
        window.innerWidth,
      ]);
      assert.ok(scrollWidth <= innerWidth, `no sideways scroll at 390 px: the page is ${scrollWidth} px wide`);
      await saveScreenshot(phone.page, `lesson-figure-${id}-phone`, { fullPage: false });
      assert.deepEqual(phone.errors, []);
      await phone.page.context().close();
    },
  );
}
