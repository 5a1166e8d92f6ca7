/* "Trots op mijn initiatief": send each chosen file at once, with a progress bar per file.
   Without this script the form sends the files with the rest of the answers. */
(function () {
  "use strict";
  var form = document.querySelector("form.upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) { return; }
  var input = form.querySelector("input[type=file][name=files]");
  var list = form.querySelector(".upload-progress");
  var batch = form.querySelector("input[name=batch]");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]");
  var busy = 0;
  // The words come from the template, translated there like the rest of the page.
  var text = {
    sending: form.getAttribute("data-text-sending"),
    done: form.getAttribute("data-text-done"),
    failed: form.getAttribute("data-text-failed"),
    wait: form.getAttribute("data-text-wait"),
    network: form.getAttribute("data-text-network")
  };

  function row(file) {
    var item = document.createElement("li");
    var label = document.createElement("span");
    label.textContent = file.name + " — " + text.sending;
    var bar = document.createElement("progress");
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", file.name);
    item.appendChild(label);
    item.appendChild(bar);
    list.appendChild(item);
    list.hidden = false;
    return { item: item, label: label, bar: bar };
  }

  function send(file) {
    var ui = row(file);
    var data = new FormData();
    data.append("file", file);
    data.append("batch", batch.value);
    var request = new XMLHttpRequest();
    request.open("POST", form.getAttribute("data-upload-url"));
    request.setRequestHeader("X-CSRFToken", token.value);
    busy += 1;
    request.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) { ui.bar.value = Math.round((event.loaded / event.total) * 100); }
    });
    request.addEventListener("loadend", function () {
      busy -= 1;
      var answer = {};
      try { answer = JSON.parse(request.responseText); } catch (error) { answer = {}; }
      if (request.status === 200 && answer.ok) {
        ui.bar.value = 100;
        ui.label.textContent = answer.name + " — " + text.done;
        ui.item.className = "upload-progress__done";
      } else {
        ui.label.textContent = answer.message || (file.name + " — " + text.failed + ". " + text.network);
        ui.item.className = "upload-progress__failed";
        ui.bar.remove();
      }
    });
    request.send(data);
  }

  input.addEventListener("change", function () {
    Array.prototype.forEach.call(input.files, send);
    // The files are on their way already; the form itself must not send them a second time.
    input.value = "";
  });

  form.addEventListener("submit", function (event) {
    if (busy > 0) {
      event.preventDefault();
      window.alert(text.wait);
    }
  });
})();
