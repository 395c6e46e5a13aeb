// web/site/ — the site: this shell, the routes and router, the pages, and what they
// keep or tell outside (progress in localStorage, run events, iframe messages).
//
// <dp-app>: the site chrome (header, navigation, footer) around the page the
// current route names; embed routes get the page alone, tell the embedding
// page their height and training events (embed-resize.js), and start
// training by themselves with ?autoplay in their address. Each page's code
// loads when its route is first shown (page-modules.js).
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../components/base/shared-styles.js';
import { connectToParent } from './embed-resize.js';
import { findLesson } from '../lessons/catalog.js';
import { exerciseById } from '../lessons/exercises.js';
import { routePath } from './routes.js';
import { loadPage } from './page-modules.js';
import { chooseTheme, currentTheme } from './color-theme.js';

const SITE = 'Deep Playground';
const NO_PARENT = { send() {}, stop() {} };

class AppShell extends LitElement {
  static properties = {
    router: { attribute: false },
    route: { state: true },
    pageLoadError: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1.5rem;
        padding: 0.6rem 1.25rem;
        background: var(--surface);
        border-bottom: 1px solid var(--line);
      }
      .brand {
        font-weight: 700;
        font-size: 1.15rem;
        color: var(--ink);
        text-decoration: none;
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.25rem;
      }
      .theme-switch {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
        font-size: 0.875rem;
      }
      .theme-switch .track {
        position: relative;
        width: 2.1rem;
        height: 1.2rem;
        border-radius: 0.6rem;
        background: var(--line);
        transition: background 0.15s;
      }
      .theme-switch .track::after {
        content: '';
        position: absolute;
        top: 0.15rem;
        left: 0.15rem;
        width: 0.9rem;
        height: 0.9rem;
        border-radius: 50%;
        background: var(--surface);
        transition: transform 0.15s;
      }
      .theme-switch[aria-checked='true'] .track {
        background: var(--accent);
      }
      .theme-switch[aria-checked='true'] .track::after {
        transform: translateX(0.9rem);
      }
      nav a {
        color: var(--ink);
        text-decoration: none;
        padding: 0.25rem 0;
        border-bottom: 2px solid transparent;
      }
      nav a[aria-current='page'] {
        border-bottom-color: var(--accent);
        font-weight: 600;
      }
      main {
        display: block;
      }
      .load-error {
        max-width: 40rem;
        margin: 2rem auto;
        padding: 0 1.25rem;
      }
      footer {
        padding: 1.5rem 1.25rem;
        color: var(--muted);
        font-size: 0.8rem;
        text-align: center;
      }
    `,
  ];

  #parent = NO_PARENT;
  #autoplayed = false;
  #forward = (event) => this.#parent.send(event.type, event.detail);

  willUpdate(changed) {
    if (changed.has('router') && this.router) {
      this.route = this.router.route;
      this.router.addEventListener('change', () => (this.route = this.router.route));
    }
    if (changed.has('route') && this.route) this.#loadPage(this.route);
  }

  updated(changed) {
    if (changed.has('route') && this.route) {
      document.title = this.#title();
      this.#parent.stop();
      this.#parent = this.route.embed
        ? connectToParent(this.renderRoot.querySelector('main'), { id: this.#embedId() })
        : NO_PARENT;
      if (this.route.embed) this.#autoplay();
    }
  }

  render() {
    if (!this.route) return html``;
    const page = this.pageLoadError ? this.#loadErrorMessage() : this.#page();
    if (this.route.embed) return html`<main>${page}</main>`;
    const href = (path) => this.router.href(path);
    const current = (page) => (this.route.page === page ? 'page' : 'false');
    return html`
      <header>
        <a class="brand" href=${href('')}>${SITE}</a>
        <nav aria-label="Site">
          <a href=${href('')} aria-current=${current('home')}>Lessons</a>
          <a href=${href(routePath({ page: 'playground' }))} aria-current=${current('playground')}>Playground</a>
          ${this.#themeSwitch()}
        </nav>
      </header>
      <main>${page}</main>
      <footer>
        Deep Playground trains every network in your browser, with a C++ engine compiled to WebAssembly.
        <a href=${href('api/')} data-static>API reference</a>
      </footer>
    `;
  }

  // Dark theme on or off; the choice is remembered (color-theme.js), and every component redraws in it.
  #themeSwitch() {
    const dark = currentTheme() === 'dark';
    return html`<button
      type="button"
      class="theme-switch"
      role="switch"
      aria-checked=${dark ? 'true' : 'false'}
      @click=${() => chooseTheme(dark ? 'light' : 'dark')}
    >
      <span class="track" aria-hidden="true"></span>Dark theme
    </button>`;
  }

  #page() {
    const { page, id, embed } = this.route;
    const href = (path) => this.router.href(path);
    if (page === 'home') return html`<dp-home-page .href=${href}></dp-home-page>`;
    const f = this.#forward;
    if (page === 'playground') {
      return html`<dp-playground-page
        .href=${href}
        @train-start=${f}
        @epoch=${f}
        @done=${f}
        @error=${f}
      ></dp-playground-page>`;
    }
    if (page === 'lesson') {
      return html`<dp-lesson-page
        .lessonId=${id}
        .href=${href}
        ?embedded=${embed}
        @train-start=${f}
        @epoch=${f}
        @done=${f}
        @error=${f}
      ></dp-lesson-page>`;
    }
    if (page === 'exercise') return html`<dp-exercise-page .exerciseId=${id} .href=${href}></dp-exercise-page>`;
    return html`<dp-not-found-page .href=${href}></dp-not-found-page>`;
  }

  #loadPage(route) {
    this.pageLoadError = null;
    loadPage(route).catch((error) => {
      if (this.route === route) this.pageLoadError = error;
    });
  }

  #loadErrorMessage() {
    return html`<p class="load-error" role="alert">
      This page's code could not be downloaded (${this.pageLoadError.message}). Check the connection and reload the
      page.
    </p>`;
  }

  #embedId() {
    return (
      new URLSearchParams(location.search).get('id') ?? (this.route.page === 'lesson' ? this.route.id : this.route.page)
    );
  }

  // ?autoplay: the embed trains once as soon as it can (its page's code has
  // loaded), as if its Run (Play) button had been pressed.
  async #autoplay() {
    if (this.#autoplayed || !new URLSearchParams(location.search).has('autoplay')) return;
    this.#autoplayed = true;
    const page = this.renderRoot.querySelector('dp-lesson-page, dp-playground-page');
    if (!page) return;
    await customElements.whenDefined(page.localName);
    // A failed run is shown on the page and sent to the parent as an 'error' event already.
    if (page.localName === 'dp-lesson-page') page.run().catch(() => {});
    else page.play();
  }

  #title() {
    const { page, id } = this.route;
    if (page === 'home') return `${SITE} — learn deep learning in your browser`;
    if (page === 'playground') return `Playground — ${SITE}`;
    if (page === 'lesson') return `${findLesson(id)?.title ?? 'Lesson not found'} — ${SITE}`;
    if (page === 'exercise') return `${exerciseById(id)?.title ?? 'Exercise not found'} — ${SITE}`;
    return `Page not found — ${SITE}`;
  }
}

customElements.define('dp-app', AppShell);
