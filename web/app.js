// Everything main.js loads after its early start: the site chrome, which then
// loads the current route's page (app-shell.js). KaTeX's fonts must be
// declared in the document; <dp-formula> and inline-tex.js style the rest.
import 'katex/dist/katex.min.css';
import './components/app-shell.js';

/** Renders the app for `router`'s routes into the page's <dp-app>. */
export function showApp(router) {
  document.querySelector('dp-app').router = router;
}
