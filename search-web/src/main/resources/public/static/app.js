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
  // "Link to these results" copies the address, where the browser lets a page write to the clipboard.
  document.querySelectorAll("a.permalink").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (!navigator.clipboard) { return; }
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(function () { link.textContent = "Link copied"; });
    });
  });
  // On a narrow screen the filters start folded away above the results.
  var filters = document.getElementById("filters");
  if (filters && window.matchMedia("(max-width: 50rem)").matches) {
    filters.removeAttribute("open");
  }
})();
