// The lesson page's layout: running text at a readable width, the experiment
// and its widgets wider, and the blocks around them (formulas, questions,
// playground link, previous/next).
import { css } from 'lit';

export const lessonPageStyles = css`
  /* Narrow layouts follow the page's own width, which an embed makes narrow. */
  :host {
    container-type: inline-size;
  }
  article {
    max-width: 64rem;
  }
  .text {
    max-width: 46rem;
  }
  article h2 {
    font-size: 1.35rem;
    font-weight: 700;
    letter-spacing: 0;
    text-transform: none;
    color: var(--ink);
    margin: 2rem 0 0.6rem;
  }
  p,
  li {
    line-height: 1.6;
  }
  .formulas dl {
    margin: 0;
    display: grid;
    gap: 0.4rem;
  }
  .formulas dt {
    color: var(--muted);
    font-size: 0.9rem;
  }
  /* A grid item would grow to its formula's width: a long formula scrolls inside its own box instead. */
  .formulas dl > div {
    min-width: 0;
  }
  .formulas dd {
    margin: 0;
    overflow-x: auto;
    overflow-y: hidden;
  }
  .experiment {
    margin-top: 2rem;
    padding: 1rem 1.1rem 1.2rem;
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: var(--radius);
  }
  .experiment h2,
  .your-turn h2 {
    margin-top: 0;
  }
  .your-turn {
    margin-top: 2rem;
    padding: 1rem 1.1rem 1.2rem;
    background: var(--surface);
    border: 1px solid var(--line);
    border-radius: var(--radius);
  }
  .widgets {
    display: grid;
    gap: 1rem;
    margin-top: 1.2rem;
  }
  .widget.panel {
    padding: 0.8rem;
    min-width: 0;
  }
  .open-playground {
    margin-top: 1.5rem;
  }
  .open-playground .hint {
    margin-top: 0.5rem;
  }
  dp-lesson-question {
    margin-bottom: 1rem;
  }
  .neighbours {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 1rem;
    margin-top: 2.5rem;
    padding-top: 1rem;
    border-top: 1px solid var(--line);
  }
  .neighbours a {
    display: flex;
    flex-direction: column;
    text-decoration: none;
    padding: 0.5rem 0.7rem;
    border: 1px solid var(--line);
    border-radius: var(--radius);
    background: var(--surface);
  }
  .neighbours a:hover .title {
    text-decoration: underline;
  }
  .neighbours a[rel='next'] {
    text-align: right;
    grid-column: 2;
  }
  .neighbours .direction {
    font-size: 0.8rem;
    color: var(--muted);
  }
  .neighbours .title {
    font-weight: 600;
  }
  .error {
    color: var(--danger);
  }
  @container (max-width: 700px) {
    .experiment,
    .your-turn {
      padding: 0.75rem 0.6rem;
    }
    .neighbours {
      grid-template-columns: 1fr;
    }
    .neighbours a[rel='next'] {
      grid-column: 1;
    }
  }
`;
