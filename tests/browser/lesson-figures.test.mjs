// Lessons with a live figure, each checked by tests/browser/lesson-figure-checks.mjs,
// and every lesson page on a 390 px phone:
// no sideways scroll, display formulas scrolling inside their own box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, TEST_TIMEOUT } from './browser-session.mjs';
import { testLiveFigure } from './lesson-figure-checks.mjs';

const { LESSONS } = await import('../../web/lessons/catalog.js');

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

// Every lesson that declares a live figure is checked: converting one needs no change here.
const { LESSON_IDS, loadLesson } = await import('../../web/lessons/index.js');
const figureLessons = [];
for (const id of LESSON_IDS) if ((await loadLesson(id)).default.figure) figureLessons.push(id);
for (const id of figureLessons) testLiveFigure(() => site, id);

test('no lesson page scrolls sideways on a 390 px phone', { timeout: TEST_TIMEOUT }, async () => {
  const { page, errors } = await site.newPage({ width: 390, height: 844 });
  for (const { id } of LESSONS) {
    await page.goto(`${site.url}lesson/${id}/`);
    await page.locator('dp-lesson-page section.formulas dp-formula .katex-display').first().waitFor();
    const [scrollWidth, innerWidth] = await page.evaluate(() => [
      document.scrollingElement.scrollWidth,
      window.innerWidth,
    ]);
    assert.ok(scrollWidth <= innerWidth, `${id}: the page is ${scrollWidth} px wide at ${innerWidth} px`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});
