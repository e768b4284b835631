// The population trend of a camp (templates/sites/site.html): reported counts, the estimate after departures, and
// departures per month. Data and labels come from the element's data attributes; no request is made.
(function () {
  function draw() {
    var element = document.getElementById('site-trend');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var points = JSON.parse(element.dataset.trend || '[]');
    if (points.length === 0) {
      element.hidden = true;
      return;
    }
    var rtl = element.dataset.rtl === 'true';
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: [element.dataset.estimated, element.dataset.reported, element.dataset.departed] },
      grid: { left: 60, right: 60, bottom: 40 },
      xAxis: { type: 'category', inverse: rtl, data: points.map(function (p) { return p.month; }) },
      yAxis: [{ type: 'value', position: rtl ? 'right' : 'left' }, { type: 'value', position: rtl ? 'left' : 'right' }],
      series: [
        { name: element.dataset.estimated, type: 'line', step: 'end',
          data: points.map(function (p) { return p.estimated; }) },
        { name: element.dataset.reported, type: 'scatter', symbolSize: 10,
          data: points.map(function (p) { return p.reported; }) },
        { name: element.dataset.departed, type: 'bar', yAxisIndex: 1,
          data: points.map(function (p) { return p.departed; }) }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
