// The playground page's layout, as TensorFlow Playground's: the run controls
// and main settings in one bar, then data | network | output side by side on
// a laptop, so that the decision boundary is in view with the network that
// draws it. On a phone the output comes right after the Play button, before
// the settings. The layout follows the page's own width (a container query),
// not the window's: embedded in a course page's column, it is narrower.
import { css } from 'lit';

export const playgroundPageStyles = css`
  :host {
    display: block;
    padding: 0.75rem;
    max-width: 96rem;
    margin: 0 auto;
    container-type: inline-size;
  }
  .main {
    display: grid;
    grid-template-columns: minmax(13rem, 1fr) minmax(0, 2.2fr) minmax(17rem, 1.3fr);
    gap: 0.75rem;
    align-items: start;
  }
  .top,
  .notices {
    grid-column: 1 / -1;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: center;
  }
  dp-quick-settings {
    flex: 1 1 auto;
  }
  .notices:empty {
    display: none;
  }
  .notices {
    display: grid;
    gap: 0.75rem;
  }
  .notice {
    display: flex;
    gap: 0.75rem;
    align-items: start;
    justify-content: space-between;
    padding: 0.5rem 0.8rem;
    border-radius: var(--radius);
    background: var(--danger-soft);
    color: var(--danger);
  }
  .notice p {
    margin: 0;
  }
  .notice.info {
    background: var(--accent-soft);
    color: var(--ink);
  }
  .main.picture {
    grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr);
  }
  .guide {
    margin-top: 0.75rem;
  }
  .more {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 0.75rem;
    margin-top: 0.75rem;
    align-items: start;
  }
  /* Below the fold on load: laid out and painted once scrolled near, not before the first frame. */
  .more > .panel {
    content-visibility: auto;
    contain-intrinsic-size: auto 24rem;
  }
  section {
    min-width: 0;
  }
  .loading {
    color: var(--muted);
  }
  @container (max-width: 1100px) {
    .main {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .main > .network {
      grid-column: 1 / -1;
      order: 1;
    }
    .main > .data {
      order: 2;
    }
    .main > .output {
      order: 3;
    }
  }
  @media (max-width: 700px) {
    :host {
      padding: 0.5rem;
    }
  }
  /* One column: Play, then what the network makes of the data, then the settings. */
  @container (max-width: 700px) {
    .main,
    .main.picture {
      grid-template-columns: minmax(0, 1fr);
    }
    .top {
      display: contents;
    }
    dp-run-bar,
    dp-quick-settings {
      background: var(--surface);
      border: 1px solid var(--line);
      border-radius: var(--radius);
      padding: 0.75rem 1rem;
    }
    dp-run-bar {
      order: -3;
    }
    .notices {
      order: -2;
    }
    .main > .output {
      order: -1;
    }
    .main > .network,
    .main > .data {
      order: 0;
    }
  }
`;
