// An exercise that ships its own CSV table, embedded with <deep-exercise> on a
// course page: two features show the rows on the plane as a built-in set's
// points, Check grades in the page's worker as the CLI does (the start
// misses, the reference solution passes), and a table of three features opens
// with its column names and no plane.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openSite, saveScreenshot, TEST_TIMEOUT, textWithin } from './browser-session.mjs';
import { serveHostPage } from './host-page.mjs';

const fixture = (name) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const rings = JSON.parse(await fixture('csv-exercise/exercise.json'));
const solution = JSON.parse(await fixture('csv-exercise/solution.json'));
const prices = {
  ...rings,
  id: 'price-of-three',
  data: { csv: (await fixture('csv/prices.csv')).replace('x1,x2,x3,', 'rooms,area,age,'), label: 'price' },
  goal: { metric: 'loss', atMost: 0.05 },
  start: undefined,
};
const inline = (id, exercise) =>
  `<deep-exercise id="${id}"><script type="application/json">${JSON.stringify(exercise)}</script></deep-exercise>`;

let site;
let host;
before(async () => {
  site = await openSite();
  host = await serveHostPage({
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Your data</title>
<script type="module" src="${site.url}embed.js"></script></head>
<body><main><h1>Graded on the course's own data</h1>
${inline('start', rings)}
${inline('solved', { ...rings, start: solution })}
${inline('prices', prices)}
<script>
  window.seen = [];
  for (const el of document.querySelectorAll('deep-exercise')) for (const type of ['done', 'error'])
    el.addEventListener(type, (e) => window.seen.push({ from: el.id, type, detail: e.detail }));
</script>
</main></body></html>`,
  });
});
after(async () => {
  await host?.close();
  await site?.close();
});

test(
  '<deep-exercise> with a CSV table: the rows on the plane, graded in the page as by the CLI',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage({ width: 1280, height: 800 });
    await page.goto(host.url);
    for (const id of ['start', 'solved']) await page.locator(`#${id}`).getByRole('button', { name: 'Check' }).click();
    await page.waitForFunction(() =>
      ['start', 'solved'].every((id) => window.seen.some((m) => m.from === id && m.type === 'done')),
    );
    const done = (id) => page.evaluate((id) => window.seen.find((m) => m.from === id && m.type === 'done').detail, id);
    assert.equal((await done('start')).status, 'fail');
    const solved = await done('solved');
    assert.equal(solved.status, 'pass');
    assert.equal(solved.metrics.value, 1, 'the same accuracy as deep-playground grade reports');
    assert.equal(await page.locator('#start dp-boundary-plot').count(), 1, 'two features: the rows on the plane');
    assert.match(await textWithin(page.locator('#solved dp-exercise-result')), /test accuracy 1\.000/);
    const three = page.locator('#prices');
    await three.getByRole('button', { name: 'Check' }).waitFor();
    assert.equal(await three.locator('dp-boundary-plot').count(), 0, 'three features: no plane');
    const network = await textWithin(three.locator('dp-network-view'));
    for (const column of ['rooms', 'area', 'age'])
      assert.ok(network.includes(column), `the network names input ${column}`);
    await saveScreenshot(page, 'exercise-csv');
    assert.deepEqual(await page.evaluate(() => window.seen.filter((m) => m.type === 'error')), []);
    assert.deepEqual(errors, []);
  },
);
