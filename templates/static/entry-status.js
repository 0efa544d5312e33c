// The entry page while an entry waits to be scored: asks the server for the
// entry's status, which answers as soon as it changes (or after 20 seconds),
// and reloads the page then, so the score shows the moment it is written.
// Without JavaScript, the page's refresh tag reloads it every 5 seconds.
(function () {
  "use strict";
  var holder = document.querySelector("[data-status-url]");
  if (!holder || !window.fetch) {
    return;
  }
  var url = holder.getAttribute("data-status-url");
  var status = holder.getAttribute("data-status");
  function reloadSoon() {
    window.setTimeout(function () { window.location.reload(); }, 5000);
  }
  function ask() {
    window.fetch(url + "?wait=" + encodeURIComponent(status), {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("status " + response.status);
      }
      return response.json();
    }).then(function (now) {
      if (now.status !== status) {
        window.location.reload();
      } else {
        ask();
      }
    }).catch(reloadSoon);
  }
  ask();
}());
