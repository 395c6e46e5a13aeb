// web/embed/ — the custom elements that put the site's pages on other sites
// (<deep-lesson>, <deep-playground>, <deep-exercise>), beside site/, and how they start the engine.
//
// <deep-lesson lesson="momentum" autoplay controls height="640" theme="dark">:
// one lesson of Deep Playground — its text, formulas, experiment, widgets and
// questions — inside a shadow root, for any page. Attributes:
//   lesson     the lesson's id (as in /lesson/<id>/)
//   autoplay   run the experiment once, as soon as the lesson has loaded
//   controls   show the Run buttons; shown anyway without autoplay (nothing
//              else could start the run), so it matters with autoplay only
//   height     a fixed height (pixels, or any CSS length); the lesson scrolls inside
//   theme      'light' (default), 'dark' or 'auto' (the system's); see embed-styles.js
// Methods: run({ seed }) runs the experiment; resolves when its playback ends,
// to the 'done' event's detail (rejects with the 'error' event's message).
// Events (CustomEvent, composed, not bubbling): train-start, epoch, done,
// error — details in web/site/run-events.js; 'error' { lesson, message } also
// when the lesson attribute names no lesson (lesson-attribute.js).
import { LitElement, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { embedStyles, heightOf } from './embed-styles.js';
import { installKatexFonts } from './katex-fonts.js';
import { forwardEvent } from './forward-events.js';
import { lessonAttributeProblem } from './lesson-attribute.js';
import { siteHref } from './site.js';
import '../site/lesson-page.js';

class DeepLesson extends LitElement {
  static properties = {
    lesson: { type: String },
    autoplay: { type: Boolean },
    controls: { type: Boolean },
    height: { type: String },
  };

  static styles = embedStyles;

  #autoplayed = null; // the lesson id autoplay last ran
  #checked = false; // whether the lesson attribute has been checked since it last changed

  connectedCallback() {
    super.connectedCallback();
    installKatexFonts();
  }

  /** Runs the lesson's experiment (with `seed` replacing its seeds, when given); resolves when its playback ends. */
  async run({ seed } = {}) {
    await this.updateComplete;
    const problem = lessonAttributeProblem(this.lesson);
    if (problem) throw new Error(problem);
    return this.renderRoot.querySelector('dp-lesson-page').run({ seed });
  }

  render() {
    const height = heightOf(this.height);
    const forward = (event) => forwardEvent(this, event);
    return html`<div class="root" part="root" style=${styleMap(height ? { height } : {})}>
      <dp-lesson-page
        .lessonId=${this.lesson ?? ''}
        .href=${siteHref()}
        embedded
        .controls=${this.controls || !this.autoplay}
        @train-start=${forward}
        @epoch=${forward}
        @done=${forward}
        @error=${forward}
      ></dp-lesson-page>
    </div>`;
  }

  updated(changed) {
    if (changed.has('lesson')) this.#checked = false;
    const problem = lessonAttributeProblem(this.lesson);
    if (problem && !this.#checked) {
      this.dispatchEvent(
        new CustomEvent('error', { detail: { lesson: this.lesson, message: problem }, composed: true }),
      );
    }
    this.#checked = true;
    if (this.autoplay && !problem && this.#autoplayed !== this.lesson) {
      this.#autoplayed = this.lesson;
      // A failed run is shown in the lesson and fired as an 'error' event already.
      this.run().catch(() => {});
    }
  }
}

customElements.define('deep-lesson', DeepLesson);
