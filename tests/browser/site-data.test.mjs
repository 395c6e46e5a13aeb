// The playground's data chooser and the site around it, as a visitor meets
// them: data sets picked by their thumbnails (mouse and keyboard), the number
// of points set and carried by a link (a lesson's too), a CSV file of one's
// own (trained on, or its problems named by line and column), the dark theme
// and its remembered switch, and the 404 page a static host serves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openSite, saveScreenshot, seriousAxeViolations, TEST_SITE } from './browser-session.mjs';
import { boundarySample, differing, metric, waitForEpoch } from './training-helpers.mjs';

const csv = (name) => fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url));
const hashState = (page) => JSON.parse(decodeURIComponent(new URL(page.url()).hash.slice(1)));
const waitForHash = (page, predicate) =>
  page.waitForFunction(
    (source) => new Function('state', `return ${source}`)(JSON.parse(decodeURIComponent(location.hash.slice(1)))),
    predicate,
  );

let site;
before(async () => {
  site = await openSite({ root: TEST_SITE });
});
after(async () => {
  await site?.close();
});

test('the data sets are thumbnails of their points, picked by click and by the arrow keys', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}playground/`);
  const chooser = page.getByRole('group', { name: 'Which data set?' });
  const radios = chooser.getByRole('radio');
  assert.deepEqual(await radios.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('aria-label'))), [
    'Circle',
    'Exclusive or',
    'Two Gaussians',
    'Spiral',
    'Blobs',
    'Draw your own',
    'Iris flowers',
    'Handwritten digits',
  ]);
  // Each thumbnail is drawn: its canvas holds more than one colour once the worker's previews arrive.
  await page.waitForFunction(() => {
    const chooser = document
      .querySelector('dp-app')
      .shadowRoot.querySelector('dp-playground-page')
      .shadowRoot.querySelector('dp-data-panel')
      .shadowRoot.querySelector('dp-dataset-chooser');
    const canvas = chooser.shadowRoot.querySelector('canvas[data-name="spiral"]');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    return new Set(Array.from({ length: pixels.length / 4 }, (_, i) => pixels[4 * i])).size > 3;
  });

  await chooser.getByTitle('Spiral').click();
  await waitForHash(page, 'state.data.dataset === "spiral"');
  assert.equal(await page.getByLabel('Spiral').isChecked(), true);
  await page.getByLabel('Spiral').focus();
  await page.keyboard.press('ArrowRight');
  await waitForHash(page, 'state.data.dataset === "blobs"');
  assert.equal(await page.getByLabel('Blobs').isChecked(), true);
  assert.equal(hashState(page).data.classes, 3);
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
});

test('the number of points and the epoch to stop at are set, kept in the link and honoured by it', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}playground/`);
  const points = page.getByLabel('Points (training and test)');
  await points.fill('40');
  await points.press('Enter');
  await waitForHash(page, 'state.data.points === 40');
  await page.getByText('Training data: 50% (20 points)').waitFor();
  const stop = page.getByLabel('Stop at epoch');
  await stop.fill('5');
  await stop.press('Enter');
  await waitForHash(page, 'state.stopAtEpoch === 5');

  const { page: copy } = await site.newPage();
  await copy.goto(page.url());
  await copy.getByText('Training data: 50% (20 points)').waitFor();
  assert.equal(await copy.getByLabel('Points (training and test)').inputValue(), '40');
  await copy.getByRole('button', { name: 'Play' }).click();
  await waitForEpoch(copy, { min: 5 });
  await copy.getByRole('button', { name: 'Play' }).waitFor();
  assert.equal(await copy.locator('dp-run-bar output').textContent(), '5', 'training paused by itself at epoch 5');

  // A lesson's link keeps its data: dropout's 40 training points among n, its noise and its epochs.
  const { data, fit } = (await import('../../web/lessons/dropout.js')).default.playground;
  const { n, noise, testFraction } = data.options;
  const trainPoints = Math.round(n * (1 - testFraction));
  await page.goto(`${site.url}lesson/dropout/`);
  await page.getByRole('link', { name: 'Open in the playground' }).click();
  await page.getByText(`Training data: ${Math.round((100 * trainPoints) / n)}% (${trainPoints} points)`).waitFor();
  assert.equal(trainPoints, 40);
  assert.equal(await page.getByLabel('Points (training and test)').inputValue(), String(n));
  assert.equal(await page.getByLabel('Stop at epoch').inputValue(), String(fit.epochs));
  assert.equal(hashState(page).data.noise, noise * 100);
  assert.deepEqual(errors, []);
});

test('a CSV file with three features is drawn on two of them, its points spread across the plot', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}playground/`);
  await page.getByText('Bring your own data (CSV)').click();
  await page.getByLabel('CSV file').setInputFiles(csv('three-features.csv'));
  await page.getByRole('button', { name: 'Train on this data' }).click();
  await page.getByText(/Training on three-features\.csv: 60 rows, 3 features, classification into 2 classes/).waitFor();
  // The last two features first; the file's values are scaled to −1…1, so the dots reach the plot's edges.
  const plot = page.getByRole('img', { name: /Test data by b and c/ });
  await plot.waitFor();
  const spread = await plot.evaluate((canvas) => {
    const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let [left, right] = [width, 0];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const [r, g, b, a] = data.slice(4 * (y * width + x), 4 * (y * width + x) + 4);
        // A class colour: opaque and far from grey (the axes are grey).
        if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 80)
          [left, right] = [Math.min(left, x), Math.max(right, x)];
      }
    return (right - left) / width;
  });
  assert.ok(spread > 0.7, `the dots span ${(100 * spread).toFixed(0)}% of the plot's width`);
  assert.deepEqual(errors, []);
});

test('a CSV file of the learner’s own trains like a built-in set; a bad one is named by line and column', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}playground/`);
  await page.getByText('Bring your own data (CSV)').click();
  const file = page.getByLabel('CSV file');

  await file.setInputFiles(csv('bad.csv'));
  const alert = page.getByRole('alert').filter({ hasText: 'bad.csv cannot be trained on' });
  await alert.getByText('line 4, column 2 (“width_cm”): “tall” is not a number').waitFor();
  await alert.getByText('line 5, column 3 (“kind”): the label is empty').waitFor();

  await file.setInputFiles(csv('rings.csv'));
  await alert.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Train on this data' }).click();
  await page.getByText(/Training on rings\.csv: 80 rows, 2 features, classification into 2 classes/).waitFor();
  await waitForHash(page, 'state.data.dataset === "local" && state.data.local.file === "rings.csv"');
  assert.equal(await page.getByLabel('Your data (CSV)').isChecked(), true);
  assert.equal(JSON.stringify(hashState(page)).includes('9.31'), false, 'the rows stay out of the link');
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForEpoch(page, { min: 100 });
  await page.getByRole('button', { name: 'Pause' }).click();
  assert.ok(Number((await metric(page, 'train-accuracy')).replace('%', '')) > 60);
  await saveScreenshot(page, 'playground-own-data');

  // Another page given the link has no rows: it says so and opens the defaults.
  const { page: other } = await site.newPage();
  await other.goto(page.url());
  await other.getByText(/This link trains on rings\.csv \(80 rows\), a file loaded on its author's computer/).waitFor();
  assert.deepEqual(errors, []);
});

test('the site follows the system theme until the header switch picks one, which a reload keeps', async () => {
  const { page, errors } = await site.newPage();
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${site.url}playground/`);
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction((before) => getComputedStyle(document.documentElement).backgroundColor !== before, light);
  const dark = await background();
  const toggle = page.getByRole('switch', { name: 'Dark theme' });
  assert.equal(await toggle.getAttribute('aria-checked'), 'true');

  await page.getByRole('button', { name: 'Play' }).waitFor();
  const darkPlot = await boundarySample(page);
  await toggle.click();
  assert.equal(await background(), light);
  assert.equal(await toggle.getAttribute('aria-checked'), 'false');
  // The plots redraw in the light theme's colours.
  await page.waitForFunction(() => new Promise(requestAnimationFrame).then(() => true));
  assert.ok(differing(darkPlot, await boundarySample(page)) > 0.2, 'the decision boundary kept its dark colours');
  await page.reload();
  await toggle.waitFor();
  assert.equal(await background(), light, 'the choice outlives the reload, against the dark system theme');
  await toggle.click();
  assert.equal(await background(), dark);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await saveScreenshot(page, 'playground-dark');
  assert.deepEqual(errors, []);
});

test('dist/404.html is served for unknown addresses, links to the lessons and the playground, and names a missing lesson', async () => {
  const { page } = await site.newPage();
  const response = await page.goto(`${site.url}no/such/page`);
  assert.equal(response.status(), 404);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Open the playground' }).click();
  await page.getByRole('button', { name: 'Play' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/playground/');

  await page.goto(`${site.url}lesson/nope/`);
  await page.getByText('There is no lesson called “nope”.').waitFor();
  await page.getByRole('link', { name: 'See all lessons' }).click();
  assert.equal(new URL(page.url()).pathname, '/');
});
