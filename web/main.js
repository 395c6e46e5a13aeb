// The app's entry. The build puts this bundle at the site's root folder (see
// vite.config.js), so its own URL tells where the app lives, whatever the prefix.
// KaTeX's fonts must be declared in the document; <dp-formula> styles the rest.
import 'katex/dist/katex.min.css';
import './styles/theme.css';
import { Router } from './state/router.js';
import { prestartTraining } from './worker/training-client.js';
import './components/app-shell.js';

const appBase = new URL(/* @vite-ignore */ './', import.meta.url);
const router = new Router(appBase);
// The playground trains at once: its engine loads while the page renders.
if (router.route.page === 'playground') prestartTraining();
document.querySelector('dp-app').router = router;
