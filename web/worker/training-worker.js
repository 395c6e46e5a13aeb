// The training worker's entry: loads the engine, then runs the page's
// commands in the order they arrive — the playground's on one
// TrainingSession, the lesson page's through the lesson runner.
//   configure {state, local?} | play | pause | step | reset | exportModel | checkSpec {spec}
//   setWeight {layer, index, value}
//   datasetPreviews               (what the data chooser's thumbnails draw)
//   runLesson {lessonId, seed?, only?, settings?, channel?}
//                                 (posts 'lesson-progress' frames, replies with the results; a newer
//                                 runLesson on the same channel supersedes it: it stops before its next
//                                 run and replies with an error saying so, so a figure whose controls
//                                 move fast trains only for the latest values)
//   engineCall {method, args}     (dp.surface / dp.optimizerPath)
//   openExercise {exercise}       (what the page shows of an exercise)
//   grade {exercise, spec}        (posts 'exercise-progress' frames, replies with the grader's result)
//   ping                          (answered with 'pong' at once, even while the engine loads)
//   crashForTest {mode}           (only in the test build: crash-for-test.js)
// A command sent with an id gets { type: 'reply', id, result | error }; one
// without an id that fails posts { type: 'failed', message }. When the
// engine itself breaks (it aborts or traps), or anything escapes the
// commands, the worker posts { type: 'crashed', message } and ends: the page
// starts a new one (training-client.js).
import { loadEngine } from '../../bindings/index.js';
import { TrainingSession } from './training-session.js';
import { engineCall, runLesson } from './lesson-runner.js';
import { gradeExercise, openExercise } from './exercise-grader.js';
import { crashableEngine } from './crash-for-test.js';
import { datasetPreviews } from './dataset-previews.js';

const commands = {
  configure: ({ session }, { state, local }) => session.configure(state, local),
  play: ({ session }) => session.play(),
  pause: ({ session }) => session.pause(),
  step: ({ session }) => session.step(),
  reset: ({ session }) => session.reset(),
  setWeight: ({ session }, { layer, index, value }) => session.setWeight(layer, index, value),
  exportModel: ({ session }) => session.exportModel(),
  checkSpec: ({ session }, { spec }) => session.checkSpec(spec),
  datasetPreviews: ({ dp }) => datasetPreviews(dp),
  runLesson: ({ dp }, message) => runLesson(dp, message, post, message.channel && (() => isSuperseded(message))),
  engineCall: ({ dp }, message) => engineCall(dp, message),
  openExercise: ({ dp }, message) => openExercise(dp, message),
  grade: ({ dp }, message) => gradeExercise(dp, message, post),
  ...(import.meta.env.MODE === 'test' && { crashForTest: ({ crashTest }, { mode }) => crashTest.crash(mode) }),
};
// Replies whose typed arrays move to the page instead of being copied.
const TRANSFERRED_REPLIES = new Set(['runLesson', 'engineCall', 'openExercise', 'grade', 'datasetPreviews']);

// The id of the newest runLesson per channel, noted as each message arrives (before it waits for the engine).
const newestOnChannel = new Map();
const isSuperseded = ({ channel, id }) => newestOnChannel.get(channel) !== id;

function post(message, transfer = false) {
  self.postMessage(message, transfer ? buffersIn(message) : []);
}

// Every typed array's buffer in a message (each once), so it moves instead of being copied.
function buffersIn(value, found = new Set()) {
  if (ArrayBuffer.isView(value)) found.add(value.buffer);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => buffersIn(v, found));
  return [...found];
}

// A wasm trap or an Emscripten abort (both a WebAssembly.RuntimeError), or a
// C++ exception that escaped as a bare number: the engine's memory can no
// longer be trusted.
function isCrash(error) {
  return error instanceof WebAssembly.RuntimeError || !(error instanceof Error);
}

function crashReason(error) {
  if (error instanceof WebAssembly.RuntimeError) {
    return `the engine stopped: ${error.message.replace(/\.? Build with -s ASSERTIONS=1 for more info\.$/, '')}`;
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `the engine threw ${String(error)}`;
}

function die(reason) {
  post({ type: 'crashed', message: reason });
  self.close();
}

// Whatever escapes the commands (training slices run on their own) ends the worker.
self.addEventListener('error', (event) => {
  event.preventDefault();
  die(crashReason(event.error ?? new Error(event.message)));
});
self.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  die(crashReason(event.reason));
});

// The session is made on first use: a lesson page never needs one.
const engine = loadEngine().then((loaded) => {
  const crashTest = import.meta.env.MODE === 'test' ? crashableEngine(loaded) : null;
  const dp = crashTest?.dp ?? loaded;
  let session = null;
  return {
    dp,
    crashTest,
    get session() {
      return (session ??= new TrainingSession(dp, post));
    },
  };
});
engine.catch((error) => die(`the engine could not start: ${error.message}`));

self.onmessage = ({ data: message }) => {
  if (message.type === 'ping') return post({ type: 'pong' });
  if (message.type === 'runLesson' && message.channel) newestOnChannel.set(message.channel, message.id);
  engine.then(
    (context) => {
      const fail = (error) => {
        if (isCrash(error)) die(crashReason(error));
        else if (message.id === undefined) post({ type: 'failed', message: error.message });
        else post({ type: 'reply', id: message.id, error: error.message });
      };
      const succeed = (result) =>
        message.id !== undefined &&
        post({ type: 'reply', id: message.id, result }, TRANSFERRED_REPLIES.has(message.type));
      try {
        const command = Object.hasOwn(commands, message.type) ? commands[message.type] : null;
        if (!command) throw new Error(`unknown command ${message.type}`);
        const result = command(context, message);
        // Playground commands answer at once, in order; a lesson run answers when it is done.
        if (result instanceof Promise) result.then(succeed, fail);
        else succeed(result);
      } catch (error) {
        fail(error);
      }
    },
    () => {},
  );
};
