// <dp-csv-loader>: bring your own data. The learner picks a CSV file, sees
// each problem in it by line and column, chooses the feature columns and the
// label column, and trains on it: a 'local-data' event (bubbling out of the
// shadow roots) carries { descriptor (what the state's data.local says of
// it), data (grader/local-data.js) }. The rows never leave the page.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { selectField } from '../base/fields.js';
import { MAX_CSV_BYTES, MAX_CSV_ROWS, describeProblem, parseCsv } from '../../../grader/csv-table.js';
import { checksumOf, localData, shortName } from '../../../grader/local-data.js';

class CsvLoader extends LitElement {
  static properties = {
    /** The file read: { name, table (grader/csv-table.js), checksum }, or null. */
    file: { state: true },
    features: { state: true },
    label: { state: true },
    /** { problems, more, title } to list, or null. */
    report: { state: true },
    /** What is being trained on, in words. */
    status: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      input[type='file'] {
        max-width: 100%;
        font-size: 0.85rem;
      }
      .problems {
        color: var(--danger);
        background: var(--danger-soft);
        border-radius: var(--radius);
        padding: 0.4rem 0.6rem;
        margin: 0.5rem 0;
        font-size: 0.85rem;
      }
      .problems ul {
        margin: 0.25rem 0 0;
        padding-left: 1.1rem;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0.5rem 0;
      }
      legend {
        font-size: 0.875rem;
      }
      .columns {
        max-height: 9rem;
        overflow-y: auto;
      }
      .columns .check {
        margin-bottom: 0.2rem;
      }
    `,
  ];

  constructor() {
    super();
    this.file = null;
    this.report = null;
    this.status = '';
  }

  render() {
    return html`
      <p class="hint">
        A CSV file with a header line: two or more number columns to learn from and a label column to predict (text or
        whole numbers: classes; other numbers: regression). Up to ${MAX_CSV_BYTES / 1_000_000} MB and
        ${MAX_CSV_ROWS.toLocaleString('en-US')} rows; it stays in this page (links say the data is local).
      </p>
      <input type="file" accept=".csv,text/csv,text/plain" aria-label="CSV file" @change=${this.#read} />
      ${this.#problems()} ${this.file && this.#columnChoice()}
      <p role="status" class="hint">${this.status}</p>
    `;
  }

  #problems() {
    if (!this.report) return nothing;
    const { title, problems, more } = this.report;
    return html`<div class="problems" role="alert">
      ${title}
      <ul>
        ${problems.map((problem) => html`<li>${describeProblem(problem)}</li>`)}
        ${more ? html`<li>and ${more} more</li>` : nothing}
      </ul>
    </div>`;
  }

  #columnChoice() {
    const { header } = this.file.table;
    return html`
      <fieldset>
        <legend>Features (the network's inputs)</legend>
        <div class="columns">
          ${header.map(
            (name, i) =>
              html`<label class="check"
                ><input
                  type="checkbox"
                  .checked=${this.features.includes(i)}
                  ?disabled=${i === this.label}
                  @change=${(event) => this.#toggleFeature(i, event.target.checked)}
                />${shortName(name)}</label
              >`,
          )}
        </div>
      </fieldset>
      ${selectField({
        label: 'Label (what to predict)',
        value: this.label,
        options: header.map((name, i) => ({ value: i, label: shortName(name) })),
        onChange: (label) => {
          this.label = label;
          this.features = this.features.filter((i) => i !== label);
        },
      })}
      <button type="button" class="primary" @click=${this.#train}>Train on this data</button>
    `;
  }

  async #read(event) {
    const chosen = event.target.files[0];
    this.file = null;
    this.report = null;
    this.status = '';
    if (!chosen) return;
    if (chosen.size > MAX_CSV_BYTES) {
      const size = `${Math.ceil(chosen.size / 1000).toLocaleString('en-US')} kB`;
      this.report = {
        title: `${chosen.name} cannot be used:`,
        problems: [{ message: `the file is ${size}; the limit is ${MAX_CSV_BYTES / 1000} kB` }],
        more: 0,
      };
      return;
    }
    const text = await chosen.text();
    const table = parseCsv(text);
    if (table.problems.length > 0) {
      this.report = { title: `${chosen.name} cannot be read:`, problems: table.problems, more: table.more };
      return;
    }
    const last = table.header.length - 1;
    this.file = { name: shortName(chosen.name), table, checksum: checksumOf(text) };
    this.label = last;
    this.features = table.header.map((_, i) => i).filter((i) => i !== last);
    this.#validate();
  }

  #toggleFeature(column, on) {
    this.features = on ? [...this.features, column].sort((a, b) => a - b) : this.features.filter((i) => i !== column);
  }

  // The data the chosen columns make, or null (and the problems listed).
  #validate() {
    const result = localData(this.file.table, { features: this.features, label: this.label });
    this.report = result.data
      ? null
      : { title: `${this.file.name} cannot be trained on with these columns:`, ...result };
    return result.data ?? null;
  }

  #train() {
    const { name, checksum } = this.file;
    const data = this.#validate();
    this.status = '';
    if (!data) return;
    const descriptor = {
      file: name,
      rows: data.rows,
      // The columns chosen are part of which data this is.
      checksum: checksumOf(`${checksum} ${this.features.join(',')} ${this.label}`),
      inputNames: data.inputNames,
      labelName: data.labelName,
      ...(data.classNames && { classNames: data.classNames }),
    };
    this.status = `Training on ${name}: ${data.rows} rows, ${data.inputNames.length} features, ${
      data.classNames
        ? `classification into ${data.classNames.length} classes (${data.classNames.join(', ')}) of “${data.labelName}”`
        : `regression of “${data.labelName}”`
    }; every column is scaled onto −1…1.`;
    this.dispatchEvent(new CustomEvent('local-data', { detail: { descriptor, data }, bubbles: true, composed: true }));
  }
}

customElements.define('dp-csv-loader', CsvLoader);
