// How fast `deep-playground grade` gets through a class's submissions: the
// README's spiral exercise (tests/fixtures/grading/exercise.json) with
// copies of its passing submission, graded by the CLI as an author runs it,
// with one job and with one job per core. Each submission trains once per
// goal seed in a thread of its own, engine start-up included.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './native.mjs';

const SUBMISSIONS = 8;

/** [{ jobs, submissions, seconds, perSecond }] for one job and for every core. */
export function gradingRates() {
  const fixtures = path.join(root, 'tests/fixtures/grading');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'deep-playground-grading-'));
  const files = Array.from({ length: SUBMISSIONS }, (_, i) => {
    const file = path.join(dir, `student-${i + 1}.json`);
    copyFileSync(path.join(fixtures, 'submissions/good.json'), file);
    return file;
  });
  const cli = path.join(root, 'cli/deep-playground.js');
  return [...new Set([1, os.availableParallelism()])].map((jobs) => {
    const started = performance.now();
    const report = execFileSync(process.execPath, [
      cli,
      'grade',
      path.join(fixtures, 'exercise.json'),
      ...files,
      '--json',
      '--jobs',
      String(jobs),
    ]);
    const seconds = (performance.now() - started) / 1000;
    const passed = JSON.parse(report).results.filter((r) => r.passed).length;
    if (passed !== SUBMISSIONS)
      throw new Error(`grading bench: ${passed} of ${SUBMISSIONS} copies of good.json passed`);
    return { jobs, submissions: SUBMISSIONS, seconds, perSecond: SUBMISSIONS / seconds };
  });
}

/** The rates as a table. */
export function gradingTable(rates) {
  const rows = rates.map(
    ({ jobs, submissions, seconds, perSecond }) =>
      `  ${String(jobs).padStart(4)}  ${String(submissions).padStart(11)}  ${seconds.toFixed(2).padStart(7)}  ${perSecond.toFixed(2).padStart(14)}`,
  );
  return [
    'Grading: deep-playground grade on the spiral exercise (3 seeds x 300 epochs per submission)',
    '  jobs  submissions  seconds  submissions/s',
    ...rows,
  ].join('\n');
}
