// <dp-feature-scatter>: data with more than two features (iris, a CSV file),
// drawn on two of them at a time (the last two at first: iris's petal length
// and width): each test point in its true class's colour, and ringed in black
// when the network predicts another class. The axes reach just past the
// largest value shown (iris is standardized, a CSV file scaled to −1…1).
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { selectField } from '../base/fields.js';
import { classColor, GRID, INK } from '../base/colors.js';

class FeatureScatter extends LitElement {
  static properties = {
    /** Rows of the data set's features, [n, featureNames.length]. */
    x: { attribute: false },
    targets: { attribute: false },
    predicted: { attribute: false },
    featureNames: { attribute: false },
    axes: { state: true },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .axes {
        display: flex;
        gap: 0.75rem;
      }
      canvas {
        display: block;
        width: 100%;
        max-width: 22rem;
        aspect-ratio: 1;
        border: 1px solid var(--line);
        border-radius: 4px;
        background: var(--panel);
      }
    `,
  ];

  willUpdate(changed) {
    // Other data: back to its last two features.
    if (changed.has('featureNames') && this.featureNames.length !== changed.get('featureNames')?.length) {
      const last = this.featureNames.length - 1;
      this.axes = [last - 1, last];
    }
  }

  render() {
    const options = this.featureNames.map((name, value) => ({ value, label: name }));
    const [h, v] = this.axes;
    return html`
      <div class="axes">
        ${selectField({ label: 'Across', value: h, options, onChange: (value) => (this.axes = [value, v]) })}
        ${selectField({ label: 'Up', value: v, options, onChange: (value) => (this.axes = [h, value]) })}
      </div>
      <canvas
        width="440"
        height="440"
        role="img"
        aria-label="Test data by ${this.featureNames[h]} and ${this.featureNames[v]}, coloured by true class; ringed points are misclassified."
      ></canvas>
    `;
  }

  updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    const ctx = canvas.getContext('2d');
    const size = canvas.width;
    const width = this.featureNames.length;
    const [h, v] = this.axes;
    // The largest |value| of the two features shown, with a margin for the dots.
    let range = 0;
    this.targets.forEach((_, i) => {
      range = Math.max(range, Math.abs(this.x[i * width + h]), Math.abs(this.x[i * width + v]));
    });
    range = 1.08 * (range || 1);
    const toPixel = (value) => ((value + range) / (2 * range)) * size;
    ctx.clearRect(0, 0, size, size);
    ctx.strokeStyle = GRID;
    ctx.beginPath();
    ctx.moveTo(size / 2, 0);
    ctx.lineTo(size / 2, size);
    ctx.moveTo(0, size / 2);
    ctx.lineTo(size, size / 2);
    ctx.stroke();
    this.targets.forEach((target, i) => {
      const px = toPixel(this.x[i * width + h]);
      const py = size - toPixel(this.x[i * width + v]);
      ctx.fillStyle = classColor(target);
      ctx.beginPath();
      ctx.arc(px, py, 6, 0, 2 * Math.PI);
      ctx.fill();
      if (this.predicted && this.predicted[i] !== target) {
        ctx.strokeStyle = INK;
        ctx.lineWidth = 2.5;
        ctx.beginPath();
        ctx.arc(px, py, 9, 0, 2 * Math.PI);
        ctx.stroke();
      }
    });
  }
}

customElements.define('dp-feature-scatter', FeatureScatter);
