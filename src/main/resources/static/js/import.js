// Import upload: refuses a file above the limit before sending it, and shows the upload's progress while it
// goes (the form works the same without this script; the server answers with a redirect either way).
(function () {
  'use strict';
  var form = document.getElementById('import-form');
  if (form && window.XMLHttpRequest && window.FormData) {
    var input = document.getElementById('file');
    var sizeError = document.getElementById('file-size-error');
    var box = document.getElementById('import-progress');
    var bar = document.getElementById('import-progress-bar');
    var text = document.getElementById('import-progress-text');
    var max = parseInt(form.getAttribute('data-max-bytes'), 10);
    var tooLarge = function () {
      var file = input.files && input.files[0];
      var large = !!file && file.size > max;
      sizeError.hidden = !large;
      if (large) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', 'file-size-error file-hint');
      } else {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', 'file-hint');
      }
      return large;
    };
    input.addEventListener('change', tooLarge);
    form.addEventListener('submit', function (event) {
      if (tooLarge()) {
        event.preventDefault();
        input.focus();
        return;
      }
      if (!input.files || !input.files[0]) { return; }
      event.preventDefault();
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.setRequestHeader('Accept', 'text/html');
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          bar.max = e.total;
          bar.value = e.loaded;
          text.textContent = Math.round(e.loaded * 100 / e.total) + ' %';
        }
      });
      request.upload.addEventListener('load', function () {
        bar.removeAttribute('value');
        text.textContent = text.getAttribute('data-reading');
      });
      request.addEventListener('load', function () {
        if (request.responseURL && request.responseURL !== form.action) {
          // the file was read: the answer redirected to its preview
          window.location.assign(request.responseURL);
          return;
        }
        // the file was refused: the answer is this page with the reason
        document.open();
        document.write(request.responseText);
        document.close();
      });
      request.addEventListener('error', function () {
        // the connection failed: say so and let the planner send the file again
        sizeError.hidden = true;
        text.textContent = text.getAttribute('data-failed');
        form.querySelector('button[type=submit]').disabled = false;
      });
      form.querySelector('button[type=submit]').disabled = true;
      box.hidden = false;
      request.send(new FormData(form));
    });
  }
  var confirm = document.getElementById('confirm-form');
  if (confirm) {
    confirm.addEventListener('submit', function () {
      confirm.querySelector('button[type=submit]').disabled = true;
    });
  }
})();
