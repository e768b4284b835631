// Gazetteer map: Leaflet without tiles (the UI must work offline), drawing boundaries and points from the
// geography API. The map element says what to draw in data attributes (paths relative to data-api):
//   data-polygons  GeoJSON of areas to draw and click through (governorates, or a governorate's districts)
//   data-outline   GeoJSON holding the outline to draw, with data-outline-pcode naming the feature
//   data-points    an area list whose items have latitude/longitude (sub-districts or communities)
//   data-highlight the P-code of the point to emphasise
(function () {
  'use strict';
  const element = document.getElementById('gazetteer-map');
  if (!element || !window.L) {
    return;
  }
  const data = element.dataset;
  const arabic = document.documentElement.lang === 'ar';
  const nameOf = (p) => (arabic && p.nameAr) ? p.nameAr : p.nameEn;
  const open = (pcode) => { window.location.href = data.base + encodeURIComponent(pcode); };

  const map = L.map(element, { zoomSnap: 0.25, minZoom: 5, maxZoom: 14 });
  map.attributionControl.setPrefix(false);
  if (data.attribution) {
    map.attributionControl.addAttribution(data.attribution);
  }
  map.fitBounds([[32.3, 35.6], [37.35, 42.4]]); // Syria, until the layers say better
  const drawn = L.featureGroup().addTo(map);

  async function fetchJson(path) {
    const response = await fetch(data.api + path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(path + ' answered ' + response.status);
    }
    return response.json();
  }

  function tooltip(layer, properties) {
    layer.bindTooltip(nameOf(properties) + ' · ' + properties.pcode, { sticky: true, direction: 'auto' });
  }

  async function polygons(path) {
    const collection = await fetchJson(path);
    L.geoJSON(collection, {
      style: { color: '#33658a', weight: 1, fillColor: '#86bbd8', fillOpacity: 0.35 },
      onEachFeature: (feature, layer) => {
        tooltip(layer, feature.properties);
        layer.on('click', () => open(feature.properties.pcode));
        layer.on('mouseover', () => layer.setStyle({ fillOpacity: 0.6 }));
        layer.on('mouseout', () => layer.setStyle({ fillOpacity: 0.35 }));
      }
    }).addTo(drawn);
  }

  async function outline(path, pcode) {
    const collection = await fetchJson(path);
    collection.features = collection.features.filter((f) => f.properties.pcode === pcode);
    L.geoJSON(collection, {
      style: { color: '#2f4858', weight: 2, fillColor: '#f6ae2d', fillOpacity: 0.12 },
      interactive: false
    }).addTo(drawn);
  }

  async function points(path, highlight) {
    const list = await fetchJson(path);
    list.items.filter((a) => a.latitude != null && a.longitude != null).forEach((a) => {
      const emphasised = a.pcode === highlight;
      const marker = L.circleMarker([a.latitude, a.longitude], {
        radius: emphasised ? 8 : 5,
        color: emphasised ? '#c0392b' : '#2f4858',
        weight: 1,
        fillColor: emphasised ? '#e74c3c' : '#f26419',
        fillOpacity: 0.85
      });
      tooltip(marker, a);
      marker.on('click', () => open(a.pcode));
      marker.addTo(drawn);
    });
  }

  const work = [];
  if (data.polygons) {
    work.push(polygons(data.polygons));
  }
  if (data.outline && data.outlinePcode) {
    work.push(outline(data.outline, data.outlinePcode));
  }
  if (data.points) {
    work.push(points(data.points, data.highlight));
  }
  Promise.all(work)
    .then(() => {
      if (drawn.getLayers().length > 0) {
        map.fitBounds(drawn.getBounds(), { padding: [12, 12], maxZoom: 11 });
      }
      element.dataset.ready = 'true';
    })
    .catch((error) => {
      element.dataset.error = String(error);
      console.error('gazetteer map:', error);
    });
})();
