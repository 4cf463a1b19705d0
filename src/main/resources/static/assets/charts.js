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
    const value = (cell) => Number((cell.dataset.value ?? cell.innerText).replace(/[^0-9.-]/g, ''));
    let labels = rows.map((row) => row.cells[0].innerText.trim());
    let datasets = series.map(({ th, i }, n) => ({
      label: th.innerText.trim(),
      data: rows.map((row) => value(row.cells[i])),
      backgroundColor: palette[n % palette.length],
      borderColor: palette[n % palette.length],
    }));
    if (table.hasAttribute('data-pivot')) {
      // rows of (label, series, value): one bar per label, one stacked series per second-column value
      labels = [...new Set(labels)];
      const names = [...new Set(rows.map((row) => row.cells[1].innerText.trim()))];
      datasets = names.map((name, n) => ({
        label: name,
        data: labels.map((label) => rows.filter((row) => row.cells[0].innerText.trim() === label
          && row.cells[1].innerText.trim() === name).reduce((sum, row) => sum + value(row.cells[series[0].i]), 0)),
        backgroundColor: palette[n % palette.length],
      }));
    }
    const box = document.createElement('div');
    box.className = 'chart';
    if (table.dataset.chart === 'horizontal') box.style.height = `${Math.max(240, labels.length * 22 + 60)}px`;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (table.caption ? table.caption.innerText : 'Chart') + ': the table below has the figures');
    box.appendChild(canvas);
    table.parentNode.insertBefore(box, table);
    const kind = table.dataset.chart;
    // long step names would be clipped at the chart's edge; the full name is in the tooltip and the table
    const shorten = (label) => (label.length > 28 ? `${label.slice(0, 27)}…` : label);
    const categoryAxis = { ticks: { callback(v) { return shorten(this.getLabelForValue(v)); } } };
    // eslint-disable-next-line no-undef
    new Chart(canvas, {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels, datasets },
      options: {
        maintainAspectRatio: false, animation: false,
        indexAxis: kind === 'horizontal' ? 'y' : 'x',
        scales: {
          x: { stacked: kind === 'stacked' || table.hasAttribute('data-pivot'), ...(kind === 'horizontal' ? {} : categoryAxis) },
          y: { stacked: kind === 'stacked' || table.hasAttribute('data-pivot'), beginAtZero: true,
            ...(kind === 'horizontal' ? categoryAxis : {}) } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  });
});
