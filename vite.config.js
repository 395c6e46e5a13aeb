// Vite serves web/ in development and bundles it into dist/ with relative
// asset paths, so the built site works from any folder of any static host.
import { defineConfig } from 'vite';
import { routePages } from './scripts/route-pages.mjs';

export default defineConfig({
  root: 'web',
  base: './',
  // The app bundle sits at the site's root so that it can take its own URL as
  // the app's base (web/main.js); everything else goes to assets/.
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // Every asset a file of its own: a strict Content-Security-Policy
    // (font-src 'self') blocks fonts inlined as data: URLs.
    assetsInlineLimit: 0,
    rolldownOptions: { output: { entryFileNames: '[name]-[hash].js' } },
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT) || 5173,
    strictPort: Boolean(process.env.PORT),
    // The engine lives in ../bindings, outside web/.
    fs: { allow: ['..'] },
  },
  plugins: [routePages()],
});
