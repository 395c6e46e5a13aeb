// The page's half of the hook that lets the browser tests crash the training
// worker on purpose. It exists only on a page opened with ?test-crash in its
// address — the query, which nothing in the app writes and the playground's
// state (in the hash) never reaches. Such a page names its worker
// 'training test-crash', which is what makes the worker accept crashForTest
// (see crash-for-test.js), and offers window.deepPlaygroundTest.crashWorker(mode).

export function testHooksEnabled() {
  return new URLSearchParams(location.search).has('test-crash');
}

/** On a test page, window.deepPlaygroundTest.crashWorker(mode) crashes this client's worker. */
export function exposeCrashHook(client) {
  if (!testHooksEnabled()) return;
  window.deepPlaygroundTest = { crashWorker: (mode) => client.send('crashForTest', { mode }) };
}
