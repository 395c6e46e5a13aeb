// <dp-dataset-chooser>: the data sets as small pictures of their points, as
// TensorFlow Playground shows them: a radio group (arrow keys move through
// it), each picture named for screen readers and in its tooltip, the chosen
// one named below. Fires 'dataset-change' with the chosen name.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { INK, NEUTRAL, MUTED, cssColor, classColor, writeDiverging } from '../base/colors.js';
import { sizeCanvas } from '../plots/plot-canvas.js';
import { DATASETS } from '../../domain/datasets.js';
import { PLANE_EXTENT } from '../../domain/plane.js';

/** A thumbnail's side, in CSS pixels. */
const SIDE = 48;
const POINT_RADIUS = 1.6;
const DIGIT_SIDE = 8;

class DatasetChooser extends LitElement {
  static properties = {
    /** The names offered, in order. */
    names: { attribute: false },
    value: { attribute: false },
    /** { [name]: preview } from the worker (dataset-previews.js), or null while it makes them. */
    previews: { attribute: false },
    /** Pictures of data sets the worker does not make: { [name]: preview or null } (drawn points, a loaded file). */
    ownPreviews: { attribute: false },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        margin-bottom: 0.75rem;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
      }
      legend {
        font-size: 0.875rem;
        margin-bottom: 0.3rem;
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      label {
        position: relative;
        display: block;
        padding: 2px;
        border: 2px solid var(--line);
        border-radius: var(--radius);
        cursor: pointer;
        line-height: 0;
      }
      label:has(input:checked) {
        border-color: var(--accent);
        box-shadow: 0 0 0 1px var(--accent);
      }
      label:has(input:focus-visible) {
        outline: 3px solid var(--focus);
        outline-offset: 2px;
      }
      input {
        position: absolute;
        inset: 0;
        margin: 0;
        opacity: 0;
        cursor: pointer;
      }
      canvas {
        display: block;
        width: ${SIDE}px;
        height: ${SIDE}px;
        border-radius: 3px;
      }
      .chosen {
        margin: 0.3rem 0 0;
        font-size: 0.85rem;
        color: var(--muted);
      }
    `,
  ];

  render() {
    return html`<fieldset>
      <legend>Which data set?</legend>
      <div class="choices">
        ${this.names.map(
          (name) =>
            html`<label title=${DATASETS[name].label}>
              <input
                type="radio"
                name="dataset"
                aria-label=${DATASETS[name].label}
                .checked=${name === this.value}
                @change=${() => this.dispatchEvent(new CustomEvent('dataset-change', { detail: name }))}
              />
              <canvas data-name=${name} aria-hidden="true"></canvas>
            </label>`,
        )}
      </div>
      <p class="chosen" aria-hidden="true">${DATASETS[this.value]?.label}</p>
    </fieldset>`;
  }

  updated() {
    for (const canvas of this.renderRoot.querySelectorAll('canvas')) {
      const name = canvas.dataset.name;
      drawPreview(sizeCanvas(canvas, SIDE, SIDE), this.ownPreviews?.[name] ?? this.previews?.[name]);
    }
  }
}

function drawPreview(ctx, preview) {
  ctx.fillStyle = cssColor(NEUTRAL);
  ctx.fillRect(0, 0, SIDE, SIDE);
  if (preview?.kind === 'image') drawImage(ctx, preview.pixels);
  else if (preview?.kind === 'points') drawPoints(ctx, preview);
  else drawPlaceholder(ctx);
}

// x in [-1, 1] (y up) to canvas pixels, with a margin.
const toPixel = (v) => SIDE / 2 + v * (SIDE / 2 - 3);

function drawPoints(ctx, { x, targets, regression }) {
  const rgba = new Uint8ClampedArray(4);
  for (let i = 0; i < targets.length; i++) {
    if (regression) writeDiverging(targets[i], rgba, 0);
    ctx.fillStyle = regression ? cssColor(rgba) : classColor(targets[i]);
    ctx.beginPath();
    ctx.arc(toPixel(x[2 * i]), toPixel(-x[2 * i + 1]), POINT_RADIUS, 0, 2 * Math.PI);
    ctx.fill();
  }
}

// An 8x8 image in ink on the ground, each pixel as opaque as it is bright.
function drawImage(ctx, pixels) {
  const cell = SIDE / DIGIT_SIDE;
  ctx.fillStyle = INK;
  pixels.forEach((value, i) => {
    ctx.globalAlpha = value;
    ctx.fillRect((i % DIGIT_SIDE) * cell, Math.floor(i / DIGIT_SIDE) * cell, cell, cell);
  });
  ctx.globalAlpha = 1;
}

// Nothing to show yet (no points drawn, no file loaded, previews on their way): a plus.
function drawPlaceholder(ctx) {
  ctx.strokeStyle = MUTED;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(SIDE / 2, SIDE / 2 - 8);
  ctx.lineTo(SIDE / 2, SIDE / 2 + 8);
  ctx.moveTo(SIDE / 2 - 8, SIDE / 2);
  ctx.lineTo(SIDE / 2 + 8, SIDE / 2);
  ctx.stroke();
}

/** A thumbnail of a loaded file's data (grader/local-data.js): its first two features, scaled onto -1..1 already. */
export function localPreview({ x, targets, rows, task }) {
  const inputs = x.length / rows;
  const points = new Float32Array(2 * rows);
  for (let i = 0; i < rows; i++) points.set(x.subarray(i * inputs, i * inputs + 2), 2 * i);
  return { kind: 'points', x: points, targets, regression: task === 'regression' };
}

/** A thumbnail of drawn points ([x1, x2, class] on the plane), for the 'custom' data set. */
export function drawnPreview(drawn) {
  if (drawn.length === 0) return null;
  return {
    kind: 'points',
    x: Float32Array.from(drawn.flatMap(([x1, x2]) => [x1 / PLANE_EXTENT, x2 / PLANE_EXTENT])),
    targets: drawn.map(([, , label]) => label),
    regression: false,
  };
}

customElements.define('dp-dataset-chooser', DatasetChooser);
