// <dp-digit-samples>: the first test images of the 8×8 digits, each with
// what the network reads in it; wrong readings are marked.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';

const SAMPLES = 24;
const SIDE = 8;

class DigitSamples extends LitElement {
  static properties = {
    /** Test rows of 64 pixel intensities in [0, 1]. */
    images: { attribute: false },
    targets: { attribute: false },
    /** Predicted digit per test row, or null before there are predictions. */
    predicted: { attribute: false },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(3.2rem, 1fr));
        gap: 0.4rem;
      }
      li {
        text-align: center;
        font-size: 0.75rem;
      }
      canvas {
        width: 2.8rem;
        height: 2.8rem;
        image-rendering: pixelated;
        border: 2px solid var(--line);
        border-radius: 3px;
        display: block;
        margin: 0 auto 0.1rem;
      }
      .wrong canvas {
        border-color: var(--danger);
      }
      .wrong span {
        color: var(--danger);
        font-weight: 700;
      }
    `,
  ];

  render() {
    const count = Math.min(SAMPLES, this.targets.length);
    return html`<ul aria-label="Test images and the network's readings">
      ${Array.from({ length: count }, (_, i) => {
        const truth = this.targets[i];
        const guess = this.predicted?.[i];
        const wrong = guess !== undefined && guess !== truth;
        return html`<li class=${wrong ? 'wrong' : ''}>
          <canvas width=${SIDE} height=${SIDE} aria-hidden="true"></canvas>
          <span>${guess === undefined ? '?' : `reads ${guess}`}</span>
          <span class="visually-hidden">, true digit ${truth}${wrong ? ', wrong' : ''}</span>
        </li>`;
      })}
    </ul>`;
  }

  updated(changed) {
    if (!changed.has('images')) return;
    this.renderRoot.querySelectorAll('canvas').forEach((canvas, i) => {
      const ctx = canvas.getContext('2d');
      const image = ctx.createImageData(SIDE, SIDE);
      for (let p = 0; p < SIDE * SIDE; p++) {
        const ink = 255 - Math.round(this.images[i * SIDE * SIDE + p] * 255);
        image.data.set([ink, ink, ink, 255], 4 * p);
      }
      ctx.putImageData(image, 0, 0);
    });
  }
}

customElements.define('dp-digit-samples', DigitSamples);
