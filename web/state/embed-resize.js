// Inside an iframe, tells the parent page how tall the content is whenever
// it changes, so an embedding page can size the frame to fit:
//   window.addEventListener('message', (e) => e.data.type === 'deep-playground:resize' && ...)
export function reportHeightToParent(element) {
  if (window.parent === window) return () => {};
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    window.parent.postMessage({ type: 'deep-playground:resize', height }, '*');
  });
  observer.observe(element);
  return () => observer.disconnect();
}
