// Where the page's training workers come from. The site starts each one from
// its own module URL; an embedding installs a starter of its own (web/embed/):
// the <deep-lesson> library shares one download of the engine among all its
// workers, and the single-file lesson starts them from inlined code.
let starter = ({ name } = {}) => new Worker(new URL('./training-worker.js', import.meta.url), { type: 'module', name });

let prestarted = null; // { worker, name, early } started ahead of its first use

/**
 * A training worker (training-worker.js) for `options` ({ name }): the
 * prestarted one when its name fits, else a new one. Returns { worker, early }:
 * `early` holds the events (message, error) the prestarted worker sent before
 * it was taken, for the taker to handle first; it is empty for a new worker.
 */
export function startTrainingWorker(options = {}) {
  if (prestarted?.name === options.name) {
    const { worker, early } = prestarted;
    prestarted = null;
    worker.onmessage = worker.onerror = null;
    return { worker, early };
  }
  return { worker: starter(options), early: [] };
}

/**
 * Starts a worker now and sends it `commands`, so that the engine downloads,
 * compiles and carries them out while the page renders. What the worker says
 * meanwhile waits for startTrainingWorker's caller.
 */
export function prestartTrainingWorker(options = {}, commands = []) {
  if (prestarted) return;
  const worker = starter(options);
  const early = [];
  worker.onmessage = (event) => early.push(event);
  worker.onerror = (event) => {
    event.preventDefault();
    early.push(event);
  };
  commands.forEach((command) => worker.postMessage(command));
  prestarted = { worker, name: options.name, early };
}

/** Makes every later startTrainingWorker(options) call `start(options)` instead. */
export function setWorkerStarter(start) {
  starter = start;
}
