// The report page: charts (ECharts, served by this application), the finding pop-up of marked cells, and the
// findings filters. Texts are set with textContent only.
(function () {
  'use strict';

  function drawCharts() {
    var holder = document.getElementById('chart-data');
    if (!holder || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(holder.getAttribute('data-charts'));
    var common = {animation: false, textStyle: {fontFamily: 'sans-serif'}};
    var classes = echarts.init(document.getElementById('chart-classes'), null, {renderer: 'canvas'});
    classes.setOption(Object.assign({}, common, {
      title: {text: '支出功能分类（类，万元）', left: 'center', textStyle: {fontSize: 14}},
      tooltip: {trigger: 'axis'},
      grid: {left: 150, right: 20, top: 40, bottom: 30},
      xAxis: {type: 'value'},
      yAxis: {type: 'category', inverse: true, data: data.classes.map(function (c) { return c.name; })},
      series: [{type: 'bar', data: data.classes.map(function (c) { return c.value; }), itemStyle: {color: '#2f6fb0'}}]
    }));
    var split = echarts.init(document.getElementById('chart-split'), null, {renderer: 'canvas'});
    split.setOption(Object.assign({}, common, {
      title: {text: '基本支出与项目支出（万元）', left: 'center', textStyle: {fontSize: 14}},
      tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'},
      // Names in the legend and values on the ring: outside labels are cut off in a box this narrow.
      legend: {bottom: 0},
      series: [{type: 'pie', radius: ['35%', '65%'], top: 20, bottom: 30, data: data.split,
        label: {position: 'inside', formatter: '{c}', color: '#fff'}}]
    }));
    var categories = Object.keys(data.findingsByCategory);
    var severities = [['ERROR', '错误', '#c62828'], ['WARNING', '警告', '#ef8f00'], ['INFO', '提示', '#7a8a99']];
    var findings = echarts.init(document.getElementById('chart-findings'), null, {renderer: 'canvas'});
    findings.setOption(Object.assign({}, common, {
      title: {text: '审核问题（按类别）', left: 'center', textStyle: {fontSize: 14}},
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      grid: {left: 90, right: 20, top: 40, bottom: 50},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: categories},
      series: severities.map(function (s) {
        return {name: s[1], type: 'bar', stack: 'all', itemStyle: {color: s[2]},
          data: categories.map(function (c) { return data.findingsByCategory[c][s[0]] || 0; })};
      })
    }));
    document.body.setAttribute('data-charts-drawn', 'true');
    window.addEventListener('resize', function () { classes.resize(); split.resize(); findings.resize(); });
  }

  function showFindings(cell) {
    var popup = document.getElementById('finding-popup');
    var body = popup.querySelector('.body');
    body.textContent = '';
    var title = document.createElement('h4');
    title.textContent = cell.classList.contains('label') ? cell.textContent : '单元格 ' + cell.textContent;
    body.appendChild(title);
    cell.getAttribute('data-findings').split(',').forEach(function (index) {
      var row = document.getElementById('finding-' + index);
      if (!row) {
        return;
      }
      var cells = row.querySelectorAll('td');
      var item = document.createElement('div');
      item.className = 'popup-finding ' + row.getAttribute('data-severity');
      var head = document.createElement('strong');
      head.textContent = cells[1].textContent.trim() + ' ' + cells[2].textContent.trim() + ' · ' + cells[3].textContent;
      var message = document.createElement('p');
      message.textContent = cells[5].textContent;
      var values = document.createElement('p');
      values.className = 'values';
      values.textContent = '应为 ' + (cells[6].textContent || '—') + '；实为 ' + (cells[7].textContent || '—');
      var link = document.createElement('a');
      link.href = '#finding-' + index;
      link.textContent = '在问题列表中查看';
      item.appendChild(head);
      item.appendChild(message);
      item.appendChild(values);
      item.appendChild(link);
      body.appendChild(item);
    });
    var box = cell.getBoundingClientRect();
    popup.style.top = (window.scrollY + box.bottom + 4) + 'px';
    popup.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - 460)) + 'px';
    popup.hidden = false;
  }

  function wirePopups() {
    document.querySelectorAll('[data-findings]').forEach(function (cell) {
      cell.addEventListener('click', function (event) {
        event.stopPropagation();
        showFindings(cell);
      });
      cell.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          showFindings(cell);
        }
      });
    });
    var popup = document.getElementById('finding-popup');
    popup.querySelector('.close').addEventListener('click', function () { popup.hidden = true; });
    document.addEventListener('click', function (event) {
      if (!popup.contains(event.target)) {
        popup.hidden = true;
      }
    });
    document.querySelectorAll('a.goto').forEach(function (link) {
      link.addEventListener('click', function () {
        var target = document.getElementById(link.getAttribute('href').substring(1));
        if (target) {
          target.classList.add('flash');
          setTimeout(function () { target.classList.remove('flash'); }, 2000);
        }
      });
    });
  }

  function wireFilters() {
    var controls = document.querySelectorAll('#finding-filters [data-filter]');
    function apply() {
      var wanted = {};
      controls.forEach(function (c) { wanted[c.getAttribute('data-filter')] = c.value.trim().toUpperCase(); });
      document.querySelectorAll('tr.finding').forEach(function (row) {
        var shown = (!wanted.severity || row.getAttribute('data-severity') === wanted.severity)
          && (!wanted.category || row.getAttribute('data-category') === wanted.category)
          && (!wanted.rule || row.getAttribute('data-rule').toUpperCase().indexOf(wanted.rule) >= 0);
        row.hidden = !shown;
      });
    }
    controls.forEach(function (c) { c.addEventListener('input', apply); c.addEventListener('change', apply); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts();
    wirePopups();
    wireFilters();
  });
}());
