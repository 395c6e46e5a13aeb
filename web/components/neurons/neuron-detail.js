// web/components/neurons/ — one neuron up close, as the lessons' neuron
// inspector and the playground's network view both show it.
//
// neuronName() names a neuron the same way everywhere ("neuron 2 of hidden
// layer 1"); neuronDetail() is its table: each input with its weight (and,
// at a probe point, the input's value and their product), the bias, and the
// weighted sum z = Σ wᵢaᵢ + b and activation a = g(z) when known.
import { html, css, nothing } from 'lit';
import { formatNumber } from '../../domain/widget-math.js';

const f3 = (v) => formatNumber(v, 3);
/** Past this many inputs the table scrolls inside a box of its own. */
const ROWS_SHOWN = 12;

/**
 * The name of unit `index` of layer `column` (0: the inputs, named by
 * `inputNames`) in a network whose layers are `widths` wide.
 */
export function neuronName(widths, column, index, inputNames = []) {
  if (column === 0) return inputNames[index] ?? `input ${index + 1}`;
  if (column < widths.length - 1) return `neuron ${index + 1} of hidden layer ${column}`;
  return widths[column] === 1 ? 'output neuron' : `neuron ${index + 1} of the output layer`;
}

export const neuronDetailStyles = css`
  .neuron-table {
    margin: 0.4rem 0;
  }
  .neuron-table.long {
    max-height: 14rem;
    overflow-y: auto;
  }
  .neuron-table table {
    border-collapse: collapse;
    font-size: 0.85rem;
  }
  .neuron-table th,
  .neuron-table td {
    padding: 0.15rem 0.45rem;
    text-align: right;
    border-bottom: 1px solid var(--line);
  }
  .neuron-table th {
    color: var(--muted);
    font-weight: 600;
  }
  .neuron-table th:first-child,
  .neuron-table td:first-child {
    text-align: left;
  }
  .neuron-table .number {
    font-family: var(--mono);
    font-variant-numeric: tabular-nums;
  }
  .neuron-sum {
    margin: 0.3rem 0;
  }
`;

/**
 * inputs: [{ name, value? }] (value: at the probe point); weights: the
 * incoming weight of each input; bias; activation: the layer's function's
 * name; z and a: the neuron's weighted sum and output at the probe, if any.
 */
export function neuronDetail({ inputs, weights, bias, activation, z, a }) {
  const probed = inputs.every((input) => input.value !== undefined);
  const long = inputs.length > ROWS_SHOWN;
  const number = (v) => html`<td class="number">${f3(v)}</td>`;
  return html`
    <div
      class="neuron-table ${long ? 'long' : ''}"
      tabindex=${long ? '0' : nothing}
      role=${long ? 'region' : nothing}
      aria-label=${long ? 'Inputs and weights of this neuron' : nothing}
    >
      <table>
        <caption class="visually-hidden">
          Inputs and weights of this neuron${probed ? ' at the probe point' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">input</th>
            ${probed ? html`<th scope="col">value</th>` : nothing}
            <th scope="col">weight</th>
            ${probed ? html`<th scope="col">value × weight</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${inputs.map(
            ({ name, value }, i) =>
              html`<tr>
                <td>${name}</td>
                ${probed ? number(value) : nothing} ${number(weights[i])}
                ${probed ? number(value * weights[i]) : nothing}
              </tr>`,
          )}
          <tr>
            <td>bias b</td>
            ${probed ? html`<td></td>` : nothing} ${number(bias)} ${probed ? number(bias) : nothing}
          </tr>
        </tbody>
      </table>
    </div>
    ${
      z === undefined
        ? html`<p class="neuron-sum">Output <span class="number">a = ${activation}(Σ wᵢaᵢ + b)</span></p>`
        : html`<p class="neuron-sum">Weighted sum <span class="number">z = ${f3(z)}</span></p>
            <p class="neuron-sum">Activation <span class="number">a = ${activation}(z) = ${f3(a)}</span></p>`
    }
  `;
}
