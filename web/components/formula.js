// <dp-formula tex="..."> renders TeX with KaTeX in its shadow root, which
// carries KaTeX's stylesheet; the fonts come from the copy main.js loads into
// the document (@font-face rules only work there).
import { LitElement, css, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import katex from 'katex';
import katexStyles from 'katex/dist/katex.min.css?inline';

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

  // KaTeX escapes what it typesets, so its markup is safe to insert.
  render() {
    return unsafeHTML(katex.renderToString(this.tex ?? '', { displayMode: true, throwOnError: false }));
  }
}

customElements.define('dp-formula', Formula);
