// Dashboard behaviour, kept small and in a file of its own (the CSP forbids inline script):
// clicking a measure on the timeline or in the table filters the table to that measure.
document.addEventListener('click', (event) => {
  const target = event.target.closest('[data-measure]');
  if (!target) return;
  const id = target.getAttribute('data-measure');
  const rows = document.querySelectorAll('#table-measures tr[data-measure]');
  const showing = document.body.getAttribute('data-filter') === id;
  rows.forEach((row) => { row.hidden = !showing && row.getAttribute('data-measure') !== id; });
  document.body.setAttribute('data-filter', showing ? '' : id);
  const note = document.getElementById('filter-note');
  if (note) note.textContent = showing ? '' : 'Showing measure ' + id + ' (click again to show all)';
});
