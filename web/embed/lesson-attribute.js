// <deep-lesson lesson="...">: what is wrong with the attribute, in words that
// name it and the ids it takes, or null when it names a lesson.
import { LESSONS, findLesson } from '../lessons/catalog.js';
import { shown } from '../domain/network-spec.js';

export function lessonAttributeProblem(value) {
  if (findLesson(value)) return null;
  const allowed = LESSONS.map((lesson) => lesson.id).join(', ');
  const given = value == null ? 'is missing' : `is “${shown(value)}”, which is not a lesson`;
  return `<deep-lesson>'s lesson attribute ${given}: it takes one of ${allowed}`;
}
