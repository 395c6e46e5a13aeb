// <dp-network-handles>: what a learner can point at in the network diagram,
// laid over its canvas. Every neuron is a focusable element named like
// "neuron 2 of hidden layer 1": hovering or focusing it fires
// 'neuron-preview' with { layer, unit, name } (null once the pointer and
// the focus have left). Every weight is a focusable button named like
// "weight from x1 to neuron 2 of hidden layer 1": hovering or focusing it
// shows its value; a click, Enter or Space opens a number box, and a new
// value fires 'weight-edit' with { layer, index, value } (index into the
// layer's kernel, row-major [inputs, units]). Tabbing goes neuron by neuron,
// each followed by the weights that feed it. Between layers with more
// weights than the diagram draws lines for, the weights are read in the
// neuron's table instead.
import { LitElement, html, svg, css, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { sharedStyles } from '../base/shared-styles.js';
import { MAX_EDGES_PER_LAYER } from '../plots/network-drawing.js';
import { formatNumber } from '../../domain/widget-math.js';

/** Width of the invisible band around each weight's line that the pointer can hit. */
const HIT_WIDTH = 7;

class NetworkHandles extends LitElement {
  static properties = {
    /** networkLayout()'s result for the diagram underneath. */
    layout: { attribute: false },
    /** describeNetwork()'s result: columns (nodes, names) and kernels. */
    picture: { attribute: false },
    /** Whether a weight can be given a new value (false: its value is only shown). */
    editable: { type: Boolean },
    pointed: { state: true },
    editing: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        position: absolute;
        inset: 0;
        pointer-events: none;
      }
      svg {
        position: absolute;
        left: 0;
        top: 0;
        overflow: visible;
      }
      .neuron {
        fill: transparent;
        pointer-events: all;
        cursor: default;
      }
      .weight {
        fill: none;
        stroke: transparent;
        stroke-width: ${HIT_WIDTH};
        pointer-events: stroke;
        cursor: pointer;
      }
      .neuron:hover,
      .neuron:focus,
      .weight:hover,
      .weight:focus {
        outline: none;
        stroke: var(--focus);
        stroke-opacity: 0.8;
      }
      .neuron:hover,
      .neuron:focus {
        stroke-width: 3;
      }
      .weight:hover,
      .weight:focus {
        stroke-width: 3;
      }
      .value,
      .editor {
        position: absolute;
        transform: translate(-50%, -130%);
        pointer-events: auto;
        white-space: nowrap;
        font-size: 0.8rem;
        background: var(--surface);
        border: 1px solid var(--line);
        border-radius: var(--radius);
        padding: 0.1rem 0.4rem;
        box-shadow: 0 1px 4px rgb(0 0 0 / 0.15);
      }
      .value {
        pointer-events: none;
      }
      .editor input {
        width: 6.5rem;
        min-height: 1.7rem;
      }
    `,
  ];

  #hoveredNeuron = null;
  #focusedNeuron = null;
  #previewed = null;
  #focusAfterEdit = null;
  #key = ''; // the shapes' layout and names, as last drawn

  willUpdate() {
    if (!this.layout || !this.picture) return;
    const key = JSON.stringify([this.layout.columns, this.picture.columns.map((c) => c.names)]);
    // New shapes replace the old without a mouseleave or blur: what was pointed at is gone.
    if (key !== this.#key && this.#previewed) {
      this.#hoveredNeuron = this.#focusedNeuron = null;
      this.#pointNeuron('hovered', null);
    }
    if (key !== this.#key) this.pointed = this.editing = null;
    this.#key = key;
  }

  render() {
    if (!this.layout || !this.picture) return nothing;
    const { width, height } = this.layout;
    const key = this.#key;
    return html`
      <svg width=${width} height=${height} viewBox="0 0 ${width} ${height}">
        ${guard([key, this.editable], () => this.#shapes())}
      </svg>
      ${this.#valueBox()} ${this.#editor()}
    `;
  }

  updated() {
    this.renderRoot.querySelector('.editor input')?.focus();
    if (this.#focusAfterEdit) {
      this.renderRoot.querySelector(`[data-weight="${this.#focusAfterEdit}"]`)?.focus();
      this.#focusAfterEdit = null;
    }
  }

  // Each neuron of layers 1.., then the weights into it, in tab order.
  #shapes() {
    const { layout, picture } = this;
    return picture.columns.slice(1).map((column, d) => {
      const { size, nodes } = layout.columns[d + 1];
      const sources = picture.columns[d];
      const weighed = sources.nodes.filter((node) => node.row >= 0).length * column.nodes.length <= MAX_EDGES_PER_LAYER;
      return column.nodes.map((_, u) => {
        const { x, y } = nodes[u];
        const neuron = { layer: d, unit: u, name: column.names[u] };
        return svg`<rect
            class="neuron"
            x=${x - size / 2}
            y=${y - size / 2}
            width=${size}
            height=${size}
            tabindex="0"
            role="img"
            aria-label=${neuron.name}
            @mouseenter=${() => this.#pointNeuron('hovered', neuron)}
            @mouseleave=${() => this.#pointNeuron('hovered', null)}
            @focus=${() => this.#pointNeuron('focused', neuron)}
            @blur=${() => this.#pointNeuron('focused', null)}
          ></rect>
          ${weighed ? sources.nodes.map((source, i) => (source.row < 0 ? nothing : this.#weightShape(d, i, u))) : nothing}`;
      });
    });
  }

  #weightShape(d, i, u) {
    const { layout, picture } = this;
    const from = layout.columns[d];
    const to = layout.columns[d + 1];
    const a = from.nodes[i];
    const b = to.nodes[u];
    const [x0, x1] = [a.x + from.size / 2, b.x - to.size / 2];
    const middle = (x0 + x1) / 2;
    const units = picture.columns[d + 1].nodes.length;
    const weight = {
      layer: d,
      index: picture.columns[d].nodes[i].row * units + u,
      name: `weight from ${picture.columns[d].names[i]} to ${picture.columns[d + 1].names[u]}`,
      x: middle,
      y: (a.y + b.y) / 2,
    };
    const id = `${d}:${weight.index}`;
    return svg`<path
      class="weight"
      d="M ${x0} ${a.y} C ${middle} ${a.y}, ${middle} ${b.y}, ${x1} ${b.y}"
      data-weight=${id}
      tabindex="0"
      role=${this.editable ? 'button' : 'img'}
      aria-label=${weight.name}
      @mouseenter=${() => (this.pointed = weight)}
      @mouseleave=${() => this.pointed === weight && (this.pointed = null)}
      @focus=${() => (this.pointed = weight)}
      @blur=${() => this.pointed === weight && (this.pointed = null)}
      @click=${() => this.#startEditing(weight)}
      @keydown=${(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        this.#startEditing(weight);
      }}
    ></path>`;
  }

  #value(weight) {
    return this.picture.kernels[weight.layer]?.[weight.index];
  }

  #valueBox() {
    const weight = this.pointed;
    if (!weight || this.editing) return nothing;
    const value = this.#value(weight);
    return html`<div class="value" style="left: ${weight.x}px; top: ${weight.y}px" role="status">
      w = ${value === undefined ? '–' : formatNumber(value, 3)}
    </div>`;
  }

  #editor() {
    const weight = this.editing;
    if (!weight) return nothing;
    return html`<div class="editor" style="left: ${weight.x}px; top: ${weight.y}px">
      <input
        type="number"
        step="any"
        aria-label="New value of the ${weight.name}"
        .value=${String(Number(weight.start.toFixed(4)))}
        @keydown=${(event) => {
          if (event.key === 'Enter') this.#finishEditing(event.target, true);
          if (event.key === 'Escape') this.#finishEditing(event.target, false);
        }}
        @blur=${(event) => this.editing && this.#finishEditing(event.target, true)}
      />
    </div>`;
  }

  // The box starts from the weight's value now, and keeps what is typed while training moves the weight on.
  #startEditing(weight) {
    const start = this.#value(weight);
    if (this.editable && start !== undefined) this.editing = { ...weight, start };
  }

  // Sends the box's number (when `keep`) and closes it; a box that holds no number stays open and says why.
  #finishEditing(input, keep) {
    const weight = this.editing;
    const value = input.valueAsNumber;
    if (keep && !Number.isFinite(value)) {
      input.setCustomValidity('Enter a number, such as 0.5 or -1.2');
      input.reportValidity();
      return;
    }
    this.editing = null;
    this.#focusAfterEdit = `${weight.layer}:${weight.index}`;
    if (keep && value !== this.#value(weight)) {
      const detail = { layer: weight.layer, index: weight.index, value };
      this.dispatchEvent(new CustomEvent('weight-edit', { detail, bubbles: true, composed: true }));
    }
  }

  // The neuron shown is the one under the pointer, else the one with the focus.
  #pointNeuron(how, neuron) {
    if (how === 'hovered') this.#hoveredNeuron = neuron;
    else this.#focusedNeuron = neuron;
    const previewed = this.#hoveredNeuron ?? this.#focusedNeuron;
    if (previewed === this.#previewed) return;
    this.#previewed = previewed;
    this.dispatchEvent(new CustomEvent('neuron-preview', { detail: previewed, bubbles: true, composed: true }));
  }
}

customElements.define('dp-network-handles', NetworkHandles);
