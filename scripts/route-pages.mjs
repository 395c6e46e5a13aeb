// A Vite build step: writes a copy of dist/index.html at every route's folder
// (playground/, lesson/<id>/, embed/...) with its relative asset paths moved
// up as many levels, so each URL loads as a file on a plain static host.
// It also writes dist/404.html, which static hosts serve for any address they
// have no file for: the app (which names what was not found, such as an
// unknown lesson) with its assets rooted at the site's base, and links to the
// lessons and the playground that work before and without it.
// Each copy (and the home page's own) also names the code its page needs
// first, as modulepreload links, so that the browser fetches and compiles it
// side by side with the small entry script instead of one import after another.
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseRoute, staticRoutePaths } from '../web/site/routes.js';

/** index.html's `src="./x"` / `href="./x"` rewritten for a page `depth` folders down. */
function rebaseHtml(html, depth) {
  return html.replace(/\b(src|href)="\.\//g, `$1="${'../'.repeat(depth)}`);
}

/**
 * The not-found page for any depth of address: asset paths rooted at `root`
 * (the site's absolute base), and links to the lessons and the playground in
 * place of the loading message.
 */
function notFoundHtml(html, root) {
  const links = `<main class="boot-message">
        <h1>Page not found</h1>
        <p>There is nothing at this address.</p>
        <p><a href="${root}">See all lessons</a> or <a href="${root}playground/">open the playground</a>.</p>
      </main>`;
  return html
    .replace(/\b(src|href)="\.\//g, `$1="${root}`)
    .replace(/<p class="boot-message">[^<]*<\/p>/, links)
    .replace(/<title>[^<]*<\/title>/, '<title>Page not found — Deep Playground</title>');
}

// The modules a route's page needs before it can show: the app, the page
// (web/site/page-modules.js loads site/<page>-page.js) and, for a lesson,
// its lesson module (web/lessons/index.js).
function routeModules(route) {
  const modules = ['app.js', `site/${route.page}-page.js`];
  if (route.page === 'lesson') modules.push(`lessons/${route.id}.js`);
  return modules;
}

// Preload links for `modules` (paths under the web root) and every chunk they import, less `loaded` files.
function preloadLinks(modules, chunkOf, bundle, loaded) {
  const files = new Set();
  const stylesheets = new Set();
  const visit = (chunk) => {
    if (!chunk || files.has(chunk.fileName) || loaded.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((css) => stylesheets.add(css));
    chunk.imports.forEach((file) => visit(bundle[file]));
  };
  modules.forEach((module) => visit(chunkOf.get(module)));
  return [
    ...[...stylesheets].map((file) => `<link rel="preload" as="style" crossorigin href="./${file}">`),
    ...[...files].map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
  ].join('\n  ');
}

export function routePages() {
  let outDir;
  let webRoot;
  let siteRoot;
  let bundle;
  return {
    name: 'deep-playground-route-pages',
    apply: 'build',
    configResolved(config) {
      webRoot = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      // A relative base ('./') serves from any folder, but a 404 page shows at any depth: its links start at the host's root.
      siteRoot = config.base.startsWith('/') ? config.base : '/';
    },
    generateBundle(_, output) {
      bundle = output;
    },
    async closeBundle() {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const chunkOf = new Map(
        chunks.filter((c) => c.facadeModuleId).map((c) => [path.relative(webRoot, c.facadeModuleId), c]),
      );
      const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
      const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
      const pageFor = (routePath) =>
        template.replace(
          '</head>',
          `  ${preloadLinks(routeModules(parseRoute(routePath)), chunkOf, bundle, entries)}\n</head>`,
        );
      await writeFile(path.join(outDir, 'index.html'), pageFor(''));
      await writeFile(path.join(outDir, '404.html'), notFoundHtml(template, siteRoot));
      for (const routePath of staticRoutePaths()) {
        const depth = routePath.split('/').filter(Boolean).length;
        const folder = path.join(outDir, routePath);
        await mkdir(folder, { recursive: true });
        await writeFile(path.join(folder, 'index.html'), rebaseHtml(pageFor(routePath), depth));
      }
    },
  };
}
