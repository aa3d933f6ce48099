/* The officials' dashboard. Live through server-sent events (/dashboard/events, same origin,
   session cookie); when the browser has no EventSource or the stream fails before it ever
   delivered, it polls /dashboard/status every 2 s instead. Swedish by default, English on a
   switch (remembered in localStorage; ?lang=en works too). DASHBOARD_TEXTS is put in front of
   this script by the server (kiosk/tally/server/dashboard_texts.json). */
(function () {
  "use strict";
  var TEXTS = window.DASHBOARD_TEXTS || { sv: {} };
  var DEFAULT = "sv";
  var POLL_MS = 2000;
  var lang = chosenLanguage();
  var lastView = null;
  var updates = "";

  function $(id) { return document.getElementById(id); }
  function t(key) {
    var text = (TEXTS[lang] || {})[key];
    return text === undefined ? (TEXTS[DEFAULT][key] || key) : text;
  }
  function fmt(key, values) {
    return t(key).replace(/\{(\w+)\}/g, function (_m, name) { return String(values[name]); });
  }
  function chosenLanguage() {
    var asked = new URLSearchParams(window.location.search).get("lang");
    var kept = null;
    try { kept = window.localStorage.getItem("kiosk-dashboard-lang"); } catch (e) { kept = null; }
    var wanted = asked || kept || DEFAULT;
    return Object.prototype.hasOwnProperty.call(TEXTS, wanted) ? wanted : DEFAULT;
  }
  function setLanguage(code) {
    lang = code;
    try { window.localStorage.setItem("kiosk-dashboard-lang", code); } catch (e) { /* private mode */ }
    translatePage();
    if (lastView) render(lastView);
  }
  function translatePage() {
    document.documentElement.lang = lang;
    document.title = t("title");
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (el) {
      el.textContent = t(el.getAttribute("data-t"));
    });
    var nav = $("languages");
    while (nav.firstChild) nav.removeChild(nav.firstChild);
    Object.keys(TEXTS).forEach(function (code) {
      var button = document.createElement("button");
      button.type = "button";
      button.lang = code;
      button.setAttribute("data-lang", code);
      button.setAttribute("aria-pressed", code === lang ? "true" : "false");
      button.textContent = TEXTS[code].language_name || code;
      button.addEventListener("click", function () { setLanguage(code); });
      nav.appendChild(button);
    });
  }
  function row(cells, numeric, classes) {
    var tr = document.createElement("tr");
    cells.forEach(function (text, i) {
      var td = document.createElement("td");
      var names = [];
      if (numeric && numeric.indexOf(i) >= 0) names.push("num");
      if (classes && classes[i]) names.push(classes[i]);
      td.className = names.join(" ");
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
    rows.forEach(function (r) { body.appendChild(r.cells ? row(r.cells, numeric, r.classes) : row(r, numeric)); });
  }
  function capital(text) { return text.charAt(0).toUpperCase() + text.slice(1); }
  function time(iso) { return iso ? iso.replace("T", " ").replace(/(\.\d+)?(\+00:00|Z)$/, "") : null; }
  function render(view) {
    lastView = view;
    $("title").textContent = t("title") + ": " + view.election;
    var summary = $("summary");
    summary.setAttribute("data-intake", view.intake);
    summary.setAttribute("data-updates", updates);
    summary.textContent = capital(fmt("summary", {
      intake: t("intake_" + view.intake), synced: view.synced, stations: view.stations.length,
      records: view.records, refused: view.refused_total,
      time: new Date().toLocaleTimeString(lang === "sv" ? "sv-SE" : lang)
    })) + " (" + t(updates === "live" ? "live" : "polling") + ")";
    fill("stations", view.stations.map(function (s) {
      return {
        cells: [s.label, s.short_id, s.records, s.files, s.synced ? s.last_seq : null,
                s.synced ? time(s.last_sync) : t("never_synced"),
                s.gaps.length ? s.gaps.map(function (g) { return g[0] + "\u2013" + g[1]; }).join(", ") : t("none_missing")],
        classes: s.synced ? null : { 5: "never" }
      };
    }), t("no_stations"), [2, 3, 4]);
    fill("refused", view.refused.map(function (r) { return [time(r.at), r.station, r.file, r.reason]; }),
         t("none"));
    fill("conflicts", view.conflicts.map(function (c) { return [c.station, c.file, c.reason]; }), t("none"));
    fill("forks", (view.forks || []).map(function (f) {
      return [f.station, f.fork_seq, f.resolution === "open" ? t("fork_open") : f.resolution,
              f.files.join("; ")];
    }), t("none"), [1]);
  }
  function offline() { $("summary").textContent = t("no_answer"); }

  function poll() {
    updates = "polling";
    fetch("/dashboard/status", { credentials: "same-origin", cache: "no-store" })
      .then(function (answer) {
        if (answer.status === 401) { window.location.href = "/dashboard/login"; return null; }
        return answer.json();
      })
      .then(function (view) { if (view) render(view); })
      .catch(offline)
      .then(function () { setTimeout(poll, POLL_MS); });
  }
  function listen() {
    if (typeof window.EventSource !== "function") { poll(); return; }
    var delivered = false;
    var stale = null;
    var source = new window.EventSource("/dashboard/events");
    source.onmessage = function (event) {
      delivered = true;
      clearTimeout(stale);
      updates = "live";
      render(JSON.parse(event.data));
    };
    source.onerror = function () {
      // The server ends each stream after a while and the browser reconnects by itself. A
      // stream that never delivered (refused, blocked by a proxy, 401): poll instead.
      if (!delivered || source.readyState === window.EventSource.CLOSED) {
        source.close();
        poll();
      } else {  // reconnecting: say so only if it takes longer than a moment
        clearTimeout(stale);
        stale = setTimeout(offline, 5000);
      }
    };
  }
  translatePage();
  listen();
})();
