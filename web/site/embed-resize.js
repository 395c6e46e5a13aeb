// An embed route inside an iframe talks to the page that embeds it, with
// window.postMessage:
//   { type: 'deep-playground:resize', id, height }   whenever the content's height changes
//   { type: 'deep-playground:event', id, event, detail }   'train-start' | 'epoch' | 'done' | 'error'
//                                                      (the details are run-events.js's)
// and it answers { type: 'deep-playground:measure' } from its parent with a
// resize message, for a parent that started listening late. `id` is the
// iframe's ?id= parameter, else the lesson's id or 'playground'.
//
// Only the embedding page may read them. The target origin is, in order: the
// iframe's ?origin= parameter (an origin such as https://course.example.org),
// the parent's origin as the browser reports it (location.ancestorOrigins),
// or the origin of document.referrer (the page that loaded the iframe). When
// none is known (a page that sends no referrer, in a browser without
// ancestorOrigins), the resize message alone goes to '*' — a height says
// nothing about the learner — and the events are not sent at all.
const MESSAGE = 'deep-playground:';

/** The embedding page's origin by the rule above, or null. */
export function parentOrigin({
  search = location.search,
  ancestorOrigins = location.ancestorOrigins,
  referrer = document.referrer,
} = {}) {
  const candidates = [new URLSearchParams(search).get('origin'), ancestorOrigins?.[0], referrer];
  for (const candidate of candidates) {
    const origin = originOf(candidate);
    if (origin) return origin;
  }
  return null;
}

function originOf(text) {
  if (!text) return null;
  try {
    const { origin, protocol } = new URL(text);
    return ['http:', 'https:'].includes(protocol) ? origin : null;
  } catch {
    return null;
  }
}

/**
 * Inside an iframe: reports `element`'s height to the parent as it changes,
 * and returns { send(event, detail), stop() } for the events. Outside one,
 * does nothing.
 */
export function connectToParent(element, { id }) {
  if (window.parent === window) return { send() {}, stop() {} };
  const origin = parentOrigin();
  const post = (message, anyone = false) => {
    if (origin || anyone) window.parent.postMessage({ ...message, id }, origin ?? '*');
  };
  const reportHeight = () =>
    post({ type: `${MESSAGE}resize`, height: Math.ceil(element.getBoundingClientRect().height) }, true);
  const observer = new ResizeObserver(reportHeight);
  observer.observe(element);
  const onMessage = (event) => {
    if (event.source === window.parent && event.data?.type === `${MESSAGE}measure`) reportHeight();
  };
  window.addEventListener('message', onMessage);
  return {
    send: (event, detail) => post({ type: `${MESSAGE}event`, event, detail }),
    stop() {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    },
  };
}
