// Where the page's training workers come from. The site starts each one from
// its own module URL; an embedding installs a starter of its own (web/embed/):
// the <deep-lesson> library shares one download of the engine among all its
// workers, and the single-file lesson starts them from inlined code.
let starter = ({ name } = {}) => new Worker(new URL('./training-worker.js', import.meta.url), { type: 'module', name });

/** A new training worker (training-worker.js); options: { name }. */
export function startTrainingWorker(options = {}) {
  return starter(options);
}

/** Makes every later startTrainingWorker(options) call `start(options)` instead. */
export function setWorkerStarter(start) {
  starter = start;
}
