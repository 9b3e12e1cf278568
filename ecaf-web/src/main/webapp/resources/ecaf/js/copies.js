/*
 * Copies page: a copy is a download, so the page itself does not change when it is issued. After pressing an issue
 * button (data-ecaf-download), the page waits for the cookie the PDF's response carries (ecafIssued) and then
 * reloads itself with ?issued=true, so the copy shows in the disclosure history at once and a second press cannot
 * issue it twice; while it waits, further presses of any issue button do nothing and the button says so.
 */
(function () {
  'use strict';
  var NAME = 'ecafIssued';
  var waiting = false;

  function arrived() {
    return document.cookie.split(';').some(function (c) { return c.trim().indexOf(NAME + '=') === 0; });
  }

  function forget() {
    document.cookie = NAME + '=; Max-Age=0; path=' + location.pathname.replace(/[^/]*$/, '');
  }

  function reload() {
    var params = new URLSearchParams(location.search);
    params.set('issued', 'true');
    location.replace(location.pathname + '?' + params.toString());
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-ecaf-download]') : null;
    if (!button) { return; }
    if (waiting) {
      event.preventDefault();
      return;
    }
    forget();
    waiting = true;
    var label = button.value;
    setTimeout(function () { button.value = 'Issuing the copy\u2026'; button.setAttribute('aria-disabled', 'true'); }, 0);
    var started = Date.now();
    var timer = setInterval(function () {
      if (arrived()) {
        clearInterval(timer);
        forget();
        reload();
      } else if (Date.now() - started > 60000) {
        // no copy came (a refusal redraws the page instead): the buttons work again
        clearInterval(timer);
        waiting = false;
        button.value = label;
        button.removeAttribute('aria-disabled');
      }
    }, 250);
  });
}());
