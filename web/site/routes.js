// The site's URLs, relative to wherever the app is hosted:
//   ''                   home and lesson index
//   'playground/'        the free playground
//   'lesson/<id>/'       one lesson
//   'exercise/<id>/'     one lesson's exercise, alone
//   'embed/<id>/', 'embed/playground/'   the same without site chrome, for iframes
import { LESSONS } from '../lessons/catalog.js';
import { LESSON_EXERCISES } from '../lessons/exercises.js';

/** The route a path (relative to the app's base, e.g. 'lesson/dropout/') names. */
export function parseRoute(relativePath) {
  const parts = relativePath
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean)
    .map(safeDecode);
  const embed = parts[0] === 'embed';
  const rest = embed ? parts.slice(1) : parts;
  if (!embed && rest.length === 0) return { page: 'home', embed };
  if (rest.length === 1 && rest[0] === 'playground') return { page: 'playground', embed };
  if (!embed && rest.length === 2 && rest[0] === 'lesson') return { page: 'lesson', id: rest[1], embed };
  if (!embed && rest.length === 2 && rest[0] === 'exercise') return { page: 'exercise', id: rest[1], embed };
  if (embed && rest.length === 1) return { page: 'lesson', id: rest[0], embed };
  return { page: 'not-found', embed };
}

/** The relative path of a route, always ending in '/' so that relative assets resolve. */
export function routePath({ page, id, embed = false }) {
  const prefix = embed ? 'embed/' : '';
  if (page === 'playground') return `${prefix}playground/`;
  if (page === 'lesson') return embed ? `embed/${encodeURIComponent(id)}/` : `lesson/${encodeURIComponent(id)}/`;
  if (page === 'exercise') return `exercise/${encodeURIComponent(id)}/`;
  return '';
}

/** Every path the static build writes an index.html for (besides the root). */
export function staticRoutePaths() {
  return [
    routePath({ page: 'playground' }),
    routePath({ page: 'playground', embed: true }),
    ...LESSONS.flatMap(({ id }) => [routePath({ page: 'lesson', id }), routePath({ page: 'lesson', id, embed: true })]),
    ...Object.values(LESSON_EXERCISES).map(({ id }) => routePath({ page: 'exercise', id })),
  ];
}

function safeDecode(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
