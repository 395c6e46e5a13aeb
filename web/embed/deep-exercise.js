// <deep-exercise src="my-exercise.json" height="720" theme="dark">: any
// exercise file (README "Exercises and grading") as a constrained playground
// with a Check button, inside a shadow root, for any page. The file comes
// from `src` (fetched; from another origin it needs CORS) or, without `src`,
// from the element's own content — best a <script type="application/json">,
// which the page neither shows nor runs. Either is read as untrusted JSON,
// and the grader checks every field. Attributes:
//   src        the exercise file's URL, relative to the page
//   height     a fixed height (pixels, or any CSS length); the exercise scrolls inside
//   theme      'light' (default), 'dark' or 'auto'; see embed-styles.js
// Methods: check() grades the network as it stands (resolves with the result).
// Events (CustomEvent, composed, not bubbling): done after each check, with
// { exercise, passed, status, metrics, spec } for a learning platform to
// record; error with { exercise, message } when the file cannot be used.
import { LitElement, html, css } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { embedStyles, heightOf } from './embed-styles.js';
import { forwardEvent } from './forward-events.js';
import { parseUntrustedJson } from '../domain/untrusted-json.js';
import '../components/exercise/exercise-panel.js';

class DeepExercise extends LitElement {
  static properties = {
    src: { type: String },
    height: { type: String },
    exercise: { state: true },
    problem: { state: true },
  };

  static styles = [
    embedStyles,
    css`
      .body {
        padding: 0.75rem 1rem;
      }
      .error {
        color: var(--danger);
      }
    `,
  ];

  #loading = null; // the load in flight, so that a late answer for an older src is dropped

  /** Grades the learner's network as the Check button does; resolves with the grader's result (null if it could not run). */
  async check() {
    await this.updateComplete;
    return this.renderRoot.querySelector('dp-exercise')?.check() ?? null;
  }

  willUpdate(changed) {
    if (changed.has('src') || this.#loading === null) this.#load();
  }

  async #load() {
    const loading = (this.#loading = {});
    this.exercise = this.problem = null;
    try {
      const text = this.src ? await fetchText(new URL(this.src, document.baseURI)) : this.#inlineText();
      const { value, problem } = parseUntrustedJson(text);
      if (problem) throw new Error(`the exercise file is not usable: ${problem}`);
      if (this.#loading === loading) this.exercise = value;
    } catch (error) {
      if (this.#loading !== loading) return;
      this.problem = error.message;
      this.dispatchEvent(
        new CustomEvent('error', { detail: { exercise: null, message: error.message }, composed: true }),
      );
    }
  }

  #inlineText() {
    const script = this.querySelector('script[type="application/json"]');
    return (script ?? this).textContent.trim();
  }

  render() {
    const height = heightOf(this.height);
    const forward = (event) => forwardEvent(this, event);
    let body;
    if (this.problem) body = html`<p class="error" role="alert">The exercise could not be loaded: ${this.problem}</p>`;
    else if (this.exercise)
      body = html`<dp-exercise .exercise=${this.exercise} @done=${forward} @error=${forward}></dp-exercise>`;
    else body = html`<p role="status">Loading the exercise…</p>`;
    return html`<div class="root" part="root" style=${styleMap(height ? { height } : {})}>
      <div class="body">${body}</div>
    </div>`;
  }
}

async function fetchText(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${url.href} could not be fetched (${error.message})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${url.href} answered ${response.status}`);
  return response.text();
}

customElements.define('deep-exercise', DeepExercise);
