// `deep-playground grade EXERCISE.json SUBMISSION.json... [--json] [--jobs N]`:
// every submission graded in its own worker thread, --jobs at a time; one
// line per submission in the order given (or one JSON object), and an exit
// status of 0 when all passed.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readTextFile } from './read-file.js';
import { printable } from './printable.js';
import ENGINE_LIMITS from '../bindings/wasm/limits.json' with { type: 'json' };

// Past maxSeconds a worker gets this long to stop by itself between two epochs before it is terminated.
const GRACE_MS = 2000;
// How long a worker may take to load the engine before grading starts.
const STARTUP_MS = 60_000;

/**
 * Grades `files` against the exercise (already checked by readExercise, and
 * its text); prints the results. Returns the exit status: 0 all passed, 1 not.
 */
export async function gradeFiles(exercise, exerciseText, files, { json = false, jobs = availableParallelism() } = {}) {
  const results = new Array(files.length);
  let printed = 0;
  const printReady = () => {
    for (; printed < files.length && results[printed]; printed++) {
      if (!json) console.log(line(results[printed]));
    }
  };
  let next = 0;
  const lane = async () => {
    for (let i; (i = next++) < files.length;) {
      results[i] = { file: files[i], ...(await gradeFile(exerciseText, exercise.limits.maxSeconds, files[i])) };
      printReady();
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, lane));
  if (json) console.log(JSON.stringify({ exercise: exercise.id, results }));
  return results.every((r) => r.passed) ? 0 : 1;
}

function line({ file, passed, status, message }) {
  // diverged and timeout messages say so themselves
  const why = status === 'rejected' || status === 'error' ? `${status}: ${message}` : message;
  return printable(`${passed ? 'PASS' : 'FAIL'}  ${file}  ${why}`);
}

const outcome = (status, message) => ({ passed: false, status, message, metrics: null });

async function gradeFile(exerciseText, maxSeconds, file) {
  let spec;
  try {
    spec = readTextFile(file, 'submission', ENGINE_LIMITS.specText);
  } catch (e) {
    return outcome('error', e.message);
  }
  return runWorker({ exercise: exerciseText, spec }, maxSeconds);
}

function runWorker(workerData, maxSeconds) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./grade-worker.js', import.meta.url), { workerData });
    let settled = false;
    const settle = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    let timer = setTimeout(() => settle(outcome('error', 'the engine did not start')), STARTUP_MS);
    worker.on('message', (message) => {
      if (message.type === 'started') {
        clearTimeout(timer);
        timer = setTimeout(
          () => settle(outcome('timeout', `timed out after ${maxSeconds} s`)),
          maxSeconds * 1000 + GRACE_MS,
        );
      } else settle(message.result);
    });
    worker.on('error', (e) => settle(outcome('error', `the engine failed: ${e.message}`)));
    worker.on('exit', (code) =>
      settle(outcome('error', `the grading thread stopped (exit code ${code}) without a result`)),
    );
  });
}
