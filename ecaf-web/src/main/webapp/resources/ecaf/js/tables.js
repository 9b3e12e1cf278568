/*
 * Tables that reflow on phones: every data table gets the class "reflow" and each cell the name of its column
 * (data-label), which the stylesheet shows before the cell when the screen is narrow. Runs on load and after every
 * AJAX update.
 */
(function () {
  'use strict';
  function label() {
    document.querySelectorAll('main table').forEach(function (table) {
      var head = table.tHead;
      if (!head || !head.rows.length) { return; }
      var names = Array.prototype.map.call(head.rows[head.rows.length - 1].cells, function (c) {
        return (c.textContent || '').trim();
      });
      table.classList.add('reflow');
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
          Array.prototype.forEach.call(row.cells, function (cell, i) {
            if (names[i] && !cell.hasAttribute('data-label') && !cell.hasAttribute('colspan')) {
              cell.setAttribute('data-label', names[i]);
            }
          });
        });
      });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', label); } else { label(); }
  if (window.jQuery) { jQuery(document).on('pfAjaxComplete', label); }
  window.ecafTables = {label: label};
}());
