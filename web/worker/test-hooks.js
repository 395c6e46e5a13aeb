// The page's half of the hook that lets the browser tests crash the training
// worker on purpose: window.deepPlaygroundTest.crashWorker(mode) (the worker's
// half is crash-for-test.js). Only the test build has it (`vite build --mode
// test`, into build/test-site/, see scripts/build.sh): every use sits behind
// import.meta.env.MODE === 'test', which the build turns into a constant, so
// the production bundles (dist/) leave both halves out.

/** window.deepPlaygroundTest.crashWorker(mode) crashes this client's worker. */
export function exposeCrashHook(client) {
  window.deepPlaygroundTest = { crashWorker: (mode) => client.send('crashForTest', { mode }) };
}
