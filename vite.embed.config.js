// The embedding builds, run after the site's (vite.config.js) into the same dist/:
//   vite build --config vite.embed.config.js                 dist/embed.js, the
//       <deep-lesson>/<deep-playground> library (ES module), its chunks, worker,
//       wasm and fonts in dist/assets/ (found from embed.js's own URL), and the
//       sample course page in dist/examples/
//   vite build --config vite.embed.config.js --mode single   dist/single/<id>.html,
//       one self-contained file per lesson (everything inlined, for file:// and
//       learning platforms that take an uploaded file)
// Not library mode: Vite's library mode inlines every asset, and the library
// wants its wasm and fonts as files beside it (a strict Content-Security-Policy
// blocks fonts from data: URLs).
import path from 'node:path';
import { defineConfig } from 'vite';
import {
  copyExamples,
  engineWasmBase64,
  katexWoff2Only,
  remToEmbedUnit,
  singleFileLessons,
} from './scripts/embed-build.mjs';

const web = path.resolve(import.meta.dirname, 'web');

const library = {
  build: {
    outDir: '../dist',
    emptyOutDir: false,
    assetsInlineLimit: 0,
    // Lit, KaTeX and the pages: what one script tag brings.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      input: { embed: path.join(web, 'embed.js') },
      // embed.js keeps its name: it is the address course pages use.
      output: { entryFileNames: '[name].js', chunkFileNames: 'assets/[name]-[hash].js' },
      // The library carries the lesson page, which typesets at once, so KaTeX
      // belongs in it: <dp-formula>'s lazy import of KaTeX (for the site's
      // playground) has nothing to split off here.
      onLog(level, log, handle) {
        if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handle(level, log);
      },
    },
  },
  worker: { format: 'es', plugins: () => [remToEmbedUnit()] },
  plugins: [remToEmbedUnit(), copyExamples()],
};

const single = {
  build: {
    // Nothing is written here: singleFileLessons() writes dist/single/ and drops the rest.
    outDir: '../build/single',
    emptyOutDir: true,
    // Inline every font; the worker's copy of engine.wasm stays out (the page hands it the engine).
    assetsInlineLimit: (file) => !file.endsWith('.wasm'),
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: path.join(web, 'single.js'),
      output: { codeSplitting: false },
    },
  },
  // A classic worker: Chromium will not start a module worker from a blob: URL in a file:// page.
  worker: { format: 'iife', plugins: () => [remToEmbedUnit()], rolldownOptions: { output: { codeSplitting: false } } },
  plugins: [engineWasmBase64(), katexWoff2Only(), remToEmbedUnit(), singleFileLessons()],
};

export default defineConfig(({ mode }) => ({
  root: 'web',
  base: './',
  publicDir: false,
  logLevel: 'warn',
  ...(mode === 'single' ? single : library),
  build: { target: 'es2022', ...(mode === 'single' ? single : library).build },
}));
