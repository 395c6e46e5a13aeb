// The site's folders follow the data flow: no folder of web/ (subfolders
// count) imports, directly or through others, a folder that imports it back,
// and each folder has a file whose first line says what the folder is for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const web = path.join(repoRoot, 'web');

/** Every file under `dir`, as paths relative to the repository. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)));
}

// Static imports, re-exports, side-effect imports, dynamic imports and new URL('./x', import.meta.url).
const SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|new URL\(\s*['"]([^'"]+)['"]/g;

/** The folders (relative to the repository) that `file`'s relative imports reach. */
function importedFolders(file) {
  const source = readFileSync(path.join(repoRoot, file), 'utf8');
  const folders = new Set();
  for (const match of source.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (specifier.startsWith('.')) folders.add(path.dirname(path.join(path.dirname(file), specifier)));
  }
  return folders;
}

/** folder -> Set of the other folders its files import. */
function folderGraph() {
  const graph = new Map();
  for (const file of filesUnder(web).filter((f) => /\.m?js$/.test(f))) {
    const from = path.dirname(file);
    if (!graph.has(from)) graph.set(from, new Set());
    for (const to of importedFolders(file)) if (to !== from) graph.get(from).add(to);
  }
  return graph;
}

/** Each chain of imports that leads from a folder back to itself, once per folder it starts from. */
function cycles(graph) {
  const found = [];
  for (const start of graph.keys()) {
    const seen = new Set();
    const walk = (folder, trail) => {
      for (const next of graph.get(folder) ?? []) {
        if (next === start) found.push([...trail, next].join(' -> '));
        else if (!seen.has(next)) {
          seen.add(next);
          walk(next, [...trail, next]);
        }
      }
    };
    walk(start, [start]);
  }
  return found;
}

test('the import scan sees the folders that web/ is made of', () => {
  const graph = folderGraph();
  for (const folder of ['web', 'web/domain', 'web/lessons', 'web/worker', 'web/site', 'web/embed'])
    assert.ok(graph.has(folder), folder);
  assert.ok(graph.get('web/site').has('web/domain'), 'site/ imports domain/');
});

test('no web/ folder imports a folder that imports it back', () => {
  assert.deepEqual(cycles(folderGraph()), []);
});

test('the cycle check finds a loop through three folders', () => {
  const loop = new Map([
    ['a', new Set(['b'])],
    ['b', new Set(['c'])],
    ['c', new Set(['a'])],
    ['d', new Set(['a'])],
  ]);
  assert.deepEqual(cycles(loop), ['a -> b -> c -> a', 'b -> c -> a -> b', 'c -> a -> b -> c']);
});

test('each web/ folder has a file whose first line says what the folder is for', () => {
  const folders = new Map();
  for (const file of filesUnder(web)) {
    const folder = path.dirname(file);
    const firstLine = readFileSync(path.join(repoRoot, file), 'utf8').split('\n')[0];
    if (/\.(m?js|css)$/.test(file) && firstLine.match(/^(\/\/|\/\*) (\S+)\/ — /)?.[2] === folder)
      folders.set(folder, file);
    else if (!folders.has(folder)) folders.set(folder, null);
  }
  const undescribed = [...folders].filter(([, file]) => !file).map(([folder]) => folder);
  assert.deepEqual(undescribed, []);
});
