// <dp-home-page>: what Deep Playground is, where a newcomer starts (lesson 1,
// marked "Start here"), and the index of its 14 lessons, each with its exercise.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../components/base/shared-styles.js';
import { textPageStyles } from './page-styles.js';
import { LESSONS } from '../lessons/catalog.js';
import { LESSON_EXERCISES } from '../lessons/exercises.js';
import { routePath } from './routes.js';
import { readProgress } from './lesson-progress.js';

// The marks a lesson gets for what the learner did in it (see lesson-progress.js).
const MARKS = [
  { step: 'visited', text: 'read' },
  { step: 'ran', text: 'experiment run' },
  { step: 'answered', text: 'question answered' },
  { step: 'passed', text: 'exercise passed' },
];

class HomePage extends LitElement {
  static properties = { href: { attribute: false } };

  static styles = [
    sharedStyles,
    textPageStyles,
    css`
      .lessons {
        list-style: none;
        counter-reset: lesson;
        padding: 0;
        margin: 1rem 0 0;
        display: grid;
        gap: 0.6rem;
      }
      .lessons > li {
        counter-increment: lesson;
        display: grid;
        grid-template-columns: 2rem 1fr;
        background: var(--surface);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 0.7rem 0.9rem;
      }
      .lessons > li::before {
        content: counter(lesson);
        font-weight: 700;
        color: var(--accent);
      }
      .lessons > li > a {
        font-weight: 600;
        text-decoration: none;
      }
      .lessons > li > a:hover {
        text-decoration: underline;
      }
      .lessons > li > p {
        grid-column: 2;
        margin: 0.15rem 0 0;
        color: var(--muted);
        font-size: 0.92rem;
      }
      .lessons > li > p.exercise {
        color: var(--ink);
      }
      h2 {
        margin-top: 2rem;
      }
      .marks {
        grid-column: 2;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        list-style: none;
        padding: 0;
        margin: 0.4rem 0 0;
        font-size: 0.78rem;
      }
      .marks li {
        display: inline;
        border: 1px solid var(--line);
        border-radius: 999px;
        padding: 0.05rem 0.5rem;
        color: var(--muted);
        background: var(--page);
      }
      .marks li.done {
        border-color: var(--success);
        color: var(--success);
        background: var(--success-soft);
      }
      .start {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.6rem 1rem;
      }
      .start .secondary {
        font-weight: 600;
      }
      .badge {
        grid-column: 2;
        justify-self: start;
        margin-bottom: 0.2rem;
        font-size: 0.75rem;
        font-weight: 700;
        color: #fff;
        background: var(--accent);
        border-radius: 999px;
        padding: 0.05rem 0.55rem;
      }
      .lessons > li.first {
        border-color: var(--accent);
      }
      .lessons > li.first > .badge + a {
        grid-column: 2;
      }
      .summary-progress {
        color: var(--muted);
        margin: 0.25rem 0 0;
      }
    `,
  ];

  render() {
    const progress = readProgress();
    const started = LESSONS.filter((lesson) => progress[lesson.id]).length;
    const [first] = LESSONS;
    return html`
      <article>
        <h1>Learn deep learning by training networks in your browser</h1>
        <p class="lead">
          Build a neural network, press play and watch it learn: its decision boundary, every neuron's view of the data
          and the loss falling, live. Nothing is installed and nothing leaves your machine.
        </p>
        <p class="start">
          <a class="cta" href=${this.href(routePath({ page: 'lesson', id: first.id }))}
            >New to deep learning? Start with lesson 1: ${first.title}</a
          >
          <a class="secondary" href=${this.href(routePath({ page: 'playground' }))}>Or open the playground</a>
        </p>
        <h2 id="lessons-title">Lessons</h2>
        ${
          started
            ? html`<p class="summary-progress">
                You have opened ${started} of ${LESSONS.length} lessons on this device.
              </p>`
            : nothing
        }
        <ol class="lessons" aria-labelledby="lessons-title">
          ${LESSONS.map(
            (lesson) =>
              html`<li class=${lesson === first ? 'first' : ''}>
                ${lesson === first ? html`<span class="badge">Start here</span>` : nothing}
                <a href=${this.href(routePath({ page: 'lesson', id: lesson.id }))}>${lesson.title}</a>
                <p>${lesson.summary}</p>
                ${this.#exercise(LESSON_EXERCISES[lesson.id])} ${this.#marks(progress[lesson.id])}
              </li>`,
          )}
        </ol>
      </article>
    `;
  }
  #exercise(exercise) {
    if (!exercise) return nothing;
    return html`<p class="exercise">
      Your turn: <a href=${this.href(routePath({ page: 'exercise', id: exercise.id }))}>${exercise.title}</a>
    </p>`;
  }

  #marks(done) {
    if (!done) return nothing;
    return html`<ul class="marks" aria-label="Your progress">
      ${MARKS.map(({ step, text }) => html`<li class=${done[step] ? 'done' : ''}>${done[step] ? `✓ ${text}` : html`<span class="visually-hidden">not yet </span>${text}`}</li>`)}
    </ul>`;
  }
}

customElements.define('dp-home-page', HomePage);
