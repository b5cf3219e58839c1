// Small behaviours without inline scripts (the Content-Security-Policy allows only this file).
document.addEventListener("click", function (event) {
  var target = event.target;
  if (target.matches("[data-print]")) {
    window.print();
  } else if (target.matches("[data-select-on-click]")) {
    target.select();
  }
});
