// Draws a Chart.js chart above every table marked data-chart, from the table's own numbers: the first column
// labels the bars, every other column marked data-series is one series. The table stays as it is, for screen
// readers and for anyone who wants the figures.
document.addEventListener('DOMContentLoaded', () => {
  const palette = ['#0b5c7a', '#b3261e', '#c98a00', '#1e6b35', '#6b4fa0', '#5a6776', '#2f8fb0', '#8c3b6a'];
  document.querySelectorAll('table[data-chart]').forEach((table) => {
    const headers = [...table.querySelectorAll('thead th')];
    const series = headers.map((th, i) => ({ th, i })).filter(({ th }) => th.hasAttribute('data-series'));
    const rows = [...table.querySelectorAll('tbody tr')];
    if (!rows.length || !series.length) return;
    const labels = rows.map((row) => row.cells[0].innerText.trim());
    const datasets = series.map(({ th, i }, n) => ({
      label: th.innerText.trim(),
      data: rows.map((row) => Number((row.cells[i].dataset.value ?? row.cells[i].innerText).replace(/[^0-9.-]/g, ''))),
      backgroundColor: palette[n % palette.length],
      borderColor: palette[n % palette.length],
    }));
    const box = document.createElement('div');
    box.className = 'chart';
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (table.caption ? table.caption.innerText : 'Chart') + ': the table below has the figures');
    box.appendChild(canvas);
    table.parentNode.insertBefore(box, table);
    const kind = table.dataset.chart;
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels, datasets },
      options: {
        maintainAspectRatio: false, animation: false,
        indexAxis: kind === 'horizontal' ? 'y' : 'x',
        scales: { x: { stacked: kind === 'stacked' }, y: { stacked: kind === 'stacked', beginAtZero: true } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  });
});
