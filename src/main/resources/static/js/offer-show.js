// The product show's kiosk: moves on to the next offer after data-seconds (after the last, to the first).
// The links and ?slide= work without this; "pause" is a link to the screen without ?kiosk.
(function () {
  'use strict';
  var screen = document.getElementById('show-screen');
  if (!screen) { return; }
  var next = screen.getAttribute('data-advance');
  var seconds = parseInt(screen.getAttribute('data-seconds'), 10);
  if (!next || !(seconds > 0)) { return; }
  var timer = null;
  function start() {
    timer = window.setTimeout(function () { window.location.href = next; }, seconds * 1000);
  }
  // a tab in the background does not page on: it starts again when shown
  document.addEventListener('visibilitychange', function () {
    window.clearTimeout(timer);
    if (!document.hidden) { start(); }
  });
  start();
})();
