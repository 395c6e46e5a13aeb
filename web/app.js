// web/ — the site's entries (index.html, main.js, app.js; embed.js and single.js for the
// embeddings) over its folders, top-down as the data flows: site/ and embed/ (what a user
// opens), components/ (UI elements), worker/ (training, and the page-side clients that
// talk to it), lessons/ (content), experiments/ (running and measuring a lesson's
// experiment), domain/ (pure data and rules). No folder imports one that imports it back.
//
// Everything main.js loads after its early start: the site chrome, which then
// loads the current route's page (app-shell.js). KaTeX's fonts must be
// declared in the document; <dp-formula> and inline-tex.js style the rest.
import 'katex/dist/katex.min.css';
import './site/app-shell.js';

/** Renders the app for `router`'s routes into the page's <dp-app>. */
export function showApp(router) {
  document.querySelector('dp-app').router = router;
}
