// <dp-exercise>: one exercise as a constrained playground — its goal in
// words, the network (with only the controls the exercise leaves free), the
// data, the free settings and the fixed ones, and a Check button that grades
// the network in the training worker with the grader the CLI runs, the
// exercise's own seeds and time limit. It shows the verdict (and the hint
// after a miss) and fires 'done' with { exercise, passed, status, metrics,
// spec } after each check; an exercise that cannot be read fires 'error' with
// { exercise, message }. Neither bubbles nor leaves the shadow root it is in
// (a lesson's own 'done' is another thing): listen on the element.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { ExerciseClient } from '../../worker/exercise-client.js';
import { exerciseState, fixedSettings, goalText, limitTexts } from '../../domain/exercise-terms.js';
import '../playground/network-view.js';
import '../plots/boundary-plot.js';
import './exercise-settings.js';
import './exercise-result.js';

class ExercisePanel extends LitElement {
  static properties = {
    /** The exercise file: its JSON text or the parsed object (read as untrusted by the grader). */
    exercise: { attribute: false },
    /** The ExerciseClient to grade with, when the page shares its worker (set before connecting); else the element starts its own. */
    client: { attribute: false },
    /** The exercise as the worker read it (exercise-grader.js openExercise). */
    opened: { state: true },
    state: { state: true },
    progress: { state: true },
    result: { state: true },
    checkedSpec: { state: true },
    error: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .title {
        font-size: 1.15rem;
        text-transform: none;
        letter-spacing: 0;
        color: var(--ink);
      }
      .goal {
        background: var(--accent-soft);
        border-radius: var(--radius);
        padding: 0.5rem 0.8rem;
      }
      .play {
        display: grid;
        grid-template-columns: minmax(0, 1.6fr) minmax(12rem, 1fr);
        gap: 0.75rem;
        align-items: start;
        margin: 0.75rem 0;
      }
      @container (max-width: 640px) {
        .play {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .fixed {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 1.2rem;
        margin: 0 0 0.75rem;
        font-size: 0.85rem;
      }
      .fixed div {
        display: flex;
        gap: 0.35rem;
      }
      .fixed dt {
        color: var(--muted);
      }
      .fixed dd {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem;
        margin-bottom: 0.75rem;
      }
      progress {
        accent-color: var(--accent);
      }
      .error {
        color: var(--danger);
      }
      figure {
        margin: 0;
      }
    `,
  ];

  #client = null;
  #ownClient = false; // whether the element started the client itself, and so ends it
  #opening = null; // the exercise being opened, so that a late answer for an older one is dropped

  constructor() {
    super();
    // The network view and settings propose each change as an 'edit' event.
    this.addEventListener('edit', (event) => {
      event.stopPropagation();
      if (!this.progress) this.state = event.detail;
    });
  }

  connectedCallback() {
    super.connectedCallback();
    this.#ownClient = !this.client;
    this.#client = this.client ?? new ExerciseClient();
    if (this.exercise !== undefined) this.#open(this.exercise);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this.#ownClient) this.#client.terminate();
    this.#client = null;
  }

  willUpdate(changed) {
    if (changed.has('exercise') && changed.get('exercise') !== undefined && this.#client) this.#open(this.exercise);
  }

  /** Grades the network as it stands, as the Check button does; resolves with the result (null if the check could not run). */
  async check() {
    const { opened, state } = this;
    if (!opened || this.progress) return null;
    const spec = state.spec;
    this.progress = { seedIndex: 0, seeds: opened.goal.seeds.length, epoch: 0, epochs: opened.fit.epochs };
    this.error = null;
    try {
      const result = await this.#client.grade(this.exercise, spec, (frame) => (this.progress = frame));
      if (this.opened !== opened) return null;
      this.result = result;
      this.checkedSpec = spec;
      const { passed, status, metrics } = result;
      this.dispatchEvent(new CustomEvent('done', { detail: { exercise: opened.id, passed, status, metrics, spec } }));
      return result;
    } catch (error) {
      this.error = error.message;
      return null;
    } finally {
      this.progress = null;
    }
  }

  async #open(exercise) {
    this.#opening = exercise;
    this.opened = this.state = this.result = this.error = null;
    try {
      const opened = await this.#client.open(exercise);
      if (this.#opening !== exercise) return;
      this.opened = opened;
      this.state = exerciseState(opened);
    } catch (error) {
      if (this.#opening !== exercise) return;
      this.error = `This exercise cannot be used: ${error.message}`;
      this.dispatchEvent(
        new CustomEvent('error', { detail: { exercise: exercise?.id ?? null, message: error.message } }),
      );
    }
  }

  render() {
    const { opened, state } = this;
    if (!opened) {
      return this.error
        ? html`<p class="error" role="alert">${this.error}</p>`
        : html`<p class="hint" role="status">Loading the exercise…</p>`;
    }
    const shape = opened.data.shape;
    const settingsFree = opened.free.some((control) => !['layers', 'units', 'dropout'].includes(control));
    return html`
      <h3 class="title">${opened.title}</h3>
      <p>${opened.text}</p>
      <p class="goal">
        <strong>Goal:</strong> ${goalText(opened.goal)}.
        <span class="limits">Limits: ${limitTexts(opened.limits).join('; ')}.</span>
      </p>
      <div class="play">
        <div class="panel">
          <h4 class="visually-hidden">Your network</h4>
          <dp-network-view
            .state=${state}
            .shape=${shape}
            .free=${opened.free}
            .snapshot=${this.#trained()}
          ></dp-network-view>
        </div>
        ${opened.data.shown ? this.#plot(opened) : nothing}
      </div>
      ${settingsFree ? html`<dp-exercise-settings .state=${state} .free=${opened.free} .shape=${shape}></dp-exercise-settings>` : nothing}
      <dl class="fixed" aria-label="Fixed by the exercise">
        ${fixedSettings(state.spec, opened.free, opened.fit).map(
          ({ label, value }) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      <div class="actions">
        <button type="button" class="primary" ?disabled=${Boolean(this.progress)} @click=${() => this.check()}>
          Check
        </button>
        <button
          type="button"
          ?disabled=${Boolean(this.progress) || state.spec === opened.start}
          @click=${() => (this.state = exerciseState(opened))}
        >
          Start over
        </button>
        ${this.#progress()}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <dp-exercise-result
        .result=${this.result}
        .hint=${opened.hint}
        ?stale=${this.result && this.checkedSpec !== state.spec}
      ></dp-exercise-result>
    `;
  }

  // What the network on show learned in its last check (its first seed's run), or null.
  #trained() {
    return this.checkedSpec === this.state.spec ? (this.result?.trained ?? null) : null;
  }

  #plot(opened) {
    const trained = this.#trained();
    return html`<figure class="panel">
      <dp-boundary-plot
        .shape=${opened.data.shape}
        .shown=${opened.data.shown}
        .boundary=${trained?.boundary ?? null}
      ></dp-boundary-plot>
      <figcaption class="hint">
        ${trained ? `What the network learned with seed ${opened.goal.seeds[0]}; dots are the training data.` : 'The training data. Check to see what your network learns.'}
      </figcaption>
    </figure>`;
  }

  #progress() {
    const p = this.progress;
    if (!p) return nothing;
    const done = p.seedIndex * p.epochs + p.epoch;
    return html`<span role="status"
        >Training seed ${p.seedIndex + 1} of ${p.seeds}, epoch ${p.epoch} of ${p.epochs}…</span
      >
      <progress max=${p.seeds * p.epochs} .value=${done} aria-label="Grading progress"></progress>`;
  }
}

customElements.define('dp-exercise', ExercisePanel);
