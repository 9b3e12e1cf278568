/*
 * After an AJAX request (and after a full page load), move the keyboard focus to the error summary, or else to the
 * success notice, so that keyboard and screen reader users land on what just happened instead of losing their place
 * when the part of the page they were in is redrawn.
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
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', focusMessages);
        jQuery(focusMessages);
    }
})();
