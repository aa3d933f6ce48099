// Reads [{rule, projects, budget, groups, seed, threshold, options}] as JSON on stdin; prints the
// funded lists the site's rules.js gives, one JSON array (used by test_js_rules.py).
const path = require("path");
const R = require(path.join(process.argv[2], "rules.js")).KioskRules;
let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const out = JSON.parse(input).map((c) => {
    const result = R.runRule(c.rule, c.projects, c.budget, c.groups, c.seed, c.threshold,
                             c.options || null);
    return { funded: result.funded, spent: result.spent, setAside: result.setAside,
             skipped: result.skipped };
  });
  process.stdout.write(JSON.stringify(out));
});
