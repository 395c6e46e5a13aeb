// The site as a visitor finds it, served from a sub-folder of a static host:
// the home page lists the lessons and their exercises, every route's own URL loads, embeds come
// without the site's chrome, and unknown lessons say so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, saveScreenshot, seriousAxeViolations, TEST_TIMEOUT } from './browser-session.mjs';
import { lessonRunDone } from './lesson-runs.mjs';

const { LESSONS } = await import('../../web/lessons/catalog.js');
const { LESSON_EXERCISES } = await import('../../web/lessons/exercises.js');

let site;
before(async () => {
  site = await openSite({ prefix: '/sub/folder/' });
});
after(async () => {
  await site?.close();
});

test('the home page lists all 14 lessons with a summary and an exercise each, and passes axe', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(site.url);
  const items = page.locator('dp-home-page .lessons > li');
  await items.first().waitFor(); // the home page's code loads after the page itself
  assert.equal(await items.count(), 14);
  for (const [i, lesson] of LESSONS.entries()) {
    const item = items.nth(i);
    assert.equal(await item.locator('a').first().textContent(), lesson.title);
    assert.equal(await item.locator('p').first().textContent(), lesson.summary);
    assert.equal(await item.locator('p.exercise a').textContent(), LESSON_EXERCISES[lesson.id].title);
  }
  assert.deepEqual(await seriousAxeViolations(page), []);
  await saveScreenshot(page, 'home');
  assert.deepEqual(errors, []);
});

test('a lesson link opens its page under the same prefix, whose experiment opens in the playground', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(site.url);
  await page.getByRole('link', { name: 'Momentum', exact: true }).click();
  assert.equal(new URL(page.url()).pathname, '/sub/folder/lesson/momentum/');
  assert.equal(await page.locator('h1').textContent(), 'Momentum');
  await page.getByRole('button', { name: 'Run the experiment' }).waitFor();
  await page.getByRole('link', { name: 'Open in the playground' }).click();
  assert.equal(new URL(page.url()).pathname, '/sub/folder/playground/');
  assert.ok(new URL(page.url()).hash.length > 1, 'the link carries the experiment as the playground state');
  await page.getByRole('button', { name: 'Play' }).waitFor();
  assert.deepEqual(errors, []);
});

test('a lesson runs its experiment from a sub-folder too (worker, wasm and lesson chunks resolve there)', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(`${site.url}embed/why-deep/`);
  await page.getByRole('button', { name: 'Run the experiment' }).click();
  await lessonRunDone(page);
  assert.equal(await page.locator('[data-claim-result]').getAttribute('data-claim-result'), 'holds');
  assert.equal(await page.getByRole('navigation', { name: 'Site' }).count(), 0, 'the embed has no site chrome');
  assert.equal(
    await page.getByRole('link', { name: 'Open in the playground' }).getAttribute('target'),
    '_blank',
    'an embed opens the playground in a new tab',
  );
  assert.deepEqual(errors, []);
});

test(
  'every route loads from its own URL: lessons, exercises, embeds and both playgrounds',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage();
    // A page's code loads after the page itself: a route has loaded when its heading shows.
    // (What a lesson page goes on loading, KaTeX and the engine, may be cut off by the next
    // route, which is no failure: see openSite.)
    const heading = async (url) => {
      await page.goto(url);
      await page.locator('h1').waitFor();
      return page.locator('h1').textContent();
    };
    for (const { id, title } of LESSONS) {
      assert.equal(await heading(`${site.url}lesson/${id}/`), title, `lesson/${id}/`);
      assert.equal(
        await page.getByRole('navigation', { name: 'Site' }).count(),
        1,
        `lesson/${id}/ has the site's navigation`,
      );
      assert.equal(await heading(`${site.url}embed/${id}/`), title, `embed/${id}/`);
      assert.equal(await page.getByRole('navigation').count(), 0, `embed/${id}/ has no site chrome`);
    }
    for (const { id, title } of Object.values(LESSON_EXERCISES)) {
      await page.goto(`${site.url}exercise/${id}/`);
      await page.locator('dp-exercise h3', { hasText: title }).waitFor();
      assert.equal(await page.locator('h1').textContent(), 'Your turn', `exercise/${id}/`);
    }
    await page.goto(`${site.url}embed/playground/`);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    assert.equal(await page.getByRole('navigation').count(), 0, 'embed/playground/ has no site chrome');
    await saveScreenshot(page, 'embed-playground');
    assert.deepEqual(errors, []);
  },
);

test('an unknown lesson shows a not-found message with a way back', async () => {
  const { page, errors } = await site.newPage();
  await page.goto(site.url);
  // A link to a lesson that does not exist, followed as a visitor would.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), {
      href: 'lesson/no-such-lesson/',
      textContent: 'broken link',
    });
    document.body.append(link);
  });
  await page.getByRole('link', { name: 'broken link' }).click();
  await page.getByText('There is no lesson called “no-such-lesson”.').waitFor();
  assert.equal(await page.locator('h1').textContent(), 'Page not found');
  await page.getByRole('link', { name: 'See all lessons' }).click();
  assert.equal(new URL(page.url()).pathname, '/sub/folder/');
  assert.deepEqual(errors, []);
});

test("a page whose code cannot be downloaded says so, and the site's links still work", async () => {
  const { page, errors } = await site.newPage();
  // The connection drops for the playground page's code alone.
  await page.route(/\/assets\/playground-page-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto(`${site.url}playground/`);
  await page
    .getByRole('alert')
    .getByText(/This page's code could not be downloaded .*Check the connection and reload\s+the\s+page\./s)
    .waitFor();
  await page.getByRole('link', { name: 'Lessons' }).click();
  const lessons = page.locator('dp-home-page .lessons > li');
  await lessons.first().waitFor();
  assert.equal(await lessons.count(), 14);
  const refused = (error) => /playground-page-.*\.js$/.test(error) || /ERR_INTERNET_DISCONNECTED/.test(error);
  assert.ok(errors.length > 0 && errors.every(refused), `errors other than the refused download: ${errors.join('; ')}`);
});
