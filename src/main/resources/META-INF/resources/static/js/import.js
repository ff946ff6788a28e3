// Starts a chat-export import (POST /api/imports, multipart, with the session's CSRF token in
// X-Jeli-CSRF) with a progress bar for the sending, then polls GET /api/imports/{id} every 2 s to
// show the import's own progress, state and counts until it is DONE, REFUSED or FAILED.
(function () {
  'use strict';
  var form = document.getElementById('import-form');
  if (!form) { return; }
  var POLL_MS = 2000;
  var t = form.dataset;
  var box = document.getElementById('import-status');
  var sendBar = document.getElementById('import-send-progress');
  var sendText = document.getElementById('import-send-text');
  var bar = document.getElementById('import-progress');
  var state = document.getElementById('import-state');
  var error = document.getElementById('import-error');
  var exportLink = document.getElementById('import-export-link');
  var button = document.getElementById('start-import');
  var COUNTS = ['messages', 'attachments', 'gaps', 'duplicates', 'warnings'];
  var STATES = { QUEUED: t.stQueued, RUNNING: t.stRunning, DONE: t.stDone, REFUSED: t.stRefused, FAILED: t.stFailed };

  function csrf() {
    var m = document.cookie.match(/(?:^|;\s*)jeli-csrf=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : '';
  }
  function setBar(el, text, pct) {
    el.value = pct;
    el.textContent = pct + ' %';
    if (text) { text.textContent = pct + ' %'; }
  }
  function fail(text) {
    error.textContent = text;
    error.hidden = false;
    button.disabled = false;
  }
  function problemText(p, status) {
    var title = (p && p.title) || String(status);
    return t.refused + ' ' + title + (p && p.code ? ' (' + p.code + ')' : '');
  }
  function parse(xhr) {
    try { return JSON.parse(xhr.responseText); } catch (e) { return null; }
  }
  function show(status) {
    var pct = Math.max(0, Math.min(100, status.percent || 0));
    setBar(bar, null, pct);
    state.textContent = (STATES[status.state] || status.state) + ' — ' + pct + ' %';
    var counts = status.counts || {};
    COUNTS.forEach(function (name) {
      document.getElementById('import-count-' + name).textContent = String(counts[name] || 0);
    });
    if (status.exportItem) {
      document.getElementById('import-export').href = '/items/' + encodeURIComponent(status.exportItem);
      exportLink.hidden = false;
    }
    if (status.state === 'REFUSED' || status.state === 'FAILED') {
      var e = status.error || {};
      fail(t.refused + ' ' + (e.message || status.state) + (e.code ? ' (' + e.code + ')' : ''));
    }
    if (status.state === 'DONE') { button.disabled = false; }
    return status.state === 'QUEUED' || status.state === 'RUNNING';
  }
  function poll(url) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      var body = parse(xhr);
      if (xhr.status !== 200 || !body) {
        fail(problemText(body, xhr.status));
        return;
      }
      if (show(body)) { setTimeout(function () { poll(url); }, POLL_MS); }
    };
    xhr.onerror = function () { setTimeout(function () { poll(url); }, POLL_MS); };
    xhr.send();
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var file = document.getElementById('import-file').files[0];
    if (!file) { return; }
    var data = new FormData();
    ['collection', 'timezone', 'sourceDetail', 'sensitivity'].forEach(function (name) {
      var el = form.elements[name];
      if (el && el.value) { data.append(name, el.value); }
    });
    data.append('file', file, file.name);
    box.hidden = false;
    error.hidden = true;
    exportLink.hidden = true;
    button.disabled = true;
    setBar(sendBar, sendText, 0);
    setBar(bar, null, 0);
    state.textContent = t.stSending;
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.endpoint);
    xhr.setRequestHeader('X-Jeli-CSRF', csrf());
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (ev) {
      if (ev.lengthComputable) { setBar(sendBar, sendText, Math.floor(100 * ev.loaded / ev.total)); }
    };
    xhr.onload = function () {
      var body = parse(xhr);
      if (xhr.status !== 202 || !body) {
        if (body && body.exportItem) { show({ state: 'REFUSED', percent: 0, exportItem: body.exportItem }); }
        fail(problemText(body, xhr.status));
        return;
      }
      setBar(sendBar, sendText, 100);
      var url = new URL(xhr.getResponseHeader('Location') || '/api/imports/' + body.id, window.location.href).href;
      if (show(body)) { setTimeout(function () { poll(url); }, POLL_MS); }
    };
    xhr.onerror = function () { fail(t.network); };
    xhr.send(data);
  });
})();
