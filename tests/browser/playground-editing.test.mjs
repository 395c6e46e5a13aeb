// The playground edited as a learner would: drawing points of their own,
// loading and exporting specs, and the whole page at a phone's width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openSite, saveScreenshot, seriousAxeViolations, TEST_TIMEOUT } from './browser-session.mjs';
import { boundaryColorAt, metric, waitForEpoch } from './training-helpers.mjs';

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

test(
  'drawn points become training data; a click on the plot adds one of the chosen class',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}playground/`);
    await page.getByLabel('Draw your own').check();
    await page.getByText('There are no points yet').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Play' }).isDisabled(), true);
    const plot = page.locator('dp-boundary-plot .frame');
    const clicks = [
      [0, 0.2, 0.2],
      [0, 0.3, 0.25],
      [0, 0.25, 0.35],
      [1, 0.8, 0.8],
      [1, 0.7, 0.75],
      [1, 0.75, 0.65],
    ];
    for (const [label, x, y] of clicks) {
      await page.getByLabel(`class ${label}`, { exact: true }).check();
      const box = await plot.boundingBox();
      await page.mouse.click(box.x + x * box.width, box.y + y * box.height);
    }
    await page.getByRole('button', { name: 'Clear drawn points (6)' }).waitFor();
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForEpoch(page, { min: 100 });
    await page.getByRole('button', { name: 'Pause' }).click();
    assert.equal(await metric(page, 'train-accuracy'), '100.0%');
    const [r0, , b0] = await boundaryColorAt(page, 0.1, 0.1);
    const [r1, , b1] = await boundaryColorAt(page, 0.9, 0.9);
    assert.ok(
      r0 > b0 && b1 > r1,
      `the class 0 corner should be orange and the class 1 corner blue: ${[r0, b0]} ${[r1, b1]}`,
    );
    await saveScreenshot(page, 'playground-drawn');
    assert.deepEqual(errors, []);
  },
);

test(
  'specs: a bad one shows the engine message, a good one reshapes the network; exports download',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage();
    await page.goto(`${site.url}playground/`);
    const paste = async (spec) => {
      await page.getByRole('textbox', { name: '…or paste one' }).fill(JSON.stringify(spec));
      await page.getByRole('button', { name: 'Load pasted spec' }).click();
    };
    const layers = (activation) => [
      { type: 'dense', units: 5, activation },
      { type: 'dropout', rate: 0.25 },
      { type: 'dense', units: 3, activation },
      { type: 'dense', units: 3, activation: 'relu' },
      { type: 'dense', units: 1, activation: 'sigmoid' },
    ];
    await paste({ inputs: 2, layers: layers('swish'), loss: 'binary_crossentropy' });
    await page
      .locator('dp-spec-io')
      .getByRole('alert')
      .getByText(/activation/)
      .waitFor();
    await page.getByText('2 hidden layers').waitFor();

    await paste({
      inputs: 2,
      layers: layers('elu'),
      loss: 'binary_crossentropy',
      optimizer: { type: 'rmsprop', learningRate: 0.01 },
    });
    await page.getByText('Spec loaded.').waitFor();
    await page.getByText('3 hidden layers').waitFor();
    assert.equal(await page.getByRole('combobox', { name: 'Optimizer', exact: true }).inputValue(), 'RMSprop');

    // A spec file, with a byte-order mark, is read and the file input is cleared for the next one.
    const fileInput = page.getByLabel('Load a spec from a file');
    const file = { inputs: 2, layers: layers('tanh').slice(2), loss: 'binary_crossentropy' };
    await fileInput.setInputFiles({
      name: 'two.json',
      mimeType: 'application/json',
      buffer: Buffer.from(`\uFEFF${JSON.stringify(file)}`),
    });
    await page.getByText('2 hidden layers').waitFor();
    assert.equal(await fileInput.inputValue(), '');
    await paste({
      inputs: 2,
      layers: layers('elu'),
      loss: 'binary_crossentropy',
      optimizer: { type: 'rmsprop', learningRate: 0.01 },
    });
    await page.getByText('3 hidden layers').waitFor();

    const download = async (name) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      return readFile(await file.path(), 'utf8');
    };
    const { spec } = JSON.parse(await download('Download spec (JSON)'));
    assert.equal(spec.layers.length, 5);
    assert.equal(spec.optimizer.type, 'rmsprop');
    const weights = JSON.parse(await download('Download weights (JSON)'));
    assert.deepEqual(
      weights.layers.map((layer) => [layer.kernel.length, layer.kernel[0].length, layer.bias.length]),
      [
        [2, 5, 5],
        [5, 3, 3],
        [3, 3, 3],
        [3, 1, 1],
      ],
    );
    assert.match(await download('Download Keras (Python)'), /keras/);
    assert.deepEqual(errors, []);
  },
);

test(
  'at 375 px wide the playground fits, works from the keyboard and passes axe',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage({ width: 375, height: 812 });
    await page.goto(`${site.url}playground/`);
    await page.getByRole('button', { name: 'Play', disabled: false }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
    // Tab from the top of the page to the play button and press it.
    const focusedName = () =>
      page.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        return element?.getAttribute('aria-label') ?? element?.textContent.trim();
      });
    const tabbedPast = [];
    while (tabbedPast.length < 10 && (tabbedPast.at(-1) ?? '') !== 'Play') {
      await page.keyboard.press('Tab');
      tabbedPast.push(await focusedName());
    }
    assert.equal(tabbedPast.at(-1), 'Play', `tabbed through ${JSON.stringify(tabbedPast)}`);
    await page.keyboard.press('Enter');
    await waitForEpoch(page, { min: 20 });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    assert.deepEqual(await seriousAxeViolations(page), []);
    await saveScreenshot(page, 'playground-375px');
    assert.deepEqual(errors, []);
  },
);
