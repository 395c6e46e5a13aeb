// <dp-path-loss>: the loss curves of optimizer paths — loss against step, one
// colour per path as on the surface map — with a dashed line at the step the
// map shows. The scale is linear, as a loss curve is usually drawn: it shows
// the steep start and the flat end (on a log scale a geometric decay would be
// a straight line). A surface-path widget with { lossCurve: true }
// puts one under its map.
import { LitElement, html, css } from 'lit';
import { drawCurves, epochNumbers } from '../plots/curve-plot.js';
import { drawCursorLine, observeWidth } from '../plots/plot-canvas.js';
import { formatNumber } from '../../domain/widget-math.js';

const HEIGHT = 170;

class PathLoss extends LitElement {
  static properties = {
    /** [{ run: { label }, path: { loss } | null, color }] as the surface widget holds them. */
    paths: { attribute: false },
    step: { type: Number },
    width: { state: true },
  };

  static styles = css`
    :host {
      display: block;
      margin-top: 0.4rem;
    }
    canvas {
      display: block;
    }
  `;

  #observer = null;

  constructor() {
    super();
    this.paths = [];
    this.step = 0;
    this.width = 0;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#observer = observeWidth(this, (width) => (this.width = width));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  render() {
    return html`<canvas role="img" aria-label=${this.#describe()}></canvas>`;
  }

  updated() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.width) return;
    const shown = this.paths.filter(({ path }) => path);
    const steps = Math.max(1, ...shown.map(({ path }) => path.loss.length - 1));
    const series = shown.map(({ path, color }) => ({
      xs: epochNumbers(path.loss.length, 1).map((n) => n - 1),
      ys: Array.from(path.loss),
      color,
    }));
    const frame = drawCurves(canvas, this.width, HEIGHT, series, {
      xMax: steps,
      xLabel: 'step',
      yLabel: 'loss',
    });
    drawCursorLine(canvas.getContext('2d'), frame, frame.x(Math.min(this.step, steps)));
  }

  #describe() {
    const curves = this.paths
      .filter(({ path }) => path)
      .map(({ run, path }) => {
        const at = Math.min(this.step, path.loss.length - 1);
        return `${run.label}: loss ${formatNumber(path.loss[0])} at step 0, ${formatNumber(path.loss[at])} at step ${at}`;
      });
    return `Loss against step. ${curves.join('; ')}.`;
  }
}

customElements.define('dp-path-loss', PathLoss);
