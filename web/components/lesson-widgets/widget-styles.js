// Styles the lesson widgets share on top of the playground's sharedStyles:
// a titled block, a wrapping toolbar, legends with colour swatches,
// monospaced readouts that do not jiggle while their numbers change, and a
// placeholder square for a plot still waiting for its run.
import { css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';

export const widgetStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      min-width: 0;
    }
    /* A widget's title is a sentence that may hold variables (−log p, η, β): its letters keep their case. */
    .title {
      margin: 0 0 0.25rem;
      text-transform: none;
      letter-spacing: normal;
      font-size: 0.95rem;
    }
    .hint {
      margin-top: 0;
    }
    canvas {
      display: block;
      width: 100%;
      max-width: 100%;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
      align-items: center;
      margin: 0.5rem 0;
    }
    .toolbar input[type='range'] {
      flex: 1 1 10rem;
      min-width: 8rem;
    }
    .legend {
      list-style: none;
      margin: 0.4rem 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      font-size: 0.85rem;
    }
    .swatch {
      display: inline-block;
      width: 0.85rem;
      height: 0.85rem;
      border-radius: 2px;
      vertical-align: -0.1rem;
      margin-right: 0.35rem;
      flex: none;
    }
    .swatch.line {
      height: 3px;
      width: 1.1rem;
      vertical-align: 0.2rem;
    }
    .readout {
      font-family: var(--mono);
      font-variant-numeric: tabular-nums;
      font-size: 0.85rem;
    }
    .danger {
      color: var(--danger);
      font-weight: 600;
    }
    .muted {
      color: var(--muted);
    }
    .segmented {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem;
    }
    .slider {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      gap: 0.2rem 0.6rem;
    }
    .slider > label {
      grid-column: 1 / -1;
    }
    .slider input[type='number'] {
      width: 6.5rem;
    }
    .error {
      color: var(--danger);
      font-size: 0.85rem;
    }
    /* A square stand-in where a plot will appear once its run has data. */
    .placeholder {
      aspect-ratio: 1;
      display: grid;
      place-items: center;
      text-align: center;
      padding: 0.5rem;
      border: 1px dashed var(--line);
      border-radius: 4px;
      color: var(--muted);
      font-size: 0.85rem;
      background: var(--panel);
    }
  `,
];
