// ?autoplay in an embed's address starts its training on every load: ten
// fresh loads (a new browser context each, nothing cached) of an iframe
// lesson on a course page of another origin, under the site's strict
// Content-Security-Policy, each reaching `done`; the playground's iframe and
// a lesson opened at the top level start as well.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, TEST_TIMEOUT } from './browser-session.mjs';
import { serveHostPage } from './host-page.mjs';
import { lessonRunDone } from './lesson-runs.mjs';

const FRESH_LOADS = 10;

let site;
let host;
before(async () => {
  site = await openSite({ csp: true });
  const ours = JSON.stringify(new URL(site.url).origin);
  // An inline script, so that it listens before the frame can say anything.
  host = await serveHostPage({
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course</title>
<script>
  window.seen = [];
  addEventListener('message', (e) => {
    if (e.origin === ${ours} && e.data.type === 'deep-playground:event') window.seen.push({ event: e.data.event, ...e.data.detail });
  });
  const frame = new URLSearchParams(location.search).get('frame');
  document.addEventListener('DOMContentLoaded', () => (document.querySelector('iframe').src = ${JSON.stringify(site.url)} + frame));
</script></head>
<body><iframe title="Deep Playground" style="width: 100%" height="600"></iframe></body></html>`,
  });
});
after(async () => {
  await host?.close();
  await site?.close();
});

/** Opens the course page with the frame at `frame` (a path of the site); resolves to { page, errors, events() }. */
async function openCourse(frame) {
  const { page, errors } = await site.newPage();
  await page.goto(`${host.url}?frame=${encodeURIComponent(frame)}`);
  return { page, errors, events: () => page.evaluate(() => window.seen.map((e) => e.event)) };
}

const heard = (page, event, count = 1) =>
  page.waitForFunction(
    ([event, count]) => window.seen.filter((e) => e.event === event).length >= count,
    [event, count],
  );

test(
  `an iframe lesson with ?autoplay runs to done on each of ${FRESH_LOADS} fresh loads`,
  { timeout: TEST_TIMEOUT },
  async () => {
    for (let load = 1; load <= FRESH_LOADS; load += 1) {
      const { page, errors, events } = await openCourse('embed/why-deep/?autoplay');
      await heard(page, 'done');
      assert.deepEqual(
        (await events()).filter((e) => e !== 'epoch'),
        ['train-start', 'done'],
        `load ${load}: one run, started by itself, ending in done`,
      );
      await lessonRunDone(page.frameLocator('iframe'));
      assert.deepEqual(errors, [], `load ${load}`);
      await page.close();
    }
  },
);

test(
  '?autoplay starts the playground in an iframe and a lesson at the top level',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await openCourse('embed/playground/?autoplay');
    await heard(page, 'epoch', 3);
    assert.deepEqual(errors, []);
    await page.close();

    const top = await site.newPage();
    await top.page.goto(`${site.url}embed/why-deep/?autoplay`);
    await lessonRunDone(top.page);
    assert.deepEqual(top.errors, []);
    await top.page.close();
  },
);
