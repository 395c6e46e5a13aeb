// Work that can wait for a quiet moment: the browser runs `task` when it has
// nothing else to do, and at the latest after `timeoutMs` (where there is no
// requestIdleCallback, on the next turn of the event loop).
export function whenIdle(task, timeoutMs) {
  if (window.requestIdleCallback) requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 0);
}
