// Draws the report's charts from the JSON in #chart-data with the inlined ECharts, and makes the flight table
// sortable and searchable. Nothing here reaches outside the page.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  var colourOf = {};
  data.types.forEach(function (type) { colourOf[type.code] = type.colour; });
  var RED = '#c0392b';
  var MUTED = '#5d6b7a';
  var AIRFIELD_COLOURS = ['#0f6e8c', '#b5651d', '#5b8c2a', '#7a4fa3', '#a63d40', '#3d5a80'];
  var charts = [];

  function time(ms) { return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + 'Z'; }
  function day(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function number(value) { return value.toLocaleString('en-US'); }

  // Each picture gets a viewBox, so that print can scale it to the paper (the stylesheet's @media print).
  function draw(element, option) {
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.on('finished', function () {
      var svg = element.querySelector('svg');
      if (svg) { svg.setAttribute('viewBox', '0 0 ' + chart.getWidth() + ' ' + chart.getHeight()); }
    });
    option.animation = false;
    option.useUTC = true;
    option.textStyle = { fontFamily: 'inherit' };
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }
  var printing = window.matchMedia('print');
  window.addEventListener('resize', function () {
    if (!printing.matches) { charts.forEach(function (chart) { chart.resize(); }); }
  });

  // A flight's load sheet: opened, shown (the search cleared if it hid it), marked and scrolled to.
  function openSheet(id) {
    var flight = document.querySelector('tbody.flight[data-id="' + CSS.escape(id) + '"]');
    if (!flight) { return; }
    if (flight.style.display === 'none') {
      var box = document.getElementById('flight-search');
      box.value = '';
      box.dispatchEvent(new Event('input'));
    }
    document.querySelectorAll('tbody.flight.picked').forEach(function (other) { other.classList.remove('picked'); });
    flight.classList.add('open', 'picked');
    flight.scrollIntoView({ block: 'start' });
  }
  document.querySelectorAll('a[data-flight]').forEach(function (link) {
    link.addEventListener('click', function (event) { event.preventDefault(); openSheet(link.getAttribute('data-flight')); });
  });

  function timeAxis(extra) {
    var axis = { type: 'time', min: data.startMs, max: data.endMs, splitLine: { show: true, lineStyle: { color: '#eef1f4' } },
      axisLabel: { color: MUTED, hideOverlap: true,
        formatter: { year: '{yyyy}', month: '{MMM}', day: '{d} {MMM}', hour: '{HH}:{mm}', minute: '{HH}:{mm}' } } };
    return Object.assign(axis, extra || {});
  }

  function verticalLines(closures, labelled) {
    var lines = [{ xAxis: data.deadlineMs, lineStyle: { color: RED, width: 2, type: 'solid' },
      label: { show: labelled, formatter: 'deadline ' + day(data.deadlineMs), color: RED, position: 'insideEndTop' } }];
    closures.forEach(function (closure) {
      lines.push({ xAxis: closure.ms, lineStyle: { color: '#34495e', width: 1.5, type: 'dashed' },
        label: { show: labelled, formatter: closure.label, color: '#34495e', position: 'insideEndTop' } });
    });
    return { symbol: 'none', silent: true, data: lines };
  }

  // ------------------------------------------------------------------ timeline
  (function timeline() {
    var t = data.timeline;
    var windowRows = t.windows.map(function (w) { return w.row; });
    var topHeight = windowRows.length * 24;
    var bottomHeight = t.rows.length * 30;
    var element = document.getElementById('chart-timeline');
    element.style.height = (topHeight + bottomHeight + 150) + 'px';
    var closures = t.closuresMs.map(function (ms) { return { ms: ms, label: '' }; });
    var LABEL_FONT = 10;
    var CHAR_WIDTH = 6.2;

    function bar(params, api, fill, opacity, stroke, dash, lineWidth) {
      var start = api.coord([api.value(1), api.value(0)]);
      var end = api.coord([api.value(2), api.value(0)]);
      var height = api.size([0, 1])[1] * 0.62;
      var rect = echarts.graphic.clipRectByRect(
        { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2.5), height: height },
        { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
      return rect && { type: 'rect', shape: rect,
        style: { fill: fill, opacity: opacity, stroke: stroke, lineWidth: lineWidth, lineDash: dash } };
    }

    // Now, after a replan: a black line, and the time before it shaded as flown.
    function nowMarks(series) {
      if (data.nowMs === null) { return series; }
      series.markLine.data.push({ xAxis: data.nowMs, lineStyle: { color: '#111', width: 2, type: 'solid' },
        label: { show: true, formatter: 'now ' + time(data.nowMs), color: '#111', position: 'insideEndTop' } });
      series.markArea = { silent: true, itemStyle: { color: 'rgba(90, 100, 115, 0.10)' },
        data: [[{ xAxis: data.startMs }, { xAxis: data.nowMs }]] };
      return series;
    }

    // The flight and lane, or the flight alone, on a sortie wide enough to hold it (zoom in to see them).
    function sortieLabel(rect, flight, route) {
      var text = [flight + ' ' + route, flight].find(function (candidate) {
        return candidate.length * CHAR_WIDTH + 6 <= rect.shape.width;
      });
      return text && { type: 'text', silent: true, style: { text: text, x: rect.shape.x + 3,
        y: rect.shape.y + rect.shape.height / 2, verticalAlign: 'middle', fill: '#fff', fontSize: LABEL_FONT,
        fontWeight: 600 } };
    }

    var timelineChart = draw(element, {
      grid: [{ left: 120, right: 40, top: 40, height: topHeight }, { left: 120, right: 40, top: topHeight + 70, height: bottomHeight }],
      xAxis: [timeAxis({ gridIndex: 0, position: 'top' }), timeAxis({ gridIndex: 1 })],
      yAxis: [
        { type: 'category', gridIndex: 0, data: windowRows, inverse: true, axisTick: { show: false },
          axisLabel: { color: MUTED, fontSize: 11 } },
        { type: 'category', gridIndex: 1, data: t.rows, inverse: true, axisTick: { show: false },
          axisLabel: { fontWeight: 'bold', formatter: function (value, index) { return '{' + t.rowTypes[index] + '|' + value + '}'; },
            rich: Object.fromEntries(data.types.map(function (type) { return [type.code, { color: type.colour, fontWeight: 'bold' }]; })) } }
      ],
      // The wheel scrolls the page; Ctrl and the wheel, or the slider, zoom the timeline.
      dataZoom: [{ type: 'inside', xAxisIndex: [0, 1], filterMode: 'none', zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false },
                 { type: 'slider', xAxisIndex: [0, 1], filterMode: 'none', height: 18, bottom: 8,
                   labelFormatter: function (ms) { return day(ms); } }],
      tooltip: { trigger: 'item', confine: true },
      series: [
        { type: 'custom', name: 'windows', xAxisIndex: 0, yAxisIndex: 0,
          data: t.windows.map(function (w, i) { return [i, w.fromMs, w.toMs, w.label, w.clearance]; }),
          encode: { x: [1, 2], y: 0 },
          renderItem: function (params, api) {
            var clearance = api.value(4);
            var shape = bar(params, api, clearance ? '#c9d8ea' : '#cfe6d6', 1, clearance ? '#8fa9c7' : '#8cbf9c', null, 1);
            if (!shape) { return null; }
            return { type: 'group', children: [shape, { type: 'text', silent: true,
              style: { text: api.value(3), x: shape.shape.x + 6, y: shape.shape.y + shape.shape.height / 2,
                verticalAlign: 'middle', fill: '#2c3e50', fontSize: 11 } }] };
          },
          tooltip: { formatter: function (p) { return windowRows[p.value[0]] + ': ' + time(p.value[1]) + ' to ' + time(p.value[2]) + '<br>' + p.value[3]; } },
          markLine: verticalLines([], false) },
        nowMarks({ type: 'custom', name: 'flights', xAxisIndex: 1, yAxisIndex: 1, cursor: 'pointer',
          data: t.legs.map(function (leg) {
            return [leg.row, leg.fromMs, leg.toMs, leg.sortie, leg.type, leg.broken, leg.label, leg.flight, leg.route, leg.flown];
          }),
          encode: { x: [1, 2], y: 0 },
          renderItem: function (params, api) {
            var sortie = api.value(3);
            var broken = api.value(5);
            var flown = api.value(9);
            var fill = flown ? '#9aa4af' : colourOf[api.value(4)];
            var rect = bar(params, api, fill, sortie ? 1 : 0.3, broken ? RED : (sortie ? null : fill),
              sortie ? null : [3, 2], broken ? 2 : 1);
            var label = rect && sortie && sortieLabel(rect, t.legs[params.dataIndex].flight, t.legs[params.dataIndex].route);
            return label ? { type: 'group', children: [rect, label] } : rect;
          },
          tooltip: { formatter: function (p) {
            return p.value[6] + '<br>' + time(p.value[1]) + ' to ' + time(p.value[2]) + (p.value[9] ? '<br>flown' : '')
              + (p.value[5] ? '<br><b style="color:' + RED + '">in a broken rule</b>' : '') + '<br><i>click for the load sheet</i>';
          } },
          markLine: verticalLines(closures, false) })
      ]
    });
    timelineChart.on('click', { seriesName: 'flights' }, function (p) { openSheet(t.legs[p.dataIndex].flight); });
  })();

  // ------------------------------------------------------------------ map
  (function map() {
    var m = data.map;
    echarts.registerMap('drawdown-region', m.outline);
    var most = Math.max.apply(null, [1].concat(m.lanes.map(function (lane) { return lane.legs; })));
    var element = document.getElementById('chart-map');
    // The view: the airfields' box, widened to the chart's shape (ECharts draws a degree of latitude 0.75 as high as
    // one of longitude), as a centre and a zoom on the outlines, which ECharts fits to the chart at zoom 1.
    var ASPECT_SCALE = 0.75;
    var shape = element.clientWidth / element.clientHeight;
    var outline = { west: 180, south: 90, east: -180, north: -90 };
    m.outline.features.forEach(function (country) {
      country.geometry.coordinates.forEach(function (polygon) {
        polygon[0].forEach(function (point) {
          outline.west = Math.min(outline.west, point[0]); outline.east = Math.max(outline.east, point[0]);
          outline.south = Math.min(outline.south, point[1]); outline.north = Math.max(outline.north, point[1]);
        });
      });
    });
    function heightAtShape(box) { return Math.max(box.north - box.south, (box.east - box.west) * ASPECT_SCALE / shape); }
    var view = { west: m.bounds[0], south: m.bounds[1], east: m.bounds[2], north: m.bounds[3] };
    var chart = draw(element, {
      tooltip: { trigger: 'item', confine: true },
      geo: { map: 'drawdown-region', roam: true, silent: true, aspectScale: ASPECT_SCALE,
        center: [(view.west + view.east) / 2, (view.south + view.north) / 2],
        zoom: Math.max(1, heightAtShape(outline) / heightAtShape(view)), scaleLimit: { min: 1, max: 20 },
        itemStyle: { areaColor: '#eef1ea', borderColor: '#b8c1ca', borderWidth: 0.6 } },
      series: [
        { type: 'lines', name: 'lanes', coordinateSystem: 'geo', z: 2,
          data: m.lanes.map(function (lane) {
            return { coords: lane.coords, lane: lane, lineStyle: lane.positioning
              ? { color: '#7d8a99', width: 1, type: [4, 3], opacity: 0.8 }
              : { color: '#2f6db5', width: 1.5 + 7 * Math.sqrt(lane.legs / most), opacity: 0.75 } };
          }),
          tooltip: { formatter: function (p) {
            var lane = p.data.lane;
            return lane.from + ' \u2192 ' + lane.to + ': ' + number(lane.legs) + (lane.positioning ? ' positioning leg' : ' sortie') + (lane.legs === 1 ? '' : 's');
          } } },
        { type: 'scatter', name: 'airfields', coordinateSystem: 'geo', z: 3, cursor: 'pointer',
          data: m.airfields.map(function (a) {
            return { name: a.code, value: [a.longitude, a.latitude], airfield: a,
              symbolSize: a.origin ? 11 : 8, itemStyle: { color: a.origin ? '#c0392b' : '#fff', borderColor: '#14263d', borderWidth: 1.5 } };
          }),
          label: { show: true, formatter: '{b}', position: 'right', color: '#14263d', fontWeight: 600, fontSize: 11 },
          tooltip: { formatter: function (p) {
            var a = p.data.airfield;
            return '<b>' + a.code + '</b> ' + a.name + '<br>' + (a.roles ? a.roles + '<br>' : '') + number(a.departures) + ' departures, ' + number(a.arrivals) + ' arrivals';
          } } }
      ]
    });
    // An airfield lists its flights in the flight table.
    chart.on('click', { seriesName: 'airfields' }, function (p) {
      var box = document.getElementById('flight-search');
      box.value = p.data.airfield.code.toLowerCase();
      box.dispatchEvent(new Event('input'));
      document.getElementById('flights').scrollIntoView({ block: 'start' });
    });
  })();

  // ------------------------------------------------------------------ drawdown curves
  (function drawdown() {
    function curves(key, element, unit) {
      var series = [];
      var closures = [];
      data.drawdown.airfields.forEach(function (airfield, i) {
        var colour = AIRFIELD_COLOURS[i % AIRFIELD_COLOURS.length];
        series.push({ type: 'line', name: airfield.code, showSymbol: false, lineStyle: { width: 2.5, color: colour },
          itemStyle: { color: colour }, areaStyle: { color: colour, opacity: 0.08 },
          data: data.drawdown.daysMs.map(function (ms, d) { return [ms, airfield[key][d]]; }) });
        if (airfield.closesMs !== null) { closures.push({ ms: airfield.closesMs, label: airfield.code + ' closes' }); }
        var before = data.previousDrawdown && data.previousDrawdown.airfields.find(function (a) { return a.code === airfield.code; });
        if (before) {
          series.push({ type: 'line', name: airfield.code + ' before', showSymbol: false,
            lineStyle: { width: 1.5, color: colour, type: 'dashed' }, itemStyle: { color: colour },
            data: data.previousDrawdown.daysMs.map(function (ms, d) { return [ms, before[key][d]]; }) });
        }
      });
      if (series.length) { series[0].markLine = verticalLines(closures, true); }
      draw(element, {
        title: { text: unit === 't' ? 'Tonnes of cargo on the ground' : 'People on the ground', left: 'center',
          textStyle: { fontSize: 14, fontWeight: 600 } },
        legend: { bottom: 0 },
        grid: { left: 60, right: 30, top: 50, bottom: 60 },
        xAxis: timeAxis(),
        yAxis: { type: 'value', min: 0, axisLabel: { color: MUTED } },
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return number(v) + (unit === 't' ? ' t' : ' people'); } },
        series: series
      });
    }
    curves('people', document.getElementById('chart-people'), 'people');
    curves('tonnes', document.getElementById('chart-tonnes'), 't');
  })();

  // ------------------------------------------------------------------ ramp and clearance caps
  function smallChart(container, title) {
    var box = document.createElement('div');
    box.className = 'small';
    var heading = document.createElement('h3');
    heading.textContent = title;
    var element = document.createElement('div');
    element.className = 'chart';
    box.appendChild(heading);
    box.appendChild(element);
    container.appendChild(box);
    return element;
  }

  function capLine(value, label, colour, position) {
    return { yAxis: value, lineStyle: { color: colour, type: 'dashed', width: 1.5 },
      label: { formatter: label, color: colour, position: position, fontSize: 11 } };
  }

  // A count axis that shows the limits with room above them, on whole steps that leave its labels apart.
  function countAxis(values, limits) {
    var top = Math.max.apply(null, values.concat(limits));
    var step = top < 6 ? 1 : top < 12 ? 2 : top < 30 ? 5 : 10;
    return { type: 'value', min: 0, interval: step, max: Math.ceil((top + 1) / step) * step,
      axisLabel: { color: MUTED } };
  }

  function dailyBars(name, daysMs, values, cap, colour) {
    return { type: 'bar', name: name, barMaxWidth: 8,
      data: daysMs.map(function (ms, d) {
        return { value: [ms, values[d]], itemStyle: { color: values[d] > cap ? RED : colour } };
      }) };
  }

  data.ramps.forEach(function (ramp) {
    var element = smallChart(document.getElementById('ramp-charts'), ramp.code + ' \u00b7 ' + ramp.name);
    var bars = dailyBars('departures', ramp.daysMs, ramp.departures, ramp.maxDeparturesPerDay, '#2f6db5');
    bars.markLine = { symbol: 'none', silent: true, data: [
      capLine(ramp.maxDeparturesPerDay, 'max ' + ramp.maxDeparturesPerDay + ' departures', '#2f6db5', 'insideStartTop'),
      capLine(ramp.parkingSpots, ramp.parkingSpots + (ramp.parkingSpots === 1 ? ' parking spot' : ' parking spots'),
        '#d9822b', 'insideEndTop')] };
    draw(element, {
      grid: { left: 36, right: 14, top: 16, bottom: 44 },
      legend: { bottom: 0, itemHeight: 8, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis' },
      xAxis: timeAxis(),
      yAxis: countAxis(ramp.departures.concat(ramp.parked), [ramp.maxDeparturesPerDay, ramp.parkingSpots]),
      series: [bars, { type: 'line', name: 'most parked', step: 'middle', showSymbol: false,
        lineStyle: { color: '#d9822b', width: 1.5 }, itemStyle: { color: '#d9822b' },
        data: ramp.daysMs.map(function (ms, d) { return [ms, ramp.parked[d]]; }) }]
    });
  });

  if (!data.clearances.length) {
    document.getElementById('clearance-charts').textContent = 'No clearance of this scenario has a daily cap.';
  }
  data.clearances.forEach(function (clearance) {
    var element = smallChart(document.getElementById('clearance-charts'), clearance.id + ' \u00b7 ' + clearance.country);
    var bars = dailyBars('flights', clearance.daysMs, clearance.flights, clearance.cap, '#5b6f8a');
    bars.markLine = { symbol: 'none', silent: true, data: [capLine(clearance.cap, 'cap ' + clearance.cap + ' a day', RED, 'insideEndTop')] };
    draw(element, {
      grid: { left: 36, right: 14, top: 16, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: timeAxis(),
      yAxis: countAxis(clearance.flights, [clearance.cap]),
      series: [bars]
    });
  });

  // ------------------------------------------------------------------ utilisation
  (function utilisation() {
    var u = data.utilisation;
    var series = [['payload', u.payload, '#2f6db5'], ['pallet positions', u.palletPositions, '#3a9d6e'], ['seats', u.seats, '#d9822b']]
      .map(function (s) {
        return { type: 'bar', name: s[0], data: s[1], itemStyle: { color: s[2] }, barGap: '0%', barCategoryGap: '25%' };
      });
    series[0].markLine = { symbol: 'none', silent: true, data: [{ yAxis: 100, lineStyle: { color: RED, type: 'solid' },
      label: { formatter: 'type limit', color: RED, position: 'insideEndTop' } }] };
    draw(document.getElementById('chart-utilisation'), {
      grid: { left: 50, right: 20, top: 20, bottom: 90 },
      legend: { bottom: 0 },
      tooltip: { trigger: 'axis', formatter: function (items) { return u.details[items[0].dataIndex]; } },
      xAxis: { type: 'category', data: u.flights, axisLabel: { rotate: 90, fontSize: 10, color: MUTED } },
      yAxis: { type: 'value', min: 0, max: function (extent) { return Math.max(100, Math.ceil(extent.max / 10) * 10); },
        axisLabel: { formatter: '{value}%', color: MUTED } },
      series: series
    });
  })();

  // ------------------------------------------------------------------ tables: sort and search
  function sortKey(cell, numeric) {
    var raw = cell.getAttribute('data-v');
    if (numeric) { return parseFloat(raw !== null ? raw : cell.textContent.replace(/[^0-9.\-]/g, '')) || 0; }
    return cell.textContent.trim().toLowerCase();
  }

  function markSorted(header, ascending) {
    header.parentNode.querySelectorAll('th').forEach(function (th) { th.classList.remove('sorted-asc', 'sorted-desc'); });
    header.classList.add(ascending ? 'sorted-asc' : 'sorted-desc');
  }

  function compare(a, b, ascending) { return (a < b ? -1 : a > b ? 1 : 0) * (ascending ? 1 : -1); }

  // Plain tables (load sheets, left behind, compared loads): sort the rows of their body.
  document.querySelectorAll('table.sortable').forEach(function (table) {
    table.querySelectorAll('thead th[data-sort]').forEach(function (header, column) {
      header.addEventListener('click', function () {
        var ascending = !header.classList.contains('sorted-asc');
        var numeric = header.getAttribute('data-sort') === 'number';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) { return compare(sortKey(a.cells[column], numeric), sortKey(b.cells[column], numeric), ascending); });
        rows.forEach(function (row) { body.appendChild(row); });
        markSorted(header, ascending);
      });
    });
  });

  // The flight table: each flight is a tbody (its row and its load sheet), sorted by its data attributes.
  var flightTable = document.getElementById('flight-table');
  var flights = Array.prototype.slice.call(flightTable.querySelectorAll('tbody.flight'));
  flights.forEach(function (flight) {
    flight.querySelector('tr.head').addEventListener('click', function () { flight.classList.toggle('open'); });
  });
  flightTable.querySelectorAll('thead th[data-sort]').forEach(function (header) {
    header.addEventListener('click', function () {
      var ascending = !header.classList.contains('sorted-asc');
      var key = header.getAttribute('data-key');
      var numeric = header.getAttribute('data-sort') === 'number';
      flights.sort(function (a, b) {
        var x = a.getAttribute('data-' + key);
        var y = b.getAttribute('data-' + key);
        return numeric ? compare(parseFloat(x), parseFloat(y), ascending) : compare(x, y, ascending);
      });
      flights.forEach(function (flight) { flightTable.appendChild(flight); });
      markSorted(header, ascending);
    });
  });
  var search = document.getElementById('flight-search');
  search.addEventListener('input', function () {
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    flights.forEach(function (flight) {
      var hit = !query || flight.getAttribute('data-search').indexOf(query) >= 0;
      flight.style.display = hit ? '' : 'none';
      var loadHits = 0;
      flight.querySelectorAll('tr.sheet tbody tr').forEach(function (row) {
        var match = query && row.getAttribute('data-search').indexOf(query) >= 0;
        row.classList.toggle('match', !!match);
        loadHits += match ? 1 : 0;
      });
      flight.classList.toggle('open', loadHits > 0);
      shown += hit ? 1 : 0;
    });
    document.getElementById('flight-count').textContent = query ? shown + ' of ' + flights.length + ' flights' : flights.length + ' flights';
  });
  document.getElementById('expand-all').addEventListener('click', function () {
    flights.forEach(function (flight) { if (flight.style.display !== 'none') { flight.classList.add('open'); } });
  });
  document.getElementById('collapse-all').addEventListener('click', function () {
    flights.forEach(function (flight) { flight.classList.remove('open'); });
  });
})();
