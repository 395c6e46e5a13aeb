// The sample course page's script — the kind a course author writes:
//   - sizes each Deep Playground iframe from its resize messages, checking
//     that a message comes from Deep Playground's origin and from that frame;
//   - listens to the events of the iframe (deep-playground:event messages)
//     and of the custom elements (train-start, epoch, done, error), and shows
//     them in a table. window.courseEvents keeps them all; an exercise's
//     done is the submission a learning platform would record.
const DEEP_PLAYGROUND = new URL('..', import.meta.url).origin; // where the embeds come from
const EVENTS = ['train-start', 'epoch', 'done', 'error'];

window.courseEvents = [];
const rows = new Map();

function record(embed, event, detail) {
  window.courseEvents.push({ embed, event, detail });
  const row = rows.get(embed) ?? { epochs: 0, loss: null, last: '' };
  if (event === 'epoch') {
    row.epochs += 1;
    row.loss = detail.loss;
  } else {
    row.last = event === 'done' ? `done${doneNote(detail)}` : event;
  }
  rows.set(embed, row);
  render();
}

function doneNote(detail) {
  if (detail.claimHolds !== undefined) return ` (claim ${detail.claimHolds ? 'holds' : 'missed'})`;
  if (detail.exercise !== undefined) return ` (${detail.exercise}: ${detail.status})`;
  return '';
}

function render() {
  const body = document.getElementById('event-rows');
  body.replaceChildren(
    ...[...rows].map(([embed, row]) => {
      const tr = document.createElement('tr');
      for (const text of [
        embed,
        row.last || 'epoch',
        String(row.epochs),
        row.loss === null ? '—' : Number(row.loss).toFixed(4),
      ]) {
        tr.append(Object.assign(document.createElement('td'), { textContent: text }));
      }
      return tr;
    }),
  );
}

window.addEventListener('message', (event) => {
  if (event.origin !== DEEP_PLAYGROUND) return;
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  const { type, height, event: name, detail } = event.data ?? {};
  if (!frame) return;
  if (type === 'deep-playground:resize') frame.style.height = `${height}px`;
  else if (type === 'deep-playground:event') record(frame.id, name, detail);
});
// A frame that loaded before this script listened: ask it for its height.
for (const frame of document.querySelectorAll('iframe')) {
  frame.contentWindow?.postMessage({ type: 'deep-playground:measure' }, DEEP_PLAYGROUND);
  frame.addEventListener('load', () =>
    frame.contentWindow.postMessage({ type: 'deep-playground:measure' }, DEEP_PLAYGROUND),
  );
}

for (const element of document.querySelectorAll('deep-lesson, deep-playground, deep-exercise')) {
  for (const name of EVENTS) element.addEventListener(name, (event) => record(element.id, name, event.detail));
}
