// <dp-confusion-matrix>: how often each true class (rows) was predicted as
// each class (columns) on the test data; the diagonal is what went right.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';

class ConfusionMatrix extends LitElement {
  static properties = {
    classNames: { attribute: false },
    /** True class per test row. */
    targets: { attribute: false },
    /** Predicted class per test row. */
    predicted: { attribute: false },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        font-size: 0.72rem;
        font-variant-numeric: tabular-nums;
      }
      caption {
        text-align: left;
        font-size: 0.8rem;
        color: var(--muted);
        margin-bottom: 0.3rem;
      }
      th,
      td {
        min-width: 1.5rem;
        height: 1.7rem;
        text-align: center;
        padding: 0 0.15rem;
      }
      th {
        font-weight: 600;
        color: var(--muted);
      }
      td {
        border: 1px solid var(--surface);
      }
      /* Two short lines, so that ten classes fit beside it in the output column. */
      .corner {
        font-weight: 400;
        font-size: 0.68rem;
        width: 4rem;
        line-height: 1.1;
      }
    `,
  ];

  render() {
    const names = this.classNames;
    const counts = names.map(() => names.map(() => 0));
    this.targets.forEach((target, i) => (counts[target][this.predicted[i]] += 1));
    return html`<table>
      <caption>
        Confusion matrix on the test data: rows are the true classes, columns the predicted ones.
      </caption>
      <thead>
        <tr>
          <th class="corner" scope="col">true \\ predicted</th>
          ${names.map((name) => html`<th scope="col">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${counts.map((row, t) => {
          const total = row.reduce((sum, count) => sum + count, 0) || 1;
          return html`<tr>
            <th scope="row">${names[t]}</th>
            ${row.map((count, p) => html`<td style=${cellStyle(count / total, t === p)}>${count}</td>`)}
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}

// Shade by the share of the true class's rows: blue on the diagonal, orange
// off it, kept light enough for dark text to read on any shade.
function cellStyle(share, diagonal) {
  const [r, g, b] = diagonal ? [8, 119, 189] : [230, 120, 20];
  const alpha = share === 0 ? 0 : 0.08 + 0.42 * share;
  return `background: rgb(${r} ${g} ${b} / ${alpha.toFixed(3)})`;
}

customElements.define('dp-confusion-matrix', ConfusionMatrix);
