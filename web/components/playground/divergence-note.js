// <dp-divergence-note>: says in words that training blew up, where, and
// what to try, with a button that applies the suggestion and starts over.
// Fires 'retry-with-rate' with the suggested learning rate.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { formatRate } from '../../domain/choices.js';

class DivergenceNote extends LitElement {
  static properties = {
    /** { epoch, step, lastLoss } from the engine. */
    diverged: { attribute: false },
    learningRate: { type: Number },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      div {
        background: var(--danger-soft);
        border: 1px solid var(--danger);
        border-radius: var(--radius);
        padding: 0.6rem 0.9rem;
      }
      p {
        margin: 0 0 0.5rem;
      }
    `,
  ];

  render() {
    const { epoch, step, lastLoss } = this.diverged;
    const suggested = Number((this.learningRate / 10).toPrecision(6));
    const last = Number.isFinite(lastLoss) ? ` (the last good loss was ${lastLoss.toFixed(4)})` : '';
    return html`<div role="alert">
      <p>
        <strong>Training stopped:</strong> the loss became NaN or blew up at step ${step.toLocaleString('en-US')}, in
        epoch ${epoch}${last}. The learning rate, ${formatRate(this.learningRate)}, is probably too high: try 10× lower.
      </p>
      <button type="button" class="primary" @click=${() => this.#retry(suggested)}>
        Use learning rate ${formatRate(suggested)} and start over
      </button>
    </div>`;
  }

  #retry(learningRate) {
    this.dispatchEvent(new CustomEvent('retry-with-rate', { detail: learningRate, bubbles: true, composed: true }));
  }
}

customElements.define('dp-divergence-note', DivergenceNote);
