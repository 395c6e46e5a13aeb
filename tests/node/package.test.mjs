// The npm package as a course author adopts it: `npm pack`, the tarball
// installed offline into an empty project, and from there the README's Node
// example and CLI example printing what the README says they print, a strict
// type check against the installed types, and the site command writing the
// packed site. (The browser half, embed.js served from the install to a page
// on another origin, is tests/browser/package.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packAndInstall, repoRoot, run } from './package_support.mjs';

const tsc = createRequire(path.join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** The fenced code blocks ({ lang, text }) of the README's section headed `heading`. */
function readmeBlocks(heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `the README has a section "${heading}"`);
  const end = readme.indexOf('\n## ', start + heading.length + 2);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, text]) => ({ lang, text }));
}

/** The files under `folder`, relative to it, with '/' between folders. */
const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

let pkg;
before(async () => {
  pkg = await packAndInstall();
});
after(() => pkg?.remove());

test('the tarball carries the API, types, wasm engine, CLI, grader and the whole built site, no sources, and no dependencies', (t) => {
  t.diagnostic(
    `${pkg.pack.filename}: ${pkg.pack.size} bytes packed, ${pkg.pack.unpackedSize} unpacked, ${pkg.pack.entryCount} files`,
  );
  const packed = new Set(pkg.pack.files.map((file) => file.path));
  const needed = [
    'bindings/index.js',
    'bindings/index.d.ts',
    'bindings/exercise.d.ts',
    'bindings/surfaces.d.ts',
    'bindings/wasm/engine.wasm',
  ];
  needed.push(
    'cli/deep-playground.js',
    'cli/site.js',
    'grader/grade.js',
    'LICENSE',
    'THIRD-PARTY-NOTICES',
    'CHANGELOG.md',
  );
  for (const file of needed) assert.ok(packed.has(file), `the package has ${file}`);
  const missing = filesUnder(path.join(repoRoot, 'dist')).filter((file) => !packed.has(`dist/${file}`));
  assert.deepEqual(missing, [], 'every file of the built dist/ is packed');
  const sources = [...packed].filter((file) => /^(web|engine|tests|scripts|build|bench)\//.test(file));
  assert.deepEqual(sources, [], 'no sources, tests or build trees');
  const manifest = JSON.parse(readFileSync(path.join(pkg.installed, 'package.json'), 'utf8'));
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    assert.deepEqual(Object.keys(manifest[field] ?? {}), [], `no ${field}: the package installs offline`);
  }
});

test("the README's Node example, run against the installed package, prints what the README shows", async () => {
  const [example, printed] = readmeBlocks('## Use it from Node');
  assert.equal(example.lang, 'js');
  assert.match(example.text, /from 'deep-playground'/);
  await writeFile(path.join(pkg.project, 'example.mjs'), example.text);
  const r = await run(process.execPath, ['example.mjs'], { cwd: pkg.project });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, printed.text);
  const accuracy = Number(/test accuracy (\d\.\d+)/.exec(r.stdout)[1]);
  assert.ok(accuracy >= 0.9, `the example learns the spiral (test accuracy ${accuracy})`);
});

test("the README's CLI example, run with the installed command, prints what the README shows but the time taken", async () => {
  const [specFile, session] = readmeBlocks('## Command line');
  assert.equal(specFile.lang, 'json');
  await writeFile(path.join(pkg.project, 'spiral.json'), specFile.text);
  const [command, ...shown] = session.text.trimEnd().split('\n');
  const args = command.replace(/^\$ npx deep-playground /, '').split(' ');
  const bin = path.join(pkg.project, 'node_modules/.bin/deep-playground');
  const r = await run(bin, args, { cwd: pkg.project });
  assert.equal(r.code, 0, r.stderr);
  const seconds = (lines) => lines.map((line) => line.replace(/^time +[\d.]+ s/, 'time  N s'));
  assert.deepEqual(seconds(`${r.stderr}${r.stdout}`.trimEnd().split('\n')), seconds(shown));
});

test('a TypeScript file type-checks against the installed types with tsc --strict --lib es2022 --types node', async () => {
  const source = `import { grade, loadEngine, type GradeResult, type ModelSpec } from 'deep-playground';
const dp = await loadEngine();
const data = dp.dataset('xor', { n: 200, seed: 3 });
const spec: ModelSpec = {
  inputs: data.inputs,
  layers: [{ type: 'dense', units: 4, activation: 'tanh' }, { type: 'dense', units: 1, activation: 'sigmoid' }],
  loss: 'binary_crossentropy',
};
const loss: number = dp.model(spec).fit(data.train, { epochs: 2 }).loss[1];
const exercise = { id: 'x', title: 'XOR', text: 'Learn XOR.', data: { name: 'xor' as const }, fit: { epochs: 2 } };
const result: GradeResult = await grade({ ...exercise, goal: { metric: 'accuracy', atLeast: 0.5 } }, spec);
// @ts-expect-error: an activation the engine does not have
const wrong: ModelSpec = { inputs: 2, layers: [{ type: 'dense', units: 1, activation: 'sigmoidd' }] };
export { loss, result, wrong };
`;
  await writeFile(path.join(pkg.project, 'check.ts'), source);
  const options = ['--strict', '--lib', 'es2022', '--types', 'node', '--noEmit'];
  options.push('--typeRoots', path.join(repoRoot, 'node_modules/@types'), '--module', 'nodenext', '--target', 'es2022');
  const r = await run(process.execPath, [tsc, ...options, 'check.ts'], { cwd: pkg.project });
  assert.equal(r.code, 0, `tsc found type errors:\n${r.stdout}${r.stderr}`);
});

test('the installed site command writes the packed site into a folder of the project', async () => {
  const bin = path.join(pkg.project, 'node_modules/.bin/deep-playground');
  const r = await run(bin, ['site', 'public'], { cwd: pkg.project });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    filesUnder(path.join(pkg.project, 'public')).sort(),
    filesUnder(path.join(pkg.installed, 'dist')).sort(),
  );
  const embed = (root) => readFileSync(path.join(root, 'embed.js'), 'utf8');
  assert.equal(embed(path.join(pkg.project, 'public')), embed(path.join(pkg.installed, 'dist')));
});
