// Where the page's training workers come from. The site starts each one from
// its own module URL; an embedding installs a starter of its own (web/embed/):
// the <deep-lesson> library shares one download of the engine among all its
// workers, and the single-file lesson starts them from inlined code.
let starter = ({ name } = {}) => new Worker(new URL('./training-worker.js', import.meta.url), { type: 'module', name });

let prestarted = null; // { worker, name } started ahead of its first use

/** A new training worker (training-worker.js); options: { name }. Takes the prestarted one when its name fits. */
export function startTrainingWorker(options = {}) {
  if (prestarted?.name === options.name) {
    const { worker } = prestarted;
    prestarted = null;
    return worker;
  }
  return starter(options);
}

/** Starts a worker now, so the engine downloads and compiles while the page renders. */
export function prestartTrainingWorker(options = {}) {
  prestarted ??= { worker: starter(options), name: options.name };
}

/** Makes every later startTrainingWorker(options) call `start(options)` instead. */
export function setWorkerStarter(start) {
  starter = start;
}
