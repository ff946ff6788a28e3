// Forms of class "js-api" are sent with fetch() and the session's CSRF token in X-Jeli-CSRF (the
// double-submit cookie jeli-csrf), since a plain HTML form cannot send a header.
// data-json: the request body as JSON (else the form's fields, form-encoded);
// data-next: where to go on success; data-download: save the response as this file name;
// data-working / data-done / data-failed: texts for the form's <output data-status>.
(function () {
  'use strict';
  function csrf() {
    var m = document.cookie.match(/(?:^|;\s*)jeli-csrf=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : '';
  }
  function status(form, key, extra) {
    var out = form.querySelector('[data-status]');
    if (out) { out.textContent = (form.dataset[key] || '') + (extra ? ' ' + extra : ''); }
  }
  function summary(json) {
    if (json && typeof json === 'object') {
      if ('held' in json) { return json.held ? '✓' : '✗'; }
      if (json.title) { return json.title; }
    }
    return '';
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('js-api')) { return; }
    event.preventDefault();
    var headers = { 'X-Jeli-CSRF': csrf() };
    var body;
    if (form.dataset.json) {
      headers['Content-Type'] = 'application/json';
      body = form.dataset.json;
    } else {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(new FormData(form)).toString();
    }
    status(form, 'working');
    fetch(form.action, { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (p) {
            status(form, 'failed', p.title || String(response.status));
          });
        }
        if (form.dataset.next) { window.location.assign(form.dataset.next); return; }
        if (form.dataset.download) {
          return response.blob().then(function (blob) {
            var a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = form.dataset.download;
            document.body.appendChild(a);
            a.click();
            setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
            status(form, 'done');
          });
        }
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('json') >= 0) {
          return response.json().then(function (j) { status(form, 'done', summary(j)); });
        }
        status(form, 'done');
      })
      .catch(function () { status(form, 'failed'); });
  });
})();
