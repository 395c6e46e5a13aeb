// bindings/index.d.ts describes the API as implemented: a typed use of it
// (types_usage.ts) compiles under --strict, and the mistakes it marks with
// @ts-expect-error are caught. Runs only where typescript is installed;
// without it, check by hand:
//   npx -y -p typescript@5 tsc --noEmit --strict --target es2022 --module nodenext tests/node/types_usage.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function findTsc() {
  try {
    return createRequire(path.join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

const tsc = findTsc();

test('the type declarations accept typed use of the API and reject its common mistakes', { skip: tsc ? false : 'typescript is not installed' }, () => {
  const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'nodenext', 'bindings/index.d.ts', 'tests/node/types_usage.ts'];
  try {
    execFileSync(process.execPath, [tsc, ...args], { cwd: repoRoot, encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc found type errors:\n${e.stdout}${e.stderr}`);
  }
});
