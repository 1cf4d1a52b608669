// Small conveniences; every page works without them.
(function () {
  "use strict";
  // "/" puts the cursor in the search box, as on most search sites.
  document.addEventListener("keydown", function (event) {
    var box = document.getElementById("q");
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (event.key === "/" && box && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });
  // Changing the sort order runs the search again.
  document.querySelectorAll("select.autosubmit").forEach(function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
  // On a narrow screen the filters start folded away above the results.
  var filters = document.getElementById("filters");
  if (filters && window.matchMedia("(max-width: 50rem)").matches) {
    filters.removeAttribute("open");
  }
})();
