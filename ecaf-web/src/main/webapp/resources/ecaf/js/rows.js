/*
 * ecafRows.changed(wrapperId, added): after "Add an entry" the focus goes to the new entry's first input, after
 * "Remove" to the group's "Add an entry" button, on every page that renders a form with <ecaf:formFields>
 * (forms.js also marks the assessment unsaved).
 */
(function () {
  'use strict';
  function changed(wrapperId, added) {
    var wrapper = document.getElementById(wrapperId);
    if (!wrapper) { return; }
    if (added) {
      var rows = wrapper.querySelectorAll('.group-row');
      var last = rows.length ? rows[rows.length - 1] : null;
      var input = last ? last.querySelector('input:not([type=hidden]),select,textarea') : null;
      if (input) { input.focus(); }
    } else {
      var add = wrapper.querySelector('.button-add');
      if (add) { add.focus(); }
    }
  }
  window.ecafRows = {changed: changed};
}());
