// Deep Playground inside other people's pages, from the built dist/: the
// sample course page (an iframe lesson, a <deep-lesson> and a
// <deep-playground>) under a strict Content-Security-Policy, host CSS that
// tries to break the elements, a course page on another origin loading
// embed.js from ours, and a single-file lesson opened from disk with the
// network cut off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openSite, PATIENCE, saveScreenshot, TEST_TIMEOUT } from './browser-session.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { lessonRunDone } from './lesson-runs.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

let site;
before(async () => {
  site = await openSite({ csp: true });
});
after(async () => {
  await site?.close();
});

/** A page that records CSP violations (in every frame) in window.cspViolations. */
async function newWatchedPage(viewport) {
  const { page, errors } = await site.newPage(viewport);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, errors };
}

/** The course page's record of what the embeds reported (course.js). */
const courseEvents = (page) => page.evaluate(() => window.courseEvents);

function waitForEvent(page, embed, event, count = 1) {
  return page.waitForFunction(
    ([embed, event, count]) =>
      window.courseEvents.filter((e) => e.embed === embed && e.event === event).length >= count,
    [embed, event, count],
    { timeout: TEST_TIMEOUT },
  );
}

async function cspViolations(page) {
  const perFrame = await Promise.all(
    page.frames().map((frame) => frame.evaluate(() => window.cspViolations ?? []).catch(() => [])),
  );
  return perFrame.flat();
}

test(
  'the course page under a strict CSP: three embeds load and train, report to the page, the iframe keeps to its content height, the engine is fetched once for both elements',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await newWatchedPage({ width: 1280, height: 900 });
    const wasmFetches = [];
    page.on('request', (request) => {
      if (/\/engine[^/]*\.wasm$/.test(new URL(request.url()).pathname)) wasmFetches.push(request.frame().url());
    });
    const response = await page.goto(`${site.url}examples/course.html`);
    assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);

    const frame = page.frameLocator('#sgd-frame');
    const lesson = page.locator('#dropout-lesson');
    const playground = page.locator('#spiral-playground');
    await frame.locator('h1', { hasText: 'GD vs SGD' }).waitFor();
    await lesson.locator('h1', { hasText: 'Dropout' }).waitFor();
    await playground.getByRole('button', { name: 'Play' }).waitFor();
    const frameBefore = (await page.locator('#sgd-frame').boundingBox()).height;
    assert.ok(
      frameBefore > 1000,
      `the iframe took its content's height (${frameBefore}px) from the resize messages, not its height="600"`,
    );

    // Start all three, as a learner would.
    await frame.getByRole('button', { name: 'Run the experiment' }).click();
    await lesson.getByRole('button', { name: 'Run the experiment' }).click();
    await playground.getByRole('button', { name: 'Play' }).click();
    await Promise.all([
      waitForEvent(page, 'sgd-frame', 'done'),
      waitForEvent(page, 'dropout-lesson', 'done'),
      waitForEvent(page, 'spiral-playground', 'epoch', 3),
    ]);
    await playground.getByRole('button', { name: 'Pause' }).click();
    await waitForEvent(page, 'spiral-playground', 'done');

    const events = await courseEvents(page);
    const of = (embed, event) => events.filter((e) => e.embed === embed && e.event === event).map((e) => e.detail);
    for (const embed of ['sgd-frame', 'dropout-lesson', 'spiral-playground']) {
      assert.equal(of(embed, 'train-start').length, 1, `${embed}: one train-start`);
      assert.ok(of(embed, 'epoch').length >= 3, `${embed}: epoch events arrive at the page`);
      assert.equal(of(embed, 'error').length, 0, `${embed}: no error events`);
    }
    const lastEpoch = of('dropout-lesson', 'epoch').at(-1);
    assert.equal(lastEpoch.lesson, 'dropout');
    assert.ok(
      Number.isFinite(lastEpoch.loss) && Number.isFinite(lastEpoch.accuracy),
      'an epoch carries the loss and accuracy',
    );
    assert.ok(
      of('dropout-lesson', 'epoch').some((e) => e.epoch === e.epochs),
      'the lesson reports its last epoch',
    );
    const [lessonDone] = of('dropout-lesson', 'done');
    assert.equal(typeof lessonDone.claimHolds, 'boolean');
    assert.ok(lessonDone.facts.length > 0, 'done carries what the run measured');
    assert.equal(of('sgd-frame', 'done')[0].lesson, 'gd-vs-sgd');
    const [playgroundDone] = of('spiral-playground', 'done');
    assert.equal(playgroundDone.reason, 'paused');
    assert.ok(playgroundDone.epoch >= 3 && Number.isFinite(playgroundDone.loss));

    // After the run the iframe still follows its content's height (a lesson with a live figure may keep its size).
    const heights = async () => ({
      frame: (await page.locator('#sgd-frame').boundingBox()).height,
      content: await frame.locator('main').evaluate((main) => Math.ceil(main.getBoundingClientRect().height)),
    });
    const deadline = Date.now() + PATIENCE;
    let last = await heights();
    while (Math.abs(last.frame - last.content) > 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100)); // poll: the resize messages arrive as they come
      last = await heights();
    }
    assert.ok(
      Math.abs(last.frame - last.content) <= 2,
      `the iframe (${last.frame}px) is as tall as its content (${last.content}px)`,
    );

    // One fetch of the engine for the two custom elements (each with its own worker), one for the iframe's page.
    const course = page.mainFrame().url();
    assert.equal(
      wasmFetches.filter((url) => url === course).length,
      1,
      `the course page fetched the engine once: ${wasmFetches.join(', ')}`,
    );
    assert.equal(wasmFetches.filter((url) => url !== course).length, 1, 'the iframe fetched its own');
    assert.deepEqual(
      await page.evaluate(
        () => performance.getEntriesByType('resource').filter((e) => /engine[^/]*\.wasm$/.test(e.name)).length,
      ),
      1,
    );

    assert.equal(
      new URL(page.url()).hash,
      '',
      "the playground keeps its state to itself, out of the course page's address",
    );
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'embed-course-page');
  },
);

test('host page CSS does not reach inside the elements; the --dp-* properties theme them', async () => {
  const { page, errors } = await newWatchedPage();
  await page.goto(`${site.url}examples/course.html`);
  const lesson = page.locator('#dropout-lesson');
  const playground = page.locator('#spiral-playground');
  await lesson.locator('h1').waitFor();
  await playground.getByRole('button', { name: 'Play' }).waitFor();
  const probes = [
    lesson.locator('h1'),
    lesson.locator('.lead'),
    lesson.getByRole('button', { name: 'Run the experiment' }),
    lesson.locator('dp-formula .katex').first(),
    playground.getByRole('button', { name: 'Play' }),
    playground.locator('h2', { hasText: 'Network' }),
  ];
  const look = () =>
    Promise.all(
      probes.map((probe) =>
        probe.evaluate((el) => {
          const s = getComputedStyle(el);
          // A button's size is its own; a block's width is the host page's layout.
          const box = el.localName === 'button' ? el.getBoundingClientRect() : null;
          const size = box && `${Math.round(box.width)}x${Math.round(box.height)}`;
          return {
            color: s.color,
            background: s.backgroundColor,
            font: `${s.fontSize} ${s.fontFamily} ${s.lineHeight} ${s.letterSpacing}`,
            display: s.display,
            padding: s.padding,
            size,
          };
        }),
      ),
    );
  const before = await look();
  // The course page themes the elements with its accent colour (course.css: --dp-accent: #7a3e9d).
  assert.equal(before[2].background, 'rgb(122, 62, 157)', 'the Run button takes --dp-accent');

  await page.addStyleTag({
    content: `
      * { color: red !important; font-size: 40px !important; font-family: 'Comic Sans MS', cursive !important;
          line-height: 3 !important; letter-spacing: 4px !important; box-sizing: content-box !important; }
      html { font-size: 40px !important; }
      h1, h2, p, button, div, span, table { display: none !important; padding: 50px !important; background: red !important; }
      :root { --ink: red; --accent: red; --surface: red; --muted: red; --line: red; }
    `,
  });
  assert.deepEqual(await look(), before, 'nothing inside the elements changed');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
});

test(
  'a course page on another origin loads embed.js from ours: lesson, playground and iframe work across origins',
  { timeout: TEST_TIMEOUT },
  async () => {
    const ours = new URL(site.url).origin;
    const folder = await mkdtemp(path.join(tmpdir(), 'deep-playground-host-'));
    await writeFile(
      path.join(folder, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another origin's course</title>
<script type="module" src="host.js"></script><script type="module" src="${site.url}embed.js"></script></head>
<body><iframe id="frame" src="${site.url}embed/why-deep/?id=why-deep" title="Why deep?" height="300" style="width:100%"></iframe>
<deep-lesson id="lesson" lesson="neural-networks" autoplay></deep-lesson>
<deep-playground id="playground" autoplay spec='{"layers":[{"type":"dense","units":4,"activation":"tanh"},{"type":"dense","units":1,"activation":"sigmoid"}],"inputs":2,"loss":"binary_crossentropy","optimizer":{"type":"adam","learningRate":0.03},"seed":2}'></deep-playground></body></html>`,
    );
    await writeFile(path.join(folder, 'favicon.ico'), '');
    await writeFile(
      path.join(folder, 'host.js'),
      `window.seen = [];
addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(ours)}) window.seen.push({ from: 'frame', ...e.data }); });
for (const id of ['lesson', 'playground']) for (const name of ['train-start', 'epoch', 'done', 'error'])
  document.getElementById(id).addEventListener(name, (e) => window.seen.push({ from: id, type: name, detail: e.detail }));`,
    );
    // The host's own strict policy, which names our origin for what it loads from us
    // (worker-src too: a module worker's imports count as worker scripts).
    const csp = `default-src 'self'; script-src 'self' ${ours} 'wasm-unsafe-eval'; worker-src blob: ${ours}; connect-src ${ours}; font-src ${ours}; style-src 'self' 'unsafe-inline'; frame-src ${ours}`;
    const host = await startServer({ root: folder, csp });
    try {
      const { page, errors } = await newWatchedPage();
      await page.goto(host.url);
      assert.notEqual(new URL(host.url).origin, ours);
      const seen = (test) => page.waitForFunction(test, null);
      // autoplay: both elements train by themselves, each in a worker started from a blob that imports ours.
      await seen(() => window.seen.some((m) => m.from === 'lesson' && m.type === 'done'));
      // An autoplaying playground trains while it is on screen.
      await page.locator('#playground').scrollIntoViewIfNeeded();
      await seen(() => window.seen.filter((m) => m.from === 'playground' && m.type === 'epoch').length >= 2);
      await page.locator('#playground').evaluate((el) => el.pause());
      // The iframe on our origin tells this page its height and its events (it learnt the origin from the referrer).
      await page.frameLocator('#frame').getByRole('button', { name: 'Run the experiment' }).click();
      await seen(() =>
        window.seen.some((m) => m.from === 'frame' && m.type === 'deep-playground:event' && m.event === 'done'),
      );
      const messages = await page.evaluate(() => window.seen.filter((m) => m.from === 'frame'));
      assert.ok(messages.some((m) => m.type === 'deep-playground:resize' && m.id === 'why-deep' && m.height > 300));
      assert.ok(
        messages.some(
          (m) => m.type === 'deep-playground:event' && m.event === 'epoch' && Number.isFinite(m.detail.loss),
        ),
      );
      assert.equal(
        await page.locator('#lesson').getByRole('button', { name: 'Run the experiment' }).count(),
        0,
        'autoplay without controls hides the Run button',
      );
      assert.deepEqual(await cspViolations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await host.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
);

test(
  'a single-file lesson runs its experiment opened from file:// with every network request refused',
  { timeout: TEST_TIMEOUT },
  async () => {
    const { page, errors } = await site.newPage();
    const network = [];
    await page.context().setOffline(true);
    await page.route(
      (url) => !['file:', 'data:', 'blob:'].includes(url.protocol),
      (route) => {
        network.push(route.request().url());
        return route.abort();
      },
    );
    page.on('request', (request) => /^https?:/.test(request.url()) && network.push(request.url()));
    await page.goto(pathToFileURL(path.join(dist, 'single/why-deep.html')).href);
    const lesson = page.locator('deep-lesson');
    await lesson.locator('h1', { hasText: 'Why deep?' }).waitFor();
    await lesson.getByRole('button', { name: 'Run the experiment' }).click();
    await lessonRunDone(lesson);
    assert.equal(await lesson.locator('.katex-error').count(), 0);
    assert.ok(
      await page.evaluate(() => document.fonts.check('16px KaTeX_Main')),
      'KaTeX fonts come from the file itself',
    );
    assert.equal(
      await lesson.getByRole('link', { name: /playground/ }).count(),
      0,
      'no links to a site the file does not have',
    );
    assert.deepEqual(network, [], 'the file asked the network for nothing');
    assert.deepEqual(errors, []);
    await saveScreenshot(page, 'embed-single-file-lesson', { fullPage: false });
  },
);

test('the built pages load every script from a file, and no bundle evaluates strings as code', async () => {
  const files = await readdir(dist, { recursive: true });
  const pages = files.filter((file) => file.endsWith('.html') && !file.startsWith(`single${path.sep}`));
  assert.ok(pages.length > 30, 'every route page and the course page');
  for (const file of pages) {
    const html = await readFile(path.join(dist, file), 'utf8');
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) assert.match(tag, /\ssrc=/, `${file}: ${tag} has no src`);
    assert.doesNotMatch(html, /\son[a-z]+=/i, `${file}: no inline event handlers`);
  }
  const scripts = files.filter((file) => file.endsWith('.js') && !file.startsWith(`examples${path.sep}`));
  const glue = fileURLToPath(new URL('../../bindings/wasm/engine.mjs', import.meta.url));
  for (const file of [...scripts.map((f) => path.join(dist, f)), glue]) {
    assert.doesNotMatch(
      await readFile(file, 'utf8'),
      /\bnew Function\s*\(|\beval\s*\(/,
      `${file} builds code from strings (Embind needs -sDYNAMIC_EXECUTION=0)`,
    );
  }
});
