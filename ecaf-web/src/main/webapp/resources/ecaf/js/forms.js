/*
 * ecafForm: autosave and the unsaved-changes guard for a form page.
 *
 * ecafForm.init({form: 'assessment', save: 'ecafAutosave', idleMs: 3000, focus: 'client-id-or-empty', editable: true})
 *   form     the h:form's id; the page has an element <form>:saveStatus inside a role="status" region
 *   save     the name of a p:remoteCommand that saves (process="@form"), whose oncomplete calls ecafForm.saved(args)
 * The bean echoes the request parameter ecafGen as the callback parameter "gen" and answers "saved" (true/false) and
 * "conflict" (true while a concurrent edit waits for a decision).
 */
(function () {
  'use strict';
  var s = {form: null, save: null, idleMs: 3000, dirty: false, gen: 0, saving: false, timer: null, pendingUrl: null,
    paused: false, leaving: false, active: null, touched: {}, typed: null};

  function byId(id) { return id ? document.getElementById(id) : null; }

  function status(text) {
    var el = byId(s.form + ':saveStatus');
    if (el) { el.textContent = text; }
  }

  function genInput() { return byId('ecafGen'); }

  function markDirty(event) {
    if (event && event.target && event.target.id === 'ecafGen') { return; }
    // typed while a save is on its way: if the save's answer redraws this box, what was typed is put back
    if (s.saving && event && event.target && event.target.id) { s.touched[event.target.id] = true; }
    s.dirty = true;
    s.gen++;
    var g = genInput();
    if (g) { g.value = String(s.gen); }
    schedule();
  }

  function schedule() {
    clearTimeout(s.timer);
    if (!s.paused) { s.timer = setTimeout(autosave, s.idleMs); }
  }

  function remember() {
    var el = document.activeElement;
    s.active = el && el.id ? {id: el.id, start: el.selectionStart, end: el.selectionEnd} : null;
  }

  function valueOf(el) {
    return el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value;
  }

  /**
   * The answer of a save has arrived and is about to redraw parts of the page: where the focus and the caret are now
   * (people move on while a save is on its way), and what was typed or chosen since the save began.
   */
  function snapshot() {
    if (!s.saving) { return; }
    remember();
    s.typed = {};
    Object.keys(s.touched).forEach(function (id) {
      var el = byId(id);
      if (el) { s.typed[id] = valueOf(el); }
    });
    s.touched = {};
  }

  /** After the redraw: what was typed during the save, replaced by what the save sent, is put back (and saved next). */
  function putBackTyped() {
    var typed = s.typed;
    s.typed = null;
    if (!typed) { return; }
    var changed = false;
    Object.keys(typed).forEach(function (id) {
      var el = byId(id);
      if (el && valueOf(el) !== typed[id]) {
        if (el.type === 'checkbox' || el.type === 'radio') { el.checked = typed[id]; } else { el.value = typed[id]; }
        changed = true;
      }
    });
    if (changed) { markDirty(); }
  }

  function restore() {
    if (!s.active) { return; }
    var el = byId(s.active.id);
    if (el) {
      if (document.activeElement !== el) { el.focus(); }
      try {
        if (typeof s.active.start === 'number') { el.setSelectionRange(s.active.start, s.active.end); }
      } catch (ignored) { /* not a text input */ }
    }
    s.active = null;
  }

  function autosave() {
    clearTimeout(s.timer);
    if (!s.dirty || s.paused) { return; }
    if (s.saving) { schedule(); return; }
    s.saving = true;
    s.touched = {};
    remember();
    status('Saving\u2026');
    window[s.save]([{name: 'ecafGen', value: s.gen}]);
  }

  /** Before an explicit save (the Save button): shows "Saving…". */
  function beginSave() {
    clearTimeout(s.timer);
    s.saving = true;
    s.touched = {};
    status('Saving\u2026');
    var g = genInput();
    if (g) { g.value = String(s.gen); }
  }

  /** The oncomplete of every save: clean when the saved generation is the latest, then go on where asked. */
  function saved(args, focusSummaryOnError) {
    s.saving = false;
    args = args || {};
    putBackTyped();
    if (args.conflict) {
      s.paused = true;
      clearTimeout(s.timer);
      var panel = byId('conflict');
      if (panel) { panel.focus(); }
      return;
    }
    if (args.held) {
      // the rest was saved; answers the draft stage set aside stay typed and marked, and the page stays unsaved
      // (the leave guard warns) until they are put right; the next change saves again
      var active = s.active;
      restore();
      if (focusSummaryOnError || s.pendingUrl) {
        // an explicit save, or a section link: stay and say why (what was typed would be lost by leaving)
        focusSummary();
      } else if (active) {
        s.active = active;
        setTimeout(restore, 0);
      }
      s.pendingUrl = null;
      return;
    }
    if (args.saved) {
      restore();
      if (args.gen === undefined || Number(args.gen) >= s.gen) { s.dirty = false; }
      if (s.pendingUrl && !s.dirty) {
        var url = s.pendingUrl;
        s.pendingUrl = null;
        window.location.href = url;
        return;
      }
    } else if (!focusSummaryOnError) {
      restore();
    }
    if (focusSummaryOnError && (args.failed || !args.saved)) { focusSummary(); }
    s.pendingUrl = null;
    if (args.saved && s.dirty && !s.paused) { schedule(); }
  }

  /** After a conflict was resolved. */
  function resolved(args) {
    args = args || {};
    s.saving = false;
    if (args.saved) { s.paused = false; s.dirty = false; }
    if (document.querySelector('.error-summary') || document.querySelector('.conflict')) {
      focusSummary();
    } else {
      var heading = byId('sectionHeading');
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    }
  }

  function focusSummary() {
    var summary = document.querySelector('.error-summary') || document.querySelector('.conflict');
    if (summary) {
      if (!summary.hasAttribute('tabindex')) { summary.setAttribute('tabindex', '-1'); }
      summary.focus();
    }
  }

  /** Focuses an element, or the first input inside it (an error-summary link to a group or a radio list). */
  function focusTarget(id) {
    var el = byId(id);
    if (!el) { return false; }
    var focusable = el.matches('input,select,textarea,button') ? el
      : el.querySelector('input:not([type=hidden]),select,textarea,button');
    (focusable || el).focus();
    el.scrollIntoView({block: 'center'});
    return true;
  }

  function rowsChanged(wrapperId, added) {
    markDirty();
    window.ecafRows.changed(wrapperId, added);
  }

  function onClick(event) {
    var link = event.target.closest ? event.target.closest('a') : null;
    if (!link) { return; }
    var href = link.getAttribute('href') || '';
    if (link.closest('.error-summary') && href.charAt(0) === '#') {
      if (focusTarget(decodeURIComponent(href.substring(1)))) { event.preventDefault(); }
      return;
    }
    if (link.hasAttribute('data-ecaf-leave') && s.dirty && !s.paused) {
      event.preventDefault();
      s.pendingUrl = link.href;
      autosave();
    }
  }

  function init(options) {
    // on a phone the list of sections is folded, so the first question comes first
    var sections = byId('sectionNavDetails');
    if (sections && window.matchMedia && window.matchMedia('(max-width: 60rem)').matches) {
      sections.removeAttribute('open');
    }
    s.form = options.form;
    s.save = options.save;
    s.idleMs = options.idleMs || 3000;
    var form = byId(s.form);
    if (form && options.editable) {
      form.addEventListener('input', markDirty);
      form.addEventListener('change', markDirty);
    }
    if (form && options.enter) {
      // Enter in a one-line input saves, as a form's Enter should: without this the browser presses the form's first
      // submit button, which is "Add an entry" of the first group (a blank row appeared instead of a save)
      form.addEventListener('keydown', function (event) {
        var t = event.target;
        if (event.key !== 'Enter' || event.isComposing || !t || !t.matches
            || !t.matches('input:not([type=button]):not([type=submit]):not([type=reset]):not([type=hidden]),select')) {
          return;
        }
        event.preventDefault();
        var button = byId(options.enter);
        if (button) { button.click(); }
      });
    }
    document.addEventListener('click', onClick);
    if (window.jQuery) {
      // PrimeFaces announces a successful answer before it redraws what the answer updates
      jQuery(document).on('pfAjaxSuccess', snapshot);
    }
    window.addEventListener('beforeunload', function (event) {
      if (s.dirty && !s.leaving) {
        event.preventDefault();
        event.returnValue = '';
        return '';
      }
      return undefined;
    });
    if (options.paused) { s.paused = true; }
    if (options.focus) { focusTarget(options.focus); }
  }

  window.ecafForm = {
    init: init, saved: saved, resolved: resolved, beginSave: beginSave, rowsChanged: rowsChanged,
    changed: function () { markDirty(); },
    leave: function () { s.leaving = true; },
    stay: function () { s.leaving = false; },
    isDirty: function () { return s.dirty; },
    isPaused: function () { return s.paused; }
  };
}());
