"""Pabulib reader/writer: round trips and a corpus of broken files with their messages."""

from __future__ import annotations

import pytest

from kiosk.tally.pabulib import (
    PabulibError,
    PbElection,
    PbProject,
    PbVote,
    dumps_pb,
    parse_pb,
    parse_pb_bytes,
    read_pb,
    to_rules_model,
    write_pb,
)

GOOD = """META
key;value
description;Medborgarbudget Gävle
num_projects;3
num_votes;3
budget;100
vote_type;approval
rule;greedy
PROJECTS
project_id;cost;name
1;50;Lekplats i Sätra
2;60;"Skridsko; is & åkning"
3;40;Café
VOTES
voter_id;vote
a;1,2
b;2
c;
"""


def election(vote_type="approval", votes=None, columns=("voter_id", "vote")):
    projects = [
        PbProject("1", 50, {"name": "Lekplats i Sätra, Gävle"}),
        PbProject("2", 60, {"name": 'Skridsko; "is" & åkning\nvid sjön'}),
        PbProject("ö-3", 40, {"name": "Äppelträd åt alla"}),
    ]
    votes = votes or [
        PbVote("v1", ("1", "2")),
        PbVote("v2", ("ö-3",)),
        PbVote("v3", ()),
    ]
    meta = {
        "description": "Röstkiosk; test",
        "budget": "100",
        "vote_type": vote_type,
        "rule": "greedy",
        "comment": 'says "hej"',
    }
    return PbElection(meta, projects, votes, ("project_id", "cost", "name"), columns)


def test_round_trip_keeps_swedish_text_semicolons_quotes_and_newlines(tmp_path):
    original = election()
    path = tmp_path / "round.pb"
    write_pb(original, path)
    again = read_pb(path)
    assert again.projects == original.projects
    assert again.votes == original.votes
    assert again.meta == {**original.meta, "num_projects": "3", "num_votes": "3"}
    assert dumps_pb(again) == path.read_text(encoding="utf-8")


def test_round_trip_of_points_and_ordinal_votes():
    cumulative = election(
        "cumulative",
        [
            PbVote("v1", ("1", "2"), (2, 1), {"age": "34"}),
            PbVote("v2", ("ö-3",), (3,), {"age": ""}),
        ],
        ("voter_id", "vote", "points", "age"),
    )
    assert parse_pb(dumps_pb(cumulative)).votes == cumulative.votes
    ordinal = election("ordinal", [PbVote("v1", ("2", "1", "ö-3")), PbVote("v2", ("1",))])
    again = parse_pb(dumps_pb(ordinal))
    assert again.votes == ordinal.votes
    _instance, profile = to_rules_model(again)
    assert profile.ballots == ({"2": 3, "1": 2, "ö-3": 1}, {"1": 3})


def test_reads_quoted_fields_and_empty_ballots():
    parsed = parse_pb(GOOD)
    assert [p.fields["name"] for p in parsed.projects][1] == "Skridsko; is & åkning"
    assert parsed.votes[2].vote == ()
    assert parsed.budget == 100 and parsed.rule == "greedy" and parsed.official_selected is None


def test_bom_and_crlf_are_accepted():
    data = "\ufeff".encode() + GOOD.replace("\n", "\r\n").encode("utf-8")
    assert len(parse_pb_bytes(data).votes) == 3


def test_writer_refuses_ids_that_cannot_round_trip():
    bad = election(votes=[PbVote("v1,2", ("1",))])
    with pytest.raises(PabulibError, match="voter_id"):
        dumps_pb(bad)


def _swap(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


BROKEN = [
    ("", 1, "the file is empty"),
    ("\n\n", 1, "the file is empty"),
    ("key;value\nbudget;1\n", 1, "must start with the line META"),
    (_swap("key;value", "key;val"), 2, "header 'key;value'"),
    (_swap("budget;100", "budget;100.5"), 9, "budget must be a whole number"),
    (_swap("budget;100\n", ""), 8, "META has no 'budget' row"),
    (_swap("vote_type;approval", "vote_type;quadratic"), 9, "vote_type must be one of"),
    (_swap("rule;greedy", "rule;greedy;extra"), 8, "has 3 fields but the header has 2"),
    (_swap("rule;greedy", "budget;5"), 8, "META key 'budget' appears twice"),
    (_swap("num_projects;3", "num_projects;4"), 14, "num_projects is 4 but the file lists 3"),
    (_swap("num_votes;3", "num_votes;x"), 9, "num_votes must be a whole number"),
    (_swap("project_id;cost;name", "project_id;price;name"), 10, "no 'cost' column"),
    (_swap("project_id;cost;name", "project_id;cost;cost"), 10, "empty or repeated column"),
    (_swap("3;40;Café", "2;40;Café"), 13, "project_id '2' appears twice"),
    (_swap("3;40;Café", "3;4,5;Café"), 13, "cost of project '3' is not a whole number"),
    (_swap("3;40;Café", "3;40;Café;Gävle"), 13, "has 4 fields but the header has 3"),
    (_swap('2;60;"Skridsko; is & åkning"', "2;60;Skridsko; is"), 12, "has 4 fields"),
    (_swap('"Skridsko; is & åkning"', '"Skridsko; is'), 12, "badly quoted field"),
    (_swap("a;1,2", "a;1,9"), 16, "names project '9', not in PROJECTS"),
    (_swap("a;1,2", "a;1,1"), 16, "names the same project twice"),
    (_swap("b;2", "a;2"), 17, "voter_id 'a' appears twice"),
    (_swap("b;2", ";2"), 17, "empty voter_id"),
    (_swap("voter_id;vote", "voter_id;ballot"), 15, "no 'vote' column"),
    (_swap("num_votes;3", "num_votes;2"), 18, "num_votes is 2 but the file lists 3"),
    (GOOD.split("VOTES")[0], 13, "ends before the VOTES section"),
    (GOOD.split("VOTES")[0] + "VOTES\n", 14, "VOTES section has no header row"),
    (_swap("PROJECTS", "VOTES"), 9, "section VOTES must come after PROJECTS"),
    (_swap("VOTES", "META"), 14, "section META appears a second time"),
    (_swap("vote_type;approval", "vote_type;choose-1"), 16, "more than one project"),
    (_swap("vote_type;approval", "vote_type;cumulative"), 15, "no 'points' column"),
]


@pytest.mark.parametrize(("text", "line", "reason"), BROKEN)
def test_malformed_files_give_line_and_reason(text, line, reason):
    with pytest.raises(PabulibError) as caught:
        parse_pb(text)
    assert reason in caught.value.reason
    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}: ")
    assert "\n" not in str(caught.value)


def test_points_must_match_the_vote():
    text = _swap("vote_type;approval", "vote_type;cumulative")
    text = text.replace("voter_id;vote\na;1,2\nb;2\nc;\n", "voter_id;vote;points\na;1,2;3\n")
    text = text.replace("num_votes;3", "num_votes;1")
    with pytest.raises(PabulibError, match="line 16: points must be whole numbers"):
        parse_pb(text)


def test_ordinal_ranking_longer_than_max_length():
    text = _swap("vote_type;approval", "vote_type;ordinal\nmax_length;1")
    with pytest.raises(PabulibError, match="line 17: the ranking is longer than META max_length"):
        parse_pb(text)


def test_invalid_utf8_reports_its_line():
    data = GOOD.encode("utf-8").replace("Café".encode(), b"Caf\xe9")
    with pytest.raises(PabulibError, match="line 13: the file is not valid UTF-8"):
        parse_pb_bytes(data)


def test_missing_file_is_a_pabulib_error(tmp_path):
    with pytest.raises(PabulibError, match="cannot read"):
        read_pb(tmp_path / "nope.pb")
