// The main menu on a narrow screen: folded behind the "Menu" button, which opens and closes it.
// Without this script the menu simply shows in full (the folding rules apply only under html.js).
(function () {
  document.documentElement.className += ' js';
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('#nav-toggle') : null;
    if (!button) {
      return;
    }
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    document.getElementById('main-nav').classList.toggle('open', open);
  });
})();
