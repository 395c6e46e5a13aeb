// The worker's half of the test hook that crashes it on purpose, so that the
// browser tests can check that the pages recover. Only the test build has it
// (see test-hooks.js): crashForTest { mode }
//   abort  the engine aborts in its next fit — a real Emscripten abort (the
//          engine is asked for a 4 GiB buffer it cannot allocate), thrown
//          where training runs, mid-run
//   exit   the worker ends without a word (only the page's heartbeat notices)
//   hang   the worker loops forever (the heartbeat again)

/** { dp: the engine with a fit that can be made to abort, crash(mode) }. */
export function crashableEngine(dp) {
  let armed = false;
  const abortEngine = () => new dp.module.FloatBuffer().resize(2 ** 30);
  const abortingFit = (model) =>
    withMethods(model, {
      fit(...args) {
        if (armed) {
          armed = false;
          abortEngine();
        }
        return model.fit(...args);
      },
    });
  return {
    dp: withMethods(dp, { model: (spec) => abortingFit(dp.model(spec)) }),
    crash(mode) {
      if (mode === 'abort') armed = true;
      else if (mode === 'exit') self.close();
      else if (mode === 'hang') for (;;);
      else throw new Error('crashForTest: mode must be abort, exit or hang');
    },
  };
}

// `target` with some methods replaced; the others stay bound to it (its private fields need that).
function withMethods(target, methods) {
  return new Proxy(target, {
    get(object, key) {
      if (Object.hasOwn(methods, key)) return methods[key];
      const value = Reflect.get(object, key);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}
