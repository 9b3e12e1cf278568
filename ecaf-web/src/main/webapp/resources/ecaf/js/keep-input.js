/*
 * Pages made of several small forms (Team and plan): what someone has typed into one form and not yet saved is kept
 * when a button of another form redraws the page, and leaving the page with such text asks first. The values are
 * noted when a button is pressed (every form but the button's own, which the server answers for) and put back into
 * the redrawn inputs of the same id once the AJAX response is in.
 */
(function () {
  'use strict';
  // a page redrawn whole by AJAX (update="@all") runs its scripts again: the listeners on the document are still
  // there, and a second set would press a form's main button twice on Enter
  if (window.ecafKeep) { return; }
  var kept = null;
  var submitting = null;

  function isEntry(el) {
    return el.id && !el.disabled && el.type !== 'hidden' && el.type !== 'submit' && el.type !== 'button';
  }

  function changed(el) {
    if (el.tagName === 'SELECT') {
      // a single select drawn with no option marked selected shows (and has selected) its first option
      var marked = Array.prototype.some.call(el.options, function (o) { return o.defaultSelected; });
      return Array.prototype.some.call(el.options, function (o, i) {
        return o.selected !== (marked ? o.defaultSelected : (!el.multiple && i === 0));
      });
    }
    if (el.type === 'checkbox' || el.type === 'radio') { return el.checked !== el.defaultChecked; }
    return el.value !== el.defaultValue;
  }

  /** The inputs with unsaved changes, outside {@code except} (a form, or null for all). */
  function unsaved(except) {
    var found = [];
    document.querySelectorAll('main input, main textarea, main select').forEach(function (el) {
      if (isEntry(el) && !(except && except.contains(el)) && changed(el)) {
        found.push({id: el.id, value: el.value, checked: el.checked, tag: el.tagName, type: el.type});
      }
    });
    return found;
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button, input[type=submit]') : null;
    if (!button || !button.closest('main')) { return; }
    var form = button.form || button.closest('form');
    submitting = form;
    kept = unsaved(form);
  }, true);

  function putBack() {
    if (!kept) { return; }
    var list = kept;
    kept = null;
    list.forEach(function (k) {
      var el = document.getElementById(k.id);
      if (!el) { return; }
      if (k.type === 'checkbox' || k.type === 'radio') { el.checked = k.checked; } else { el.value = k.value; }
    });
    var first = list.length ? document.getElementById(list[0].id) : null;
    var note = document.getElementById('keptNote');
    if (note) { note.textContent = list.length ? 'What you typed elsewhere on the page is kept, not yet saved.' : ''; }
    if (first && first.form) { first.form.setAttribute('data-unsaved', 'true'); }
  }

  // Enter in a one-line input presses its form's main button (marked data-ecaf-default), not the first button of the
  // form (which may be "Remove" or "Add another person")
  document.addEventListener('keydown', function (event) {
    var t = event.target;
    if (event.key !== 'Enter' || event.isComposing || !t || !t.matches || !t.form
        || !t.matches('input:not([type=button]):not([type=submit]):not([type=reset]):not([type=hidden]),select')) {
      return;
    }
    var main = t.form.querySelector('[data-ecaf-default]');
    if (main) {
      event.preventDefault();
      main.click();
    }
  });

  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () { putBack(); submitting = null; });
  }

  window.addEventListener('beforeunload', function (event) {
    // a full-page submit of a form saves that form: only the others' unsaved text would be lost
    if (unsaved(submitting).length) {
      event.preventDefault();
      event.returnValue = '';
      return '';
    }
    return undefined;
  });

  window.ecafKeep = {unsaved: function () { return unsaved(null).map(function (k) { return k.id; }); }};
}());
