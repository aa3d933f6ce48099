// Reads [{rule, projects, budget, groups, seed, threshold, options}] as JSON on stdin; prints the
// funded lists the site's rules.js gives, one JSON array (used by test_js_rules.py).
// With "async" as the second argument it uses runRuleAsync in slices of c.slice ms (default 0:
// as often as it can yield) and adds what the page would see: the progress reported after
// each slice.
const path = require("path");
const R = require(path.join(process.argv[2], "rules.js")).KioskRules;
const asynchronous = process.argv[3] === "async";
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", async () => {
  const out = [];
  for (const c of JSON.parse(input)) {
    if (!asynchronous) {
      const result = R.runRule(c.rule, c.projects, c.budget, c.groups, c.seed, c.threshold,
                               c.options || null);
      out.push({ funded: result.funded, spent: result.spent, setAside: result.setAside,
                 skipped: result.skipped });
      continue;
    }
    const progress = [];
    const result = await R.runRuleAsync(c.rule, c.projects, c.budget, c.groups, c.seed,
                                        c.threshold, (p) => progress.push(p), c.slice || 0,
                                        c.options || null);
    out.push({ funded: result.funded, spent: result.spent, progress });
  }
  process.stdout.write(JSON.stringify(out));
});
