// Click-to-reveal for blurred media (graphic content is blurred by default behind a warning).
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.reveal') : null;
    if (!button) { return; }
    var box = button.closest('[data-reveal]');
    if (!box) { return; }
    var blurred = box.classList.toggle('blurred');
    if (!button.dataset.labelReveal) { button.dataset.labelReveal = button.textContent; }
    button.textContent = blurred ? button.dataset.labelReveal : button.dataset.labelHide;
    button.setAttribute('aria-pressed', blurred ? 'false' : 'true');
  });
})();
