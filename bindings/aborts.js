// An engine that aborted (out of memory, a trap) has lost its memory: every
// later call on it, or on a model it made, says so in words instead of
// failing somewhere obscure, and loadEngine() gives a fresh one.

/** Makes `module` remember why it aborted, when it does. */
export function watchAborts(module) {
  module.onAbort = (what) => {
    module.abortReason = what ? String(what) : 'no reason given';
  };
}

/** Whether `module` has aborted. */
export const hasAborted = (module) => module.abortReason !== undefined;

/** Throws an Error saying so if `module` has aborted. */
export function assertAlive(module) {
  if (hasAborted(module)) {
    throw new Error(
      `the engine aborted earlier (${module.abortReason}) and lost its memory: call loadEngine() for a fresh one`,
    );
  }
}
