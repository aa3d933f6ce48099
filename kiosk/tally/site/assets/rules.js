/* Röstkiosk results site: a second, independent implementation of the counting rules.
 *
 * It follows the published definitions (docs/tally.md, kiosk/tally/rules/), not the Python
 * code: greedy, greedy-no-skip, greedy-threshold, Method of Equal Shares (cost utilities,
 * exact fractions), its add1 completion and the add1-comparison with greedy, all with the
 * published tie-break (higher score, then lower cost, then SHA-256 of "<seed>:<id>").
 * Every rule also returns the steps it took, which the site shows as "how the rule decided".
 * Runs in a browser (window.KioskRules) and in node (module.exports).
 *
 * The rules are generators that yield now and then (between two prices of Method of Equal
 * Shares, say) with an estimate of how far they are (0..1: the share of the budget spent so
 * far). runRule drives one to its end at once; runRuleAsync drives it in slices of a few
 * milliseconds with setTimeout between them, so a page stays responsive during a re-count of
 * a large election (Web Workers do not run from file:// in Chromium, so they are not used).
 * Both run the same code and give the same outcome.
 */
(function (root) {
  "use strict";

  // ---- SHA-256 (FIPS 180-4) of a UTF-8 string, as lowercase hex ----
  var K = [];
  (function () {
    var found = 0, n = 2;
    function frac(x) { return ((x - Math.floor(x)) * 4294967296) >>> 0; }
    while (found < 64) {
      var prime = true;
      for (var d = 2; d * d <= n; d++) { if (n % d === 0) { prime = false; break; } }
      if (prime) { K.push(frac(Math.cbrt(n))); found++; }
      n++;
    }
  })();
  var H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

  function utf8(text) {
    return Array.from(unescape(encodeURIComponent(text)), function (c) { return c.charCodeAt(0); });
  }

  function sha256hex(text) {
    var bytes = utf8(text), bitLength = bytes.length * 8;
    bytes.push(0x80);
    while (bytes.length % 64 !== 56) bytes.push(0);
    for (var s = 7; s >= 0; s--) bytes.push(s >= 4 ? 0 : (bitLength >>> (s * 8)) & 0xff);
    var h = H0.slice(), w = new Array(64);
    function rotr(x, r) { return (x >>> r) | (x << (32 - r)); }
    for (var off = 0; off < bytes.length; off += 64) {
      for (var i = 0; i < 16; i++) {
        w[i] = (bytes[off + 4 * i] << 24) | (bytes[off + 4 * i + 1] << 16) |
               (bytes[off + 4 * i + 2] << 8) | bytes[off + 4 * i + 3];
      }
      for (i = 16; i < 64; i++) {
        var s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
        var s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h = [h[0] + a, h[1] + b, h[2] + c, h[3] + d, h[4] + e, h[5] + f, h[6] + g, h[7] + hh]
        .map(function (x) { return x | 0; });
    }
    return h.map(function (x) { return ("00000000" + (x >>> 0).toString(16)).slice(-8); }).join("");
  }

  // ---- exact fractions of BigInts: [numerator, denominator > 0], always reduced ----
  function gcd(a, b) { if (a < 0n) a = -a; if (b < 0n) b = -b; while (b) { var t = a % b; a = b; b = t; } return a; }
  function fr(n, d) {
    n = BigInt(n); d = d === undefined ? 1n : BigInt(d);
    if (d < 0n) { n = -n; d = -d; }
    var g = gcd(n, d) || 1n;
    return [n / g, d / g];
  }
  function add(x, y) { return fr(x[0] * y[1] + y[0] * x[1], x[1] * y[1]); }
  function sub(x, y) { return fr(x[0] * y[1] - y[0] * x[1], x[1] * y[1]); }
  function mul(x, y) { return fr(x[0] * y[0], x[1] * y[1]); }
  function div(x, y) { return fr(x[0] * y[1], x[1] * y[0]); }
  function cmp(x, y) { var l = x[0] * y[1], r = y[0] * x[1]; return l < r ? -1 : l > r ? 1 : 0; }
  function toNumber(x) {
    var bits = Math.max(x[0].toString(16).length, x[1].toString(16).length) * 4 - 1000;
    if (bits <= 0) return Number(x[0]) / Number(x[1]);
    var shift = BigInt(bits);  // both beyond floating point range: scale them down together
    return Number(x[0] >> shift) / Number(x[1] >> shift);
  }

  // ---- the published tie-break order ----
  function naturalKey(id) {
    return id.split(/(\d+)/).map(function (part, i) { return i % 2 ? BigInt(part) : part; });
  }
  function compareKeys(a, b) {
    for (var i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return a.length - b.length;
  }
  function tieBreakOrder(projects, scores, seed) {
    var keyed = projects.map(function (p) {
      var key = seed === null || seed === undefined ? naturalKey(p.id)
        : [sha256hex(String(seed) + ":" + p.id)];
      return { p: p, key: key.concat([p.id]) };
    });
    keyed.sort(function (x, y) {
      var sx = scores[x.p.id], sy = scores[y.p.id];
      if (sx !== sy) return sy - sx;
      if (x.p.cost !== y.p.cost) return x.p.cost - y.p.cost;
      return compareKeys(x.key, y.key);
    });
    return keyed.map(function (k) { return k.p.id; });
  }

  // groups: [{w: {projectId: weight}, n: how many identical ballots}]
  function scoresOf(projects, groups) {
    var scores = {};
    projects.forEach(function (p) { scores[p.id] = 0; });
    groups.forEach(function (g) {
      Object.keys(g.w).forEach(function (id) {
        if (!(id in scores)) throw new Error("a ballot names project " + id + ", which is not listed");
        scores[id] += g.w[id] * g.n;
      });
    });
    return scores;
  }

  function costsOf(projects) {
    var costs = {};
    projects.forEach(function (p) { costs[p.id] = p.cost; });
    return costs;
  }

  // ---- rule options signed in the package (docs/tally.md, kiosk/tally/rules/options.py) ----
  // Eligibility conditions, on the counted ballots, before any rule runs; exact integers.
  function setAsideBy(options, projects, budget, groups, scores) {
    var out = {}, n = BigInt(votersOf(groups));
    if (!options) return out;
    var backers = {};
    projects.forEach(function (p) { backers[p.id] = 0; });
    groups.forEach(function (g) {
      Object.keys(g.w).forEach(function (id) { if (g.w[id] > 0) backers[id] += g.n; });
    });
    projects.forEach(function (p) {
      var b = BigInt(backers[p.id]);
      if (options.min_score != null && scores[p.id] < options.min_score) out[p.id] = "below-min-score";
      else if (options.min_voter_share_percent != null && b * 100n < BigInt(options.min_voter_share_percent) * n) out[p.id] = "below-voter-share";
      else if (options.eligibility_k != null && b * BigInt(options.eligibility_k) * BigInt(budget) < BigInt(p.cost) * n) out[p.id] = "below-eligibility-share";
    });
    return out;
  }
  function groupOf(options) {
    var out = {};
    ((options && options.incompatible) || []).forEach(function (g, i) { g.forEach(function (id) { out[id] = i; }); });
    return out;
  }

  // ---- greedy rules ----
  function greedy(projects, budget, scores, seed, skip, threshold, options) {
    var costs = costsOf(projects), remaining = budget, funded = [], steps = [], stopped = false;
    var groupIndex = groupOf(options), taken = {};
    tieBreakOrder(projects, scores, seed).forEach(function (id) {
      var step = { id: id, score: scores[id], cost: costs[id], before: remaining };
      var group = groupIndex[id];
      if (stopped) step.decision = "stopped";
      else if (scores[id] <= 0) step.decision = "no-votes";
      else if (threshold !== null && threshold !== undefined && scores[id] < threshold) step.decision = "below-threshold";
      else if (group !== undefined && taken[group] !== undefined) {
        step.decision = "incompatible"; step.rival = taken[group];
      } else if (costs[id] <= remaining) {
        funded.push(id); remaining -= costs[id]; step.decision = "funded";
        if (group !== undefined) taken[group] = id;
      } else {
        step.decision = "too-expensive";
        if (!skip) stopped = true;
      }
      step.after = remaining;
      steps.push(step);
    });
    return { funded: funded, steps: steps };
  }

  // ---- Method of Equal Shares, exact ----
  function* mesPrepare(projects, groups) {
    var candidates = [], free = [];
    for (var i = 0; i < projects.length; i++) {
      var p = projects[i], supporters = [];
      groups.forEach(function (g, index) {
        var w = g.w[p.id];
        if (w > 0) supporters.push({ g: index, w: BigInt(w), n: BigInt(g.n) });
      });
      yield 0;
      if (!supporters.length) continue;
      if (p.cost === 0) free.push(p.id);
      else candidates.push({ id: p.id, cost: BigInt(p.cost), supporters: supporters });
    }
    return { candidates: candidates, free: free, groups: groups.length };
  }

  // The price of a candidate: {alpha, rho} or null when its supporters cannot pay for it.
  function mesPrice(c, budgets, approx) {
    var rough = 0;
    var list = c.supporters.map(function (s) {
      var b = budgets[s.g];
      rough += approx[s.g] * Number(s.n);
      return { s: s, b: b, key: [b[0], b[1] * s.w] };
    });
    var cost = [c.cost, 1n], costNumber = Number(c.cost);
    // decided in floating point only when clearly apart (rounding is below 1e-12 here)
    var close = !isFinite(rough) || Math.abs(rough - costNumber) <= 1e-9 * costNumber;
    if (!close && rough < costNumber) return null;
    if (close) {
      var total = [0n, 1n];
      list.forEach(function (x) { total = add(total, [x.b[0] * x.s.n, x.b[1]]); });
      if (cmp(total, cost) < 0) return null;
    }
    list.sort(function (x, y) { return cmp(x.key, y.key); });
    var paid = [0n, 1n], rest = 0n, alpha = null;
    c.supporters.forEach(function (s) { rest += s.w * s.n; });
    for (var i = 0; i < list.length; i++) {
      alpha = div(sub(cost, paid), [rest, 1n]);
      if (cmp(alpha, list[i].key) <= 0) break;
      paid = add(paid, mul(list[i].b, [list[i].s.n, 1n]));
      rest -= list[i].s.w * list[i].s.n;
    }
    return { alpha: alpha, rho: div(alpha, cost) };
  }

  // total: the budget, for the progress estimate (the share of it this run has spent)
  function* mesRun(prep, b0, rank, total) {
    var budgets = [], approx = [];  // exact budgets, and the same as floating point numbers
    for (var g = 0; g < prep.groups; g++) { budgets.push(b0); approx.push(toNumber(b0)); }
    var funded = prep.free.slice().sort(function (a, b) { return rank[a] - rank[b]; });
    var rounds = funded.map(function (id) { return { id: id, free: true }; });
    var alive = prep.candidates.slice(), prices = new Map(), spent = 0;
    while (alive.length) {
      var best = null, bestPrice = null, still = [];
      for (var i = 0; i < alive.length; i++) {
        var c = alive[i], known = prices.has(c.id);
        var price = known ? prices.get(c.id) : mesPrice(c, budgets, approx);
        prices.set(c.id, price);
        if (!known) yield total > 0 ? spent / total : 0;
        if (price === null) continue;
        still.push(c);
        if (best === null) { best = c; bestPrice = price; continue; }
        var order = cmp(price.rho, bestPrice.rho);
        if (order < 0 || (order === 0 && rank[c.id] < rank[best.id])) { best = c; bestPrice = price; }
      }
      alive = still;
      if (best === null) break;
      spent += Number(best.cost);
      var payers = 0n, allIn = 0n, touched = new Set();
      best.supporters.forEach(function (s) {
        var share = mul(bestPrice.alpha, [s.w, 1n]);
        if (cmp(budgets[s.g], share) <= 0) { budgets[s.g] = [0n, 1n]; allIn += s.n; }
        else budgets[s.g] = sub(budgets[s.g], share);
        approx[s.g] = toNumber(budgets[s.g]);
        payers += s.n;
        touched.add(s.g);
      });
      funded.push(best.id);
      rounds.push({ id: best.id, cost: Number(best.cost), pricePerPoint: toNumber(bestPrice.alpha),
                    payers: Number(payers), paidAll: Number(allIn) });
      alive = alive.filter(function (c) { return c !== best; });
      alive.forEach(function (c) {
        if (c.supporters.some(function (s) { return touched.has(s.g); })) prices.delete(c.id);
      });
    }
    return { funded: funded, rounds: rounds };
  }

  function sumCosts(costs, ids) { return ids.reduce(function (t, id) { return t + costs[id]; }, 0); }

  function votersOf(groups) { return groups.reduce(function (t, g) { return t + g.n; }, 0); }

  function* equalShares(projects, budget, groups, rank) {
    var n = votersOf(groups);
    if (n === 0) return { funded: [], rounds: [], perVoter: null };
    var run = yield* mesRun(yield* mesPrepare(projects, groups), fr(budget, n), rank, budget);
    return { funded: run.funded, rounds: run.rounds, perVoter: budget / n };
  }

  function* equalSharesAdd1(projects, budget, groups, rank) {
    var n = votersOf(groups);
    if (n === 0) return { funded: [], rounds: [], perVoter: null, runs: 0 };
    var prep = yield* mesPrepare(projects, groups), costs = costsOf(projects);
    var everything = prep.candidates.length + prep.free.length;
    var start = Math.floor(budget / n), perVoter = start;
    var run = yield* mesRun(prep, fr(perVoter), rank, budget), runs = 1;
    while (run.funded.length !== everything) {
      var attempt = yield* mesRun(prep, fr(perVoter + 1), rank, budget);
      runs++;
      if (sumCosts(costs, attempt.funded) > budget) break;
      run = attempt; perVoter++;
    }
    return { funded: run.funded, rounds: run.rounds, perVoter: perVoter, startPerVoter: start,
             runs: runs };
  }

  function preferences(costs, groups, first, second) {
    var a = new Set(first), b = new Set(second), preferFirst = 0, preferSecond = 0;
    groups.forEach(function (g) {
      var satA = 0, satB = 0;
      Object.keys(g.w).forEach(function (id) {
        if (a.has(id)) satA += g.w[id] * costs[id];
        if (b.has(id)) satB += g.w[id] * costs[id];
      });
      if (satA > satB) preferFirst += g.n;
      else if (satB > satA) preferSecond += g.n;
    });
    return [preferFirst, preferSecond];
  }

  var RULES = ["greedy", "greedy-no-skip", "greedy-threshold", "equalshares", "equalshares/add1",
               "equalshares/add1-comparison"];

  // The outcome of `rule`: {rule, funded (in the order chosen), spent, scores, steps...}
  // options: the package's rule options as results.json records them (or null)
  function runRule(rule, projects, budget, groups, seed, threshold, options) {
    var steps = ruleSteps(rule, projects, budget, groups, seed, threshold, options), next;
    do { next = steps.next(); } while (!next.done);
    return next.value;
  }

  // The same outcome as a Promise, computed in slices of sliceMs (default 30) milliseconds with
  // setTimeout in between; onProgress(fraction 0..1, never decreasing) after each slice.
  function runRuleAsync(rule, projects, budget, groups, seed, threshold, onProgress, sliceMs,
                        options) {
    var slice = sliceMs === undefined ? 30 : sliceMs;
    return new Promise(function (resolve, reject) {
      var steps = ruleSteps(rule, projects, budget, groups, seed, threshold, options), shown = 0;
      function work() {
        var started = Date.now(), next;
        try {
          do {
            next = steps.next();
            if (next.done) { resolve(next.value); return; }
            if (typeof next.value === "number" && next.value > shown) shown = Math.min(next.value, 1);
          } while (Date.now() - started < slice);
        } catch (error) { reject(error); return; }
        if (onProgress) onProgress(shown);
        setTimeout(work, 0);
      }
      setTimeout(work, 0);
    });
  }

  function* ruleSteps(rule, projects, budget, groups, seed, threshold, options) {
    if (RULES.indexOf(rule) < 0) throw new Error("unknown rule " + rule);
    var allScores = scoresOf(projects, groups), costs = costsOf(projects), result;
    var greedyRule = rule === "greedy" || rule === "greedy-no-skip" || rule === "greedy-threshold";
    if (options && options.incompatible && options.incompatible.length && !greedyRule) {
      throw new Error("incompatible groups need a greedy rule");
    }
    if (rule === "greedy-threshold" && options && options.min_score != null) threshold = options.min_score;
    var aside = setAsideBy(options, projects, budget, groups, allScores);
    var asideSteps = [];
    if (Object.keys(aside).length) {
      tieBreakOrder(projects, allScores, seed).forEach(function (id) {
        if (aside[id]) asideSteps.push({ id: id, score: allScores[id], cost: costs[id], decision: aside[id] });
      });
      projects = projects.filter(function (p) { return !aside[p.id]; });
      groups = groups.map(function (g) {
        var w = {};
        Object.keys(g.w).forEach(function (id) { if (!aside[id]) w[id] = g.w[id]; });
        return { w: w, n: g.n };
      });
    }
    var scores = scoresOf(projects, groups);
    if (greedyRule) {
      if (rule === "greedy-threshold" && (threshold === null || threshold === undefined)) {
        throw new Error("greedy-threshold needs a minimum score");
      }
      result = greedy(projects, budget, scores, seed, rule !== "greedy-no-skip",
                      rule === "greedy-threshold" ? threshold : null, options);
    } else {
      var rank = {};
      tieBreakOrder(projects, scores, seed).forEach(function (id, i) { rank[id] = i; });
      if (rule === "equalshares") result = yield* equalShares(projects, budget, groups, rank);
      else {
        result = yield* equalSharesAdd1(projects, budget, groups, rank);
        if (rule === "equalshares/add1-comparison") {
          var other = greedy(projects, budget, scores, seed, true, null);
          var votes = preferences(costs, groups, other.funded, result.funded);
          result.comparison = { equalShares: result.funded, greedy: other.funded,
                                preferGreedy: votes[0], preferEqualShares: votes[1],
                                chosen: votes[0] > votes[1] ? "greedy" : "equalshares/add1" };
          if (votes[0] > votes[1]) result.funded = other.funded;
        }
      }
    }
    result.rule = rule;
    result.scores = allScores;
    result.setAside = aside;
    result.asideSteps = asideSteps;
    result.skipped = {};
    (result.steps || []).forEach(function (s) { if (s.decision === "incompatible") result.skipped[s.id] = s.rival; });
    result.spent = sumCosts(costs, result.funded);
    return result;
  }

  root.KioskRules = { runRule: runRule, runRuleAsync: runRuleAsync, sha256hex: sha256hex,
                      tieBreakOrder: tieBreakOrder, RULES: RULES };
})(typeof module !== "undefined" && module.exports ? module.exports : window);
