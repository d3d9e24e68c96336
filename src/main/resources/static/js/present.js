// Presentation: the arrow keys, space and page keys step through the slides (the links work without this).
(function () {
  'use strict';
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var rel = null;
    if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') { rel = 'next'; }
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') { rel = 'prev'; }
    if (!rel) { return; }
    var link = document.querySelector('a[rel="' + rel + '"]');
    if (link) { e.preventDefault(); window.location.href = link.href; }
  });
})();
