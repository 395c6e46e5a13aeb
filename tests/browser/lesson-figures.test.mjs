// Every lesson's live figure, checked by tests/browser/lesson-figure-checks.mjs,
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

// Every lesson opens on a live figure: each is checked, a new one needs no change here.
for (const { id } of LESSONS) testLiveFigure(() => site, id);

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
