// Shows how far a large file upload has gone. Forms marked
// data-upload-progress are sent with XMLHttpRequest so the browser can
// report progress; the page they lead to then replaces this one, as after
// a normal form post. Without this script (or if anything goes wrong
// before sending), the form posts normally.
(function () {
  "use strict";
  if (!window.FormData || !window.XMLHttpRequest) {
    return;
  }
  function megabytes(bytes) {
    return (bytes / 1048576).toFixed(1) + " MB";
  }
  function start(form, event) {
    var box = form.querySelector("[data-progress]");
    if (!box) {
      return;
    }
    var bar = box.querySelector("progress");
    var status = box.querySelector("[data-progress-status]");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.max = e.total;
        bar.value = e.loaded;
        status.textContent = "Sent " + megabytes(e.loaded) + " of " + megabytes(e.total) + ".";
      }
    });
    xhr.upload.addEventListener("load", function () {
      bar.removeAttribute("value");
      status.textContent = "Sent. Plaza is checking the file; this can take a minute for a large file.";
    });
    xhr.addEventListener("load", function () {
      if (xhr.responseURL && xhr.responseURL !== form.action) {
        window.location.assign(xhr.responseURL);
        return;
      }
      document.open();
      document.write(xhr.responseText);
      document.close();
    });
    xhr.addEventListener("error", function () {
      status.textContent = "The upload stopped. Check your connection and send the form again.";
      Array.prototype.forEach.call(form.querySelectorAll("button"), function (b) { b.disabled = false; });
    });
    event.preventDefault();
    box.hidden = false;
    Array.prototype.forEach.call(form.querySelectorAll("button"), function (b) { b.disabled = true; });
    xhr.send(new FormData(form));
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form && form.hasAttribute && form.hasAttribute("data-upload-progress")) {
      start(form, event);
    }
  });
})();
