// <dp-not-found-page>: an unknown address or lesson, with a way back (when
// there is a site to go back to: `href` maps a route path to its URL).
import { LitElement, html, nothing } from 'lit';
import { sharedStyles } from '../components/base/shared-styles.js';
import { textPageStyles } from './page-styles.js';

class NotFoundPage extends LitElement {
  static properties = {
    href: { attribute: false },
    what: { attribute: false },
  };

  static styles = [sharedStyles, textPageStyles];

  render() {
    return html`
      <article>
        <h1>Page not found</h1>
        <p class="lead">${this.what ?? 'There is nothing at this address.'}</p>
        ${this.href ? html`<a class="cta" href=${this.href('')}>See all lessons</a>` : nothing}
      </article>
    `;
  }
}

customElements.define('dp-not-found-page', NotFoundPage);
