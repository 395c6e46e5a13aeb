// One submission graded in a worker thread of its own, so that the command can
// stop it at its time limit, and an engine that aborts takes only this thread
// down. Receives { exercise, spec } as workerData; posts { type: 'started' }
// once the engine is ready, then { type: 'result', result }.
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine } from '../bindings/index.js';
import { readExercise } from '../grader/exercise.js';
import { gradeSubmission } from '../grader/grade.js';

const dp = await loadEngine();
const exercise = readExercise(dp, workerData.exercise);
parentPort.postMessage({ type: 'started' });
parentPort.postMessage({ type: 'result', result: gradeSubmission(dp, exercise, workerData.spec) });
