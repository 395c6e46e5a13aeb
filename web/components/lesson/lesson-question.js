// <dp-lesson-question>: one check-your-understanding question. Every choice
// is a button; picking one says whether it is right and why (each choice has
// its own explanation), in a live region a screen reader announces. Fires
// 'answered' with { correct } on every pick.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { inlineTex, katexStyles } from '../tex/inline-tex.js';

class LessonQuestion extends LitElement {
  static properties = {
    question: { attribute: false },
    number: { type: Number },
    picked: { state: true },
  };

  static styles = [
    sharedStyles,
    katexStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: var(--radius);
        background: var(--surface);
        padding: 0.8rem 1rem 0.6rem;
        margin: 0;
      }
      /* floated, the legend sits inside the box like any heading */
      legend {
        float: left;
        width: 100%;
        font-weight: 600;
        padding: 0;
        line-height: 1.45;
      }
      .choices {
        clear: both;
        display: grid;
        gap: 0.4rem;
        margin: 0.5rem 0;
      }
      .choices button {
        text-align: left;
        padding: 0.45rem 0.7rem;
        line-height: 1.35;
      }
      .choices button.right {
        border-color: var(--success);
        background: var(--success-soft);
      }
      .choices button.wrong {
        border-color: var(--danger);
        background: var(--danger-soft);
      }
      .feedback {
        margin: 0.3rem 0 0.2rem;
        min-height: 1.4em;
      }
      .verdict {
        font-weight: 700;
      }
      .verdict.right {
        color: var(--success);
      }
      .verdict.wrong {
        color: var(--danger);
      }
    `,
  ];

  constructor() {
    super();
    this.picked = null;
  }

  willUpdate(changed) {
    if (changed.has('question')) this.picked = null;
  }

  render() {
    const q = this.question;
    if (!q) return nothing;
    return html`<fieldset>
      <legend>Question ${this.number}: ${inlineTex(q.prompt)}</legend>
      <div class="choices">
        ${q.choices.map((choice, i) => {
          const state = this.picked === i ? (i === q.answer ? 'right' : 'wrong') : '';
          return html`<button
            type="button"
            class=${state}
            aria-pressed=${String(this.picked === i)}
            @click=${() => this.#pick(i)}
          >
            ${inlineTex(choice)}
          </button>`;
        })}
      </div>
      <p class="feedback" role="status" aria-live="polite">${this.#feedback()}</p>
    </fieldset>`;
  }

  #feedback() {
    if (this.picked === null) return nothing;
    const q = this.question;
    const right = this.picked === q.answer;
    return html`<span class="verdict ${right ? 'right' : 'wrong'}">${right ? 'Correct:' : 'Not quite.'}</span>
      ${inlineTex(right ? withoutRight(q.explanations[this.picked]) : q.explanations[this.picked])}${right ? nothing : ' Try another answer.'}`;
  }

  #pick(i) {
    this.picked = i;
    this.dispatchEvent(new CustomEvent('answered', { detail: { correct: i === this.question.answer } }));
  }
}

// The explanation of a right answer loses its "Right:" (the verdict "Correct:" says it). Its first word stays as
// written: it may be a variable (z, v, m) that a capital would turn into another symbol.
const withoutRight = (text) => text.replace(/^Right:\s*/, '');

customElements.define('dp-lesson-question', LessonQuestion);
