// Layout shared by the text pages (home, lesson, not found).
import { css } from 'lit';

export const textPageStyles = css`
  :host {
    display: block;
  }
  article {
    max-width: 46rem;
    margin: 0 auto;
    padding: 1.5rem 1.25rem 2rem;
  }
  h1 {
    font-size: 1.9rem;
    line-height: 1.2;
    margin: 0.5rem 0 0.75rem;
  }
  .lead {
    font-size: 1.1rem;
    color: var(--muted);
    margin: 0 0 1.25rem;
  }
  .cta {
    display: inline-block;
    background: var(--accent);
    color: var(--on-accent);
    font-weight: 600;
    text-decoration: none;
    padding: 0.55rem 1.1rem;
    border-radius: var(--radius);
  }
`;
