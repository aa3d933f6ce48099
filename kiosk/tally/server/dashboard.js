/* The officials' dashboard: polls /dashboard/status (same origin, session cookie). */
(function () {
  "use strict";
  var INTAKE = { open: "intake open", closed: "intake closed", counted: "intake closed, counted" };
  function $(id) { return document.getElementById(id); }
  function row(cells, numeric) {
    var tr = document.createElement("tr");
    cells.forEach(function (text, i) {
      var td = document.createElement("td");
      if (numeric && numeric.indexOf(i) >= 0) td.className = "num";
      td.textContent = text === null || text === undefined ? "\u2014" : String(text);
      tr.appendChild(td);
    });
    return tr;
  }
  function fill(id, rows, empty, numeric) {
    var body = $(id).tBodies[0];
    while (body.firstChild) body.removeChild(body.firstChild);
    if (!rows.length) {
      var none = row([empty]);
      none.firstChild.colSpan = $(id).tHead.rows[0].cells.length;
      body.appendChild(none);
    }
    rows.forEach(function (cells) { body.appendChild(row(cells, numeric)); });
  }
  function time(iso) { return iso ? iso.replace("T", " ").replace(/(\.\d+)?(\+00:00|Z)$/, "") : null; }
  function render(view) {
    $("title").textContent = "Tally dashboard: " + view.election;
    var summary = $("summary");
    summary.setAttribute("data-intake", view.intake);
    summary.textContent = (INTAKE[view.intake] || view.intake) + " \u00b7 " + view.stations.length +
      " station(s) \u00b7 " + view.records + " records received \u00b7 " + view.refused_total +
      " refused batch(es) \u00b7 updated " + new Date().toLocaleTimeString();
    fill("stations", view.stations.map(function (s) {
      return [s.label, s.short_id, s.records, s.files, s.last_seq, time(s.last_sync),
              s.gaps.length ? s.gaps.map(function (g) { return g[0] + "\u2013" + g[1]; }).join(", ") : "none"];
    }), "No station has delivered records yet.", [2, 3, 4]);
    fill("refused", view.refused.map(function (r) { return [time(r.at), r.station, r.file, r.reason]; }),
         "None.");
    fill("conflicts", view.conflicts.map(function (c) { return [c.station, c.file, c.reason]; }), "None.");
    fill("forks", (view.forks || []).map(function (f) {
      return [f.station, f.fork_seq, f.resolution === "open" ? "open: call the election office" : f.resolution,
              f.files.join("; ")];
    }), "None.", [1]);
  }
  function poll() {
    fetch("/dashboard/status", { credentials: "same-origin", cache: "no-store" })
      .then(function (answer) {
        if (answer.status === 401) { window.location.href = "/dashboard/login"; return null; }
        return answer.json();
      })
      .then(function (view) { if (view) render(view); })
      .catch(function () { $("summary").textContent = "The tally server does not answer; retrying…"; })
      .then(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
