// Keeps the visible watermark over the media current: the viewer's name and the date and time now.
(function () {
  'use strict';
  var mark = document.getElementById('watermark');
  if (!mark) { return; }
  var format = new Intl.DateTimeFormat(mark.dataset.lang || undefined, {
    dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC'
  });
  function update() { mark.textContent = mark.dataset.name + ' · ' + format.format(new Date()) + ' UTC'; }
  update();
  setInterval(update, 1000);
})();
