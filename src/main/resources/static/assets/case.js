// The case page's diagram: the case's process drawn by bpmn-js, the steps it is at now highlighted.
document.addEventListener('DOMContentLoaded', async () => {
  const box = document.getElementById('diagram');
  if (!box || typeof BpmnJS === 'undefined') return;
  const response = await fetch(box.dataset.diagram, { credentials: 'same-origin' });
  if (!response.ok) {
    box.textContent = 'The diagram could not be loaded.';
    return;
  }
  const viewer = new BpmnJS({ container: box });
  await viewer.importXML(await response.text());
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport');
  (box.dataset.active || '').split(',').filter(Boolean).forEach((id) => {
    try { canvas.addMarker(id, 'current'); } catch (e) { /* a step of another version */ }
  });
  box.dataset.rendered = 'true';
});
