// <deep-playground spec="..." autoplay controls height="720" theme="dark">:
// Deep Playground's free playground inside a shadow root, for any page. Its
// state stays its own (the page's address is not touched). Attributes:
//   spec       the network and data: a playground link, or JSON (spec-attribute.js);
//              the defaults without it
//   autoplay   start training as soon as the data and network are ready and
//              it is on screen; it pauses while off screen (play-while-visible.js)
//   controls   show the run bar and every settings panel; without it (and
//              with autoplay) only the network and its output show. Shown
//              anyway without autoplay, since nothing else could start training
//   height     a fixed height (pixels, or any CSS length); the playground scrolls inside
//   theme      'light' (default), 'dark' or 'auto'; see embed-styles.js
// Methods: play(), pause(), reset().
// Events (CustomEvent, composed, not bubbling): train-start, epoch, done,
// error — details in web/site/run-events.js.
import { LitElement, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { embedStyles, heightOf } from './embed-styles.js';
import { installKatexFonts } from './katex-fonts.js';
import { forwardEvent } from './forward-events.js';
import { stateFromSpecAttribute } from './spec-attribute.js';
import { siteHref, siteUrl } from './site.js';
import { PlayWhileVisible } from './play-while-visible.js';
import '../site/playground-page.js';

class DeepPlayground extends LitElement {
  static properties = {
    spec: { type: String },
    autoplay: { type: Boolean },
    controls: { type: Boolean },
    height: { type: String },
  };

  static styles = embedStyles;

  #state = null;
  #autoplay = new PlayWhileVisible(this, () => this.#page());

  connectedCallback() {
    super.connectedCallback();
    installKatexFonts();
  }

  play() {
    this.#page()?.play();
  }

  pause() {
    this.#autoplay.pausedByHand();
    this.#page()?.pause();
  }

  reset() {
    this.#page()?.reset();
  }

  willUpdate(changed) {
    if (changed.has('spec') || this.#state === null) this.#state = stateFromSpecAttribute(this.spec);
  }

  render() {
    const height = heightOf(this.height);
    const forward = (event) => forwardEvent(this, event);
    return html`<div class="root" part="root" style=${styleMap(height ? { height } : {})}>
      <dp-playground-page
        .initialState=${this.#state}
        .playgroundUrl=${siteUrl('playground/')}
        .href=${siteHref()}
        .controls=${this.controls || !this.autoplay}
        @run-command=${(event) => event.detail === 'pause' && this.#autoplay.pausedByHand()}
        @train-start=${forward}
        @epoch=${forward}
        @done=${forward}
        @error=${forward}
      ></dp-playground-page>
    </div>`;
  }

  #page() {
    return this.renderRoot?.querySelector('dp-playground-page');
  }
}

customElements.define('deep-playground', DeepPlayground);
