// <dp-not-found-page>: an unknown address or lesson, with the ways on (the
// lessons and the playground, when there is a site to go to: `href` maps a
// route path to its URL).
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../components/base/shared-styles.js';
import { textPageStyles } from './page-styles.js';
import { routePath } from './routes.js';

class NotFoundPage extends LitElement {
  static properties = {
    href: { attribute: false },
    what: { attribute: false },
  };

  static styles = [
    sharedStyles,
    textPageStyles,
    css`
      .ways {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem 1.25rem;
      }
      .ways a:not(.cta) {
        color: var(--accent);
      }
    `,
  ];

  render() {
    return html`
      <article>
        <h1>Page not found</h1>
        <p class="lead">${this.what ?? 'There is nothing at this address.'}</p>
        ${
          this.href
            ? html`<p class="ways">
                <a class="cta" href=${this.href('')}>See all lessons</a>
                <a href=${this.href(routePath({ page: 'playground' }))}>Open the playground</a>
              </p>`
            : nothing
        }
      </article>
    `;
  }
}

customElements.define('dp-not-found-page', NotFoundPage);
