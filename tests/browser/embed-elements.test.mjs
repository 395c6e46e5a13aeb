// <deep-lesson> and <deep-playground> as a course page's script meets them,
// loaded from another origin: a mistyped lesson fires `error` naming the
// attribute and the lesson ids, lesson.run() resolves to the run's result
// (the `done` detail) or rejects with the error, and an autoplaying
// playground trains only while it is on screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, TEST_TIMEOUT } from './browser-session.mjs';
import { serveHostPage } from './host-page.mjs';
import { LESSONS } from '../../web/lessons/catalog.js';

let site;
let host;
before(async () => {
  site = await openSite();
  // The listeners are added before embed.js (a module, run once the page is parsed) defines the elements.
  host = await serveHostPage({
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course</title>
<script type="module" src="${site.url}embed.js"></script></head>
<body>
<deep-lesson id="typo" lesson="momentm"></deep-lesson>
<deep-lesson id="lesson" lesson="why-deep"></deep-lesson>
<div id="spacer" style="height: 300vh"></div>
<deep-playground id="playground" autoplay controls></deep-playground>
<div style="height: 300vh"></div>
<script>
  window.seen = [];
  for (const element of document.querySelectorAll('deep-lesson, deep-playground'))
    for (const type of ['train-start', 'epoch', 'done', 'error'])
      element.addEventListener(type, (e) => window.seen.push({ from: element.id, type, detail: e.detail }));
</script>
</body></html>`,
  });
});
after(async () => {
  await host?.close();
  await site?.close();
});

const seen = (page, from, type) =>
  page.evaluate(([from, type]) => window.seen.filter((e) => e.from === from && e.type === type), [from, type]);
const heard = (page, from, type, count = 1) =>
  page.waitForFunction(
    ([from, type, count]) => window.seen.filter((e) => e.from === from && e.type === type).length >= count,
    [from, type, count],
  );

test('a mistyped lesson fires error naming the attribute and the lesson ids; run() rejects the same', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(host.url);
  await heard(page, 'typo', 'error');
  const [{ detail }] = await seen(page, 'typo', 'error');
  assert.equal(detail.lesson, 'momentm');
  assert.match(detail.message, /lesson attribute is “momentm”, which is not a lesson/);
  for (const { id } of LESSONS) assert.ok(detail.message.includes(id), `the message names ${id}`);
  const rejected = await page.locator('#typo').evaluate((el) =>
    el.run().then(
      () => 'resolved',
      (error) => error.message,
    ),
  );
  assert.equal(rejected, detail.message);

  // A later fix of the attribute opens the lesson without another error.
  await page.locator('#typo').evaluate((el) => el.setAttribute('lesson', 'momentum'));
  await page.locator('#typo').locator('h1', { hasText: 'Momentum' }).waitFor();
  assert.equal((await seen(page, 'typo', 'error')).length, 1);
  assert.deepEqual(errors, []);
});

test('lesson.run() resolves to the result its done event carries', { timeout: TEST_TIMEOUT }, async () => {
  const { page, errors } = await site.newPage();
  await page.goto(host.url);
  const result = await page.locator('#lesson').evaluate((el) => el.run());
  const [done] = await seen(page, 'lesson', 'done');
  assert.deepEqual(result, done.detail);
  assert.equal(result.lesson, 'why-deep');
  assert.equal(typeof result.claimHolds, 'boolean');
  assert.ok(result.facts.length > 0 && result.engineMs > 0);
  assert.deepEqual(errors, []);
});

test('an autoplaying playground trains only while on screen', { timeout: TEST_TIMEOUT }, async () => {
  const { page, errors } = await site.newPage();
  await page.goto(host.url);
  const playground = page.locator('#playground');
  await playground.getByRole('button', { name: 'Play' }).waitFor({ state: 'attached' });
  assert.equal((await seen(page, 'playground', 'train-start')).length, 0, 'below the fold, it waits');

  await playground.scrollIntoViewIfNeeded();
  await heard(page, 'playground', 'epoch', 2);
  await page.evaluate(() => window.scrollTo(0, 0));
  await heard(page, 'playground', 'done');
  const [paused] = await seen(page, 'playground', 'done');
  assert.equal(paused.detail.reason, 'paused');
  await playground.getByRole('button', { name: 'Play' }).waitFor({ state: 'attached' });
  const epochWhenPaused = paused.detail.epoch;

  await playground.scrollIntoViewIfNeeded();
  await heard(page, 'playground', 'train-start', 2);
  await page.waitForFunction(
    (epoch) => window.seen.some((e) => e.from === 'playground' && e.type === 'epoch' && e.detail.epoch > epoch),
    epochWhenPaused,
  );

  // Paused by hand, it stays paused when it comes back into view.
  await playground.getByRole('button', { name: 'Pause' }).click();
  await heard(page, 'playground', 'done', 2);
  await page.evaluate(() => window.scrollTo(0, 0));
  await playground.scrollIntoViewIfNeeded();
  // Once an observer of the page's own has seen it on screen (the element's was told first), and a frame on.
  await playground.evaluate(
    (el) =>
      new Promise((resolve) => {
        const observer = new IntersectionObserver(([entry]) => {
          if (!entry.isIntersecting) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve());
        });
        observer.observe(el);
      }),
  );
  assert.equal((await seen(page, 'playground', 'train-start')).length, 2);
  assert.deepEqual(errors, []);
});
