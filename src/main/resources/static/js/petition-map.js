// The maps of petitions (templates/fragments/map.html), drawn with Leaflet from the element's data attributes:
// data-tiles (the tile URL template of the settings), data-attribution and data-attribution-url (shown as text and
// a link, never as markup), data-lat, data-lng, data-zoom (the centre of an empty map) and data-map, the kind:
//   pick    a click places the marker and writes its coordinates into the form's fields latitude and longitude;
//           coordinates typed into those fields move the marker (the fields work without this script)
//   show    one marker at data-point-lat, data-point-lng
//   points  the markers of the JSON at data-points: [{code, title, latitude, longitude, url}], each with a popup
//           linking to its page
(function () {
  'use strict';
  var PLACED_ZOOM = 16;

  function number(text) {
    if (text === null || text === undefined || String(text).trim() === '') {
      return null;
    }
    var n = Number(String(text).trim().replace(',', '.'));
    return isFinite(n) ? n : null;
  }

  function point(lat, lng) {
    var a = number(lat);
    var b = number(lng);
    return a !== null && b !== null && Math.abs(a) <= 90 && Math.abs(b) <= 180 ? L.latLng(a, b) : null;
  }

  function attribution(el) {
    var url = el.getAttribute('data-attribution-url');
    var node = document.createElement(url ? 'a' : 'span');
    node.textContent = el.getAttribute('data-attribution') || '';
    if (url) {
      node.href = url;
    }
    return node.outerHTML;
  }

  function baseMap(el) {
    var map = L.map(el, { scrollWheelZoom: false });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.tileLayer(el.getAttribute('data-tiles'), { maxZoom: 19, attribution: attribution(el) }).addTo(map);
    map.setView(point(el.getAttribute('data-lat'), el.getAttribute('data-lng')) || L.latLng(16, 106),
      Number(el.getAttribute('data-zoom')) || 6);
    return map;
  }

  // Leaflet's own marker, by the addresses the page gives (the static files' names carry a content hash, which
  // Leaflet's guess of its image folder from leaflet.css does not expect)
  var icon = null;
  function markerIcon(el) {
    return L.icon({
      iconUrl: el.getAttribute('data-icon'),
      iconRetinaUrl: el.getAttribute('data-icon-retina'),
      shadowUrl: el.getAttribute('data-icon-shadow'),
      iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], tooltipAnchor: [16, -28], shadowSize: [41, 41]
    });
  }

  // a marker that opens a popup is reached with Tab; one that only shows a place is not
  function marker(latlng, title, interactive) {
    return L.marker(latlng, {
      icon: icon, alt: title, title: title, keyboard: !!interactive, interactive: !!interactive
    });
  }

  function pick(el) {
    var map = baseMap(el);
    var form = el.closest('form');
    var lat = form && form.querySelector('[name="latitude"]');
    var lng = form && form.querySelector('[name="longitude"]');
    if (!lat || !lng) {
      return;
    }
    var placed = null;
    var label = el.getAttribute('data-marker') || '';
    function place(latlng) {
      if (placed) {
        placed.setLatLng(latlng);
      } else {
        placed = marker(latlng, label).addTo(map);
      }
    }
    var start = point(lat.value, lng.value);
    if (start) {
      place(start);
      map.setView(start, PLACED_ZOOM);
    }
    map.on('click', function (e) {
      var at = e.latlng.wrap();
      lat.value = at.lat.toFixed(6);
      lng.value = at.lng.toFixed(6);
      place(at);
    });
    [lat, lng].forEach(function (input) {
      input.addEventListener('change', function () {
        var typed = point(lat.value, lng.value);
        if (typed) {
          place(typed);
          map.panTo(typed);
        }
      });
    });
  }

  function show(el) {
    var map = baseMap(el);
    var at = point(el.getAttribute('data-point-lat'), el.getAttribute('data-point-lng'));
    if (at) {
      marker(at, el.getAttribute('data-marker') || '').addTo(map);
      map.setView(at, PLACED_ZOOM);
    }
  }

  function points(el) {
    var map = baseMap(el);
    var url = el.getAttribute('data-points');
    if (!url || !window.fetch) {
      return;
    }
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (rows) {
        var bounds = [];
        rows.forEach(function (row) {
          var at = point(row.latitude, row.longitude);
          if (!at) {
            return;
          }
          var popup = document.createElement('div');
          var link = document.createElement('a');
          link.href = row.url;
          link.textContent = row.title;
          var code = document.createElement('div');
          code.className = 'small text-body-secondary';
          code.textContent = row.code;
          popup.appendChild(link);
          popup.appendChild(code);
          marker(at, row.code + ' - ' + row.title, true).bindPopup(popup).addTo(map);
          bounds.push(at);
        });
        if (bounds.length === 1) {
          map.setView(bounds[0], PLACED_ZOOM - 2);
        } else if (bounds.length > 1) {
          map.fitBounds(L.latLngBounds(bounds), { padding: [24, 24], maxZoom: PLACED_ZOOM - 2 });
        }
        el.setAttribute('data-markers', String(bounds.length));
      });
  }

  var KINDS = { pick: pick, show: show, points: points };
  function start() {
    if (!window.L) {
      return;
    }
    document.querySelectorAll('.dv-map[data-map]').forEach(function (el) {
      var draw = KINDS[el.getAttribute('data-map')];
      if (draw) {
        icon = markerIcon(el);
        draw(el);
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
