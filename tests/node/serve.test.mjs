// scripts/serve.mjs from the command line (--help, a wrong option) and as a
// static host (a missing file gets the folder's 404.html with status 404).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer } from '../../scripts/serve.mjs';

const serveScript = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
const run = (...args) => promisify(execFile)(process.execPath, [serveScript, ...args], { timeout: 30_000 });

test('--help prints the options and exits without serving', async () => {
  const { stdout } = await run('--help');
  assert.match(stdout, /^Usage: node scripts\/serve\.mjs \[--csp\] \[--help\]/);
  assert.match(stdout, /--csp\s+send a strict Content-Security-Policy/);
  assert.match(stdout, /PORT\s+serve on exactly this port/);
  assert.doesNotMatch(stdout, /is running at/);
});

test('an unknown option is named, with the usage, and exits with status 2', async () => {
  await assert.rejects(run('--port=80'), (error) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr, /Unknown option "--port=80": the options are --csp, --help\./);
    return true;
  });
});

test("a missing file gets the folder's 404.html with status 404, or plain text without one", async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'serve-'));
  const server = await startServer({ root });
  try {
    const plain = await fetch(`${server.url}nothing/here/`);
    assert.equal(plain.status, 404);
    assert.equal(await plain.text(), 'Not Found\n');
    await writeFile(path.join(root, '404.html'), '<h1>Page not found</h1>');
    const page = await fetch(`${server.url}lesson/nope/`);
    assert.equal(page.status, 404);
    assert.match(page.headers.get('content-type'), /text\/html/);
    assert.equal(await page.text(), '<h1>Page not found</h1>');
  } finally {
    await server.close();
    await rm(root, { recursive: true });
  }
});
