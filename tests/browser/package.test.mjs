// embed.js from the installed npm package, as an npm CDN serves it: the
// package's folder on one origin under /npm/deep-playground@<version>/, a
// course page on another origin with one script tag and a <deep-lesson>
// that runs to `done`. Everything the library fetches (chunks, worker, wasm,
// fonts) is found from embed.js's own URL, under that path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packAndInstall } from '../node/package_support.mjs';
import { openSite, TEST_TIMEOUT } from './browser-session.mjs';
import { startServer } from '../../scripts/serve.mjs';

/** A course page of its own (another origin) that loads `embedUrl` and records the lesson's events in window.seen. */
async function writeCoursePage(folder, embedUrl) {
  await mkdir(folder);
  await writeFile(
    path.join(folder, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course</title>
<script type="module" src="course.js"></script><script type="module" src="${embedUrl}"></script></head>
<body><h1>Week 1</h1><deep-lesson id="lesson" lesson="neural-networks" autoplay></deep-lesson></body></html>`,
  );
  await writeFile(path.join(folder, 'favicon.ico'), '');
  await writeFile(
    path.join(folder, 'course.js'),
    `window.seen = [];
for (const type of ['train-start', 'epoch', 'done', 'error'])
  document.getElementById('lesson').addEventListener(type, (e) => window.seen.push({ type, detail: e.detail }));`,
  );
}

test(
  "a course page on another origin runs a <deep-lesson> from the installed package's dist/, served at an npm CDN's path",
  { timeout: TEST_TIMEOUT },
  async () => {
    const pkg = await packAndInstall();
    const { version } = JSON.parse(readFileSync(path.join(pkg.installed, 'package.json'), 'utf8'));
    const cdn = await startServer({ root: pkg.installed, prefix: `/npm/deep-playground@${version}/` });
    const embedUrl = `${cdn.url}dist/embed.js`;
    await writeCoursePage(path.join(path.dirname(pkg.project), 'host'), embedUrl);
    const course = await openSite({ root: path.join(path.dirname(pkg.project), 'host') });
    try {
      assert.notEqual(new URL(course.url).origin, new URL(cdn.url).origin);
      const { page, errors } = await course.newPage();
      const fromCdn = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === new URL(cdn.url).origin) fromCdn.push(url.pathname);
      });
      await page.goto(course.url);
      await page.waitForFunction(() => window.seen.some((e) => e.type === 'done' || e.type === 'error'));
      const seen = await page.evaluate(() => window.seen);
      await page.evaluate(() => document.fonts.ready);
      assert.deepEqual(
        seen.filter((e) => e.type === 'error'),
        [],
      );
      const done = seen.find((e) => e.type === 'done').detail;
      assert.equal(done.lesson, 'neural-networks');
      assert.equal(typeof done.claimHolds, 'boolean');
      assert.ok(
        seen.some((e) => e.type === 'epoch'),
        'the lesson trained, epoch by epoch',
      );
      const cdnPath = new URL(cdn.url).pathname;
      assert.deepEqual(
        fromCdn.filter((pathname) => !pathname.startsWith(`${cdnPath}dist/`)),
        [],
        'every file came from beside embed.js',
      );
      for (const kind of [/\.wasm$/, /worker[^/]*\.js$/, /\.woff2$/]) {
        assert.ok(
          fromCdn.some((pathname) => kind.test(pathname)),
          `${kind} was fetched from the package`,
        );
      }
      assert.deepEqual(errors, []);
    } finally {
      await course.close();
      await cdn.close();
      await pkg.remove();
    }
  },
);
