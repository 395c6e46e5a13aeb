// <dp-playground-page>: the free playground, laid out like TensorFlow
// Playground — run controls and main settings on top, then data | network |
// output, then the optimizer, loss and sharing panels.
// Embedded in someone else's page (<deep-playground>), it takes its state
// from `initialState` instead of the address, may show the network and
// output alone (controls off), and reports its training as events
// (run-events.js).
import { LitElement, html, nothing } from 'lit';
import { sharedStyles } from '../components/base/shared-styles.js';
import { PlaygroundController } from '../worker/playground-controller.js';
import { optimizerOf } from '../domain/optimizers.js';
import { withOptimizer } from '../domain/state-edits.js';
import { PlaygroundRunEvents } from './run-events.js';
import { playgroundPageStyles } from './playground-page-styles.js';
import { stateToHash } from '../domain/url-hash.js';
import { routePath } from './routes.js';
import { whenIdle } from '../components/base/when-idle.js';
import '../components/playground/run-bar.js';
import '../components/playground/quick-settings.js';
import '../components/playground/data-panel.js';
import '../components/playground/network-view.js';
import '../components/playground/output-panel.js';
import '../components/playground/optimizer-panel.js';
import '../components/playground/model-panel.js';
import '../components/playground/spec-io.js';
import '../components/playground/divergence-note.js';
import '../components/playground/playground-guide.js';

/** The longest the panels below the fold wait for the page to be idle. */
const LOWER_PANELS_WAIT_MS = 500;

class PlaygroundPage extends LitElement {
  static properties = {
    /**
     * Set (before the page connects) by an embedding that keeps the state out
     * of the address: { state, problem, adapted } as stateFromHash() reads it.
     */
    initialState: { attribute: false },
    /** Whether the run bar and every settings panel show (off: the network and output only). */
    controls: { type: Boolean },
    /** route path -> URL on the site, for the links to the lessons (left out without it). */
    href: { attribute: false },
    /** The site's playground URL, for share links when the state is not in the address. */
    playgroundUrl: { attribute: false },
    copyStatus: { state: true },
    /** The neuron the output plot shows while the network view points at it: { layer, unit, name }, or null. */
    preview: { state: true },
  };

  static styles = [sharedStyles, playgroundPageStyles];

  #controller = new PlaygroundController(this);
  #events = new PlaygroundRunEvents(this, this.#controller);
  #wantsToPlay = false;
  // The optimizer, loss and export panels sit below the fold: they render
  // once the page is idle, after the panels a learner sees and uses first.
  #lowerPanelsShown = false;

  constructor() {
    super();
    this.controls = true;
    // Every control proposes its changes as a bubbling 'edit' event.
    this.addEventListener('edit', (event) => {
      event.stopPropagation();
      this.#controller.edit(event.detail);
    });
    // The data panel's loaded CSV file: its rows go to the controller, not into any state.
    this.addEventListener('local-data', (event) => {
      event.stopPropagation();
      this.#controller.useLocalData(event.detail);
    });
  }

  /** Starts training as the Play button does, as soon as there is something to train. */
  play() {
    this.#wantsToPlay = true;
    this.requestUpdate();
  }

  /** Whether it trains, or starts to as soon as there is something to train. */
  get playing() {
    return this.#wantsToPlay || this.#controller.playing;
  }

  pause() {
    this.#wantsToPlay = false;
    if (this.#controller.playing) this.#run('pause');
  }

  reset() {
    this.#run('reset');
  }

  firstUpdated() {
    whenIdle(() => {
      this.#lowerPanelsShown = true;
      this.requestUpdate();
    }, LOWER_PANELS_WAIT_MS);
  }

  willUpdate(changed) {
    // A new state from the embedding (the first one the controller takes up when it connects).
    if (changed.has('initialState') && changed.get('initialState') !== undefined)
      this.#controller.open(this.initialState);
  }

  updated() {
    if (this.#wantsToPlay && this.#ready()) {
      this.#wantsToPlay = false;
      this.#run('play');
    }
  }

  #ready() {
    const c = this.#controller;
    return c.state !== null && c.data !== null && c.data.shown.train.targets.length > 0 && !c.broken;
  }

  render() {
    const c = this.#controller;
    if (!c.state)
      return html`${this.#notice()}
        <p class="loading" role="status">Loading the playground…</p>`;
    const { state, data, snapshot } = c;
    const trainRows = data?.shown.train.targets.length ?? 0;
    const ready = this.#ready();
    if (!this.controls) return this.#picture(state, data, snapshot);
    return html`
      <h1 class="visually-hidden">Deep Playground: the free playground</h1>
      <div class="main">
        <div class="top panel">
          <dp-run-bar
            .state=${state}
            .epoch=${snapshot?.epoch ?? 0}
            ?playing=${c.playing}
            ?disabled=${!ready}
            ?diverged=${Boolean(snapshot?.diverged)}
            @run-command=${(event) => this.#run(event.detail)}
          ></dp-run-bar>
          <dp-quick-settings .state=${state}></dp-quick-settings>
        </div>
        <div class="notices">${this.#notice()}${this.#divergenceNote(state, snapshot)}</div>
        <section class="panel data" aria-labelledby="data-title">
          <h2 id="data-title">Data</h2>
          <dp-data-panel .state=${state} .trainRows=${trainRows} .previews=${c.previews}></dp-data-panel>
        </section>
        ${this.#networkAndOutput('Network', state, data, snapshot)}
      </div>
      <section class="panel guide" aria-labelledby="guide-title">
        <dp-playground-guide
          .lessonHref=${this.href && ((id) => this.href(routePath({ page: 'lesson', id })))}
          @try=${(event) => this.#try(event.detail)}
        ></dp-playground-guide>
      </section>
      ${this.#lowerPanelsShown ? this.#lowerPanels(state) : nothing}
    `;
  }

  #divergenceNote(state, snapshot) {
    if (!snapshot?.diverged) return nothing;
    return html`<dp-divergence-note
      .diverged=${snapshot.diverged}
      .learningRate=${optimizerOf(state.spec).learningRate}
      @retry-with-rate=${(event) => this.#retryWithRate(event.detail)}
    ></dp-divergence-note>`;
  }

  // Optimizer, loss and initialization, share and export: below the fold.
  #lowerPanels(state) {
    const c = this.#controller;
    return html`
      <div class="more">
        <section class="panel" aria-labelledby="optimizer-title">
          <h2 id="optimizer-title">Optimizer</h2>
          <dp-optimizer-panel .state=${state}></dp-optimizer-panel>
        </section>
        <section class="panel" aria-labelledby="model-title">
          <h2 id="model-title">Loss and initialization</h2>
          <dp-model-panel .state=${state}></dp-model-panel>
        </section>
        <section class="panel" aria-labelledby="share-title">
          <h2 id="share-title">Share and export</h2>
          <p class="hint">
            ${
              this.initialState === undefined
                ? "The page's address holds every setting, so a link to it reproduces this run."
                : 'A link to the playground with every setting reproduces this run.'
            }
          </p>
          <p>
            <button type="button" @click=${this.#copyLink}>Copy link to this run</button>
            <span role="status">${this.copyStatus ?? ''}</span>
          </p>
          <dp-spec-io
            .state=${state}
            .exportModel=${() => c.exportModel()}
            .checkSpec=${(spec) => c.checkSpec(spec)}
          ></dp-spec-io>
        </section>
      </div>
    `;
  }

  // Without controls: the network and what it has learned, for a figure that trains itself.
  #picture(state, data, snapshot) {
    return html`
      <h1 class="visually-hidden">Deep Playground: a network training</h1>
      <div class="main picture">
        <div class="notices">${this.#notice()}</div>
        ${this.#networkAndOutput(`Network · epoch ${snapshot?.epoch ?? 0}`, state, data, snapshot)}
      </div>
    `;
  }

  // The network panel (under `networkTitle`) and the output panel, as both layouts show them.
  #networkAndOutput(networkTitle, state, data, snapshot) {
    return html`
      <section class="panel network" aria-labelledby="network-title">
        <h2 id="network-title">${networkTitle}</h2>
        <dp-network-view
          .state=${state}
          .shape=${data?.shape}
          .snapshot=${snapshot}
          editWeights
          @neuron-preview=${(event) => (this.preview = event.detail)}
          @weight-edit=${(event) => this.#controller.setWeight(event.detail)}
        ></dp-network-view>
      </section>
      <section class="panel output" aria-labelledby="output-title">
        <h2 id="output-title">Output</h2>
        ${
          data
            ? html`<dp-output-panel
                .state=${state}
                .data=${data}
                .snapshot=${snapshot}
                .history=${this.#controller.history}
                .preview=${this.preview}
              ></dp-output-panel>`
            : html`<p class="loading" role="status">Loading the training engine…</p>`
        }
      </section>
    `;
  }

  #notice() {
    const c = this.#controller;
    const hint =
      c.data && c.data.shown.train.targets.length === 0
        ? {
            kind: 'info',
            text: 'There are no points yet: choose a class under the plot and click on the plot to add some.',
          }
        : null;
    const notice = c.notice ?? hint;
    if (!notice) return nothing;
    return html`<div class="notice ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'}>
      <p>${notice.text}</p>
      ${c.notice ? html`<button type="button" @click=${() => c.dismissNotice()}>Dismiss</button>` : nothing}
    </div>`;
  }

  #run(command) {
    if (command === 'play') this.#events.playing();
    this.#controller[command]();
  }

  // One of the guide's tries: its settings, trained from the top with the output in view.
  #try(state) {
    this.#controller.edit(state);
    this.#controller.reset();
    this.play();
    this.renderRoot.querySelector('.main').scrollIntoView({ block: 'start' });
  }

  #retryWithRate(learningRate) {
    this.#controller.edit(withOptimizer(this.#controller.state, { learningRate }));
    this.#controller.reset();
  }

  async #copyLink() {
    const link =
      this.initialState === undefined
        ? location.href
        : this.playgroundUrl && this.playgroundUrl + stateToHash(this.#controller.state);
    try {
      if (!link) throw new Error('no site to link to');
      await navigator.clipboard.writeText(link);
      this.copyStatus = 'Link copied.';
    } catch {
      this.copyStatus = 'Copy the address from the address bar.';
    }
  }
}

customElements.define('dp-playground-page', PlaygroundPage);
