// The checks every lesson with a live figure (web/lessons/figure.js) must
// pass in Chromium, as one test per lesson: testLiveFigure(site, id). At
// 1280x800 the figure is drawn on the first screen before any click and its
// knobs stay within its box; moving one of its knobs redraws it without
// pressing Run; a Try-this button sets the knobs and shows its notice; at
// 390x844 the figure starts within the first screen and a half and the page
// does not scroll sideways; nothing is logged as an error. Screenshots of
// both first screens go to tests/artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, saveScreenshot } from './browser-session.mjs';

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

/** Registers the Chromium test of lesson `id`'s live figure; `site()` gives the open site (openSite()). */
export function testLiveFigure(site, id) {
  test(
    `lesson ${id}: its live figure is drawn on the first screen, answers its knobs and Try-this buttons, and fits a phone`,
    { timeout: TEST_TIMEOUT },
    async () => {
      const { page, errors, figure, canvas } = await openFigure(site(), id, DESKTOP);
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

      // One knob moves (a keyboard step on the first slider): the figure redraws with no Run pressed.
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
      assert.deepEqual(errors, []);
      await page.context().close();

      const phone = await openFigure(site(), id, PHONE);
      const phoneBox = await phone.canvas.boundingBox();
      assert.ok(phoneBox.y < 1.5 * PHONE.height, `on a phone the figure starts within 1.5 screens: top ${phoneBox.y}`);
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
