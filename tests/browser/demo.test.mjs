// The demo page, used as a learner would: open it, press Start, watch the
// spiral get learned. Drives Debian's Chromium through playwright-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const screenshotPath = path.join(repoRoot, 'tests/artifacts/demo.png');

// Headless Chromium as root (TOOLCHAIN.md, gotcha 6); launch() adds a fresh
// user-data dir of its own.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function readStats(page) {
  return page.evaluate(() => ({
    epoch: document.getElementById('epoch').textContent,
    testAccuracy: document.getElementById('test-accuracy').textContent,
    status: document.getElementById('status').textContent,
  }));
}

test('pressing Start trains the spiral past 100 epochs to at least 0.9 test accuracy', { timeout: 240_000 }, async () => {
  assert.ok(
    existsSync(path.join(repoRoot, 'bindings/wasm/engine.mjs')),
    'bindings/wasm/engine.mjs is missing: run `npm run build` first',
  );
  const server = await startServer({ port: 0 });
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1000, height: 720 } });
    const errors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()}`));

    await page.goto(server.url);
    await page.getByRole('button', { name: 'Start' }).click();

    try {
      await page.waitForFunction(
        () => {
          const epoch = Number(document.getElementById('epoch').textContent);
          const accuracy = Number(document.getElementById('test-accuracy').textContent);
          return epoch >= 100 && accuracy >= 0.9;
        },
        null,
        { timeout: 180_000, polling: 250 },
      );
    } catch (err) {
      const stats = await readStats(page);
      assert.fail(`training did not reach epoch 100 with test accuracy >= 0.9: ` +
        `${JSON.stringify(stats)}; errors: ${JSON.stringify(errors)} (${err.message})`);
    }

    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();

    const text = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(text, /NaN|undefined/, 'the page shows NaN or undefined');
    const stats = await readStats(page);
    assert.ok(Number(stats.epoch) >= 100, `epoch ${stats.epoch}`);
    assert.ok(Number(stats.testAccuracy) >= 0.9, `test accuracy ${stats.testAccuracy}`);

    await mkdir(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });

    assert.deepEqual(errors, [], 'the page logged errors');
  } finally {
    await browser?.close();
    await server.close();
  }
});
