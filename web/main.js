// The app's entry, kept small so that it runs early: on the playground it
// starts the training worker first (its thread and engine then load, and the
// first data and model are built, while the rest of the app downloads and
// renders), then loads the app (app.js) and the route's page side by side. The build puts this bundle at the site's root
// folder (see vite.config.js), so its own URL tells where the app lives,
// whatever the prefix.
import './styles/theme.css';
import { startColorTheme } from './site/color-theme.js';
import { Router } from './site/router.js';
import { prestartTraining } from './worker/training-client.js';
import { stateFromHash } from './domain/url-hash.js';
import { loadPage } from './site/page-modules.js';

startColorTheme();
const appBase = new URL(/* @vite-ignore */ './', import.meta.url);
const router = new Router(appBase);
if (router.route.page === 'playground') {
  // The state the page opens with (when its link holds a usable one): the
  // worker builds the data and the model while the page renders.
  // (A loaded file's data is not in the link: that page says so once it is up.)
  const { state, problem } = stateFromHash(location.hash);
  prestartTraining(problem || state.data.dataset === 'local' ? null : state);
}
// Failures show once the app is up (app-shell.js loads the page again and says why).
loadPage(router.route).catch(() => {});
import('./app.js').then(({ showApp }) => showApp(router));
