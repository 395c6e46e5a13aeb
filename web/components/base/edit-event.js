// Controls never change the playground's state themselves: they propose a
// whole new state in an 'edit' event, and the page applies it.
export function emitEdit(element, state) {
  element.dispatchEvent(new CustomEvent('edit', { detail: state, bubbles: true, composed: true }));
}
