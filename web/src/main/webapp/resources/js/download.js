// A single-use download link's page: the button's post answers with the file itself, so the browser
// saves it and stays on this page. Once the form is sent, the page says the link is spent and no
// longer offers a button that would only be refused.
(function () {
  var form = document.getElementById('download-form');
  var spent = document.getElementById('download-spent');
  if (!form || !spent) {
    return;
  }
  form.addEventListener('submit', function () {
    window.setTimeout(function () {
      form.style.display = 'none';
      var once = document.getElementById('download-once');
      if (once) {
        once.style.display = 'none';
      }
      spent.hidden = false;
      spent.style.display = '';
    }, 0);
  });
})();
