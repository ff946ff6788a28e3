// A small tus 1.0.0 client for /api/uploads (creation, resumption by HEAD, PATCH in 4 MiB chunks with
// Upload-Checksum sha256, retry with backoff). An upload's URL is kept in localStorage under the
// file's name, size and modification time, so that choosing the same file again after a reload or
// a crash continues from the server's offset instead of starting over.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var CHUNK = 4 * 1024 * 1024;
  var FIELDS = ['collection', 'title', 'description', 'sourcePlatform', 'sourceDetail', 'claimedCapturedAt',
    'claimedLocation', 'sensitivity', 'language'];
  var list = document.getElementById('upload-list');
  var total = document.getElementById('total-progress');
  var totalText = document.getElementById('total-text');
  var input = document.getElementById('files');
  var zone = document.getElementById('dropzone');
  var pending = [];
  var uploads = [];
  var t = form.dataset;

  function csrf() {
    var m = document.cookie.match(/(?:^|;\s*)jeli-csrf=([^;]*)/);
    return m ? decodeURIComponent(m[1]) : '';
  }
  function b64(text) {
    var bytes = new TextEncoder().encode(text);
    var s = '';
    for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
    return btoa(s);
  }
  function key(file) { return 'jeli-tus:' + file.name + ':' + file.size + ':' + file.lastModified; }
  function metadata(file) {
    var pairs = ['filename ' + b64(file.name)];
    FIELDS.forEach(function (name) {
      var el = form.elements[name];
      if (el && el.value) { pairs.push(name + ' ' + b64(el.value)); }
    });
    return pairs.join(',');
  }
  function request(method, url, headers, body, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('Tus-Resumable', '1.0.0');
      xhr.setRequestHeader('X-Jeli-CSRF', csrf());
      Object.keys(headers).forEach(function (h) { xhr.setRequestHeader(h, headers[h]); });
      if (onProgress) { xhr.upload.onprogress = function (e) { onProgress(e.loaded); }; }
      xhr.onload = function () { resolve(xhr); };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.onabort = function () { reject(new Error('aborted')); };
      xhr.send(body === undefined ? null : body);
      if (onProgress) { onProgress.xhr = xhr; }
    });
  }
  function sha256(buffer) {
    if (!window.crypto || !crypto.subtle) { return Promise.resolve(null); }
    return crypto.subtle.digest('SHA-256', buffer).then(function (d) {
      var bytes = new Uint8Array(d);
      var s = '';
      for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
      return btoa(s);
    });
  }
  function problem(xhr) {
    try { var p = JSON.parse(xhr.responseText); return p.detail || p.title || String(xhr.status); }
    catch (e) { return String(xhr.status); }
  }
  function renderTotal() {
    var size = 0;
    var done = 0;
    uploads.forEach(function (u) { size += u.file.size; done += u.offset + u.inFlight; });
    var pct = size ? Math.floor(100 * done / size) : 0;
    total.value = pct;
    total.textContent = pct + ' %';
    totalText.textContent = pct + ' %';
  }

  function Upload(file) {
    this.file = file;
    this.offset = 0;
    this.inFlight = 0;
    this.paused = false;
    this.failures = 0;
    var li = document.createElement('li');
    var name = document.createElement('bdi');
    name.textContent = file.name;
    this.bar = document.createElement('progress');
    this.bar.max = 100;
    this.bar.value = 0;
    this.bar.className = 'file-progress';
    this.state = document.createElement('output');
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.textContent = t.pause;
    this.button.addEventListener('click', this.toggle.bind(this));
    li.append(name, ' ', this.bar, ' ', this.state, ' ', this.button);
    list.appendChild(li);
    this.show(t.stWaiting);
  }
  Upload.prototype.show = function (text) {
    var pct = this.file.size ? Math.floor(100 * (this.offset + this.inFlight) / this.file.size) : 100;
    this.bar.value = pct;
    this.bar.textContent = pct + ' %';
    this.state.textContent = text + ' — ' + pct + ' %';
    renderTotal();
  };
  Upload.prototype.toggle = function () {
    this.paused = !this.paused;
    this.button.textContent = this.paused ? t.resume : t.pause;
    if (this.paused) {
      if (this.xhrHolder && this.xhrHolder.xhr) { this.xhrHolder.xhr.abort(); }
      this.show(t.stPaused);
    } else {
      this.run();
    }
  };
  Upload.prototype.locate = function () {
    var self = this;
    var url = localStorage.getItem(key(self.file));
    if (url) {
      return request('HEAD', url, {}).then(function (xhr) {
        if (xhr.status === 200 || xhr.status === 204) {
          self.url = url;
          self.offset = parseInt(xhr.getResponseHeader('Upload-Offset'), 10) || 0;
          return;
        }
        localStorage.removeItem(key(self.file));
        return self.create();
      });
    }
    return self.create();
  };
  Upload.prototype.create = function () {
    var self = this;
    return request('POST', form.dataset.endpoint, {
      'Upload-Length': String(self.file.size), 'Upload-Metadata': metadata(self.file)
    }).then(function (xhr) {
      if (xhr.status !== 201) { throw new Error('refused:' + problem(xhr)); }
      self.url = new URL(xhr.getResponseHeader('Location'), window.location.href).href;
      self.offset = 0;
      localStorage.setItem(key(self.file), self.url);
    });
  };
  Upload.prototype.sendChunk = function () {
    var self = this;
    var end = Math.min(self.offset + CHUNK, self.file.size);
    return self.file.slice(self.offset, end).arrayBuffer().then(function (buffer) {
      return sha256(buffer).then(function (sum) {
        var headers = { 'Content-Type': 'application/offset+octet-stream', 'Upload-Offset': String(self.offset) };
        if (sum) { headers['Upload-Checksum'] = 'sha256 ' + sum; }
        var progress = function (loaded) { self.inFlight = loaded; self.show(t.stUploading); };
        self.xhrHolder = progress;
        return request('PATCH', self.url, headers, buffer, progress);
      });
    }).then(function (xhr) {
      self.inFlight = 0;
      if (xhr.status === 460) { throw new Error('network'); } // corrupted on the way: send it again
      if (xhr.status === 409 || xhr.status === 404 || xhr.status === 410) {
        localStorage.removeItem(key(self.file));
        throw new Error('refused:' + problem(xhr));
      }
      if (xhr.status !== 204 && xhr.status !== 200) { throw new Error('refused:' + problem(xhr)); }
      self.offset = parseInt(xhr.getResponseHeader('Upload-Offset'), 10);
      self.item = xhr.getResponseHeader('Jeli-Item') || self.item;
      self.failures = 0;
    });
  };
  Upload.prototype.loop = function () {
    var self = this;
    if (self.paused) { return Promise.resolve(); }
    if (self.url && self.offset >= self.file.size) { return Promise.resolve(self.finish()); }
    var step = self.url ? self.sendChunk() : self.locate();
    return step.then(function () { return self.loop(); });
  };
  Upload.prototype.finish = function () {
    localStorage.removeItem(key(this.file));
    this.done = true;
    this.button.remove();
    this.show(t.stDone);
    if (this.item) {
      var a = document.createElement('a');
      a.href = '/items/' + encodeURIComponent(this.item);
      a.textContent = this.file.name;
      this.state.after(' ', a);
    }
  };
  Upload.prototype.run = function () {
    var self = this;
    if (self.running || self.done) { return Promise.resolve(); }
    self.running = true;
    self.show(t.stUploading);
    return self.loop().catch(function (e) {
      self.inFlight = 0;
      if (self.paused || e.message === 'aborted') { return; }
      if (e.message.indexOf('refused:') === 0) {
        self.show(t.stError + ': ' + t.stRefused + e.message.substring(8));
        return;
      }
      self.failures++;
      var wait = Math.min(60000, 1000 * Math.pow(2, Math.min(self.failures, 6)));
      self.show(t.stOffline);
      return new Promise(function (resolve) {
        var timer = setTimeout(resolve, wait);
        window.addEventListener('online', function () { clearTimeout(timer); resolve(); }, { once: true });
      }).then(function () { self.running = false; return self.run(); });
    }).then(function () { self.running = false; });
  };

  function add(files) {
    for (var i = 0; i < files.length; i++) { pending.push(files[i]); }
  }
  input.addEventListener('change', function () { add(input.files); });
  zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    zone.classList.remove('over');
    add(e.dataTransfer.files);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var batch = pending.splice(0).map(function (f) { var u = new Upload(f); uploads.push(u); return u; });
    input.value = '';
    batch.reduce(function (chain, u) { return chain.then(function () { return u.run(); }); }, Promise.resolve());
  });
})();
