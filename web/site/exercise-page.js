// <dp-exercise-page>: one lesson's exercise alone (/exercise/<id>/), with a
// link back to its lesson. Passing it counts in the lesson's progress.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../components/base/shared-styles.js';
import { textPageStyles } from './page-styles.js';
import { findLesson } from '../lessons/catalog.js';
import { LESSON_EXERCISES, exerciseById } from '../lessons/exercises.js';
import { markProgress } from './lesson-progress.js';
import { routePath } from './routes.js';
import '../components/exercise/exercise-panel.js';
import './not-found-page.js';

class ExercisePage extends LitElement {
  static properties = {
    exerciseId: { attribute: false },
    href: { attribute: false },
  };

  static styles = [
    sharedStyles,
    textPageStyles,
    css`
      article {
        max-width: 64rem;
      }
    `,
  ];

  render() {
    const exercise = exerciseById(this.exerciseId);
    if (!exercise) {
      return html`<dp-not-found-page
        .href=${this.href}
        .what=${`There is no exercise called “${this.exerciseId}”.`}
      ></dp-not-found-page>`;
    }
    const lesson = findLesson(Object.keys(LESSON_EXERCISES).find((id) => LESSON_EXERCISES[id] === exercise));
    return html`
      <article>
        <p class="hint">
          Exercise of the lesson <a href=${this.href(routePath({ page: 'lesson', id: lesson.id }))}>${lesson.title}</a>
        </p>
        <h1>Your turn</h1>
        <dp-exercise
          .exercise=${exercise}
          @done=${(event) => event.detail.passed && markProgress(lesson.id, 'passed')}
        ></dp-exercise>
      </article>
    `;
  }
}

customElements.define('dp-exercise-page', ExercisePage);
