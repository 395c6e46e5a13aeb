// The surface-path widget's own styles: the map beside the run list, the
// run rows, the step toolbar and the heatmap's colour scale.
import { css, unsafeCSS } from 'lit';
import { SURFACE_RAMP, cssColor } from '../base/colors.js';

const rampStops = SURFACE_RAMP.map(([t, ...rgb]) => `${cssColor(rgb)} ${t * 100}%`).join(', ');

export const surfacePathStyles = css`
  .layout {
    display: grid;
    gap: 0.75rem 1.25rem;
  }
  @container (min-width: 640px) {
    .layout {
      grid-template-columns: auto minmax(0, 1fr);
      align-items: start;
    }
  }
  .runs {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35rem;
  }
  .runs li {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 0.1rem;
    font-size: 0.85rem;
  }
  .runs .swatch {
    margin-top: 0.2rem;
  }
  .runs .settings {
    display: block;
    color: var(--muted);
    font-size: 0.78rem;
  }
  .toolbar button {
    min-width: 2.4rem;
  }
  .scale {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font-size: 0.78rem;
    color: var(--muted);
    margin-top: 0.2rem;
  }
  .scale .ramp {
    width: 6rem;
    height: 0.6rem;
    border: 1px solid var(--line);
    background: linear-gradient(90deg, ${unsafeCSS(rampStops)});
  }
`;
