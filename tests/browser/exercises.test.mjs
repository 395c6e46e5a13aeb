// The lessons' exercises as a learner meets them, from the built site: a
// lesson ends with its exercise, Check with the starting network says why it
// missed and gives the hint, one changed control passes it, and the lesson
// index remembers; every exercise alone at /exercise/<id>/ passes with its
// reference solution, graded in the page's worker; and <deep-exercise> grades
// a course author's own exercise file on the sample course page (strict CSP)
// and on a page of another origin, telling the page each submission.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSite, saveScreenshot, seriousAxeViolations, TEST_TIMEOUT, textWithin } from './browser-session.mjs';
import { startServer } from '../../scripts/serve.mjs';

const { LESSON_EXERCISES } = await import('../../web/lessons/exercises.js');
const { findLesson } = await import('../../web/lessons/catalog.js');
const solution = async (id) =>
  JSON.parse(await readFile(new URL(`../fixtures/exercise-solutions/${id}.json`, import.meta.url), 'utf8'));
const courseExercise = JSON.parse(
  await readFile(new URL('../../web/examples/xor-exercise.json', import.meta.url), 'utf8'),
);

let site;
let strictSite; // the same, served under the strict Content-Security-Policy
before(async () => {
  site = await openSite();
  strictSite = await openSite({ csp: true });
});
after(async () => {
  await site?.close();
  await strictSite?.close();
});

/** The text an element shows (its shadow roots included), with its runs of white space made one space. */
const shown = async (locator) => (await textWithin(locator)).replace(/\s+/g, ' ');

/** Keeps each 'done' detail of the element (a locator) in window.exerciseDone. */
function recordDone(element) {
  return element.evaluate((el) => {
    window.exerciseDone = [];
    el.addEventListener('done', (event) => window.exerciseDone.push(event.detail));
  });
}

/** Presses Check and waits for the verdict of that check (the n-th 'done' the page heard); returns its text. */
async function check(page, exercise, n) {
  await exercise.getByRole('button', { name: 'Check' }).click();
  await page.waitForFunction((count) => window.exerciseDone.length >= count, n);
  return shown(exercise.locator('dp-exercise-result'));
}

test(
  'a lesson ends with its exercise: Check with the starting network misses and hints, a changed activation passes, the index remembers',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage({ width: 1280, height: 800 });
    await page.goto(`${site.url}lesson/activations/`);
    const exercise = page.locator('dp-lesson-page dp-exercise');
    const given = LESSON_EXERCISES.activations;
    await exercise.locator('h3', { hasText: given.title }).waitFor();
    await exercise.getByRole('button', { name: 'Check' }).waitFor();
    await recordDone(exercise);
    // Only the free control (the activation) can be changed: no layer or neuron buttons, no optimizer.
    assert.deepEqual(given.free, ['activation']);
    assert.equal(await exercise.getByRole('button', { name: 'Add a hidden layer' }).count(), 0);
    assert.equal(await exercise.getByRole('button', { name: /Add a neuron/ }).count(), 0);
    assert.equal(await exercise.getByLabel('Optimizer').count(), 0);
    assert.match(await shown(exercise), /Goal: at least 90% test accuracy for each of the seeds 1, 2 and 3/);

    const missed = await check(page, exercise, 1);
    assert.match(missed, /Not yet: the goal was missed/);
    assert.match(missed, /test accuracy 0\.\d+ \(min over seeds 1, 2, 3\) is below 0\.900/, 'the grader says why');
    assert.ok(missed.includes(given.hint), 'the hint shows after a miss');
    await saveScreenshot(page.locator('dp-lesson-page .your-turn'), 'exercise-lesson-missed-1280');

    // The learner picks another activation for every hidden layer, as a person would.
    await exercise.getByLabel('Activation', { exact: true }).selectOption('tanh');
    assert.match(await shown(exercise.locator('dp-exercise-result')), /changed the network since this check/);
    const passed = await check(page, exercise, 2);
    assert.match(passed, /✓ Passed/);
    assert.match(passed, /test accuracy 0\.9\d\d \(min over seeds 1, 2, 3\) >= 0\.900/);
    assert.ok(!passed.includes(given.hint), 'no hint after a pass');
    await saveScreenshot(page.locator('dp-lesson-page .your-turn'), 'exercise-lesson-passed-1280');

    const done = await page.evaluate(() => window.exerciseDone);
    assert.deepEqual(
      done.map((d) => [d.exercise, d.status, d.passed]),
      [
        [given.id, 'fail', false],
        [given.id, 'pass', true],
      ],
    );
    assert.deepEqual(
      done[1].spec.layers.slice(0, -1).map((layer) => layer.activation),
      ['tanh', 'tanh'],
      'done carries the spec that was graded',
    );
    assert.deepEqual(
      done[1].metrics.seeds.map((s) => s.seed),
      [1, 2, 3],
    );
    assert.deepEqual(await seriousAxeViolations(page), []);

    // The lesson index lists every lesson's exercise and marks this one passed.
    await page.getByRole('link', { name: 'Lessons', exact: true }).click();
    const home = page.locator('dp-home-page');
    for (const [lessonId, { id, title }] of Object.entries(LESSON_EXERCISES)) {
      const link = home.getByRole('link', { name: title, exact: true });
      assert.equal(await link.getAttribute('href'), new URL(`exercise/${id}/`, site.url).pathname, lessonId);
    }
    const item = home.locator('li', { has: page.getByRole('link', { name: given.title }) });
    assert.match(await shown(item), /✓ exercise passed/);
    assert.deepEqual(errors, []);
  },
);

test(
  'each exercise alone at /exercise/<id>/ passes in the browser with its reference solution',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage({ width: 390, height: 844 });
    for (const [lessonId, { id, title }] of Object.entries(LESSON_EXERCISES)) {
      await page.goto(`${site.url}exercise/${id}/`);
      await page.waitForFunction((expected) => document.title === expected, `${title} — Deep Playground`);
      const exercise = page.locator('dp-exercise');
      await exercise.getByRole('button', { name: 'Check' }).waitFor();
      const lessonLink = page
        .locator('dp-exercise-page')
        .getByRole('link', { name: findLesson(lessonId).title, exact: true });
      assert.equal(await lessonLink.getAttribute('href'), new URL(`lesson/${lessonId}/`, site.url).pathname);
      if (id === LESSON_EXERCISES['what-is-deep-learning'].id) await saveScreenshot(page, 'exercise-page-390');
      await recordDone(exercise);
      // The reference solution, proposed as the exercise's controls propose a network (an 'edit' event).
      const spec = await solution(id);
      await exercise.evaluate(
        (el, spec) => el.dispatchEvent(new CustomEvent('edit', { detail: { ...el.state, spec } })),
        spec,
      );
      const verdict = await check(page, exercise, 1);
      assert.match(verdict, /✓ Passed/, `${id}: ${verdict}`);
    }
    // A link to an exercise that does not exist, followed as a visitor would (the static host has no page for it).
    await page.evaluate(() =>
      document.body.append(
        Object.assign(document.createElement('a'), { href: '../no-such-exercise/', textContent: 'broken link' }),
      ),
    );
    await page.getByRole('link', { name: 'broken link' }).click();
    await page.getByText('There is no exercise called “no-such-exercise”.').waitFor();
    assert.deepEqual(errors, []);
  },
);

test(
  "<deep-exercise> on the sample course page (strict CSP) grades the course's own file and tells the page each submission",
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await strictSite.newPage({ width: 1280, height: 800 });
    const violations = [];
    page.on('console', (msg) => /Content.Security.Policy/i.test(msg.text()) && violations.push(msg.text()));
    await page.goto(`${strictSite.url}examples/course.html`);
    const exercise = page.locator('#xor-exercise');
    await exercise.locator('h3', { hasText: courseExercise.title }).waitFor();
    const submissions = () =>
      page.evaluate(() =>
        window.courseEvents.filter((e) => e.embed === 'xor-exercise' && e.event === 'done').map((e) => e.detail),
      );

    await exercise.getByRole('button', { name: 'Check' }).click();
    await page.waitForFunction(() => window.courseEvents.some((e) => e.embed === 'xor-exercise' && e.event === 'done'));
    await exercise.getByLabel('Learning rate').selectOption('0.3');
    await exercise.getByRole('button', { name: 'Check' }).click();
    await page.waitForFunction(
      () => window.courseEvents.filter((e) => e.embed === 'xor-exercise' && e.event === 'done').length >= 2,
    );
    const [missed, passed] = await submissions();
    assert.deepEqual([missed.exercise, missed.status, passed.status], [courseExercise.id, 'fail', 'pass']);
    assert.equal(passed.spec.optimizer.learningRate, 0.3);
    assert.ok(passed.metrics.value >= courseExercise.goal.atLeast);
    assert.match(await shown(page.locator('#event-rows')), /xor-exercise done \(course-xor: pass\)/);
    await exercise.scrollIntoViewIfNeeded();
    await saveScreenshot(exercise, 'exercise-course-page');
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  },
);

test(
  '<deep-exercise> on a page of another origin: a file from ours and one inline, graded, and a broken one reported',
  { timeout: TEST_TIMEOUT },
  async () => {
    const ours = new URL(site.url).origin;
    const folder = await mkdtemp(path.join(tmpdir(), 'deep-playground-exercise-host-'));
    const inline = {
      ...courseExercise,
      id: 'inline-xor',
      start: { ...courseExercise.start, optimizer: { type: 'sgd', learningRate: 0.3 } },
    };
    await writeFile(
      path.join(folder, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another origin's course</title>
<script type="module" src="host.js"></script><script type="module" src="${site.url}embed.js"></script></head>
<body><main><h1>Graded work</h1>
<deep-exercise id="from-file" src="${site.url}examples/xor-exercise.json"></deep-exercise>
<deep-exercise id="inline"><script type="application/json">${JSON.stringify(inline)}</script></deep-exercise>
<deep-exercise id="broken"><script type="application/json">{"id": "broken"}</script></deep-exercise>
</main></body></html>`,
    );
    await writeFile(path.join(folder, 'favicon.ico'), '');
    await writeFile(
      path.join(folder, 'host.js'),
      `window.seen = [];
for (const el of document.querySelectorAll('deep-exercise')) for (const type of ['done', 'error'])
  el.addEventListener(type, (e) => window.seen.push({ from: el.id, type, detail: e.detail }));`,
    );
    const csp = `default-src 'self'; script-src 'self' ${ours} 'wasm-unsafe-eval'; worker-src blob: ${ours}; connect-src ${ours}; style-src 'self' 'unsafe-inline'`;
    const host = await startServer({ root: folder, csp });
    try {
      const { page, errors } = await site.newPage({ width: 1280, height: 800 });
      const violations = [];
      page.on('console', (msg) => /Content.Security.Policy/i.test(msg.text()) && violations.push(msg.text()));
      await page.goto(host.url);
      assert.notEqual(new URL(host.url).origin, ours);
      for (const id of ['from-file', 'inline'])
        await page.locator(`#${id}`).getByRole('button', { name: 'Check' }).click();
      await page.waitForFunction(() =>
        ['from-file', 'inline'].every((id) => window.seen.some((m) => m.from === id && m.type === 'done')),
      );
      await page.waitForFunction(() => window.seen.some((m) => m.from === 'broken' && m.type === 'error'));
      const seen = await page.evaluate(() => window.seen);
      const of = (id, type) => seen.filter((m) => m.from === id && m.type === type).map((m) => m.detail);
      assert.deepEqual(
        of('from-file', 'done').map((d) => [d.exercise, d.status]),
        [[courseExercise.id, 'fail']],
      );
      assert.deepEqual(
        of('inline', 'done').map((d) => [d.exercise, d.status]),
        [['inline-xor', 'pass']],
      );
      assert.match(of('broken', 'error')[0].message, /exercise\.title: is required/);
      assert.match(await shown(page.locator('#broken')), /This exercise cannot be used: exercise\.title: is required/);
      await saveScreenshot(page, 'exercise-cross-origin');
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    } finally {
      await host.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
);
