// The package as a course author gets it: `npm pack` of this repository into
// a temp folder, and the tarball installed offline into an empty project
// beside it. Shared by tests/node/package.test.mjs (Node, the CLI, types)
// and tests/browser/package.test.mjs (embed.js served from the install).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs a command and resolves to { code, stdout, stderr }. */
export function run(command, args, { cwd, env = process.env } = {}) {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, timeout: 600_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/**
 * Packs the repository (its wasm engine and dist/ already built, as `npm test`
 * does first: the prepack build is skipped here) and installs the tarball
 * offline into a new empty project. Resolves to { pack (npm pack's JSON
 * record: size, entryCount, files), tarball, project, installed (the
 * package's folder in the project), remove() }.
 */
export async function packAndInstall() {
  for (const built of ['bindings/wasm/engine.wasm', 'dist/embed.js', 'dist/api/index.html']) {
    assert.ok(existsSync(path.join(repoRoot, built)), `${built} is missing: run \`npm run build\` first`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deep-playground-package-'));
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repoRoot });
  assert.equal(packed.code, 0, packed.stderr);
  const [pack] = JSON.parse(packed.stdout);
  const tarball = path.join(dir, pack.filename);
  const project = path.join(dir, 'course');
  await mkdir(project);
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'course', version: '1.0.0', private: true, type: 'module' }),
  );
  // The project's own npm settings only: none of the repository's npm run environment.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const installed = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: project,
    env,
  });
  assert.equal(installed.code, 0, `the tarball installs offline:\n${installed.stderr}`);
  return {
    pack,
    tarball,
    project,
    installed: path.join(project, 'node_modules/deep-playground'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
