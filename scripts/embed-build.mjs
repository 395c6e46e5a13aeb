// Vite plugins for the two embedding builds (vite.embed.config.js):
//   the library      dist/embed.js (+ its chunks, worker, wasm and fonts in dist/assets/)
//                    and the example course page, dist/examples/
//   single files     dist/single/<id>.html, one self-contained file per lesson
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LESSONS } from '../web/lessons/catalog.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(repoRoot, 'web');

/**
 * Rewrites every `rem` in the components' CSS (Lit css`` templates) to a
 * multiple of var(--dp-rem), which the embedded elements set on their root
 * (web/embed/embed-styles.js): a rem is the host document's root font size,
 * which a course page may have set to anything. At-rule conditions
 * (@media, @container) keep their rem, since var() cannot go there.
 */
export function remToEmbedUnit() {
  return {
    name: 'deep-playground-rem-to-embed-unit',
    enforce: 'pre',
    transform(code, id) {
      if (!id.startsWith(webDir) || !/\.js(\?|$)/.test(id) || !code.includes('css`')) return null;
      return {
        code: mapCssTemplates(code, (cssText) =>
          cssText.replace(/^([^@\n]*?)$/gm, (line) => line.replace(REM, REPLACEMENT)),
        ),
        map: null,
      };
    },
  };
}

const REM = /(?<![\w.#-])(\d*\.?\d+)rem\b/g;
const REPLACEMENT = 'calc($1 * var(--dp-rem, 1rem))';

// `code` with the text of every css`...` template passed through `edit` (the ${...} parts left alone).
function mapCssTemplates(code, edit) {
  let out = '';
  let at = 0;
  for (let start = code.indexOf('css`', at); start !== -1; start = code.indexOf('css`', at)) {
    const open = start + 4;
    out += code.slice(at, open);
    let i = open;
    let chunk = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        chunk += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        out += edit(chunk);
        chunk = '';
        const end = closingBrace(code, i + 2);
        out += code.slice(i, end + 1);
        i = end + 1;
      } else {
        chunk += code[i];
        i += 1;
      }
    }
    out += edit(chunk);
    at = i;
  }
  return out + code.slice(at);
}

function closingBrace(code, from) {
  let depth = 1;
  for (let i = from; i < code.length; i += 1) {
    if (code[i] === '{') depth += 1;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  throw new Error('unbalanced ${ in a css`` template');
}

/** Copies web/examples/ (the sample course page) to dist/examples/ as it is. */
export function copyExamples() {
  let outDir;
  return {
    name: 'deep-playground-copy-examples',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await cp(path.join(webDir, 'examples'), path.join(outDir, 'examples'), { recursive: true });
    },
  };
}

/**
 * `import wasmBase64 from 'deep-playground:engine-wasm-base64'`: the engine's
 * wasm file as a base64 string, for the single-file lesson.
 */
export function engineWasmBase64() {
  const id = 'deep-playground:engine-wasm-base64';
  return {
    name: 'deep-playground-engine-wasm-base64',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const wasm = await readFile(path.join(repoRoot, 'bindings/wasm/engine.wasm'));
      return `export default ${JSON.stringify(wasm.toString('base64'))};`;
    },
  };
}

/**
 * KaTeX's stylesheet with only its woff2 fonts: every browser that runs the
 * engine reads woff2, and the single file inlines each font it names.
 */
export function katexWoff2Only() {
  return {
    name: 'deep-playground-katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('katex.min.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\("(woff|truetype)"\)/g, ''), map: null };
    },
  };
}

/**
 * Writes dist/single/<id>.html for every lesson from the build's one entry
 * chunk (web/single.js with everything inlined: scripts, styles, fonts, the
 * worker and the wasm), and nothing else.
 */
export function singleFileLessons({ outDir = path.join(repoRoot, 'dist/single') } = {}) {
  return {
    name: 'deep-playground-single-file-lessons',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const entries = Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry);
      if (entries.length !== 1 || Object.values(bundle).some((file) => file.type === 'chunk' && !file.isEntry)) {
        throw new Error(`the single-file build must make exactly one chunk, made ${Object.keys(bundle).join(', ')}`);
      }
      // Vite pairs each dynamic import() with a __VITE_PRELOAD__ list of files
      // to preload; with every import inlined, there are none to pair, and an
      // empty list is what its preload helper takes for "nothing to preload".
      const script = inlineScript(entries[0].code.replaceAll('__VITE_PRELOAD__', 'void 0'));
      await mkdir(outDir, { recursive: true });
      for (const lesson of LESSONS)
        await writeFile(path.join(outDir, `${lesson.id}.html`), singleFilePage(lesson, script));
      for (const name of Object.keys(bundle)) delete bundle[name];
    },
  };
}

// A script's text made safe to sit between <script> and </script>: only
// "</script" could end it early, and "<\/script" means the same in every
// place JavaScript allows it (strings, templates, regular expressions, comments).
function inlineScript(code) {
  const safe = code.replace(/<\/script/gi, '<\\/script');
  if (/<!--/.test(safe) && /<script/i.test(safe))
    throw new Error('the single-file script holds both "<!--" and "<script", which HTML parsers treat specially');
  return safe;
}

function singleFilePage(lesson, script) {
  const title = escapeHtml(`${lesson.title} — Deep Playground`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${escapeHtml(lesson.summary)}">
<meta name="generator" content="Deep Playground single-file lesson (scripts/embed-build.mjs)">
<link rel="icon" href="data:,">
<style>html { background: #f5f7f9; } body { margin: 0; } deep-lesson { max-width: 64rem; margin: 0 auto; }</style>
</head>
<body>
<deep-lesson lesson="${escapeHtml(lesson.id)}" controls></deep-lesson>
<noscript>This lesson trains its networks with JavaScript, which is turned off.</noscript>
<script type="module">${script}</script>
</body>
</html>
`;
}

function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}
