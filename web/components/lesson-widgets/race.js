// <dp-race>: full-batch GD vs mini-batch vs SGD ({ runs: [label, ...] }):
// training loss against passes over the data (or against updates), and per
// run the batch size, the updates one pass makes and the memory one update
// needs — the inputs and every layer's activations for one batch, float32.
import { html, css } from 'lit';
import { LessonWidget } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { drawCurves, epochNumbers } from '../plots/curve-plot.js';
import { seriesColor, FrameScheduler } from '../plots/plot-canvas.js';
import { formatNumber } from '../../domain/widget-math.js';
import { runRows } from './run-view.js';

const HEIGHT = 240;
const BYTES_PER_FLOAT = 4;

/** What one update of a run costs: { rows, updates (per pass), floats, bytes }. */
export function updateCost(run, trainRows) {
  const rows = Math.min(run.fit.batchSize ?? 32, trainRows);
  const widths = run.spec.layers.filter((layer) => layer.type === 'dense').map((layer) => layer.units);
  const floats = rows * (run.spec.inputs + widths.reduce((a, b) => a + b, 0));
  return { rows, updates: Math.ceil(trainRows / rows), floats, bytes: floats * BYTES_PER_FLOAT };
}

const formatBytes = (bytes) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

// Training rows before the run reports them: the data's points less the test share.
const plannedRows = (run) => Math.round((run.data.options?.n ?? 400) * (1 - (run.data.options?.testFraction ?? 0.5)));

class Race extends LessonWidget {
  static properties = { axis: { state: true } };

  static styles = [
    widgetStyles,
    css`
      .scroller {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.85rem;
        margin-top: 0.6rem;
      }
      th,
      td {
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid var(--line);
        text-align: right;
        white-space: nowrap;
      }
      th:first-child,
      td:first-child {
        text-align: left;
      }
      th {
        color: var(--muted);
        font-weight: 600;
      }
      /* A phone: each run is a block of labelled readouts instead of a row too wide to see. */
      @media (max-width: 480px) {
        thead {
          display: none;
        }
        tr {
          display: grid;
          grid-template-columns: 1fr 1fr;
          padding: 0.3rem 0;
          border-bottom: 1px solid var(--line);
        }
        td,
        td:first-child {
          border: none;
          text-align: left;
          white-space: normal;
        }
        td:first-child {
          grid-column: 1 / -1;
          font-weight: 600;
        }
        td[data-label]::before {
          content: attr(data-label) ': ';
          color: var(--muted);
        }
      }
    `,
  ];

  #draw = new FrameScheduler(() => this.#paint());

  constructor() {
    super();
    this.axis = 'passes';
  }

  render() {
    const rows = this.#rows();
    return html`
      <h3 class="title">The race: same passes over the data, different batch sizes</h3>
      <div class="toolbar" role="group" aria-label="Horizontal axis">
        <span class="muted">Training loss against</span>
        <div class="segmented">
          <button type="button" aria-pressed=${String(this.axis === 'passes')} @click=${() => (this.axis = 'passes')}>
            passes over the data
          </button>
          <button type="button" aria-pressed=${String(this.axis === 'updates')} @click=${() => (this.axis = 'updates')}>
            updates
          </button>
        </div>
      </div>
      <canvas role="img" aria-label=${this.#describe(rows)}></canvas>
      <div class="scroller">
        <table>
          <caption class="visually-hidden">
            Cost of one update per run
          </caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Batch</th>
              <th scope="col">Updates per pass</th>
              <th scope="col">Memory per update</th>
              <th scope="col">Passes</th>
              <th scope="col">Training loss</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row, i) =>
                html`<tr>
                  <td><span class="swatch" style="background: ${seriesColor(i)}"></span>${row.label}</td>
                  <td class="readout" data-label="Batch">${row.cost.rows}</td>
                  <td class="readout" data-label="Updates per pass">${row.cost.updates}</td>
                  <td class="readout" data-label="Memory per update" title="${row.cost.floats} floats × 4 bytes">
                    ${formatBytes(row.cost.bytes)}
                  </td>
                  <td class="readout" data-label="Passes">${row.view.epoch}</td>
                  <td class="readout" data-label="Training loss">
                    ${row.view.history?.loss.length ? formatNumber(row.view.history.loss.at(-1)) : '—'}
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="hint">
        Memory per update counts what one step holds for its batch: the inputs and every layer's activations, as 4-byte
        floats (the backward pass needs about as much again). The weights are the same for every run.
      </p>
    `;
  }

  updated() {
    this.#draw.request();
  }

  #rows() {
    return runRows(this.lesson, this.results, this.progress, this.config?.runs ?? []).map((row) => ({
      ...row,
      cost: updateCost(row.run, row.view.trainRows ?? plannedRows(row.run)),
    }));
  }

  #paint() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.width) return;
    const rows = this.#rows();
    const byUpdates = this.axis === 'updates';
    const passes = Math.max(1, ...rows.map((row) => row.run.fit.epochs));
    const xMax = byUpdates ? Math.max(...rows.map((row) => row.run.fit.epochs * row.cost.updates)) : passes;
    const series = rows
      .filter((row) => row.view.history)
      .map((row) => {
        const ys = row.view.history.loss;
        return {
          xs: epochNumbers(ys.length, byUpdates ? row.cost.updates : 1),
          ys,
          color: seriesColor(rows.indexOf(row)),
        };
      });
    drawCurves(canvas, this.width, HEIGHT, series, {
      xMax,
      xLabel: byUpdates ? 'updates' : 'passes over the data (epochs)',
      yLabel: 'training loss',
    });
  }

  #describe(rows) {
    const parts = rows.map(({ label, view, cost }) =>
      view.history?.loss.length
        ? `${label} (${cost.updates} updates per pass): training loss ${formatNumber(view.history.loss.at(-1))} after ${view.history.loss.length} passes`
        : `${label}: not trained yet`,
    );
    return `Training loss per pass over the data. ${parts.join('; ')}.`;
  }
}

customElements.define('dp-race', Race);
