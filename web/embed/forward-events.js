// The events an embedded element fires — train-start, epoch, done, error —
// are its page's (run-events.js), fired again from the element itself and
// composed, so that they also reach the host of a shadow root the element
// sits in. They do not bubble (an 'error' that bubbled up to window would
// reach the page's error handlers): listen on the element.
export function forwardEvent(element, event) {
  event.stopPropagation();
  element.dispatchEvent(new CustomEvent(event.type, { detail: event.detail, composed: true }));
}
