/*
 * The import page: one upload per press. A second press or Enter while the file is sent does nothing (the server
 * would answer with the import that runs anyway), and a file larger than the page takes is not sent at all.
 */
(function () {
  'use strict';
  var sending = false;
  // on the document: the form is drawn again when an import ends
  document.addEventListener('submit', function (event) {
    if (!event.target || event.target.id !== 'importForm') { return; }
    var input = document.getElementById('importForm:file');
    var problem = document.getElementById('clientProblem');
    var max = input ? Number(input.getAttribute('data-max-bytes')) : 0;
    if (sending) { event.preventDefault(); return; }
    if (input && input.files && input.files.length === 1 && max > 0 && input.files[0].size > max) {
      event.preventDefault();
      problem.textContent = 'The file is larger than ' + Math.round(max / 1048576) + ' MB, the most this page takes'
        + ' (it has ' + input.files[0].size.toLocaleString('en-GB') + ' bytes). Split it, or import it with the import'
        + ' command (docs/matching.md).';
      problem.hidden = false;
      input.focus();
      return;
    }
    sending = true;
    var button = document.getElementById('importForm:import');
    if (button) { button.setAttribute('aria-disabled', 'true'); button.classList.add('ui-state-disabled'); }
  });
}());
