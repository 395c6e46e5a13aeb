// The playground as a learner first sees it: the output in view beside the
// network on a laptop and right under Play on a phone, a deep network that
// fits its panel, neurons that preview their output on the big plot, weights
// that can be read and set, digits neurons drawn as their weight images, and
// a loss chart that starts over on Reset.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, saveScreenshot, seriousAxeViolations } from './browser-session.mjs';
import { waitForEpoch } from './training-helpers.mjs';

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

const LAPTOPS = [
  { width: 1366, height: 657 },
  { width: 1280, height: 800 },
];

/** Opens the playground at `viewport` and waits for its first picture of the network's output. */
async function openPlayground(viewport) {
  const { page, errors } = await site.newPage(viewport);
  await page.goto(`${site.url}playground/`);
  await page.locator('[data-metric="test-loss"]').filter({ hasText: /\d/ }).waitFor();
  return { page, errors };
}

/** The decision-boundary plot's pixels, as a data URL. */
const plotPicture = (page) => page.locator('dp-boundary-plot canvas').evaluate((canvas) => canvas.toDataURL());

/** Waits until the plot's pixels equal `picture` (same: true) or differ from it (same: false). */
function waitForPlot(page, picture, same) {
  return page.locator('dp-boundary-plot').evaluate(
    (plot, [picture, same]) =>
      new Promise((resolve) => {
        const check = () => {
          const now = plot.shadowRoot.querySelector('canvas').toDataURL();
          if ((now === picture) === same) resolve();
          else requestAnimationFrame(check);
        };
        check();
      }),
    [picture, same],
  );
}

const inViewport = (box, { width, height }) =>
  box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;

for (const viewport of LAPTOPS) {
  test(`at ${viewport.width}x${viewport.height} the data, the network and the whole output plot are in view after load`, async () => {
    const { page, errors } = await openPlayground(viewport);
    const plot = await page.locator('dp-boundary-plot canvas').boundingBox();
    assert.ok(inViewport(plot, viewport), `the output plot lies at ${JSON.stringify(plot)}`);
    for (const panel of ['section.data', 'section.network']) {
      const box = await page.locator(panel).boundingBox();
      assert.ok(
        box.y + 100 < viewport.height && box.x + box.width <= viewport.width,
        `${panel} at ${JSON.stringify(box)}`,
      );
    }
    await saveScreenshot(page, `playground-${viewport.width}x${viewport.height}`, { fullPage: false });
    assert.deepEqual(errors, []);
  });
}

test('on a 390x844 phone the output comes right under Play and nothing scrolls sideways', async () => {
  const viewport = { width: 390, height: 844 };
  const { page, errors } = await openPlayground(viewport);
  const runBar = await page.locator('dp-run-bar').boundingBox();
  const output = await page.locator('section.output').boundingBox();
  const gap = output.y - (runBar.y + runBar.height);
  assert.ok(gap >= 0 && gap <= 16, `the output starts ${gap} px below the run bar`);
  assert.ok(inViewport(await page.locator('dp-boundary-plot canvas').boundingBox(), viewport));
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), viewport.width);
  await saveScreenshot(page, 'playground-phone', { fullPage: false });
  assert.deepEqual(errors, []);
});

test('hovering or focusing a neuron shows its output on the plot and its weights; leaving restores the output', async () => {
  const { page, errors } = await openPlayground({ width: 1366, height: 657 });
  const output = await plotPicture(page);
  const neuron = page.getByRole('img', { name: 'neuron 2 of hidden layer 1', exact: true });

  await neuron.hover();
  await waitForPlot(page, output, false);
  const inspected = page.locator('dp-network-view .inspected');
  await inspected.getByRole('heading', { name: 'neuron 2 of hidden layer 1' }).waitFor();
  assert.match(await inspected.textContent(), /x1\s+−?\d[\s\S]*x2\s+−?\d[\s\S]*bias b/);
  await page.mouse.move(1, 1);
  await waitForPlot(page, output, true);

  await neuron.focus();
  await waitForPlot(page, output, false);
  assert.match(await page.locator('dp-output-panel .previewing').textContent(), /neuron 2 of hidden layer 1/);
  await page.getByRole('button', { name: 'Play' }).focus();
  await waitForPlot(page, output, true);
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
});

test('a weight shows its value, and a new value typed in redraws the boundary while paused; training goes on from it', async () => {
  const { page, errors } = await openPlayground({ width: 1366, height: 657 });
  const output = await plotPicture(page);
  const weight = page.getByRole('button', { name: 'weight from x1 to neuron 2 of hidden layer 1', exact: true });
  await weight.focus();
  assert.match(await page.locator('dp-network-handles .value').textContent(), /w = −?\d/);
  await page.keyboard.press('Enter');
  const box = page.getByRole('spinbutton', { name: 'New value of the weight from x1 to neuron 2 of hidden layer 1' });
  await box.fill('4');
  await box.press('Enter');
  await waitForPlot(page, output, false);
  assert.match(await page.locator('dp-network-handles .value').textContent(), /w = 4\b/);
  await saveScreenshot(page, 'playground-weight-set', { fullPage: false });
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await waitForEpoch(page, { equals: 1 });
  assert.deepEqual(errors, []);
});

test('eight hidden layers fit the network panel: the output neuron is in view, nothing scrolls sideways', async () => {
  const viewport = { width: 1366, height: 657 };
  const { page, errors } = await openPlayground(viewport);
  for (let layers = 3; layers <= 8; layers++) {
    await page.getByRole('button', { name: 'Add a hidden layer' }).click();
    await page.getByText(`${layers} hidden layers`).waitFor();
  }
  const panel = await page.locator('section.network').boundingBox();
  const neuron = await page.getByRole('img', { name: 'output neuron', exact: true }).boundingBox();
  assert.ok(neuron.x + neuron.width <= panel.x + panel.width, `output neuron at ${JSON.stringify(neuron)}`);
  assert.ok(inViewport(neuron, viewport), `output neuron at ${JSON.stringify(neuron)}`);
  const overflow = await page
    .locator('dp-network-view')
    .evaluate((view) => view.scrollWidth - view.clientWidth + document.documentElement.scrollWidth - innerWidth);
  assert.equal(overflow, 0);
  await saveScreenshot(page.locator('section.network'), 'playground-8-layers');
  assert.deepEqual(errors, []);
});

test('digits start with 16 neurons per hidden layer, say why, and draw a first-layer neuron as its weight image', async () => {
  const { page, errors } = await openPlayground({ width: 1366, height: 657 });
  await page.getByLabel('Handwritten digits').check();
  await page.getByText('hidden layers start with at least 16 neurons').waitFor();
  assert.match(await page.locator('dp-network-view canvas').getAttribute('aria-label'), /hidden layers of 16, 16/);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await waitForEpoch(page, { equals: 1 });
  // Distinct colours inside the first hidden neuron's square: one for a blank square, many for an image.
  const colours = await page.locator('dp-network-view').evaluate((view) => {
    const canvas = view.shadowRoot.querySelector('canvas');
    const square = view.shadowRoot
      .querySelector('dp-network-handles')
      .shadowRoot.querySelector('[aria-label="neuron 1 of hidden layer 1"]')
      .getBoundingClientRect();
    const frame = canvas.getBoundingClientRect();
    const ratio = canvas.width / frame.width;
    const [x, y, size] = [square.left - frame.left + 2, square.top - frame.top + 2, square.width - 4].map((v) =>
      Math.round(v * ratio),
    );
    const pixels = canvas.getContext('2d').getImageData(x, y, size, size).data;
    const seen = new Set();
    for (let i = 0; i < pixels.length; i += 4) seen.add(pixels.slice(i, i + 3).join());
    return seen.size;
  });
  assert.ok(colours > 8, `the first hidden neuron shows ${colours} colours`);
  assert.deepEqual(errors, []);
});

test('after Reset the loss chart starts over, as on a fresh page', async () => {
  const { page, errors } = await openPlayground({ width: 1366, height: 900 });
  const chart = page.locator('dp-loss-chart canvas');
  // Drawn once it is sized (sizeCanvas sets its height).
  const fresh = await chart.evaluate(
    (canvas) =>
      new Promise((resolve) => {
        const check = () => (canvas.style.height ? resolve(canvas.toDataURL()) : requestAnimationFrame(check));
        check();
      }),
  );
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForEpoch(page, { min: 40 });
  assert.notEqual(await chart.evaluate((canvas) => canvas.toDataURL()), fresh);
  await page.getByRole('button', { name: 'Reset' }).click();
  await waitForEpoch(page, { equals: 0 });
  await page.getByRole('button', { name: 'Play' }).waitFor();
  await chart.evaluate(
    (canvas, fresh) =>
      new Promise((resolve) => {
        const check = () => (canvas.toDataURL() === fresh ? resolve() : requestAnimationFrame(check));
        check();
      }),
    fresh,
  );
  assert.deepEqual(errors, []);
});

test('the guide links each idea to its lesson, and a thing to try trains at once', async () => {
  const { page, errors } = await openPlayground({ width: 1366, height: 657 });
  const guide = page.locator('dp-playground-guide');
  const lessons = await guide.getByRole('link').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
  assert.ok(lessons.length >= 6);
  for (const path of lessons) assert.match(path, /\/lesson\/[a-z-]+\/$/);
  await guide.getByRole('button', { name: 'Solve the circle without hidden layers' }).click();
  await page.getByText('0 hidden layers').waitFor();
  await waitForEpoch(page, { min: 5 });
  assert.equal(await page.getByRole('button', { name: 'Feature X₁²' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Pause' }).click();
  assert.deepEqual(errors, []);
});
