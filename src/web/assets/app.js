// Charts and small niceties. Pages work without this file: every chart also has its numbers in a
// table, and every filter is a plain link. Chart data comes from data-chart attributes because the
// Content-Security-Policy allows no inline scripts.
(function () {
  'use strict';

  function option(spec) {
    var clickable = !!spec.links;
    // Tooltips render inside the canvas (richText): HTML tooltips would need inline styles.
    var tooltip = { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } };
    if (spec.kind === 'ranked') {
      return {
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        tooltip: tooltip,
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: spec.labels.slice().reverse(), axisLabel: { width: 180, overflow: 'truncate' } },
        series: [{ type: 'bar', name: spec.name, data: spec.values.slice().reverse(), itemStyle: { color: '#1f5fbf' }, label: { show: true, position: 'right' }, cursor: clickable ? 'pointer' : 'default' }],
      };
    }
    var series = [{ type: 'bar', name: spec.name, data: spec.values, barMaxWidth: 48, itemStyle: { color: '#1f5fbf' }, cursor: clickable ? 'pointer' : 'default' }];
    var yAxis = [{ type: 'value', minInterval: 1, name: spec.name }];
    if (spec.line) {
      yAxis.push({ type: 'value', name: spec.line.name, splitLine: { show: false } });
      series.push({ type: 'line', name: spec.line.name, yAxisIndex: 1, showSymbol: false, data: spec.line.values, itemStyle: { color: '#b3261e' }, cursor: clickable ? 'pointer' : 'default' });
    }
    return {
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      tooltip: tooltip,
      legend: spec.line ? { top: 0 } : undefined,
      xAxis: { type: 'category', data: spec.labels },
      yAxis: yAxis,
      series: series,
    };
  }

  function initCharts() {
    if (typeof window.echarts === 'undefined') return;
    var nodes = document.querySelectorAll('.chart[data-chart]');
    var charts = [];
    nodes.forEach(function (el) {
      var spec = JSON.parse(el.getAttribute('data-chart'));
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      // No animation: the chart is read, not watched, and tests and screenshots see the final state.
      var opts = option(spec);
      opts.animation = false;
      chart.setOption(opts);
      if (spec.links) {
        chart.on('click', function (p) {
          // Ranked charts list bars in reverse so the largest is on top.
          var i = spec.kind === 'ranked' ? spec.labels.length - 1 - p.dataIndex : p.dataIndex;
          var href = spec.links[i];
          if (href) window.location.href = href;
        });
      }
      el.setAttribute('data-ready', '1');
      charts.push(chart);
    });
    window.addEventListener('resize', function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  // A search with many matches shows its results first; the facet counts (a pass over every match)
  // arrive as a server-rendered fragment from the same origin. Without JS the placeholder's link
  // reloads the page with the counts inline.
  function loadFacets() {
    document.querySelectorAll('[data-facets-src]').forEach(function (el) {
      fetch(el.getAttribute('data-facets-src'), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error(String(r.status))); })
        .then(function (html) {
          el.innerHTML = html;
          el.removeAttribute('aria-busy');
          el.setAttribute('data-ready', '1');
        })
        .catch(function () { el.removeAttribute('aria-busy'); });
    });
  }

  document.addEventListener('DOMContentLoaded', initCharts);
  document.addEventListener('DOMContentLoaded', loadFacets);
})();
