// web/components/tex/ — TeX typeset with KaTeX: display formulas and inline math.
//
// <dp-formula tex="..."> renders TeX with KaTeX in its shadow root, which
// carries KaTeX's stylesheet; the fonts come from the copy app.js loads into
// the document (@font-face rules only work there). When KaTeX has not been
// loaded yet (katex-loader.js), the element stays empty until the formula
// comes near the screen or the page is idle, and then typesets.
import { LitElement, css, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import katexStyles from 'katex/dist/katex.min.css?inline';
import { loadKatex, loadedKatex } from './katex-loader.js';
import { whenIdle } from '../base/when-idle.js';

/** How long a formula off screen waits for an idle moment before KaTeX loads anyway. */
const IDLE_TIMEOUT_MS = 2000;

const waiting = new Set(); // formulas to typeset once KaTeX is here

function typesetWaiting() {
  loadKatex().then(() => {
    waiting.forEach((formula) => formula.requestUpdate());
    waiting.clear();
    nearScreen.disconnect();
  });
}

const nearScreen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && typesetWaiting(), {
  rootMargin: '50%',
});

class Formula extends LitElement {
  static properties = { tex: { type: String } };

  static styles = [
    unsafeCSS(katexStyles),
    css`
      :host {
        display: block;
      }
    `,
  ];

  connectedCallback() {
    super.connectedCallback();
    if (loadedKatex()) return;
    if (waiting.size === 0) whenIdle(typesetWaiting, IDLE_TIMEOUT_MS);
    waiting.add(this);
    nearScreen.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    waiting.delete(this);
    nearScreen.unobserve(this);
  }

  // KaTeX escapes what it typesets, so its markup is safe to insert.
  render() {
    const katex = loadedKatex();
    return katex ? unsafeHTML(katex.renderToString(this.tex ?? '', { displayMode: true, throwOnError: false })) : '';
  }
}

customElements.define('dp-formula', Formula);
