// The teacher's dashboard: fills the tables from server-sent events (one JSON snapshot of the
// class per change). Text goes in through textContent only: a student's name is never HTML.
"use strict";
(function () {
  function cell(row, text, numeric) {
    const td = document.createElement("td");
    td.textContent = text;
    if (numeric) td.className = "n";
    row.appendChild(td);
    return td;
  }
  function fill(id, rows) {
    const body = document.querySelector("#" + id + " tbody");
    const fresh = document.createElement("tbody");
    rows.forEach(function (r) { fresh.appendChild(r); });
    body.replaceWith(fresh);
  }
  function percent(right, answered) {
    return answered ? Math.round((100 * right) / answered) + "%" : "";
  }
  let countdown = null;
  function render(s) {
    document.getElementById("status").textContent =
      "Quiz " + s.state + ". " + s.joined + " joined, " + s.finished + " finished.";
    ["start", "pause", "close"].forEach(function (a) {
      const b = document.getElementById(a);
      if (b) b.setAttribute("aria-pressed", String(
        (a === "start" && s.state === "open") || (a === "pause" && s.state === "paused") ||
        (a === "close" && s.state === "closed")));
    });
    fill("students", s.students.map(function (st) {
      const tr = document.createElement("tr");
      cell(tr, st.name);
      const done = s.teacher_paced ? (s.shown ? "answered" : "waiting") : "finished";
      cell(tr, st.on === null ? done : st.on + " of " + s.total_questions);
      cell(tr, String(st.answered), true);
      cell(tr, st.score + "/" + st.max_score, true);
      return tr;
    }));
    fill("questions", s.questions.map(function (q) {
      const tr = document.createElement("tr");
      cell(tr, q.prompt);
      cell(tr, String(q.answered), true);
      cell(tr, String(q.right), true);
      cell(tr, percent(q.right, q.answered), true);
      cell(tr, q.wrong.map(function (w) { return w[0] + " (" + w[1] + ")"; }).join("; "));
      return tr;
    }));
    if (s.teacher_paced) {
      const shown = document.getElementById("shown");
      clearInterval(countdown);
      let left = s.seconds_left;
      const say = function () {
        shown.textContent = s.shown
          ? "Showing question " + s.shown[0] + " of " + s.total_questions + ": " + s.shown[1] +
            (left === null ? "" : left > 0 ? " (" + left + " s left)" : " (answers stopped)")
          : "No question shown yet: press \u201cShow the next question\u201d.";
      };
      say();
      if (left !== null && left > 0) {
        countdown = setInterval(function () { left = Math.max(left - 1, 0); say(); }, 1000);
      }
      document.getElementById("board-note").textContent = s.leaderboard_shown
        ? "Students see the leaderboard." : "The leaderboard is hidden from students.";
      fill("leaderboard", s.leaderboard.map(function (row, i) {
        const tr = document.createElement("tr");
        cell(tr, String(i + 1), true);
        cell(tr, row[0]);
        cell(tr, String(row[1]), true);
        return tr;
      }));
    }
    const most = Math.max(1, Math.max.apply(null, s.distribution));
    fill("distribution", s.distribution.map(function (n, i) {
      const tr = document.createElement("tr");
      cell(tr, i === 9 ? "90-100%" : i * 10 + "-" + (i * 10 + 9) + "%");
      cell(tr, String(n), true);
      const bar = document.createElement("span");
      bar.className = "bar";
      bar.style.width = (100 * n) / most + "%";
      bar.setAttribute("aria-hidden", "true");
      cell(tr, "").appendChild(bar);
      return tr;
    }));
  }
  const events = new EventSource("/teacher/events");
  events.onmessage = function (e) {
    if (e.data) render(JSON.parse(e.data));
  };
})();
