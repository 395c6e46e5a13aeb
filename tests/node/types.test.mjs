// bindings/index.d.ts describes the API as implemented: a typed use of it
// (types_usage.ts) compiles under --strict in a Node project (with and
// without the DOM's types: `--lib es2022 --types node` has no WebAssembly)
// and in a browser project, and the mistakes it marks with @ts-expect-error
// are caught.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsc = createRequire(path.join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
const files = ['bindings/index.d.ts', 'tests/node/types_usage.ts'].map((file) => path.join(repoRoot, file));
const dir = mkdtempSync(path.join(os.tmpdir(), 'deep-playground-types-'));

const PROJECTS = {
  'Node project with only the es2022 library': { lib: ['es2022'], types: ['node'], module: 'nodenext' },
  'Node project with the default libraries': { types: ['node'], module: 'nodenext' },
  'browser project': { lib: ['es2022', 'dom'], types: [], module: 'es2022', moduleResolution: 'bundler' },
};

for (const [project, options] of Object.entries(PROJECTS)) {
  test(`the type declarations compile with typed use of the API, strict, in a ${project}`, () => {
    const config = path.join(dir, `${project.replace(/\W+/g, '-')}.json`);
    const compilerOptions = {
      noEmit: true,
      strict: true,
      target: 'es2022',
      typeRoots: [path.join(repoRoot, 'node_modules/@types')],
      ...options,
    };
    writeFileSync(config, JSON.stringify({ compilerOptions, files }));
    try {
      execFileSync(process.execPath, [tsc, '-p', config], { cwd: repoRoot, encoding: 'utf8' });
    } catch (e) {
      assert.fail(`tsc found type errors:\n${e.stdout}${e.stderr}`);
    }
  });
}
