// A student's page that follows the teacher: reloads when the quiz's state or the question
// shown changes (/status gives its version; nothing about any answer), and counts a timer down.
"use strict";
(function () {
  const follow = document.getElementById("follow");
  const timer = document.getElementById("timer");
  if (timer) {
    let left = Number(timer.dataset.seconds);
    const tick = setInterval(function () {
      left -= 1;
      timer.textContent = "Time left: " + Math.max(left, 0) + " s";
      if (left <= 0) { clearInterval(tick); location.reload(); }
    }, 1000);
  }
  if (!follow) return;
  setInterval(function () {
    fetch("/status", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (s) { if (s.version !== follow.dataset.version) location.reload(); })
      .catch(function () {});
  }, 2000);
})();
