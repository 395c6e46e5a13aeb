// What the playground tests ask of a page: the epoch counter, a metric, that
// the page still answers, and that pressing play still trains.
import assert from 'node:assert/strict';
import { PATIENCE } from './browser-session.mjs';

export const metric = (page, name) => page.locator(`[data-metric="${name}"]`).textContent();

/**
 * Waits, in the page, until the epoch counter reads at least `min` (or
 * exactly `equals`); resolves to the page's clock (ms since it loaded) then.
 */
export function waitForEpoch(page, { min = -Infinity, equals }, timeout = PATIENCE) {
  return page.locator('dp-run-bar output').evaluate(
    (output, [min, equals, timeout]) =>
      new Promise((resolve, reject) => {
        const started = performance.now();
        const check = () => {
          const epoch = Number(output.textContent.replace(/,/g, ''));
          if (equals === undefined ? epoch >= min : epoch === equals) resolve(performance.now());
          else if (performance.now() - started > timeout) reject(new Error(`epoch stuck at ${epoch}`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    [min, equals, timeout],
  );
}

/**
 * Milliseconds until the page's next animation frame; fails when none comes
 * within `limitMs` (a page caught in a loop never draws one, a page on a busy
 * machine draws one late).
 */
export async function nextFrameMs(page, limitMs = PATIENCE) {
  let timer;
  const hung = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no animation frame within ${limitMs} ms: the page hangs`)), limitMs);
  });
  const frame = page.evaluate(
    () =>
      new Promise((resolve) => {
        const asked = performance.now();
        requestAnimationFrame(() => resolve(performance.now() - asked));
      }),
  );
  try {
    return await Promise.race([frame, hung]);
  } finally {
    clearTimeout(timer);
  }
}

/** Presses play on a paused playground, trains `epochs` more epochs, pauses; asserts that the training loss fell. */
export async function assertTrains(page, epochs = 20) {
  const play = page.getByRole('button', { name: 'Play' });
  await page.getByRole('button', { name: 'Play', disabled: false }).waitFor();
  const epochBefore = Number((await page.locator('dp-run-bar output').textContent()).replace(/,/g, ''));
  const lossBefore = Number(await metric(page, 'train-loss'));
  await play.click();
  await waitForEpoch(page, { min: epochBefore + epochs });
  await page.getByRole('button', { name: 'Pause' }).click();
  await play.waitFor();
  const lossAfter = Number(await metric(page, 'train-loss'));
  assert.ok(lossAfter < lossBefore, `the training loss did not fall: ${lossBefore} → ${lossAfter}`);
}

/**
 * Opens `url` `visits` times in one tab (about:blank in between, so later
 * visits find the browser's caches warm) as a learner who presses Play the
 * moment it can be pressed: a script in the page looks for the enabled Play
 * button on every animation frame, clicks it there (no test-harness round
 * trip in between) and notes when epoch 1 is on screen. Resolves to one
 * { playEnabled, firstEpoch } per visit, in milliseconds since its navigation start.
 */
export async function firstStepTimelines(page, url, visits) {
  await page.addInitScript(() => {
    // The first element matching `selector` in the document or any shadow root under it.
    const find = (root, selector) => {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const host of root.querySelectorAll('*')) {
        const inner = host.shadowRoot && find(host.shadowRoot, selector);
        if (inner) return inner;
      }
      return null;
    };
    const timeline = {};
    window.firstStepTimeline = timeline;
    const watch = () => {
      if (timeline.playEnabled === undefined) {
        const play = find(document, 'button[aria-label="Play"]:enabled');
        if (play) {
          timeline.playEnabled = performance.now();
          play.click();
          timeline.epochOutput = play.getRootNode().querySelector('output');
        }
      } else if (Number(timeline.epochOutput.textContent.replace(/,/g, '')) >= 1) {
        timeline.firstEpoch = performance.now();
        return;
      }
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  const timelines = [];
  for (let visit = 0; visit < visits; visit++) {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.firstStepTimeline?.firstEpoch !== undefined, null);
    timelines.push(
      await page.evaluate(() => ({
        playEnabled: window.firstStepTimeline.playEnabled,
        firstEpoch: window.firstStepTimeline.firstEpoch,
      })),
    );
    // What the page fetches later (KaTeX, when idle) finishes before the learner leaves.
    await page.waitForLoadState('networkidle');
    await page.goto('about:blank');
  }
  return timelines;
}

/** Every 97th byte of the decision-boundary canvas: enough to tell two pictures apart. */
export function boundarySample(page) {
  return page.locator('dp-boundary-plot canvas').evaluate((canvas) => {
    const bytes = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    return Array.from({ length: Math.floor(bytes.length / 97) }, (_, i) => bytes[i * 97]);
  });
}

/** The [r, g, b] of the decision-boundary canvas at a fraction of its width and height. */
export function boundaryColorAt(page, fx, fy) {
  return page.locator('dp-boundary-plot canvas').evaluate(
    (canvas, [fx, fy]) =>
      Array.from(
        canvas
          .getContext('2d')
          .getImageData(Math.floor(fx * canvas.width), Math.floor(fy * canvas.height), 1, 1)
          .data.slice(0, 3),
      ),
    [fx, fy],
  );
}

export const differing = (a, b) => a.filter((value, i) => Math.abs(value - b[i]) > 8).length / a.length;

export function framesPerSecond(page, seconds = 2) {
  return page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const count = (now) => {
          frames += 1;
          if (now - start < duration) requestAnimationFrame(count);
          else resolve((frames * 1000) / (now - start));
        };
        requestAnimationFrame(count);
      }),
    seconds * 1000,
  );
}
