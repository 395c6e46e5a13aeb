// KaTeX, the largest library the site uses, on demand. A page whose formulas
// sit below the fold (the playground's optimizer) loads it when a formula
// comes near the screen or the page is idle (see <dp-formula>); a module that
// needs it at once imports it itself and hands it over with provideKatex()
// (inline-tex.js, for the lesson pages), so their formulas typeset in their
// first render.
let katex = null;
let loading = null;

/** Makes an already imported KaTeX the one every formula uses. */
export function provideKatex(module) {
  katex = module;
}

/** KaTeX when it is here, else null. */
export function loadedKatex() {
  return katex;
}

/** Resolves with KaTeX, importing it on the first call. */
export function loadKatex() {
  loading ??= katex
    ? Promise.resolve(katex)
    : import('katex').then((module) => {
        katex ??= module.default;
        return katex;
      });
  return loading;
}
