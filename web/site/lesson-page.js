// <dp-lesson-page>: one lesson, rendered from its module (web/lessons/<id>.js).
// It opens on the lesson's live figure (web/lessons/figure.js): its lead, then
// the figure with its knobs, Try-this buttons and predictions, trained for the
// defaults as the page loads and again whenever a knob moves; then the claim
// with the numbers measured for the learner's settings (a Run button replays
// the training, the other widgets beside it), the text and formulas,
// questions, a link that opens the experiment in the playground, the lesson's
// exercise ("Your turn"), and the previous and next lessons (not in an embed:
// the embedding page chose the lesson).
// For the embeddings it reports its experiment as events (run-events.js).
import { LitElement, html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { sharedStyles } from '../components/base/shared-styles.js';
import { textPageStyles } from './page-styles.js';
import { lessonPageStyles } from './lesson-page-styles.js';
import { inlineTex, katexStyles } from '../components/tex/inline-tex.js';
import { LESSONS, findLesson } from '../lessons/catalog.js';
import { loadLesson } from '../lessons/index.js';
import { LESSON_EXERCISES } from '../lessons/exercises.js';
import { LessonClient } from '../worker/lesson-client.js';
import { ExerciseClient } from '../worker/exercise-client.js';
import { TrainingClient } from '../worker/training-client.js';
import { widgetTag } from '../components/lesson-widgets/widget-registry.js';
import { measureClaim } from '../experiments/claim-measures.js';
import { playgroundRun, playgroundStateFor } from '../domain/playground-link.js';
import { LessonExperiment } from '../worker/lesson-experiment.js';
import { describeChanges } from '../lessons/figure.js';
import { FigureSettings } from './figure-settings.js';
import { LessonRunEvents, runOutcome } from './run-events.js';
import { markProgress } from './lesson-progress.js';
import { stateToHash } from '../domain/url-hash.js';
import { routePath } from './routes.js';
import '../components/tex/formula.js';
import '../components/lesson/experiment-panel.js';
import '../components/lesson/lesson-figure.js';
import '../components/lesson/lesson-question.js';
import '../components/exercise/exercise-panel.js';
import './not-found-page.js';

class LessonPage extends LitElement {
  static properties = {
    lessonId: { attribute: false },
    href: { attribute: false },
    embedded: { type: Boolean },
    /** Whether the experiment's Run buttons show (an embed that autoplays may hide them). */
    controls: { type: Boolean },
    lesson: { state: true },
    loadError: { state: true },
  };

  static styles = [sharedStyles, textPageStyles, katexStyles, lessonPageStyles];

  #client = null;
  #exerciseClient = null; // grades the exercise in the lessons' worker
  #experiment = new LessonExperiment(this);
  #figure = new FigureSettings(this, (values) => this.#runFigure(values));
  #shownFor = { lesson: null, settings: undefined, view: null }; // the lesson as its results on show ran it
  #loaded = Promise.resolve(null); // the lesson on show, once loaded (null if it cannot be)

  constructor() {
    super();
    // Reports the experiment to an embedding page after every update (a controller registers itself with its host).
    new LessonRunEvents(
      this,
      this.#experiment,
      (results) => this.lesson && this.#measure(this.#shownLesson(this.lesson), results),
    );
    this.controls = true;
  }

  connectedCallback() {
    super.connectedCallback();
    // One worker for the page: the lesson's runs and the exercise's checks take turns in it.
    const training = new TrainingClient(() => {});
    this.#client = new LessonClient(training);
    this.#exerciseClient = new ExerciseClient(training);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#client?.terminate();
    this.#client = this.#exerciseClient = null;
  }

  willUpdate(changed) {
    if (changed.has('lessonId')) this.#open(this.lessonId);
  }

  #open(id) {
    this.lesson = null;
    this.loadError = null;
    this.#experiment.reset();
    this.#figure.open(null);
    if (!findLesson(id)) {
      this.#loaded = Promise.resolve(null);
      return;
    }
    markProgress(id, 'visited');
    this.#loaded = loadLesson(id).then(
      (module) => {
        if (id !== this.lessonId) return module.default;
        this.lesson = module.default;
        // The figure is drawn before any click: its defaults train as the page opens.
        this.#figure.open(this.lesson.figure);
        this.#runFigure(this.#figure.values);
        return module.default;
      },
      (error) => {
        if (id === this.lessonId) this.loadError = error.message;
        return null;
      },
    );
  }

  /**
   * Runs the experiment (with `seed` replacing the lesson's seeds, when given)
   * as the Run button does, once the lesson has loaded: what an embed's
   * autoplay and a host page's script call. Resolves when its playback ends,
   * to the 'done' event's detail; rejects with the 'error' event's message.
   */
  async run({ seed } = {}) {
    // The lessonId set before this call is opened in the next update (willUpdate): wait for it.
    await this.updateComplete;
    const lesson = await this.#loaded;
    if (!lesson) throw new Error(this.loadError ?? `There is no lesson called “${this.lessonId}”.`);
    const shown = lesson === this.lesson && (await this.#run(lesson, seed));
    return runOutcome(shown, lesson.id, this.#experiment, (results) =>
      this.#measure(this.#shownLesson(lesson), results),
    );
  }

  render() {
    const entry = findLesson(this.lessonId);
    if (!entry) {
      return html`<dp-not-found-page
        .href=${this.href}
        .what=${`There is no lesson called “${this.lessonId}”.`}
      ></dp-not-found-page>`;
    }
    const number = LESSONS.indexOf(entry) + 1;
    return html`
      <article>
        <header class="text">
          <p class="hint">Lesson ${number} of ${LESSONS.length}</p>
          <h1>${entry.title}</h1>
          <p class="lead">${this.lesson?.lead ?? entry.summary}</p>
        </header>
        ${this.lesson ? this.#body(this.lesson) : this.#loading()}
        ${this.embedded ? nothing : this.#neighbours(number - 1)}
      </article>
    `;
  }

  #loading() {
    if (this.loadError)
      return html`<p class="error" role="alert">The lesson could not be loaded: ${this.loadError}</p>`;
    return html`<p class="hint" role="status">Loading the lesson…</p>`;
  }

  #body(lesson) {
    const x = this.#experiment;
    return html`
      <section class="live" aria-label="The figure">
        <dp-lesson-figure
          .lesson=${lesson}
          .values=${this.#figure.values}
          .shown=${x.results && x.status === 'done' ? { settings: x.settings, results: x.results } : null}
          ?updating=${x.updating || x.status === 'running'}
          @figure-settings=${(event) => this.#figure.set(lesson.figure, event.detail.values, event.detail)}
          ><div class="widget panel">${this.#widgetElement(lesson, lesson.figure.widget)}</div></dp-lesson-figure
        >
      </section>
      ${this.#experimentSection(lesson)} ${this.#text(lesson)} ${this.#rest(lesson)}
    `;
  }

  #text(lesson) {
    return html`
      ${lesson.sections.map(
        (section) =>
          html`<section class="text">
            <h2>${inlineTex(section.heading)}</h2>
            ${section.paragraphs.map((paragraph) => html`<p>${inlineTex(paragraph)}</p>`)}
          </section>`,
      )}
      <section class="text formulas" aria-labelledby="formulas-title">
        <h2 id="formulas-title">The formulas</h2>
        <dl>
          ${lesson.formulas.map(
            (f) =>
              html`<div>
                <dt>${f.name}</dt>
                <dd><dp-formula tex=${f.tex}></dp-formula></dd>
              </div>`,
          )}
        </dl>
      </section>
    `;
  }

  #experimentSection(lesson) {
    const x = this.#experiment;
    const results = x.results;
    const shown = this.#shownLesson(lesson);
    const others = lesson.widgets.filter((widget) => widget !== lesson.figure.widget);
    return html`
      <section class="experiment" aria-labelledby="experiment-title">
        <h2 id="experiment-title">The claim, and your settings</h2>
        <dp-experiment-panel
          .lesson=${shown}
          .changes=${x.settings ? describeChanges(lesson.figure, x.settings) : ''}
          ?live=${x.live}
          .status=${x.status}
          .progress=${x.progress}
          .results=${results}
          .timing=${x.timing}
          .error=${x.error}
          .seed=${x.seed}
          .measured=${x.status === 'done' ? this.#measure(shown, results) : null}
          .playgroundHref=${(run) => this.#playgroundHref(lesson, run)}
          .controls=${this.controls}
          @run-experiment=${(event) => this.#run(lesson, event.detail.seed)}
        ></dp-experiment-panel>
        ${others.length ? html`<div class="widgets">${others.map((widget) => this.#widget(lesson, widget))}</div>` : nothing}
      </section>
    `;
  }

  #rest(lesson) {
    return html`
      ${this.#playgroundLink(lesson)}
      <section class="text" aria-labelledby="questions-title">
        <h2 id="questions-title">Check your understanding</h2>
        ${lesson.questions.map(
          (question, i) =>
            html`<dp-lesson-question
              .question=${question}
              number=${i + 1}
              @answered=${(event) => event.detail.correct && markProgress(lesson.id, 'answered')}
            ></dp-lesson-question>`,
        )}
      </section>
      ${this.#exercise(lesson)}
    `;
  }

  #exercise(lesson) {
    const exercise = LESSON_EXERCISES[lesson.id];
    if (!exercise) return nothing;
    return html`<section class="your-turn" aria-labelledby="your-turn-title">
      <h2 id="your-turn-title">Your turn</h2>
      <dp-exercise
        .exercise=${exercise}
        .client=${this.#exerciseClient}
        @done=${(event) => event.detail.passed && markProgress(lesson.id, 'passed')}
      ></dp-exercise>
      ${
        this.href
          ? html`<p class="hint">
              <a
                href=${this.href(routePath({ page: 'exercise', id: exercise.id }))}
                target=${this.embedded ? '_blank' : nothing}
                >Open this exercise on its own page</a
              >
            </p>`
          : nothing
      }
    </section>`;
  }

  #widget(lesson, config) {
    return html`<div class="widget panel">${this.#widgetElement(lesson, config)}</div>`;
  }

  #widgetElement(lesson, config) {
    const tag = widgetTag(config.type);
    if (!tag) return html`<p class="hint">(The ${config.type} widget is not available.)</p>`;
    const name = unsafeStatic(tag);
    const x = this.#experiment;
    return staticHtml`<${name}
        .config=${config}
        .lesson=${this.#shownLesson(lesson)}
        .results=${x.results}
        .progress=${x.progress}
        .client=${this.#client}
      ></${name}>`;
  }

  // The lesson with the experiment its results on show ran: a figure's runs for the settings they were made with.
  #shownLesson(lesson) {
    const { settings } = this.#experiment;
    if (settings === undefined) return lesson;
    const memo = this.#shownFor;
    if (memo.lesson !== lesson || memo.settings !== settings)
      this.#shownFor = { lesson, settings, view: { ...lesson, experiment: { runs: lesson.figure.runs(settings) } } };
    return this.#shownFor.view;
  }

  #runFigure(values) {
    const lesson = this.lesson;
    if (!this.#client || !lesson) return;
    this.#experiment.run(this.#client, lesson.id, { settings: values, live: true });
  }

  #measure(lesson, results) {
    try {
      return measureClaim(lesson, results);
    } catch (error) {
      console.warn(`measuring the claim of ${lesson.id} failed`, error);
      return null;
    }
  }

  /** Resolves to whether this run is the one on show when it ends (not replaced by another, nor cut off). */
  async #run(lesson, seed) {
    if (!this.#client) return false;
    const shown = await this.#experiment.run(this.#client, lesson.id, {
      seed,
      settings: this.#figure.values ?? undefined,
    });
    if (this.#experiment.status === 'done' && lesson.id === this.lessonId) markProgress(lesson.id, 'ran');
    return shown;
  }

  // Null without a site to link to (the single-file lesson).
  #playgroundHref(lesson, run) {
    const link = this.href && playgroundStateFor(lesson, run);
    return link ? this.href(routePath({ page: 'playground' })) + stateToHash(link.state) : null;
  }

  #playgroundLink(lesson) {
    const run = this.href && playgroundRun(lesson);
    const link = run && playgroundStateFor(lesson, run);
    if (!link) return nothing;
    return html`<section class="text open-playground">
      <a class="cta" href=${this.#playgroundHref(lesson, run)} target=${this.embedded ? '_blank' : nothing}
        >Open in the playground</a
      >
      <p class="hint">
        Opens “${run.label}” with its data, network, optimizer and batch size.
        ${link.dropped.length ? html`Not carried over: ${link.dropped.join('; ')}.` : nothing}
      </p>
    </section>`;
  }

  #neighbours(index) {
    const link = (lesson, rel, text) =>
      html`<a rel=${rel} href=${this.href(routePath({ page: 'lesson', id: lesson.id }))}>
        <span class="direction">${text}</span><span class="title">${lesson.title}</span>
      </a>`;
    const previous = LESSONS[index - 1];
    const next = LESSONS[index + 1];
    return html`<nav class="neighbours" aria-label="Previous and next lessons">
      ${previous ? link(previous, 'prev', '← Previous') : html`<span></span>`}
      ${next ? link(next, 'next', 'Next →') : html`<span></span>`}
    </nav>`;
  }
}

customElements.define('dp-lesson-page', LessonPage);
