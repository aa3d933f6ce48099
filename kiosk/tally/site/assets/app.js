/* Röstkiosk results site: renders data/record.js in the chosen language, looks up a tracking
 * code in its bulletin shard (loaded from this folder; the code is sent nowhere) and re-counts
 * the published ballots with rules.js. No network, no external files. */
(function () {
  "use strict";
  var STRINGS = window.KIOSK_STRINGS, RECORD = window.KIOSK_RECORD, RULES = window.KioskRules;
  var LOCALES = { "sv": "sv", "sv-simple": "sv", "fi": "fi", "fit": "fi", "se": "sv",
                  "smj": "sv", "sma": "sv", "en": "en-GB", "ar": "ar-u-nu-latn" };
  var CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  var STATUS = { c: "counted", d: "duplicate", n: "no-outer-envelope", u: "outer-unopenable",
                 i: "not-issued", f: "fork" };
  var params = new URLSearchParams(window.location.search);
  var state = { lang: null, lookup: null, recount: null };
  window.KIOSK_SHARDS = {};
  window.KIOSK_SHARD = function (prefix, entries) { window.KIOSK_SHARDS[prefix] = entries; };

  function $(id) { return document.getElementById(id); }
  function t(key, values) {
    var text = (STRINGS[state.lang] || {})[key];
    if (text === undefined) text = STRINGS.en[key];
    return text.replace(/\{(\w+)\}/g, function (_, name) {
      return values && name in values ? values[name] : "{" + name + "}";
    });
  }
  function num(n) { return new Intl.NumberFormat(LOCALES[state.lang] || "en-GB").format(n); }
  function money(n) { return num(n) + "\u00a0" + RECORD.election.currency; }
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function title(id) {
    var p = RECORD.proposals.filter(function (q) { return q.id === id; })[0];
    return p ? p.titles[state.lang] || p.titles[RECORD.election.default_language] : id;
  }
  function loadScript(src) {
    return new Promise(function (resolve) {
      var s = el("script", { src: src });
      s.onload = function () { resolve(true); };
      s.onerror = function () { resolve(false); };
      document.body.appendChild(s);
    });
  }
  function cell(text, cls) { return el("td", cls ? { "class": cls } : {}, [text]); }
  function headCell(text, cls) { return el("th", cls ? { scope: "col", "class": cls } : { scope: "col" }, [text]); }
  function shown(n) {
    return n === null ? t("suppressed", { n: RECORD.turnout.threshold }) : num(n);
  }

  // ---- language ----
  function chooseLanguage() {
    var langs = RECORD.election.languages, asked = params.get("lang");
    return langs.indexOf(asked) >= 0 ? asked : RECORD.election.default_language;
  }
  function renderLanguagePicker() {
    var select = clear($("language"));
    RECORD.election.languages.forEach(function (lang) {
      var option = el("option", { value: lang, lang: lang }, [(STRINGS[lang] || STRINGS.en)._name]);
      if (lang === state.lang) option.selected = true;
      select.appendChild(option);
    });
  }

  // ---- results (a package with pots: one pot at a time, chosen above the table) ----
  function pots() { return RECORD.results.pots || []; }
  function R() {
    // the results as if the election held only the chosen pot (kiosk/tally/count_pots.py)
    var r = RECORD.results, e = pots()[state.pot || 0];
    if (!e) return r;
    var view = {};
    Object.keys(r).forEach(function (k) { view[k] = r[k]; });
    // the pot's own rule options (absent: none), never the package's
    ["ballot_kind", "rule", "budget", "projects", "funded", "spent", "options"].forEach(function (k) { view[k] = e[k]; });
    view.valid = e.ballots;
    view.pot = e.id;
    return view;
  }
  function renderPotPicker() {
    var list = pots(), box = $("pot-choice");
    box.hidden = !list.length;
    if (!list.length) return;
    $("pot-label").textContent = t("pot_label");
    var select = clear($("pot"));
    list.forEach(function (e, i) {
      var name = e.names[state.lang] || e.names[RECORD.election.default_language] || e.id;
      var option = el("option", { value: String(i) }, [name]);
      if (i === (state.pot || 0)) option.selected = true;
      select.appendChild(option);
    });
  }
  function renderResults() {
    renderPotPicker();
    var r = R(), points = r.ballot_kind === "cumulative";
    $("budget-used").textContent = t("budget_used", { spent: money(r.spent), budget: money(r.budget) }) +
      " " + t("ballots_summary", { valid: num(r.valid), opened: num(r.opened), records: num(r.records) });
    var table = clear($("results"));
    table.appendChild(el("caption", {}, [t("results_caption")]));
    table.appendChild(el("thead", {}, [el("tr", {}, [headCell(t("proposal")), headCell(t("cost"), "num"),
      headCell(points ? t("points") : t("votes"), "num"), headCell(t("result"), "result-col")])]));
    var body = el("tbody");
    sortedProjects().forEach(function (p) {
      var mark = p.funded ? "\u2713 " + t("funded") : "\u2715 " + t("not_funded");
      // on a phone the result column is hidden and the result shows under the title instead
      body.appendChild(el("tr", p.funded ? { "class": "funded" } : {}, [
        el("td", {}, [title(p.id), el("span", { "class": "mark inline-mark" }, [mark])]),
        cell(money(p.cost), "num"), cell(num(p.score), "num"),
        el("td", { "class": "result-col" }, [el("span", { "class": "mark" }, [mark])])]));
    });
    table.appendChild(body);
    renderChart(points);
  }
  function sortedProjects() {
    return R().projects.slice().sort(function (a, b) {
      return (b.funded - a.funded) || (b.score - a.score) || (a.cost - b.cost);
    });
  }
  function renderChart(points) {
    // drawn at the width it is shown, so its text stays as large as the page's
    var projects = sortedProjects(), rtl = state.lang === "ar", row = 46, pad = 8;
    var W = Math.max(280, Math.min(900, $("chart").clientWidth || 800));
    var max = Math.max.apply(null, projects.map(function (p) { return p.score; }).concat([1]));
    var room = W - Math.min(140, W / 4);  // the longest bar leaves room for its number
    var ns = "http://www.w3.org/2000/svg";
    function svg(tag, attrs, text) {
      var node = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined) node.textContent = text;
      return node;
    }
    var root = svg("svg", { viewBox: "0 0 " + W + " " + (projects.length * row + pad), role: "img",
                            "aria-labelledby": "chart-heading chart-desc" });
    root.appendChild(svg("desc", { id: "chart-desc" }, t("chart_desc")));
    projects.forEach(function (p, i) {
      var y = pad + i * row, width = Math.max(2, room * p.score / max);
      // "start" is the right-hand edge of right-to-left text: labels grow away from the edge
      var x = rtl ? W - width : 0, dir = rtl ? "rtl" : "ltr";
      root.appendChild(svg("text", { x: rtl ? W : 0, y: y + 13, "text-anchor": "start", direction: dir },
        (p.funded ? "\u2713 " : "\u2715 ") + title(p.id) +
        (W < 600 ? "" : " \u2014 " + (p.funded ? t("funded") : t("not_funded")))));
      root.appendChild(svg("rect", { x: x + (rtl ? -1 : 1), y: y + 19, width: width, height: 18,
        "class": p.funded ? "bar-funded" : "bar-not" }));
      root.appendChild(svg("text", { x: rtl ? W - width - 8 : width + 8, y: y + 33, "text-anchor": "start", direction: dir },
        num(p.score)));
    });
    clear($("chart")).appendChild(root);
  }

  // ---- the package's signed rule options, in words ----
  function renderOptions(how, o) {
    if (!o) return;
    var items = [];
    if (o.min_score != null) items.push(t("option_min_score", { min: num(o.min_score) }));
    if (o.min_voter_share_percent != null) items.push(t("option_voter_share", { percent: num(o.min_voter_share_percent) }));
    if (o.eligibility_k != null) items.push(t("option_eligibility", { k: num(o.eligibility_k) }));
    (o.incompatible || []).forEach(function (g) { items.push(t("option_incompatible", { titles: g.map(title).join(", ") })); });
    how.appendChild(el("p", {}, [t("options_intro")]));
    how.appendChild(el("ul", {}, items.map(function (text) { return el("li", {}, [text]); })));
  }

  // ---- how the rule decided (from the re-count's own steps) ----
  function renderHow() {
    var how = clear($("how")), r = R(), run = state.recount;
    var rule = r.rule, greedyRule = rule.indexOf("greedy") === 0;
    how.appendChild(el("p", {}, [t(greedyRule ? (rule === "greedy-no-skip" ? "rule_greedy_no_skip" : "rule_greedy") : "rule_mes",
                                  { budget: money(r.budget) })]));
    how.appendChild(el("p", { "class": "note" }, [t("tie_break", { seed: r.seed })]));
    renderOptions(how, r.options);
    if (!run) { how.appendChild(el("p", {}, [t("recount_running")])); return; }
    if (run.error) return;
    var list = el("ol");
    (run.asideSteps || []).forEach(function (s) {
      list.appendChild(el("li", {}, [t("step_" + s.decision.replace(/-/g, "_"), {
        title: title(s.id), score: num(s.score), cost: money(s.cost),
        min: num(r.options.min_score || 0), percent: num(r.options.min_voter_share_percent || 0),
        k: num(r.options.eligibility_k || 0) })]));
    });
    if (run.steps) {
      run.steps.forEach(function (s) {
        var v = { title: title(s.id), score: num(s.score), cost: money(s.cost), left: money(s.before), after: money(s.after),
                  rival: s.rival ? title(s.rival) : "" };
        list.appendChild(el("li", {}, [t("step_" + s.decision.replace(/-/g, "_"), v)]));
      });
      how.appendChild(list);
      return;
    }
    if (run.perVoter !== null && run.perVoter !== undefined) {
      how.appendChild(el("p", {}, [t("mes_per_voter", { amount: money(Math.round(run.perVoter * 100) / 100) })]));
    }
    run.rounds.forEach(function (round, i) {
      list.appendChild(el("li", {}, [round.free ? t("mes_free", { title: title(round.id) }) : t("mes_round", {
        n: num(i + 1), title: title(round.id), cost: money(round.cost),
        price: money(Math.round(round.pricePerPoint * 100) / 100), payers: num(round.payers),
        all: num(round.paidAll) })]));
    });
    how.appendChild(list);
    if (run.runs) {
      how.appendChild(el("p", {}, [t("mes_completion", { runs: num(run.runs), start: money(run.startPerVoter), amount: money(run.perVoter) })]));
    }
    if (run.comparison) {
      var c = run.comparison;
      how.appendChild(el("p", {}, [t("mes_comparison", { greedy: num(c.preferGreedy), mes: num(c.preferEqualShares),
        chosen: t(c.chosen === "greedy" ? "chosen_greedy" : "chosen_mes") })]));
    }
  }

  // ---- turnout, small cells suppressed by the generator ----
  function renderTurnout() {
    var tu = RECORD.turnout, box = clear($("turnout"));
    $("turnout-note").textContent = t("suppressed_note", { max: tu.threshold - 1 });
    function table(captionKey, headers, rows) {
      var tb = el("table", {}, [el("caption", {}, [t(captionKey)]),
        el("thead", {}, [el("tr", {}, headers.map(function (h, i) { return headCell(h, i ? "num" : null); }))])]);
      var body = el("tbody");
      rows.forEach(function (r) {
        body.appendChild(el("tr", {}, r.map(function (v, i) { return i ? cell(v, "num") : el("th", { scope: "row" }, [v]); })));
      });
      tb.appendChild(body);
      box.appendChild(el("div", { "class": "scroll" }, [tb]));
    }
    table("by_station", [t("station"), t("ballots"), t("assisted")], tu.stations.map(function (s) {
      return [s.label, shown(s.opened), shown(s.assisted)];
    }));
    var channels = [[t("touchscreen"), shown(tu.touchscreen)]];
    if (tu.together === undefined) {
      channels.push([t("paper"), t("no_paper")]);
    } else {
      channels.push([t("paper"), shown(tu.paper)], [t("channels_together"), shown(tu.together)]);
    }
    table("by_channel", [t("channel"), t("ballots")], channels);
    table("by_language", [t("language_col"), t("ballots")], Object.keys(tu.languages).map(function (lang) {
      return [(STRINGS[lang] || { _name: lang })._name, shown(tu.languages[lang])];
    }).concat([[t("assisted"), shown(tu.assisted)]]));
  }

  // ---- hashes ----
  function renderHashes() {
    $("hashes-intro").textContent = t("hashes_intro");
    $("verify-command").textContent = "kiosk tally verify <" + t("record_folder") + "> --authority " +
      RECORD.authority + "\nsha256sum -c SHA256SUMS";
    var table = clear($("hashes"));
    table.appendChild(el("caption", {}, [t("hashes_caption")]));
    table.appendChild(el("thead", {}, [el("tr", {}, [headCell(t("file")), headCell("SHA-256")])]));
    var body = el("tbody");
    Object.keys(RECORD.hashes).forEach(function (name) {
      body.appendChild(el("tr", {}, [el("th", { scope: "row" }, [name]), cell(RECORD.hashes[name])]));
    });
    table.appendChild(body);
  }

  // ---- tracking-code lookup ----
  function normalize(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var ch = text[i].toUpperCase();
      if (" -_.".indexOf(ch) >= 0) continue;
      if (ch === "O") ch = "0";
      if (ch === "I" || ch === "L") ch = "1";
      if (CROCKFORD.indexOf(ch) < 0) return null;
      out += ch;
    }
    return out.length === 16 ? out : null;
  }
  function grouped(code) { return code.match(/.{4}/g).join("-"); }
  function lookup(text) {
    var code = normalize(text);
    if (code === null) { state.lookup = { status: "malformed", text: text }; renderLookup(); return; }
    var prefix = code.slice(0, 2);
    var known = window.KIOSK_SHARDS[prefix];
    var ready = known !== undefined ? Promise.resolve(true) : loadScript("bulletin/" + prefix + ".js");
    ready.then(function () {
      var entries = window.KIOSK_SHARDS[prefix] || "", rest = code.slice(2), found = null;
      var at = (" " + entries + " ").indexOf(" " + rest);
      if (at >= 0) found = STATUS[entries.charAt(at + rest.length)];
      state.lookup = { code: grouped(code), status: found === null ? "not-found" : found };
      renderLookup();
    });
  }
  function renderLookup() {
    var box = $("lookup-result"), l = state.lookup;
    if (!l) { box.textContent = ""; box.setAttribute("data-status", ""); return; }
    var keys = { "counted": "lookup_counted", "duplicate": "lookup_duplicate", "no-outer-envelope": "lookup_no_outer",
                 "outer-unopenable": "lookup_unopenable", "not-issued": "lookup_not_issued",
                 "fork": "lookup_fork",
                 "not-found": "lookup_not_found", "malformed": "lookup_malformed" };
    box.setAttribute("data-status", l.status === "counted" || l.status === "not-found" ? l.status
      : l.status === "malformed" ? "not-found" : "set-aside");
    if (l.status !== "counted" && l.status !== "not-found" && l.status !== "malformed") box.setAttribute("data-reason", l.status);
    box.textContent = t(keys[l.status], { code: l.code || "" });
  }

  // ---- re-count ----
  // In slices (rules.js runRuleAsync): the page stays responsive while a large election is
  // re-counted, with a progress line; a newer re-count (the button) makes an older one moot.
  var SLICE_MS = 40;
  function sameKeys(a, b) {
    var ka = Object.keys(a || {}).sort(), kb = Object.keys(b || {}).sort();
    return JSON.stringify(ka) === JSON.stringify(kb) &&
      ka.every(function (k) { return a[k] === b[k]; });
  }
  function recount() {
    var run = state.recountRun = (state.recountRun || 0) + 1;
    var r = R(), valid = null;  // the chosen pot's results (the whole election without pots)
    state.recount = null;
    state.recountProgress = undefined;
    $("recount").setAttribute("data-status", "");
    $("recount").setAttribute("aria-busy", "true");  // a screen reader waits for the outcome
    $("recount").textContent = t("recount_running");
    var ready = window.KIOSK_BALLOTS ? Promise.resolve(true) : loadScript("data/ballots.js");
    ready.then(function (ok) {
      if (!ok || !window.KIOSK_BALLOTS) throw new Error("data/ballots.js");
      return ballotGroups(window.KIOSK_BALLOTS.groups, run, r.pot);
    }).then(function (converted) {
      if (converted === null) return null;
      valid = r.pot === undefined ? window.KIOSK_BALLOTS.valid : converted.valid;
      var projects = r.projects.map(function (p) { return { id: p.id, cost: p.cost }; });
      return RULES.runRuleAsync(r.rule, projects, r.budget, converted.groups, r.seed, null, function (done) {
        var percent = Math.floor(done * 100);
        if (run === state.recountRun && percent !== state.recountProgress) {
          state.recountProgress = percent;
          $("recount").textContent = t("recount_progress", { percent: num(state.recountProgress) });
        }
      }, SLICE_MS, r.options || null);
    }).then(function (outcome) {
      if (outcome && run === state.recountRun) showRecount(r, outcome, valid, null);
    }, function (error) {
      if (run === state.recountRun) showRecount(r, null, valid, error);
    });
  }
  // data/ballots.js's groups as the rules take them, converted a slice at a time; with pots,
  // each ballot's part for the chosen pot, if it votes in it
  function ballotGroups(raw, run, pot) {
    return new Promise(function (resolve, reject) {
      var out = [], at = 0, valid = 0;
      function work() {
        if (run !== state.recountRun) { resolve(null); return; }
        try {
          var started = Date.now();
          for (; at < raw.length && Date.now() - started < SLICE_MS; at++) {
            var g = raw[at], choices = pot === undefined ? g[0] : g[0][pot], w = {};
            if (choices === undefined) continue;
            if (Array.isArray(choices)) choices.forEach(function (id) { w[id] = 1; });
            else Object.keys(choices).forEach(function (id) { if (choices[id] > 0) w[id] = choices[id]; });
            out.push({ w: w, n: g[1] });
            valid += g[1];
          }
        } catch (error) { reject(error); return; }
        if (at >= raw.length) resolve({ groups: out, valid: valid }); else setTimeout(work, 0);
      }
      setTimeout(work, 0);
    });
  }
  function showRecount(r, run, valid, error) {
    var box = $("recount");
    box.setAttribute("aria-busy", "false");
    if (error) {
      state.recount = { error: String(error) };
      box.setAttribute("data-status", "mismatch");
      box.textContent = t("recount_failed", { error: String(error.message || error) });
    } else {
      var same = JSON.stringify(run.funded) === JSON.stringify(r.funded) && run.spent === r.spent &&
        valid === r.valid &&
        (!r.options || (sameKeys(run.setAside, r.options.set_aside) &&
                        sameKeys(run.skipped, r.options.incompatible_skipped))) &&
        r.projects.every(function (p) { return run.scores[p.id] === p.score; });
      state.recount = run;
      box.setAttribute("data-status", same ? "match" : "mismatch");
      box.textContent = same ? t("recount_match", { n: num(r.valid) })
        : t("recount_mismatch", { funded: run.funded.map(title).join(", ") || "\u2014" });
    }
    renderHow();
  }

  // ---- the page ----
  function render() {
    var html = document.documentElement;
    html.lang = state.lang;
    html.dir = state.lang === "ar" ? "rtl" : "ltr";
    var electionTitle = RECORD.election.titles[state.lang] || RECORD.election.id;
    document.title = t("site_title") + " \u2014 " + electionTitle;
    $("title").textContent = electionTitle + ": " + t("site_title");
    $("skip-link").textContent = t("skip");
    $("language-label").textContent = t("language");
    ["lookup-heading", "results-heading", "chart-heading", "how-heading", "recount-heading",
     "turnout-heading", "hashes-heading"].forEach(function (id) {
      $(id).textContent = t(id.replace("-", "_"));
    });
    $("code-label").textContent = t("code_label");
    $("lookup-button").textContent = t("lookup_button");
    $("lookup-private").textContent = t("lookup_private");
    $("recount-intro").textContent = t("recount_intro");
    $("recount-button").textContent = t("recount_button");
    renderLanguagePicker();
    renderResults();
    renderTurnout();
    renderHashes();
    renderLookup();
    var box = $("recount"), r = R();
    if (state.recount) {
      if (box.getAttribute("data-status") === "match") box.textContent = t("recount_match", { n: num(r.valid) });
    } else if (state.recountProgress !== undefined && box.getAttribute("data-status") === "") {
      box.textContent = t("recount_progress", { percent: num(state.recountProgress) });
    }
    renderHow();
  }

  state.lang = chooseLanguage();
  render();
  $("language").addEventListener("change", function (event) {
    state.lang = event.target.value;
    render();
  });
  $("lookup-form").addEventListener("submit", function (event) {
    event.preventDefault();
    lookup($("code").value);
  });
  $("recount-button").addEventListener("click", recount);
  $("pot").addEventListener("change", function (event) {
    state.pot = Number(event.target.value);
    render();
    recount();  // the re-count checks the pot now shown
  });
  if (params.get("code")) {
    $("code").value = params.get("code");
    lookup(params.get("code"));
  }
  recount();
})();
