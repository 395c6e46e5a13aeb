// <dp-spec-io>: downloads of the model (spec JSON, weights JSON, Keras
// Python) and loading a spec from a file or pasted text. A spec the engine
// rejects shows the engine's message and changes nothing.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from './shared-styles.js';
import { emitEdit } from './edit-event.js';
import { layoutProblem } from '../state/network-spec.js';
import { modelFile } from '../state/model-files.js';
import { withSpec } from '../state/state-edits.js';

class SpecIo extends LitElement {
  static properties = {
    state: { attribute: false },
    /** () => Promise<{ spec, weights, keras }> */
    exportModel: { attribute: false },
    /** (spec) => Promise<full spec>, rejecting with the engine's message. */
    checkSpec: { attribute: false },
    message: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-bottom: 0.75rem;
      }
      textarea {
        width: 100%;
        min-height: 6rem;
        font-family: var(--mono);
        font-size: 0.8rem;
      }
      .message {
        margin: 0.5rem 0 0;
        padding: 0.4rem 0.6rem;
        border-radius: var(--radius);
        font-size: 0.85rem;
      }
      .error {
        background: var(--danger-soft);
        color: var(--danger);
      }
      .info {
        background: var(--accent-soft);
      }
    `,
  ];

  render() {
    return html`
      <div class="buttons">
        <button type="button" @click=${() => this.#download('spec')}>Download spec (JSON)</button>
        <button type="button" @click=${() => this.#download('weights')}>Download weights (JSON)</button>
        <button type="button" @click=${() => this.#download('keras')}>Download Keras (Python)</button>
      </div>
      <label class="field">
        <span>Load a spec from a file</span>
        <input type="file" accept=".json,application/json" @change=${this.#onFile} />
      </label>
      <label class="field">
        <span>…or paste one</span>
        <textarea spellcheck="false" placeholder='{"inputs": 2, "layers": [...], "loss": "binary_crossentropy"}'></textarea>
      </label>
      <button type="button" @click=${() => this.#load(this.renderRoot.querySelector('textarea').value)}>Load pasted spec</button>
      ${this.message
        ? html`<p class="message ${this.message.kind}" role=${this.message.kind === 'error' ? 'alert' : 'status'}>${this.message.text}</p>`
        : nothing}
    `;
  }

  async #download(kind) {
    const file = modelFile(kind, await this.exportModel());
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async #onFile(event) {
    const [file] = event.target.files;
    if (file) await this.#load(await file.text());
    event.target.value = '';
  }

  async #load(text) {
    let spec;
    try {
      spec = JSON.parse(text);
    } catch (error) {
      this.message = { kind: 'error', text: `The spec is not valid JSON: ${error.message}` };
      return;
    }
    const problem = layoutProblem(spec);
    if (problem) {
      this.message = { kind: 'error', text: problem };
      return;
    }
    try {
      const full = await this.checkSpec(spec);
      const next = withSpec(this.state, full);
      this.message = { kind: 'info', text: `Spec loaded.${adaptations(full, next.spec)}` };
      emitEdit(this, next);
    } catch (error) {
      this.message = { kind: 'error', text: error.message };
    }
  }
}

// What had to change so that the spec fits the playground's current data.
function adaptations(given, used) {
  const changes = [];
  if (given.inputs !== used.inputs) changes.push(`inputs ${given.inputs} → ${used.inputs}`);
  const [a, b] = [given.layers.at(-1), used.layers.at(-1)];
  if (a.units !== b.units) changes.push(`output units ${a.units} → ${b.units}`);
  if (a.activation !== b.activation) changes.push(`output activation ${a.activation} → ${b.activation}`);
  if (given.loss !== used.loss) changes.push(`loss ${given.loss} → ${used.loss}`);
  return changes.length ? ` To fit the current data it was adapted: ${changes.join(', ')}.` : '';
}

customElements.define('dp-spec-io', SpecIo);
