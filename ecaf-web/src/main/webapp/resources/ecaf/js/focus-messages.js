/*
 * When a page loads, or an AJAX response draws the error summary or a success notice, move the keyboard focus to the
 * error summary, or else to the notice, so that keyboard and screen reader users land on what just happened instead
 * of losing their place when the part of the page they were in is redrawn. Requests that only reveal a conditional
 * question draw neither (they ignore the summary's auto-update), so the focus stays where the user is.
 */
(function () {
    function focusMessages() {
        var target = document.querySelector('.error-summary') || document.querySelector('.notice-success');
        if (target) {
            if (!target.hasAttribute('tabindex')) {
                target.setAttribute('tabindex', '-1');
            }
            target.focus();
        }
    }
    /* A link in the error summary focuses its field and shows the field's label (or its group's legend) above it. */
    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest('.error-summary a[href^="#"]') : null;
        var target = link ? document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1))) : null;
        if (!target || typeof target.focus !== 'function') {
            return;
        }
        event.preventDefault();
        var fieldset = target.closest('fieldset');
        var label = document.querySelector('label[for="' + target.id + '"]');
        var shown = fieldset ? (fieldset.querySelector('legend') || fieldset) : (label || target);
        target.focus({preventScroll: true});
        shown.scrollIntoView();
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function (event, xhr) {
            var text = xhr && xhr.responseText;
            if (text && (text.indexOf('error-summary') >= 0 || text.indexOf('notice-success') >= 0)) {
                focusMessages();
            }
        });
        jQuery(focusMessages);
    }
})();
