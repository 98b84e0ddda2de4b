// A table or chart wider than the column scrolls sideways inside its box; mark the boxes
// that do, so that the stylesheet shows a hint above them (ascc.css: .ascc-overflows).
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".table-wrapper, .ascc-chart").forEach(function (box) {
      box.classList.toggle("ascc-overflows", box.scrollWidth > box.clientWidth + 1);
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
  window.addEventListener("load", mark);
  window.addEventListener("resize", mark);
})();
