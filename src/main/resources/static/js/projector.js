// Projector: live.js keeps the cards up to date; this sorts each wall's cards by dots (pinned first), at most
// every 2.5 seconds, so cards do not jump with every dot, and slides them to their new places (FLIP) unless
// the viewer asked for reduced motion. A merged card is hidden (CSS); its target says "+N merged".
(function () {
  'use strict';
  var root = document.getElementById('projector');
  if (!root) { return; }
  var EVERY = 2500;
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var dirty = false;

  document.addEventListener('live:changed', function (event) {
    event.detail.forEach(function (change) {
      if (change.t !== 'idea') { return; }
      var card = document.getElementById('idea-' + change.id);
      if (card) { card.dataset.merged = change.merged || ''; }
    });
    dirty = true;
  });

  function score(card) {
    var field = card.querySelector('[data-field="score"]');
    return field ? parseInt(field.textContent, 10) || 0 : 0;
  }

  function countMerged() {
    var counts = {};
    root.querySelectorAll('.idea--merged').forEach(function (card) {
      var target = card.dataset.merged;
      if (target) { counts[target] = (counts[target] || 0) + 1; }
    });
    root.querySelectorAll('.screen-card').forEach(function (card) {
      var box = card.querySelector('[data-field="merged-count"]');
      if (!box) { return; }
      var n = counts[card.dataset.idea] || 0;
      box.hidden = n === 0;
      box.textContent = (box.dataset.template || '+{n}').replace('{n}', n);
    });
  }

  function sortList(list) {
    var cards = Array.prototype.slice.call(list.children);
    var sorted = cards.slice().sort(function (a, b) {
      var pinned = (b.classList.contains('idea--pinned') ? 1 : 0) - (a.classList.contains('idea--pinned') ? 1 : 0);
      return pinned || score(b) - score(a) || cards.indexOf(a) - cards.indexOf(b);
    });
    if (sorted.every(function (card, i) { return card === cards[i]; })) { return; }
    var before = new Map();
    if (!still) { cards.forEach(function (card) { before.set(card, card.getBoundingClientRect()); }); }
    sorted.forEach(function (card) { list.appendChild(card); });
    if (still) { return; }
    var moved = [];
    sorted.forEach(function (card) {
      var from = before.get(card);
      var to = card.getBoundingClientRect();
      var dx = from.left - to.left;
      var dy = from.top - to.top;
      if (!dx && !dy) { return; }
      card.style.transition = 'none';
      card.style.transform = 'translate(' + dx + 'px, ' + dy + 'px)';
      moved.push(card);
    });
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        moved.forEach(function (card) {
          card.style.transition = 'transform 700ms ease-in-out';
          card.style.transform = '';
        });
      });
    });
  }

  setInterval(function () {
    if (!dirty) { return; }
    dirty = false;
    countMerged();
    root.querySelectorAll('.projector__ideas').forEach(sortList);
  }, EVERY);
})();
