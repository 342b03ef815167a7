// Draws the admin dashboard's charts with Chart.js from the JSON the page carries.
(function () {
  var island = document.getElementById('chart-data');
  if (!island || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(island.textContent);
  var palette = ['#0a4b8c', '#2f7d32', '#b26a00', '#8e24aa', '#c62828', '#00838f'];
  // axes and tooltips write numbers the page's way ("6,5" in French), not the browser's
  Chart.defaults.locale = document.documentElement.lang === 'fr' ? 'fr-FR' : 'en-GB';
  new Chart(document.getElementById('chart-open'), {
    type: 'bar',
    data: {
      labels: data.types,
      datasets: data.byStatus.map(function (s, i) {
        return { label: s.label, data: s.data, backgroundColor: palette[i % palette.length] };
      })
    },
    options: { responsive: true, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
  });
  new Chart(document.getElementById('chart-year'), {
    type: 'line',
    data: {
      labels: data.months,
      datasets: [
        { label: data.labels.onTime, data: data.onTime, borderColor: '#2f7d32', backgroundColor: '#2f7d32', yAxisID: 'percent', spanGaps: true },
        { label: data.labels.median, data: data.median, borderColor: '#0a4b8c', backgroundColor: '#0a4b8c', yAxisID: 'days', spanGaps: true }
      ]
    },
    options: {
      responsive: true, maintainAspectRatio: false,
      scales: {
        percent: { type: 'linear', position: 'left', min: 0, max: 100 },
        days: { type: 'linear', position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } }
      }
    }
  });
  document.body.setAttribute('data-charts', 'drawn');
}());
