// Client-side navigation under any prefix: the app's base URL is where its
// bundle lives, so '/', '/sub/folder/' and a file-per-route static host all
// work. Same-app link clicks change the page without reloading it.
import { parseRoute } from './routes.js';

export class Router extends EventTarget {
  #base;

  /** base: the URL of the app's root folder (ending in '/'). */
  constructor(base) {
    super();
    this.#base = new URL(base);
    this.route = this.#routeOf(location);
    window.addEventListener('popstate', () => this.#update());
    document.addEventListener('click', (event) => this.#interceptLink(event));
  }

  /** An absolute URL path for a route path like 'lesson/dropout/'. */
  href(relativePath) {
    return new URL(relativePath, this.#base).pathname;
  }

  #routeOf(url) {
    const basePath = this.#base.pathname;
    const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : null;
    return path === null ? { page: 'not-found', embed: false } : parseRoute(path);
  }

  #update() {
    this.route = this.#routeOf(location);
    this.dispatchEvent(new Event('change'));
  }

  #interceptLink(event) {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((el) => el instanceof HTMLAnchorElement);
    // data-static: a page of the site that is not the app's (the API reference) loads as a page.
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.hasAttribute('data-static')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== this.#base.origin || !url.pathname.startsWith(this.#base.pathname)) return;
    if (url.pathname === location.pathname && url.hash) return; // in-page anchor
    event.preventDefault();
    history.pushState(null, '', url.pathname + url.search + url.hash);
    this.#update();
    window.scrollTo(0, 0);
  }
}
