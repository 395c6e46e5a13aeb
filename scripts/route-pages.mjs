// A Vite build step: writes a copy of dist/index.html at every route's folder
// (playground/, lesson/<id>/, embed/...) with its relative asset paths moved
// up as many levels, so each URL loads as a file on a plain static host.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { staticRoutePaths } from '../web/state/routes.js';

/** index.html's `src="./x"` / `href="./x"` rewritten for a page `depth` folders down. */
function rebaseHtml(html, depth) {
  const up = '../'.repeat(depth);
  return html.replace(/\b(src|href)="\.\//g, `$1="${up}`);
}

export function routePages() {
  let outDir;
  return {
    name: 'deep-playground-route-pages',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
      for (const routePath of staticRoutePaths()) {
        const depth = routePath.split('/').filter(Boolean).length;
        const folder = path.join(outDir, routePath);
        await mkdir(folder, { recursive: true });
        await writeFile(path.join(folder, 'index.html'), rebaseHtml(html, depth));
      }
    },
  };
}
