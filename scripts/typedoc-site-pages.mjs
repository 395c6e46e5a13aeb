// A TypeDoc plugin (typedoc.json) that fits the API reference's pages
// (dist/api/) to the rest of the site. TypeDoc writes its theme switch as an
// inline <script> in every page, which the site's strict Content-Security-Policy
// (no inline script) blocks: the plugin moves that script into
// assets/theme.js and loads it from there, as every other page of the site
// loads its scripts. And like the site's pages, each names an empty icon, so
// that no browser asks the host for a /favicon.ico it may not have.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PageEvent, RendererEvent } from 'typedoc';

const INLINE_SCRIPT = /<script>([^<]*)<\/script>/g;
const NO_ICON = '<link rel="icon" href="data:,"/>';

/** TypeDoc calls load() with its application when typedoc.json names this file. */
export function load(app) {
  let theme;
  app.renderer.on(PageEvent.END, (page) => {
    const toRoot = '../'.repeat(page.url.split('/').length - 1);
    page.contents = page.contents
      ?.replace(INLINE_SCRIPT, (_, code) => {
        if (theme !== undefined && code !== theme) throw new Error(`${page.url}: a second kind of inline script`);
        theme = code;
        return `<script src="${toRoot}assets/theme.js"></script>`;
      })
      .replace('</head>', `${NO_ICON}</head>`);
  });
  app.renderer.on(RendererEvent.END, (event) => {
    if (theme !== undefined) writeFileSync(path.join(event.outputDirectory, 'assets/theme.js'), `${theme}\n`);
  });
}
