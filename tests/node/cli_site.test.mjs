// `deep-playground site FOLDER` as a course author uses it: the built site
// written into a folder to upload, and a clear message and exit status when
// the folder is in use or cannot be written.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(repoRoot, 'cli/deep-playground.js');
const dist = path.join(repoRoot, 'dist');

let dir;
before(async () => {
  assert.ok(existsSync(path.join(dist, 'embed.js')), 'dist/ is missing: run `npm run build` first');
  dir = await mkdtemp(path.join(os.tmpdir(), 'deep-playground-site-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Runs the CLI in the temp folder and resolves to { code, stdout, stderr }. */
function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();

test('site writes the built site into a new folder, file for file, and says what it wrote', async () => {
  const r = await run(['site', 'public']);
  assert.equal(r.code, 0, r.stderr);
  const written = filesUnder(path.join(dir, 'public'));
  assert.deepEqual(written, filesUnder(dist));
  for (const file of ['index.html', 'embed.js', 'embed/playground/index.html', 'api/index.html', 'LICENSE']) {
    assert.ok(written.includes(file), `the site has ${file}`);
  }
  assert.equal(
    await readFile(path.join(dir, 'public/embed.js'), 'utf8'),
    readFileSync(path.join(dist, 'embed.js'), 'utf8'),
  );
  assert.match(
    r.stdout,
    new RegExp(`^Wrote the Deep Playground site into public \\(${written.length} files, [\\d.]+ MB\\)`),
  );
  assert.match(r.stdout, /embed\.js for <deep-lesson>/);
});

test('a folder that is not empty is refused unless --force, which writes over the site files and keeps the others', async () => {
  const folder = path.join(dir, 'course');
  await mkdir(folder);
  await writeFile(path.join(folder, 'notes.txt'), 'mine');
  await writeFile(path.join(folder, 'index.html'), 'old');
  const refused = await run(['site', 'course']);
  assert.equal(refused.code, 2);
  assert.equal(
    refused.stderr,
    'deep-playground: site: course is not empty (2 entries); give an empty or new folder, or --force to write over its files\n',
  );
  assert.equal(await readFile(path.join(folder, 'index.html'), 'utf8'), 'old', 'nothing was written');
  const forced = await run(['site', 'course', '--force']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(
    await readFile(path.join(folder, 'index.html'), 'utf8'),
    readFileSync(path.join(dist, 'index.html'), 'utf8'),
  );
  assert.equal(await readFile(path.join(folder, 'notes.txt'), 'utf8'), 'mine');
});

test('site names what is wrong: no folder, a stray option, a file in the way (exit 2), a path it cannot write (exit 4)', async () => {
  await writeFile(path.join(dir, 'taken'), '');
  const cases = [
    [['site'], 2, 'site: give the one folder to write the site into (see deep-playground --help)'],
    [['site', 'a', 'b'], 2, 'site: give the one folder to write the site into (see deep-playground --help)'],
    [['site', 'out', '--json'], 2, 'site: unexpected option --json (see deep-playground --help)'],
    [['site', 'taken'], 2, 'site: taken is a file, not a folder'],
    [['site', 'taken/public'], 4, 'site: cannot write taken/public: a file stands where a folder should be'],
  ];
  for (const [args, code, message] of cases) {
    const r = await run(args);
    assert.equal(r.code, code, args.join(' '));
    assert.equal(r.stderr, `deep-playground: ${message}\n`, args.join(' '));
    assert.equal(r.stdout, '');
  }
  assert.ok(!existsSync(path.join(dir, 'out')));
});
