// The training worker's entry: loads the engine, then runs the page's
// commands in the order they arrive — the playground's on one
// TrainingSession, the lesson page's through the lesson runner.
//   configure {state} | play | pause | step | reset | exportModel | checkSpec {spec}
//   runLesson {lessonId, seed?}   (posts 'lesson-progress' frames, replies with the results)
//   engineCall {method, args}     (dp.surface / dp.optimizerPath)
// A command sent with an id gets { type: 'reply', id, result | error }.
import { loadEngine } from '../../bindings/index.js';
import { TrainingSession } from './training-session.js';
import { engineCall, runLesson } from './lesson-runner.js';

const commands = {
  configure: ({ session }, { state }) => session.configure(state),
  play: ({ session }) => session.play(),
  pause: ({ session }) => session.pause(),
  step: ({ session }) => session.step(),
  reset: ({ session }) => session.reset(),
  exportModel: ({ session }) => session.exportModel(),
  checkSpec: ({ session }, { spec }) => session.checkSpec(spec),
  runLesson: ({ dp }, message) => runLesson(dp, message, post),
  engineCall: ({ dp }, message) => engineCall(dp, message),
};
// Replies whose typed arrays move to the page instead of being copied.
const TRANSFERRED_REPLIES = new Set(['runLesson', 'engineCall']);

function post(message, transfer = false) {
  self.postMessage(message, transfer ? buffersIn(message) : []);
}

// Every typed array's buffer in a message (each once), so it moves instead of being copied.
function buffersIn(value, found = new Set()) {
  if (ArrayBuffer.isView(value)) found.add(value.buffer);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => buffersIn(v, found));
  return [...found];
}

// The session is made on first use: a lesson page never needs one.
const engine = loadEngine().then((dp) => {
  let session = null;
  return {
    dp,
    get session() {
      return (session ??= new TrainingSession(dp, post));
    },
  };
});
engine.catch((error) => post({ type: 'failed', message: `The training engine could not start: ${error.message}` }));

self.onmessage = ({ data: message }) => {
  engine.then((context) => {
    const fail = (error) => {
      if (message.id === undefined) post({ type: 'failed', message: error.message });
      else post({ type: 'reply', id: message.id, error: error.message });
    };
    const succeed = (result) => message.id !== undefined && post({ type: 'reply', id: message.id, result }, TRANSFERRED_REPLIES.has(message.type));
    try {
      const command = commands[message.type];
      if (!command) throw new Error(`unknown command ${message.type}`);
      const result = command(context, message);
      // Playground commands answer at once, in order; a lesson run answers when it is done.
      if (result instanceof Promise) result.then(succeed, fail);
      else succeed(result);
    } catch (error) {
      fail(error);
    }
  });
};
