"""`kiosk tally pb` with the rule options: a Pabulib file carrying min_length, max_length and
min_project_score_threshold is still read and counted; --min-score, --min-voter-share-percent,
--eligibility-k and --incompatible set proposals aside or skip them, reported in --json; a bad
value is one line and exit 2."""

from __future__ import annotations

import json

import pytest

from kiosk.tally.pb_command import main as pb_main

FILE = """META
key;value
budget;100
vote_type;approval
rule;greedy-threshold
min_length;1
max_length;2
min_project_score_threshold;2
PROJECTS
project_id;cost;votes;selected
1;50;3;1
2;60;2;0
3;40;2;1
4;10;1;0
VOTES
voter_id;vote
a;1,2
b;2,3
c;1,3
d;1,4
"""


@pytest.fixture
def pb(tmp_path):
    path = tmp_path / "options.pb"
    path.write_text(FILE, encoding="utf-8")
    return str(path)


def run(capsys, *argv):
    code = pb_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_files_own_threshold_rule_still_counts(pb, capsys):
    code, out, _ = run(capsys, pb, "--json")
    report = json.loads(out)
    assert code == 0 and report["funded"] == ["1", "3"] and report["matches_file_selected"]


def test_options_set_aside_and_skip(pb, capsys):
    code, out, _ = run(capsys, pb, "--rule", "greedy", "--min-voter-share-percent", "50",
                       "--incompatible", "1,3", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["details"]["set_aside"] == {"4": "below-voter-share"}
    assert report["details"]["incompatible_skipped"] == {"3": "1"}
    assert report["funded"] == ["1"]  # 2 (60) does not fit after 1 (50)
    code, out, _ = run(capsys, pb, "--rule", "greedy", "--eligibility-k", "1", "--json")
    # supporters × 1 × 100 ≥ cost × 4: 1 (3 × 100 ≥ 200), 3 (200 ≥ 160), 4 (100 ≥ 40); 2 (200 < 240)
    assert json.loads(out)["details"]["set_aside"] == {"2": "below-eligibility-share"}


@pytest.mark.parametrize(("args", "message"), [
    (["--min-score", "0"], "--min-score must be a whole number >= 1"),
    (["--incompatible", "1"], "--incompatible needs at least two project ids"),
    (["--incompatible", "1,9"], "incompatible group names project '9', which is not listed"),
    (["--rule", "equalshares", "--incompatible", "1,2"],
     "incompatible groups need a greedy rule; equalshares cannot take them"),
])
def test_bad_option_values_are_one_line(pb, capsys, args, message):
    code, out, err = run(capsys, pb, *args)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err
