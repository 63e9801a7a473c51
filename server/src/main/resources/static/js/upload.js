// The upload page: each dropped or chosen file goes in its own request, with its own progress bar and result.
(function () {
  'use strict';
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function upload(file) {
    var row = document.createElement('tr');
    row.className = 'upload';
    cell(row, file.name);
    var progressCell = document.createElement('td');
    var progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progressCell.appendChild(progress);
    row.appendChild(progressCell);
    var result = cell(row, '上传中…');
    document.querySelector('#results tbody').appendChild(row);

    var form = new FormData();
    form.append('file', file);
    var region = document.getElementById('region').value.trim();
    if (region) {
      form.append('region', region);
    }
    var request = new XMLHttpRequest();
    request.open('POST', document.location.pathname.replace(/\/upload.*$/, '') + '/upload');
    request.setRequestHeader('Accept', 'application/json');
    if (csrfToken && csrfHeader) {
      request.setRequestHeader(csrfHeader.content, csrfToken.content);
    }
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        progress.value = Math.round(event.loaded * 100 / event.total);
      }
    });
    request.addEventListener('load', function () {
      progress.value = 100;
      var body = null;
      try {
        body = JSON.parse(request.responseText);
      } catch (e) {
        body = null;
      }
      result.textContent = '';
      if (request.status === 200 || request.status === 201) {
        row.classList.add('ok');
        var link = document.createElement('a');
        link.href = body.url;
        link.textContent = body.unit + ' ' + body.year + '年 v' + body.version;
        result.appendChild(link);
        var counts = document.createElement('span');
        counts.className = 'upload-counts';
        counts.textContent = (body.outcome === 'UNCHANGED' ? ' 已存在，未改变；' : ' 已保存；')
          + '错误 ' + body.counts.ERROR + '，警告 ' + body.counts.WARNING + '，提示 ' + body.counts.INFO;
        result.appendChild(counts);
      } else {
        row.classList.add('failed');
        result.textContent = body && body.error ? body.error : '上传失败（HTTP ' + request.status + '）/ upload failed';
      }
    });
    request.addEventListener('error', function () {
      row.classList.add('failed');
      result.textContent = '网络错误，未保存 / network error; nothing was saved';
    });
    request.send(form);
  }

  function uploadAll(files) {
    Array.prototype.forEach.call(files, upload);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var drop = document.getElementById('drop');
    var input = document.getElementById('files');
    input.addEventListener('change', function () {
      uploadAll(input.files);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (type) {
      drop.addEventListener(type, function (event) {
        event.preventDefault();
        drop.classList.add('over');
      });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      drop.addEventListener(type, function (event) {
        event.preventDefault();
        drop.classList.remove('over');
      });
    });
    drop.addEventListener('drop', function (event) {
      uploadAll(event.dataTransfer.files);
    });
  });
}());
