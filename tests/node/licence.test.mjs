// What a university or a learning platform checks before adopting the
// package: a licence, and the notices of everything by others that the
// builds carry (dist/ for the site and embeds, the wasm engine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const packageJson = JSON.parse(read('package.json'));

test('the package is MIT licensed, and ships the licence and the third-party notices', () => {
  assert.equal(packageJson.license, 'MIT');
  assert.match(read('LICENSE'), /^MIT License\n/);
  for (const file of ['LICENSE', 'THIRD-PARTY-NOTICES'])
    assert.ok(packageJson.files.includes(file), `${file} is in package.json files`);
});

test('the built site carries the notices of every library its bundles and engine contain', () => {
  assert.equal(read('dist/LICENSE'), read('LICENSE'));
  const notices = read('dist/THIRD-PARTY-NOTICES');
  assert.equal(notices, read('THIRD-PARTY-NOTICES'));
  for (const name of [
    'Lit',
    'KaTeX',
    'xtensor',
    'xtl',
    'nlohmann/json',
    'Emscripten',
    'musl',
    'TypeDoc',
    'lunr',
    'CC BY 4.0',
    'Iris',
  ]) {
    assert.ok(notices.includes(name), `the notices name ${name}`);
  }
});
