// <dp-lesson-figure>: a lesson's live figure (web/lessons/figure.js) around
// the widget the page puts in its slot: the knobs beside it, the Try-this
// buttons and the predictions. It fires 'figure-settings' with
// { values, now } whenever the learner moves a knob (now: false, the page
// debounces) or presses a button (now: true); the page retrains in the worker
// and hands back `shown`, the settings and results on show. A Try-this
// button's notice, and the answer to a prediction, appear once the figure
// shows the run of the settings they asked for: the learner's guess beside
// what the run gave.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { inlineTex, katexStyles } from '../tex/inline-tex.js';
import { figureValues } from '../../lessons/figure.js';
import { figureControls, tryThisButtons } from './figure-controls.js';

const keyOf = (values) => JSON.stringify(values);

class LessonFigure extends LitElement {
  static properties = {
    lesson: { attribute: false },
    /** The control values the learner set (the figure may still show older ones). */
    values: { attribute: false },
    /** { settings, results } on show, or null before the first run ends. */
    shown: { attribute: false },
    /** Whether a run for newer values is in flight. */
    updating: { type: Boolean },
    tried: { state: true },
    guesses: { state: true },
  };

  static styles = [
    sharedStyles,
    katexStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .figure {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 15.5rem;
        gap: 0.9rem;
        align-items: start;
      }
      /* One track no wider than the column: a select with long choices shrinks to it, as the sliders do. */
      .knobs {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 0.55rem;
        min-width: 0;
      }
      .knobs select {
        width: 100%;
      }
      /* A full-width slider without the browser's side margins, which would poke past the column. */
      .knobs input[type='range'] {
        margin-inline: 0;
      }
      .knobs h3 {
        margin: 0.2rem 0 0;
      }
      .status {
        color: var(--muted);
        font-size: 0.85rem;
        margin: 0;
        min-height: 1.3em;
      }
      .tries {
        display: flex;
        flex-wrap: wrap;
        gap: 0.35rem;
      }
      .notice {
        margin: 0;
        font-size: 0.9rem;
        line-height: 1.45;
      }
      .notice:empty {
        display: none;
      }
      fieldset {
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 0.5rem 0.6rem;
        margin: 0;
        min-width: 0;
      }
      legend {
        font-weight: 600;
        font-size: 0.9rem;
        padding: 0 0.2rem;
      }
      .choices {
        display: grid;
        gap: 0.3rem;
        margin-top: 0.3rem;
      }
      .choices button {
        text-align: left;
        line-height: 1.3;
      }
      .answer {
        margin: 0.4rem 0 0;
        font-size: 0.9rem;
      }
      .right {
        color: var(--success);
        font-weight: 700;
      }
      .wrong {
        color: var(--danger);
        font-weight: 700;
      }
      @container (max-width: 44rem) {
        .figure {
          grid-template-columns: minmax(0, 1fr);
        }
      }
    `,
  ];

  constructor() {
    super();
    this.tried = null; // { item, key }
    this.guesses = []; // per prediction: { choice, key } once guessed
  }

  willUpdate(changed) {
    if (changed.has('lesson')) {
      this.tried = null;
      this.guesses = [];
    }
    // A guess is answered, and a Try-this notice shown, by the first run of the settings they asked for.
    const { predictions = [] } = this.lesson ?? {};
    this.guesses = this.guesses.map((guess, i) =>
      guess && guess.answer === undefined && this.#showing(guess.key)
        ? { ...guess, answer: predictions[i].answer(this.shown.results) }
        : guess,
    );
    if (this.tried && !this.tried.shown && this.#showing(this.tried.key)) this.tried = { ...this.tried, shown: true };
  }

  render() {
    const { figure, tryThis = [], predictions = [] } = this.lesson;
    return html`<div class="figure">
      <div class="plot"><slot></slot></div>
      <div class="knobs">
        <h3 id="knobs-title">Your settings</h3>
        <div role="group" aria-labelledby="knobs-title">
          ${figureControls(figure, this.values, (id, value) => this.#set({ ...this.values, [id]: value }, false))}
        </div>
        <p class="status" role="status">${this.#status()}</p>
        ${
          tryThis.length
            ? html`<h3 id="try-title">Try this</h3>
                <div class="tries" role="group" aria-labelledby="try-title">
                  ${tryThisButtons(tryThis, (item) => this.#try(item))}
                </div>
                <p class="notice" aria-live="polite">${this.#notice()}</p>`
            : nothing
        }
        ${predictions.map((prediction, i) => this.#prediction(prediction, i))}
      </div>
    </div>`;
  }

  #status() {
    if (this.updating || !this.shown) return 'Training in your browser…';
    return keyOf(this.shown.settings) === keyOf(this.values)
      ? 'Drawn for these settings.'
      : 'Training in your browser…';
  }

  #showing(key) {
    return this.shown && !this.updating && keyOf(this.shown.settings) === key;
  }

  #notice() {
    if (!this.tried?.shown) return nothing;
    const { item } = this.tried;
    return html`<strong>${item.label}</strong> ${inlineTex(item.notice)}`;
  }

  #prediction(prediction, i) {
    const guess = this.guesses[i];
    const answer = guess?.answer;
    const answered = answer !== undefined;
    return html`<fieldset class="predict">
      <legend>Predict, then see</legend>
      <span>${inlineTex(prediction.prompt)}</span>
      <div class="choices">
        ${prediction.choices.map(
          (choice, j) =>
            html`<button
              type="button"
              aria-pressed=${guess?.choice === j ? 'true' : 'false'}
              @click=${() => this.#guess(prediction, i, j)}
            >
              ${inlineTex(choice)}
            </button>`,
        )}
      </div>
      <p class="answer" aria-live="polite">
        ${
          answered
            ? html`Your guess: ${inlineTex(prediction.choices[guess.choice])}. The run:
                ${inlineTex(prediction.choices[answer])}
                <span class=${answer === guess.choice ? 'right' : 'wrong'}
                  >${answer === guess.choice ? '✓ as you predicted.' : '✗ not what you predicted.'}</span
                >`
            : guess
              ? 'Running it…'
              : nothing
        }
      </p>
    </fieldset>`;
  }

  #guess(prediction, i, choice) {
    const values = prediction.set ? figureValues(this.lesson.figure, prediction.set) : this.values;
    const guesses = [...this.guesses];
    guesses[i] = { choice, key: keyOf(values) };
    this.guesses = guesses;
    if (prediction.set) this.#set(values, true);
  }

  #try(item) {
    const values = figureValues(this.lesson.figure, item.set);
    this.tried = { item, key: keyOf(values), shown: false };
    this.#set(values, true);
  }

  #set(values, now) {
    this.dispatchEvent(new CustomEvent('figure-settings', { detail: { values, now } }));
  }
}

customElements.define('dp-lesson-figure', LessonFigure);
