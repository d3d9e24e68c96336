// Moderator console: follows the event's stream. Scores change in place at once; other changes (new ideas,
// moderation, walls) bring the console's walls, status and log anew from the server, at most every three
// seconds and only while nobody types, has a menu open or holds the mouse on it, so a half-written reason is
// never lost. The scroll positions of the board and its columns and the keyboard focus are kept.
(function () {
  'use strict';
  var root = document.getElementById('console');
  if (!root || !window.EventSource) { return; }
  var notice = document.getElementById('console-updates');
  var REGIONS = ['console-status', 'console-board', 'log'];
  var EVERY = 3000;
  var stale = false;
  var timer = null;
  var last = 0;

  function busy() {
    var active = document.activeElement;
    if (active && active.closest('form') && /INPUT|TEXTAREA|SELECT/.test(active.tagName)) { return true; }
    if (root.querySelector('details[open]')) { return true; }
    return !!root.querySelector('.console-board button:active');
  }

  function showScore(change) {
    var card = document.getElementById('idea-' + change.id);
    if (!card) { return; }
    var score = card.querySelector('[data-field="score"]');
    if (score) { score.textContent = change.score; }
    var label = card.querySelector('[data-field="dots-label"]');
    if (label) { label.textContent = change.score === 1 ? label.dataset.one : label.dataset.many; }
  }

  function schedule() {
    if (timer) { return; }
    timer = setTimeout(refresh, Math.max(250, EVERY - (Date.now() - last)));
  }

  // where the focus is, as a selector that finds the same control in the new markup
  function focusPath() {
    var active = document.activeElement;
    if (!active || active === document.body) { return null; }
    var card = active.closest('[id]');
    var form = active.closest('form');
    if (!card || !REGIONS.some(function (id) { return document.getElementById(id).contains(active); })) { return null; }
    var path = '#' + CSS.escape(card.id);
    if (form) { path += ' form[action="' + form.getAttribute('action') + '"]'; }
    return path + ' ' + active.tagName.toLowerCase();
  }

  function refresh() {
    timer = null;
    if (!stale) { return; }
    if (busy()) { notice.hidden = false; return; }
    stale = false;
    last = Date.now();
    fetch(window.location.pathname + window.location.search, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
      .then(function (html) {
        if (busy()) { stale = true; notice.hidden = false; return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var board = document.getElementById('console-board');
        var left = board ? board.scrollLeft : 0;
        var tops = {};
        if (board) { board.querySelectorAll('.mod-column[id]').forEach(function (c) { tops[c.id] = c.scrollTop; }); }
        var focus = focusPath();
        REGIONS.forEach(function (id) {
          var now = document.getElementById(id);
          var next = fresh.getElementById(id);
          if (now && next) { now.replaceWith(document.importNode(next, true)); }
        });
        board = document.getElementById('console-board');
        if (board) {
          board.scrollLeft = left;
          board.querySelectorAll('.mod-column[id]').forEach(function (c) { if (tops[c.id]) { c.scrollTop = tops[c.id]; } });
        }
        if (focus) { var again = document.querySelector(focus); if (again) { again.focus({ preventScroll: true }); } }
        var freshRoot = fresh.getElementById('console');
        if (freshRoot) { root.dataset.seq = freshRoot.dataset.seq; }
        notice.hidden = true;
      })
      .catch(function () { stale = true; notice.hidden = false; });
  }

  var source = new EventSource(root.dataset.stream + '?since=' + root.dataset.seq);
  source.onmessage = function (message) {
    var changes = [];
    try { changes = JSON.parse(message.data); } catch (e) { stale = true; }
    changes.forEach(function (change) {
      if (change.t === 'score') { showScore(change); } else { stale = true; }
    });
    if (stale) { schedule(); }
  };
  source.addEventListener('reset', function () { stale = true; schedule(); });
  document.addEventListener('focusout', function () { if (stale) { setTimeout(schedule, 1500); } });
  document.addEventListener('toggle', function () { if (stale) { schedule(); } }, true);
})();
