// <dp-exercise-result>: the grader's verdict on a check — passed, or why not
// in its own words — each seed's score, and the exercise's hint after a miss.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';

// What each of the grader's statuses (grader/grade.js STATUSES) is called on the page.
const HEADLINES = {
  pass: 'Passed',
  fail: 'Not yet: the goal was missed',
  rejected: 'Not accepted',
  diverged: 'Not yet: training diverged',
  timeout: 'Not yet: out of time',
  error: 'The engine failed',
};

class ExerciseResult extends LitElement {
  static properties = {
    /** The grader's { passed, status, message, metrics }. */
    result: { attribute: false },
    hint: { type: String },
    /** Whether the network has changed since it was checked. */
    stale: { type: Boolean },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .verdict {
        border-radius: var(--radius);
        padding: 0.6rem 0.9rem;
        border: 1px solid var(--danger);
        background: var(--danger-soft);
      }
      .verdict.pass {
        border-color: var(--success);
        background: var(--success-soft);
      }
      .verdict.stale {
        opacity: 0.7;
      }
      strong {
        display: block;
      }
      p {
        margin: 0.25rem 0 0;
      }
      table {
        border-collapse: collapse;
        margin-top: 0.5rem;
        font-size: 0.85rem;
        font-variant-numeric: tabular-nums;
      }
      th,
      td {
        text-align: right;
        padding: 0.1rem 0.6rem 0.1rem 0;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      .hint-box {
        margin-top: 0.6rem;
        padding: 0.5rem 0.9rem;
        border-left: 4px solid var(--focus);
        background: var(--surface);
      }
    `,
  ];

  render() {
    const { result } = this;
    if (!result) return nothing;
    return html`
      <div class="verdict ${result.passed ? 'pass' : ''} ${this.stale ? 'stale' : ''}" role="status">
        <strong>${result.passed ? '✓ ' : ''}${HEADLINES[result.status]}</strong>
        <p class="message">${result.message}</p>
        ${result.metrics ? this.#seeds(result.metrics) : nothing}
        ${this.stale ? html`<p class="hint">You have changed the network since this check.</p>` : nothing}
      </div>
      ${!result.passed && this.hint ? html`<p class="hint-box"><strong>Hint</strong>${this.hint}</p>` : nothing}
    `;
  }

  #seeds({ split, seeds }) {
    const accuracy = seeds.some((s) => s.accuracy !== undefined);
    return html`<table>
      <caption class="visually-hidden">
        Each seed's ${split} score
      </caption>
      <thead>
        <tr>
          <th scope="col">Seed</th>
          <th scope="col">${split} loss</th>
          ${accuracy ? html`<th scope="col">${split} accuracy</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${seeds.map(
          (s) =>
            html`<tr>
              <td>${s.seed}</td>
              <td>${s.loss.toPrecision(3)}</td>
              ${accuracy ? html`<td>${s.accuracy.toFixed(3)}</td>` : nothing}
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('dp-exercise-result', ExerciseResult);
