// How <dp-network-view> looks: the layer controls above each column (compact
// when the columns are narrow), the diagram with the input labels over it,
// and the weights of the neuron pointed at below.
import { css } from 'lit';

export const networkViewStyles = css`
  :host {
    display: block;
  }
  .layers-bar {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  .inspected {
    margin-top: 0.5rem;
    font-size: 0.85rem;
  }
  .heads {
    display: grid;
    gap: 0;
  }
  .head {
    padding: 0 0.2rem;
    font-size: 0.78rem;
    text-align: center;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    align-items: center;
  }
  .head select {
    font-size: 0.72rem;
    min-height: 1.7rem;
    padding: 0.1rem 0;
    width: 100%;
    max-width: 7.5rem;
  }
  .units {
    display: flex;
    align-items: center;
    gap: 0.2rem;
  }
  .compact .units {
    flex-direction: column-reverse;
  }
  /* Said, not shown. */
  .compact .word {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .compact select {
    font-size: 0.66rem;
  }
  .units button,
  .layers-bar button {
    min-height: 1.6rem;
    min-width: 1.6rem;
    padding: 0;
    line-height: 1;
  }
  .diagram {
    position: relative;
  }
  canvas {
    display: block;
    width: 100%;
  }
  .input-label {
    position: absolute;
    left: 0;
    display: flex;
    align-items: center;
    justify-content: flex-end;
    font-size: 0.78rem;
    background: transparent;
    border: 1px solid transparent;
    border-radius: var(--radius);
    white-space: nowrap;
    overflow: hidden;
  }
  button.input-label[aria-pressed='false'] {
    color: var(--muted);
  }
  button.input-label[aria-pressed='true'] {
    background: transparent;
    font-weight: 600;
  }
  .output-label {
    position: absolute;
    font-size: 0.72rem;
    color: var(--muted);
    transform: translateY(-50%);
    white-space: nowrap;
  }
`;
