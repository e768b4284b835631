// The statistics dashboard (templates/statistics/dashboard.html): draws the charts (ECharts) and the choropleth maps
// (Leaflet, boundaries from the local geography API, no tiles) from the figures of /statistics/data/panels, fetched
// with the page's session. The tables on the page carry the same figures for readers without script or sight;
// charts and maps are aria-hidden. Each drawn element gets data-ready="true" (browser tests wait for it).
(function () {
  'use strict';
  const page = document.getElementById('dashboard');
  if (!page) {
    return;
  }
  const data = page.dataset;
  const rtl = data.rtl === 'true';
  const arabic = document.documentElement.lang === 'ar';
  const format = new Intl.NumberFormat((document.documentElement.lang || 'en') + '-u-nu-latn');
  const COLOURS = ['#f4f6f6', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

  // Districts follow the governorate chosen: the others are hidden and a district of another governorate is cleared.
  function linkAreaFilters() {
    const governorate = document.getElementById('filter-adm1');
    const district = document.getElementById('filter-adm2');
    if (!governorate || !district) {
      return;
    }
    const sync = () => {
      Array.from(district.options).forEach((option) => {
        option.hidden = option.value !== '' && governorate.value !== '' && option.dataset.adm1 !== governorate.value;
      });
      const chosen = district.selectedOptions[0];
      if (chosen && chosen.hidden) {
        district.value = '';
      }
    };
    governorate.addEventListener('change', sync);
    sync();
  }

  function chart(id, option) {
    const element = document.getElementById(id);
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    const drawn = echarts.init(element);
    drawn.setOption(Object.assign({ animation: false }, option));
    window.addEventListener('resize', () => drawn.resize());
    element.dataset.ready = 'true';
  }

  function monthly(rows) {
    chart('chart-monthly', {
      tooltip: { trigger: 'axis' },
      legend: { data: [data.refugees, data.idps] },
      grid: { left: 56, right: 56, bottom: 40 },
      xAxis: { type: 'category', inverse: rtl, data: rows.map((r) => r.month) },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left', minInterval: 1 },
      series: [
        { name: data.refugees, type: 'bar', stack: 'returns', data: rows.map((r) => r.refugees) },
        { name: data.idps, type: 'bar', stack: 'returns', data: rows.map((r) => r.idps) }
      ]
    });
  }

  function bars(id, rows) {
    const shown = rows.slice(0, 12).reverse();
    chart(id, {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: rtl ? 40 : 150, right: rtl ? 150 : 40, top: 10, bottom: 30 },
      xAxis: { type: 'value', inverse: rtl, minInterval: 1 },
      yAxis: { type: 'category', position: rtl ? 'right' : 'left', data: shown.map((r) => r.name) },
      series: [{ name: data.returns, type: 'bar', data: shown.map((r) => r.returns) }]
    });
  }

  // Women on one side of the axis, men on the other; people of other or unknown sex are in the table.
  function pyramid(rows) {
    const women = rtl ? 1 : -1;
    chart('chart-pyramid', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        valueFormatter: (value) => format.format(Math.abs(value)) },
      legend: { data: [data.female, data.male] },
      grid: { left: 60, right: 60, bottom: 30 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value) => format.format(Math.abs(value)) } },
      yAxis: { type: 'category', data: rows.map((r) => r.ageGroup) },
      series: [
        { name: data.female, type: 'bar', stack: 'people', data: rows.map((r) => women * r.female) },
        { name: data.male, type: 'bar', stack: 'people', data: rows.map((r) => -women * r.male) }
      ]
    });
  }

  // Up to five classes of the non-zero counts, by quantile, as [low, high] pairs; zero has its own colour.
  function classes(values) {
    const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
    const bounds = [];
    for (let i = 1; i <= 5 && sorted.length > 0; i++) {
      const high = sorted[Math.min(sorted.length - 1, Math.ceil((i * sorted.length) / 5) - 1)];
      if (bounds.length === 0 || high > bounds[bounds.length - 1][1]) {
        bounds.push([bounds.length === 0 ? 1 : bounds[bounds.length - 1][1] + 1, high]);
      }
    }
    return bounds;
  }

  function colour(value, bounds) {
    if (!value) {
      return COLOURS[0];
    }
    // The highest class takes the darkest colour however many classes there are.
    const index = bounds.findIndex((b) => value <= b[1]);
    return COLOURS[COLOURS.length - bounds.length + (index < 0 ? bounds.length - 1 : index)];
  }

  // A range of numbers reads left to right in Arabic text too (U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069).
  function isolate(text) {
    return '\u2066' + text + '\u2069';
  }

  function legend(id, bounds) {
    const element = document.getElementById(id);
    const entries = [[data.none, COLOURS[0]]].concat(bounds.map((b) =>
      [isolate(b[0] === b[1] ? format.format(b[0]) : format.format(b[0]) + '–' + format.format(b[1])),
        colour(b[1], bounds)]));
    element.replaceChildren(...entries.map(([text, swatch]) => {
      const span = document.createElement('span');
      span.textContent = text;
      span.style.setProperty('--swatch', swatch);
      return span;
    }));
  }

  function popup(properties, row) {
    const box = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = (arabic && properties.nameAr) ? properties.nameAr : properties.nameEn;
    const count = document.createElement('div');
    count.textContent = data.returns + ': ' + format.format(row ? row.returns : 0);
    box.append(title, count);
    if (row && row.href) {
      const link = document.createElement('a');
      link.href = row.href;
      link.textContent = data.open;
      box.append(link);
    }
    return box;
  }

  async function map(id, level, rows) {
    const element = document.getElementById(id);
    if (!element || !window.L) {
      return;
    }
    const byPcode = new Map(rows.map((r) => [r.pcode, r]));
    const bounds = classes(rows.map((r) => r.returns));
    legend('legend-' + id.substring(4), bounds);
    const drawn = L.map(element, { zoomSnap: 0.25, minZoom: 5, maxZoom: 11, attributionControl: false });
    drawn.fitBounds([[32.3, 35.6], [37.35, 42.4]]);
    const parent = level === 2 && data.adm1 ? '&parent=' + encodeURIComponent(data.adm1) : '';
    const response = await fetch(data.boundaries + '?level=' + level + parent, { headers: { Accept: 'application/geo+json, application/json' } });
    if (!response.ok) {
      throw new Error('boundaries answered ' + response.status);
    }
    const layer = L.geoJSON(await response.json(), {
      style: (feature) => ({
        color: '#2f4858', weight: 1, fillOpacity: 0.85,
        fillColor: colour((byPcode.get(feature.properties.pcode) || {}).returns, bounds)
      }),
      onEachFeature: (feature, polygon) => {
        const row = byPcode.get(feature.properties.pcode);
        const name = (arabic && feature.properties.nameAr) ? feature.properties.nameAr : feature.properties.nameEn;
        polygon.bindTooltip(name + ' · ' + format.format(row ? row.returns : 0), { sticky: true });
        polygon.bindPopup(popup(feature.properties, row));
      }
    }).addTo(drawn);
    if (layer.getLayers().length > 0) {
      drawn.fitBounds(layer.getBounds(), { padding: [8, 8] });
    }
    element.dataset.polygons = String(layer.getLayers().length);
    element.dataset.ready = 'true';
  }

  async function draw() {
    linkAreaFilters();
    const response = await fetch(data.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('dashboard data answered ' + response.status);
    }
    const panels = await response.json();
    monthly(panels.monthly);
    bars('chart-countries', panels.countries);
    bars('chart-crossings', panels.crossings);
    pyramid(panels.pyramid);
    await Promise.all([map('map-adm1', 1, panels.governorates), map('map-adm2', 2, panels.districts)]);
    page.dataset.ready = 'true';
  }

  function start() {
    draw().catch((error) => {
      page.dataset.error = String(error);
      console.error('dashboard:', error);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
