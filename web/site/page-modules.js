// Each route's page, as code loaded when the route is first shown: the
// playground never downloads the lessons (nor KaTeX before a formula needs
// it), a lesson never the playground. Loading a page twice costs nothing:
// the module is fetched once.
const PAGE_MODULES = {
  home: () => import('./home-page.js'),
  playground: () => import('./playground-page.js'),
  lesson: () => import('./lesson-page.js'),
  exercise: () => import('./exercise-page.js'),
  'not-found': () => import('./not-found-page.js'),
};

/** Loads (once) the module that defines the page of `route`; rejects when its code cannot be downloaded. */
export function loadPage(route) {
  return PAGE_MODULES[route.page]();
}
