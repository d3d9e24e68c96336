// Presentation: the arrow keys, space and page keys (as clickers send them) step through the slides, Home
// and End jump to the first and last one (the links and ?slide= work without this).
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var target = null;
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') { target = link('a[rel="next"]'); }
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') { target = link('a[rel="prev"]'); }
    if (e.key === 'Home') { target = data('first'); }
    if (e.key === 'End') { target = data('last'); }
    if (target && target !== window.location.pathname + window.location.search) {
      e.preventDefault();
      window.location.href = target;
    }
  });
  function link(selector) {
    var a = document.querySelector(selector);
    return a ? a.getAttribute('href') : null;
  }
  function data(name) {
    var nav = document.querySelector('[data-' + name + ']');
    return nav ? nav.getAttribute('data-' + name) : null;
  }
})();
