// The dashboard's charts (templates/dashboard/dashboard.html), drawn with Chart.js from the JSON each canvas
// carries in data-chart: {type, percent, labels, links, datasets: [{label, data}]}. The same figures are in the
// text table after each chart: without JavaScript it stays in view; once the chart is drawn it is hidden from
// the eye only (visually-hidden), so screen readers still read it (the canvas itself is aria-hidden).
(function () {
  var COLOURS = ['#0d6efd', '#198754', '#6c757d', '#fd7e14'];
  var locale = document.documentElement.lang === 'en' ? 'en-GB' : 'vi-VN';
  var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    var horizontal = spec.type === 'bar';
    var box = canvas.parentElement;
    if (horizontal) {
      // a bar per unit, each unit its own line: the box grows with the units
      box.style.height = Math.max(12, spec.labels.length * (1.2 + 0.9 * spec.datasets.length) + 5) + 'rem';
    }
    var format = function (v) {
      return v === null || v === undefined ? '-' : number.format(v) + (spec.percent ? '%' : '');
    };
    var chart = new window.Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d, i) {
          return { label: d.label, data: d.data, backgroundColor: COLOURS[i % COLOURS.length],
            borderColor: COLOURS[i % COLOURS.length], spanGaps: true };
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        scales: horizontal ? {
          x: { beginAtZero: true, max: spec.percent ? 100 : undefined, ticks: { callback: format } }
        } : { y: { beginAtZero: true, max: spec.percent ? 100 : undefined, ticks: { callback: format } } },
        plugins: {
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + format(c.raw); } } }
        },
        onClick: function (event, elements) {
          if (elements.length && spec.links && spec.links[elements[0].index]) {
            window.location.href = spec.links[elements[0].index];
          }
        }
      }
    });
    var table = box.parentElement.querySelector('.dv-chart-table');
    if (table) {
      table.classList.add('visually-hidden');
    }
    return chart;
  }

  function drawAll() {
    if (!window.Chart) {
      return; // the tables stay in view
    }
    Array.prototype.forEach.call(document.querySelectorAll('canvas.dv-chart-canvas[data-chart]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
