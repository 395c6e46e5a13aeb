// <dp-spec-io>: downloads of the model (spec JSON, weights JSON, the run in
// Keras: a Python script and its run file) and loading a spec (or the spec
// file "Download spec" saves, with its features and batch size: spec-file.js)
// from a file or pasted text. The text is untrusted: read within limits
// (untrusted-json.js), then vetted by the playground's layout rules and the
// engine; a spec rejected on the way shows why and changes nothing.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { emitEdit } from '../base/edit-event.js';
import { layoutProblem, specChanges } from '../../domain/network-spec.js';
import { MAX_JSON_TEXT, parseUntrustedJson } from '../../domain/untrusted-json.js';
import { modelFiles } from '../../domain/model-files.js';
import { withBatchSize, withFeatures, withSpec } from '../../domain/state-edits.js';
import { readSpecFile } from '../../domain/spec-file.js';

class SpecIo extends LitElement {
  static properties = {
    state: { attribute: false },
    /** () => Promise<{ spec, weights, keras, run }> (model-files.js) */
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
        <textarea
          spellcheck="false"
          placeholder='{"inputs": 2, "layers": [...], "loss": "binary_crossentropy"}'
        ></textarea>
      </label>
      <button type="button" @click=${() => this.#load(this.renderRoot.querySelector('textarea').value)}>
        Load pasted spec
      </button>
      ${
        this.message
          ? html`<p class="message ${this.message.kind}" role=${this.message.kind === 'error' ? 'alert' : 'status'}>
              ${this.message.text}
            </p>`
          : nothing
      }
    `;
  }

  async #download(kind) {
    for (const file of modelFiles(kind, await this.exportModel())) {
      const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: file.name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }
  }

  async #onFile(event) {
    // The event's target is gone once an await has passed: keep the input itself.
    const input = event.target;
    const [file] = input.files;
    input.value = ''; // the same file chosen again is read again
    // A file far larger than any spec is refused unread.
    if (file && file.size > 4 * MAX_JSON_TEXT)
      this.message = {
        kind: 'error',
        text: `The file is ${file.size.toLocaleString('en-US')} bytes: far too large to be a spec.`,
      };
    else if (file) await this.#load(await file.text());
  }

  async #load(text) {
    const { value: spec, problem: textProblem } = parseUntrustedJson(text);
    if (textProblem) {
      this.message = { kind: 'error', text: `The spec could not be read: ${textProblem}.` };
      return;
    }
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
      this.message = { kind: 'error', text: 'The spec must be a JSON object, like the one “Download spec” saves.' };
      return;
    }
    const file = readSpecFile(spec);
    const problem = file.problem ?? layoutProblem(file.spec);
    if (problem) {
      this.message = { kind: 'error', text: problem };
      return;
    }
    try {
      const full = await this.checkSpec(file.spec);
      const trained = withBatchSize(
        file.features ? withFeatures(this.state, file.features) : this.state,
        file.batchSize ?? this.state.batchSize,
      );
      const next = withSpec(trained, full);
      const changes = specChanges(full, next.spec);
      const adapted = changes.length ? ` To fit the current data it was adapted: ${changes.join(', ')}.` : '';
      this.message = { kind: 'info', text: `Spec loaded.${adapted}` };
      emitEdit(this, next);
    } catch (error) {
      this.message = { kind: 'error', text: error.message };
    }
  }
}

customElements.define('dp-spec-io', SpecIo);
