// Moderator console: follows the event's stream and, when something changed, offers to refresh the page;
// it refreshes by itself while nobody is typing or has a form open, so a half-written reason is never lost.
(function () {
  'use strict';
  var root = document.getElementById('console');
  if (!root || !window.EventSource) { return; }
  var notice = document.getElementById('console-updates');
  var stale = false;

  function busy() {
    var active = document.activeElement;
    if (active && active.closest('form') && /INPUT|TEXTAREA|SELECT/.test(active.tagName)) { return true; }
    return !!root.querySelector('details[open]');
  }

  function refreshIfIdle() {
    if (!stale) { return; }
    if (busy()) { notice.hidden = false; return; }
    window.location.reload();
  }

  var source = new EventSource(root.dataset.stream + '?since=' + root.dataset.seq);
  source.onmessage = function () { stale = true; setTimeout(refreshIfIdle, 400); };
  source.addEventListener('reset', function () { stale = true; refreshIfIdle(); });
  document.addEventListener('focusout', function () { setTimeout(refreshIfIdle, 1500); });
})();
