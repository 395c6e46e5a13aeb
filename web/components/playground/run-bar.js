// <dp-run-bar>: reset, play / pause and step, the epoch counter and the
// training speed. Fires 'run-command' with detail 'reset' | 'play' | 'pause' | 'step'.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { selectField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import { withView } from '../../domain/state-edits.js';
import { SPEEDS } from '../../domain/choices.js';

const SPEED_LABELS = { slow: 'Slow (10 epochs/s)', normal: 'Normal (60 epochs/s)', fast: 'As fast as possible' };

class RunBar extends LitElement {
  static properties = {
    state: { attribute: false },
    epoch: { type: Number },
    playing: { type: Boolean },
    /** Nothing to train on yet. */
    disabled: { type: Boolean },
    /** Training blew up: only a reset (or new settings) can go on. */
    diverged: { type: Boolean },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
      .buttons {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      .play {
        width: 3.2rem;
        height: 3.2rem;
        border-radius: 50%;
        font-size: 1.2rem;
        padding: 0;
      }
      .epoch {
        min-width: 5.5rem;
      }
      .epoch span {
        display: block;
        font-size: 0.75rem;
        color: var(--muted);
        text-transform: uppercase;
        letter-spacing: 0.06em;
      }
      .epoch output {
        font-size: 1.5rem;
        font-variant-numeric: tabular-nums;
      }
      .field {
        margin: 0;
      }
    `,
  ];

  render() {
    const { view } = this.state;
    return html`
      <div class="buttons">
        <button
          type="button"
          title="Reset the network"
          ?disabled=${this.disabled}
          @click=${() => this.#command('reset')}
        >
          ↺ Reset
        </button>
        <button
          type="button"
          class="primary play"
          aria-label=${this.playing ? 'Pause' : 'Play'}
          title=${this.playing ? 'Pause training' : 'Train'}
          ?disabled=${this.disabled || this.diverged}
          @click=${() => this.#command(this.playing ? 'pause' : 'play')}
        >
          <span aria-hidden="true">${this.playing ? '❚❚' : '▶'}</span>
        </button>
        <button
          type="button"
          title="Train one epoch"
          ?disabled=${this.disabled || this.diverged}
          @click=${() => this.#command('step')}
        >
          Step
        </button>
      </div>
      <div class="epoch">
        <span id="epoch-label">Epoch</span>
        <output aria-labelledby="epoch-label">${this.epoch.toLocaleString('en-US')}</output>
      </div>
      ${selectField({
        label: 'Speed',
        value: view.speed,
        options: Object.keys(SPEEDS).map((speed) => ({ value: speed, label: SPEED_LABELS[speed] })),
        onChange: (speed) => emitEdit(this, withView(this.state, { speed })),
      })}
    `;
  }

  #command(command) {
    this.dispatchEvent(new CustomEvent('run-command', { detail: command, bubbles: true, composed: true }));
  }
}

customElements.define('dp-run-bar', RunBar);
