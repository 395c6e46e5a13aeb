// What every browser test needs: the built site (dist/) served locally,
// Debian's Chromium driven by playwright-core (never a downloaded browser),
// a record of everything the page logged as an error, axe-core, and
// screenshots in tests/artifacts/.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(repoRoot, 'tests/artifacts');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Headless Chromium as root (docs/toolchain.md, gotcha 13); launch() adds a fresh
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

/**
 * How long a test waits for a state (a message, an epoch, a page) before it
 * fails: long enough for a machine whose cores are busy with other work.
 * Tests wait for states, never for fixed times; this only bounds a wait.
 */
export const PATIENCE = 180_000;
/** A whole test's bound, for the longest tests (many pages, many runs). */
export const TEST_TIMEOUT = 900_000;

/** The test build of the site (scripts/build.sh): dist/ plus the worker crash hook. */
export const TEST_SITE = path.join(repoRoot, 'build/test-site');

/**
 * Serves dist/ (or `root`, such as TEST_SITE) at `prefix` (with a Content-Security-Policy when `csp` is given:
 * true for scripts/serve.mjs's strict one) and opens Chromium. Returns { url,
 * newPage(viewport), close() }; newPage resolves to { page, errors }, where
 * errors collects the page's console errors, uncaught exceptions and failed requests.
 * Every wait of the page is bounded by PATIENCE.
 */
export async function openSite({ root = path.join(repoRoot, 'dist'), prefix = '/', csp = null } = {}) {
  assert.ok(
    existsSync(path.join(root, 'index.html')),
    `${path.relative(repoRoot, root)}/ is missing: run \`npm run build\` first`,
  );
  const server = await startServer({ root, prefix, csp });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    url: server.url,
    async newPage(viewport = { width: 1280, height: 900 }) {
      const page = await browser.newPage({ viewport, acceptDownloads: true });
      page.setDefaultTimeout(PATIENCE);
      page.setDefaultNavigationTimeout(PATIENCE);
      const errors = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(`console: ${msg.text()}`));
      page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
      // A request the page dropped itself (it navigated away, an image was replaced) is no failure,
      // nor is one of a document the tab has started to leave (a KaTeX chunk still loading when
      // the test opens the next page), whatever the browser calls its failure.
      let navigations = 0;
      const startedAt = new WeakMap();
      page.on('request', (req) => {
        if (req.isNavigationRequest() && req.frame() === page.mainFrame()) navigations += 1;
        else startedAt.set(req, navigations);
      });
      const left = (req) => startedAt.get(req) < navigations;
      const dropped = (req) => req.failure()?.errorText === 'net::ERR_ABORTED' || left(req);
      page.on('requestfailed', (req) => dropped(req) || errors.push(`request failed: ${req.url()}`));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** axe-core's serious and critical violations on the page, as readable lines. */
export async function seriousAxeViolations(page) {
  await page.addScriptTag({ path: axeSource });
  const violations = await page.evaluate(
    async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
}

/** Every text node's text inside an element (a locator), its shadow roots (its own too) included. */
export function textWithin(locator) {
  return locator.evaluate((element) => {
    const parts = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
        else if (node.nodeType === Node.ELEMENT_NODE && !['SCRIPT', 'STYLE'].includes(node.tagName)) {
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    if (element.shadowRoot) walk(element.shadowRoot);
    walk(element);
    return parts.join(' ');
  });
}

/** Every text node's text on the page, shadow roots included. */
export function visibleText(page) {
  return textWithin(page.locator('body'));
}

/** A PNG in tests/artifacts/ of a whole page, or of one element when given a locator. */
export async function saveScreenshot(target, name, options = {}) {
  await mkdir(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  const isLocator = typeof target.page === 'function';
  await target.screenshot({ path: file, ...(!isLocator && { fullPage: true }), ...options });
  return file;
}
