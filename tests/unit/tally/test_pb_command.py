"""`kiosk tally pb` and `kiosk bench mes` (quick settings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.tally.pb_command import main as pb_main
from kiosk.tally.rules import Instance, Profile, Project, RuleError, run_rule

DATA = (Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "pabulib").resolve()

SMALL = """META
key;value
budget;100
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;name;selected
1;50;Lekplats;1
2;60;"Skridsko; is";0
3;40;Café;1
VOTES
voter_id;vote
a;1,2
b;2,3
c;1,3
d;2
"""


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "small.pb"
    path.write_text(SMALL, encoding="utf-8")
    return path


def test_prints_funded_ids_in_funding_order(small, capsys):
    assert pb_main([str(small)]) == 0
    assert capsys.readouterr().out.splitlines() == ["2", "3"]


def test_json_details(small, capsys):
    assert pb_main([str(small), "--rule", "equalshares/add1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["rule"] == "equalshares/add1"
    assert report["budget"] == 100 and report["spent"] == sum(
        p["cost"] for p in report["projects"] if p["funded"]
    )
    assert {p["id"]: p["score"] for p in report["projects"]} == {"1": 2, "2": 3, "3": 2}
    assert report["matches_file_selected"] == (set(report["funded"]) == {"1", "3"})


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--rule", "nope"], "unknown rule 'nope'; valid rules: greedy, greedy-no-skip"),
        (["--rule", "top-k"], "top-k needs k"),
        (["--rule", "greedy-threshold"], "needs min_project_score_threshold"),
        (["--bogus"], "unrecognized arguments"),
    ],
)
def test_errors_are_one_line_and_exit_2(small, capsys, argv, message):
    assert pb_main([str(small), *argv]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err
    assert "Traceback" not in captured.err


def test_malformed_file_error(tmp_path, capsys):
    path = tmp_path / "bad.pb"
    path.write_text(SMALL.replace("3;40;Café;1", "3;40;Café"), encoding="utf-8")
    assert pb_main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "kiosk tally pb: error: line 10: this PROJECTS row has 3 fields but the header has 4 "
        "(a ';' inside a value must be quoted)\n"
    )


def test_top_k_with_k(small, capsys):
    assert pb_main([str(small), "--rule", "top-k", "--k", "1"]) == 0
    assert capsys.readouterr().out == "2\n"


def test_unknown_rule_lists_valid_names():
    instance = Instance((Project("a", 1),), 1)
    with pytest.raises(RuleError, match="equalshares/add1-comparison"):
        run_rule("phragmen", instance, Profile.from_approvals([{"a"}]))


def test_tie_break_lower_cost_then_id_then_seed():
    instance = Instance((Project("10", 5), Project("2", 5), Project("b", 4)), 5)
    profile = Profile.from_approvals([{"10", "2", "b"}])
    assert run_rule("greedy", instance, profile).funded == ("b",)  # lower cost first
    instance = Instance((Project("10", 5), Project("2", 5)), 5)
    profile = Profile.from_approvals([{"10", "2"}])
    assert run_rule("greedy", instance, profile).funded == ("2",)  # then natural id order
    seeded = {run_rule("greedy", instance, profile, seed=s).funded for s in range(8)}
    assert seeded == {("2",), ("10",)}  # the seed decides, reproducibly
    assert run_rule("greedy", instance, profile, seed=3) == run_rule(
        "greedy", instance, profile, seed=3
    )


def test_equal_shares_exact_boundary_cases():
    # three voters with 10 each pay exactly the cost of 30: fundable (no float doubt)
    instance = Instance((Project("a", 30), Project("b", 31)), 30)
    profile = Profile.from_approvals([{"a", "b"}] * 3)
    assert run_rule("equalshares", instance, profile).funded == ("a",)
    # 10/3 each: only c is affordable. add1: at 5 per voter a's two supporters have exactly
    # 10 (funded, first); at 6 the outcome {a, c} costs 11 > 10, so add1 stops at {a}
    instance = Instance((Project("a", 10), Project("b", 10), Project("c", 1)), 10)
    profile = Profile.from_approvals([{"a"}, {"a", "c"}, {"b"}])
    assert run_rule("equalshares", instance, profile).funded == ("c",)
    outcome = run_rule("equalshares/add1", instance, profile)
    assert outcome.funded == ("a",) and outcome.details["per_voter_budget"] == 5


@pytest.mark.skipif(not (DATA / "Netherlands_Assen_2024.pb").is_file(), reason="no Pabulib data")
def test_bench_mes_quick_run(capsys):
    from kiosk.bench.mes import main as bench_main

    argv = ["--files", "Netherlands_Assen_2024.pb", "--json", "--repeat", "1"]
    assert bench_main([*argv, "--pabutools-timeout", "0.01"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["winners_match"] is True and row["compared_with"] == "official outcome"
    assert row["seconds"] > 0 and row["peak_rss_mb"] > 0
    assert row["pabutools_seconds"] is None and row["pabutools_peak_rss_mb"] is None
    assert row["pabutools_status"].startswith("timeout")


def test_bench_mes_missing_file(capsys, tmp_path):
    from kiosk.bench.mes import main as bench_main

    assert bench_main(["--files", "nope.pb", "--data-dir", str(tmp_path)]) == 2
    assert "no such file: nope.pb" in capsys.readouterr().err
