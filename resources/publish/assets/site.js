/* Monitoring Matrix published site: filtering the commitments table. The site reads
   the same without it; this only adds the filter form (hidden when scripts are off). */
(function () {
  "use strict";
  function setup(form) {
    var box = document.getElementById(form.getAttribute("data-table"));
    if (!box) { return; }
    var rows = Array.prototype.slice.call(box.querySelectorAll("tbody tr"));
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    var shown = form.querySelector("output.shown");
    function apply() {
      var n = 0;
      rows.forEach(function (row) {
        var ok = selects.every(function (sel) {
          var want = sel.value;
          if (!want) { return true; }
          var key = sel.getAttribute("data-filter");
          var have = row.getAttribute("data-" + key) || "";
          var sep = key === "themes" ? "\n" : " ";
          return have.split(sep).indexOf(want) >= 0;
        });
        row.hidden = !ok;
        if (ok) { n += 1; }
      });
      if (shown) {
        shown.textContent = shown.getAttribute("data-template")
          .replace("{n}", String(n)).replace("{total}", String(rows.length));
      }
    }
    selects.forEach(function (sel) { sel.addEventListener("change", apply); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    form.hidden = false;
    apply();
  }
  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form.filters"), setup);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
