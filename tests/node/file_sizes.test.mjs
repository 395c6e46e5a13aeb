// Small files with one job: no source file in the repository is over 400 lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const MAX_LINES = 400;
const repoRoot = path.resolve(import.meta.dirname, '../..');
const SOURCE = /\.(m?js|ts|cpp|hpp|h|css|html|sh|cmake)$|(^|\/)CMakeLists\.txt$/;

test(`no source file is over ${MAX_LINES} lines`, () => {
  const files = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter((file) => SOURCE.test(file));
  assert.ok(files.includes('web/main.js') && files.includes('CMakeLists.txt'), 'the scan sees the sources');
  const long = files
    .map((file) => ({ file, lines: readFileSync(path.join(repoRoot, file), 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  assert.deepEqual(long, []);
});
