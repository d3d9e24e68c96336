// Live walls: follows the event's stream (Server-Sent Events) and keeps the cards of the page up to date;
// sends the page's forms in the background. Without this script every form still works by reloading.
(function () {
  'use strict';
  var root = document.querySelector('[data-stream]');
  if (!root) { return; }
  var BLANK = '00000000-0000-0000-0000-000000000000';
  // the stream's format this script reads (LiveStream.FORMAT): ideas and walls by their short keys
  var FORMAT = '2';
  var template = document.getElementById('idea-template');
  var announcer = document.getElementById('live-announcer');
  var messageBox = document.getElementById('live-message');
  var own = {};
  var pendingAnnouncements = 0;
  var announceTimer = null;

  function field(card, name) { return card.querySelector('[data-field="' + name + '"]'); }

  function announce(text) {
    if (!announcer) { return; }
    pendingAnnouncements++;
    if (announceTimer) { return; }
    announceTimer = setTimeout(function () {
      announcer.textContent = pendingAnnouncements > 1
        ? text.replace(/^[^:]*/, root.dataset.newIdea + ' (' + pendingAnnouncements + ')')
        : text;
      pendingAnnouncements = 0;
      announceTimer = null;
    }, 1500);
  }

  function say(text, ok) {
    if (!messageBox) { return; }
    messageBox.textContent = text;
    messageBox.className = 'live-message ' + (ok ? 'live-message--ok' : 'live-message--problem');
  }

  function newCard(id) {
    if (!template) { return null; }
    var card = template.content.firstElementChild.cloneNode(true);
    card.id = 'idea-' + id;
    card.dataset.idea = id;
    card.querySelectorAll('[id],[for],[action],[aria-describedby]').forEach(function (el) {
      ['id', 'for', 'action', 'aria-describedby'].forEach(function (name) {
        var value = el.getAttribute(name);
        if (value && value.indexOf(BLANK) >= 0) { el.setAttribute(name, value.split(BLANK).join(id)); }
      });
    });
    enhanceForms(card);
    updateDotButtons(card);
    return card;
  }

  // The dot buttons say whether they can act: no dot left or the idea's limit reached, nothing to take back.
  // aria-disabled instead of disabled, so the focus stays on the button (pages without script get disabled).
  function updateDotButtons(scope) {
    if (root.dataset.remaining === undefined) { return; }
    var remaining = parseInt(root.dataset.remaining, 10);
    var perIdea = parseInt(root.dataset.perIdea, 10);
    (scope || document).querySelectorAll('.idea__vote[data-mine]').forEach(function (vote) {
      var mine = parseInt(vote.dataset.mine, 10) || 0;
      inactive(vote.querySelector('form[data-live-form="dot"] button'), remaining <= 0 || mine >= perIdea);
      inactive(vote.querySelector('form[data-live-form="undot"] button'), mine <= 0);
    });
  }

  function inactive(button, off) {
    if (!button) { return; }
    button.disabled = false;
    if (off) { button.dataset.inactive = 'true'; button.setAttribute('aria-disabled', 'true'); }
    else { delete button.dataset.inactive; button.removeAttribute('aria-disabled'); }
  }

  function applyIdea(idea) {
    var card = document.getElementById('idea-' + idea.id);
    // a card names its wall by the wall's short key (LiveFeeds.participantJson)
    var section = document.querySelector('[data-wall-key="' + idea.wall + '"]');
    var wall = section && section.querySelector('.idea-list');
    var isNew = false;
    if (!card) {
      if (!wall) { return; }
      card = newCard(idea.id);
      if (!card) { return; }
      isNew = true;
    }
    if (idea.k) { card.dataset.key = idea.k; cardsByKey[idea.k] = card; }
    field(card, 'text').textContent = idea.text;
    var nick = field(card, 'nick');
    if (nick) { nick.textContent = idea.nick || ''; }
    showScore(card, idea.score);
    var edited = field(card, 'edited');
    if (edited) { edited.hidden = !idea.edited; }
    var pinned = field(card, 'pinned');
    if (pinned) { pinned.hidden = !idea.pinned; }
    card.classList.toggle('idea--pinned', !!idea.pinned);
    var pending = field(card, 'pending');
    if (pending) { pending.hidden = !(idea.status === 'PENDING'); }
    var originalBox = field(card, 'original-box');
    if (originalBox) {
      originalBox.hidden = !idea.original;
      field(card, 'original').textContent = idea.original || '';
    }
    var mergedBox = field(card, 'merged-box');
    if (mergedBox) {
      mergedBox.hidden = !idea.merged;
      if (idea.merged) { field(card, 'merged-link').setAttribute('href', '#idea-' + idea.merged); }
    }
    card.classList.toggle('idea--merged', !!idea.merged);
    var vote = card.querySelector('.idea__vote');
    if (vote) { vote.hidden = !!idea.merged; }
    if (idea.status) { applyModeration(card, idea); }
    var ownBox = field(card, 'own');
    if (ownBox && own[idea.id]) { ownBox.hidden = false; }
    if (isNew) {
      var firstUnpinned = wall.querySelector('.idea:not(.idea--pinned)');
      wall.insertBefore(card, idea.pinned ? wall.firstChild : firstUnpinned);
      var title = field(section, 'title');
      announce(root.dataset.newIdea + (title ? ' – ' + title.textContent : '') + ': ' + idea.text);
    }
    else if (wall && card.parentNode !== wall) {
      // moved to another wall by the moderation
      wall.insertBefore(card, idea.pinned ? wall.firstChild : wall.querySelector('.idea:not(.idea--pinned)'));
    }
    else if (idea.pinned && wall && card.parentNode === wall && wall.firstChild !== card) {
      wall.insertBefore(card, wall.firstChild);
    }
  }

  function showScore(card, score) {
    field(card, 'score').textContent = score;
    var label = field(card, 'dots-label');
    if (label) { label.textContent = score === 1 ? label.dataset.one : label.dataset.many; }
  }

  function applyScore(change) {
    var card = document.getElementById('idea-' + change.id);
    if (card) { showScore(card, change.score); }
  }

  // the scores of a message together (LiveStream.message): the idea's short key (its card's data-key) -> score
  var cardsByKey = {};
  function cardByKey(key) {
    var card = cardsByKey[key];
    if (card === undefined || (card && !card.isConnected)) {
      // null: no card on this page (on a wall it does not show); applyIdea notes one when it comes
      card = document.querySelector('.idea[data-key="' + key + '"]');
      cardsByKey[key] = card;
    }
    return card;
  }

  function applyScores(scores) {
    Object.keys(scores).forEach(function (key) {
      var card = cardByKey(key);
      if (card) { showScore(card, scores[key]); }
    });
  }

  function applyModeration(card, idea) {
    card.dataset.status = idea.status;
    var status = field(card, 'status');
    if (status) { status.textContent = root.dataset['status' + idea.status] || idea.status; }
  }

  function applyWall(wall) {
    var section = document.querySelector('[data-wall="' + wall.id + '"]');
    if (!section) {
      say(root.dataset.newWall || '', true);
      return;
    }
    section.dataset.open = wall.open;
    if (wall.position !== undefined && String(wall.position) !== section.dataset.position) {
      section.dataset.position = wall.position;
      orderWalls(section.parentNode);
    }
    var title = field(section, 'title');
    if (title) { title.textContent = wall.title; }
    var question = field(section, 'question');
    if (question) { question.textContent = wall.question || ''; }
    updateForms();
  }

  // walls in the order the moderation gave them; those that do not know their place yet keep theirs
  function orderWalls(parent) {
    var walls = Array.prototype.slice.call(parent.querySelectorAll(':scope > [data-wall]'));
    var sorted = walls.slice().sort(function (a, b) {
      return (parseInt(a.dataset.position, 10) || 0) - (parseInt(b.dataset.position, 10) || 0) || walls.indexOf(a) - walls.indexOf(b);
    });
    var after = walls[walls.length - 1].nextSibling;
    sorted.forEach(function (section) { parent.insertBefore(section, after); });
  }

  function removeWall(change) {
    var section = document.querySelector('[data-wall="' + change.id + '"]');
    if (section) { section.parentNode.removeChild(section); }
    var link = document.querySelector('.wall-nav a[href="#wall-' + change.id + '"]');
    if (link) { link.parentNode.parentNode.removeChild(link.parentNode); }
  }

  function applySession(session) {
    root.dataset.state = session.state;
    root.dataset.voting = session.voting;
    root.dataset.budget = session.budget;
    if (session.perIdea) { root.dataset.perIdea = session.perIdea; updateDotButtons(); }
    document.querySelectorAll('[data-state-text]').forEach(function (el) {
      el.hidden = el.dataset.stateText !== session.state;
    });
    document.querySelectorAll('[data-voting-text]').forEach(function (el) {
      el.hidden = !(session.voting && session.state === 'OPEN');
    });
    updateForms();
  }

  function updateForms() {
    var open = root.dataset.state === 'OPEN';
    document.querySelectorAll('[data-wall]').forEach(function (section) {
      var wallOpen = open && section.dataset.open === 'true';
      var form = section.querySelector('.idea-form');
      if (form) { form.hidden = !wallOpen; }
      var note = section.querySelector('.wall__closed');
      if (note) { note.hidden = wallOpen; }
    });
  }

  function apply(changes) {
    changes.forEach(function (change) {
      if (change.t === 'idea') { applyIdea(change); }
      else if (change.t === 'score') { applyScore(change); }
      else if (change.t === 'scores') { applyScores(change.s); }
      else if (change.t === 'gone') {
        var card = document.getElementById('idea-' + change.id);
        if (card) { card.parentNode.removeChild(card); }
      }
      else if (change.t === 'wall') { applyWall(change); }
      else if (change.t === 'wallGone') { removeWall(change); }
      else if (change.t === 'session') { applySession(change); }
    });
    document.dispatchEvent(new CustomEvent('live:changed', { detail: changes }));
  }

  // The stream. The browser reconnects by itself after a stream ends (after the server's random `retry:`),
  // but gives up for good after an answer that is not 200: a full node answers 503 (LiveAdmission). Then
  // the page tries again itself, after 2, 4, 8 … up to 60 seconds, each time 0.5 to 1.5 times that at
  // random, so that the phones of a room do not come back in the same instant. Until then the forms
  // keep working and reloading the page shows the newest state.
  // The page's token, random and made once per page load: the server ends the page's old stream when a new one
  // comes with it, as after a Wi-Fi drop the old connection may still look open there.
  function pageToken() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function follow() {
    if (!window.EventSource) { return; }
    var failures = 0;
    var page = window.crypto && window.crypto.getRandomValues ? pageToken() : null;
    function connect() {
      var url = root.dataset.stream + (root.dataset.stream.indexOf('?') < 0 ? '?' : '&') + 'since=' + root.dataset.seq
        + (page ? '&page=' + page : '') + '&format=' + FORMAT;
      var source = new EventSource(url);
      source.onmessage = function (message) {
        failures = 0;
        // the id says where the page is ("6300", or "6300.6320" while its cards are ahead of scores that wait);
        // it comes back as ?since= when the page reconnects itself
        if (message.lastEventId) { root.dataset.seq = message.lastEventId; }
        root.classList.remove('live--offline');
        apply(JSON.parse(message.data));
      };
      source.addEventListener('reset', function () { window.location.reload(); });
      source.onerror = function () {
        root.classList.add('live--offline');
        if (source.readyState === 2) {
          source.close();
          failures = failures + 1;
          var delay = Math.min(60, Math.pow(2, failures)) * (0.5 + Math.random()) * 1000;
          window.setTimeout(connect, delay);
        }
      };
      source.onopen = function () { failures = 0; root.classList.remove('live--offline'); };
    }
    connect();
  }

  // forms in the background

  function enhanceForms(scope) {
    scope.querySelectorAll('form[data-live-form]').forEach(function (form) {
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        send(form);
      });
    });
  }

  // While a form is on its way the button says so with aria-disabled instead of disabled: a disabled
  // button loses the keyboard focus, and the next dot would take a trip back through the page.
  function busy(form, button, on) {
    if (on) { form.dataset.sending = 'true'; } else { delete form.dataset.sending; }
    if (button) { if (on) { button.setAttribute('aria-disabled', 'true'); } else { button.removeAttribute('aria-disabled'); } }
  }

  function send(form) {
    if (form.dataset.sending) { return; }
    var button = form.querySelector('button[type="submit"]');
    if (button && button.dataset.inactive) { return; }
    busy(form, button, true);
    fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      // the header marks a participant's call: it needs no session, and it stands in for the CSRF token
      headers: { 'Accept': 'application/json', 'X-Werkstatt-Call': 'live' },
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return { ok: false, message: response.statusText }; });
    }).then(function (answer) {
      busy(form, button, false);
      if (answer.join) { window.location.href = answer.join; return; }
      say(answer.message, answer.ok);
      var budget = document.getElementById('budget');
      if (budget && answer.remainingText) { budget.textContent = answer.remainingText; }
      if (answer.idea && answer.mineText) {
        var card = document.getElementById('idea-' + answer.idea);
        if (card && field(card, 'mine')) { field(card, 'mine').textContent = answer.mineText; }
        var vote = card && card.querySelector('.idea__vote');
        if (vote && typeof answer.mine === 'number') { vote.dataset.mine = answer.mine; }
      }
      if (typeof answer.remaining === 'number') { root.dataset.remaining = answer.remaining; }
      updateDotButtons();
      if (answer.ok && form.dataset.liveForm === 'post') {
        if (answer.idea) { own[answer.idea] = true; var mine = document.getElementById('idea-' + answer.idea); if (mine) { field(mine, 'own').hidden = false; } }
        var offer = document.getElementById('idea-mail-offer');
        if (offer) { offer.hidden = false; }
        form.reset();
        var similar = form.querySelector('.similar');
        if (similar) { similar.textContent = ''; }
      }
      if (answer.ok && form.dataset.liveForm === 'withdraw') {
        var gone = form.closest('.idea');
        if (gone) { gone.parentNode.removeChild(gone); }
      }
    }).catch(function () {
      busy(form, button, false);
      updateDotButtons();
      say(root.dataset.reconnecting, false);
    });
  }

  // similar ideas while typing

  function watchTyping() {
    document.querySelectorAll('.idea-form').forEach(function (form) {
      var text = form.querySelector('textarea');
      var box = form.querySelector('.similar');
      var wall = form.querySelector('input[name="wall"]');
      var timer = null;
      if (!text || !box || !root.dataset.similar) { return; }
      text.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          var words = text.value.trim();
          if (words.length < 8) { box.textContent = ''; return; }
          fetch(root.dataset.similar + '?wall=' + encodeURIComponent(wall.value) + '&text=' + encodeURIComponent(words),
            { credentials: 'same-origin' })
            .then(function (r) { return r.ok ? r.text() : ''; })
            .then(function (html) { box.innerHTML = html; });
        }, 350);
      });
    });
  }

  enhanceForms(document);
  updateDotButtons();
  watchTyping();
  follow();
})();
