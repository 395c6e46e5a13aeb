// The loss explorer's own styles: its controls, one card per loss with its
// plot, the readouts of value and slope.
import { css } from 'lit';

export const lossExplorerStyles = css`
  .controls {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.5rem 1.5rem;
    margin: 0.5rem 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  legend {
    font-size: 0.875rem;
    padding: 0;
    margin-bottom: 0.2rem;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15.5rem, 1fr));
    gap: 0.75rem;
  }
  .card {
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 0.5rem 0.6rem;
    min-width: 0;
  }
  .card h4 {
    margin: 0;
    font-size: 0.9rem;
  }
  .card code {
    font-size: 0.75rem;
    color: var(--muted);
  }
  .formulas {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    column-gap: 1.2rem;
    font-size: 0.8rem;
    min-height: 4.2rem;
  }
  .formulas dp-formula {
    margin: -0.4rem 0;
  }
  .numbers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 1rem;
  }
  canvas {
    touch-action: pan-y;
    cursor: ew-resize;
  }
  .note {
    font-size: 0.78rem;
    color: var(--muted);
    margin: 0.2rem 0 0;
  }
  input[type='number'] {
    width: 6.5rem;
  }
`;
