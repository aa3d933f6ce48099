"""What `kiosk tally publish` writes into record/site/: listed in SHA256SUMS so that
`kiosk tally verify` still passes, bulletin shards holding every code exactly once, the
re-count's ballots equal to ballots.jsonl, small turnout cells suppressed, every UI string in
all nine languages, and values that cannot break out of a script element."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

from kiosk.crypto.canonical import canonical
from kiosk.tally.record_verify import verify_record
from kiosk.tally.site.bulletin_shards import PREFIX_CHARS, STATUS_LETTERS, shards
from kiosk.tally.site.record_data import shown, turnout
from kiosk.tally.site.writer import script, strings

ASSETS = Path(__file__).resolve().parents[2] / "kiosk" / "tally" / "site" / "assets"
LANGUAGES = ("sv", "sv-simple", "fi", "fit", "se", "smj", "sma", "en", "ar")


def data_of(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8").partition("= ")[2].rstrip().rstrip(";"))


def test_site_is_listed_in_sha256sums_and_the_record_still_verifies(greedy_record):
    record = greedy_record["record"]
    listed = (record / "SHA256SUMS").read_text(encoding="ascii")
    for name in ("site/index.html", "site/app.js", "site/rules.js", "site/data/record.js",
                 "site/data/ballots.js"):
        assert f"  {name}\n" in listed
    authority = greedy_record["world"]["authority_fingerprint"]
    assert verify_record(record, authority, show_progress=False)["ok"]


def test_every_bulletin_code_is_in_exactly_its_shard(greedy_record):
    record = greedy_record["record"]
    with open(record / "bulletin.csv", encoding="ascii") as handle:
        rows = list(csv.DictReader(handle))
    entries = Counter()
    for path in (record / "site" / "bulletin").glob("*.js"):
        match = re.fullmatch(r'KIOSK_SHARD\("(\w\w)","([^"]*)"\);\n', path.read_text("ascii"))
        assert match and path.stem == match[1]
        entries.update(match[1] + entry for entry in match[2].split(" "))
    expected = Counter(row["tracking_code"].replace("-", "") + STATUS_LETTERS[row["status"]]
                       for row in rows)
    assert entries == expected


def test_shards_split_by_code_prefix():
    header = b"tracking_code,station,seq,status\n"
    bulletin = header + b"AB12-3456-7890-CDEF,s1,1,counted\nAB99-3456-7890-CDEF,s1,2,duplicate\n" \
        b"ZZ12-3456-7890-CDEF,s2,1,no-outer-envelope\n"
    files = shards(bulletin)
    assert PREFIX_CHARS == 2
    assert files == {"bulletin/AB.js": b'KIOSK_SHARD("AB","1234567890CDEFc 9934567890CDEFd");\n',
                     "bulletin/ZZ.js": b'KIOSK_SHARD("ZZ","1234567890CDEFn");\n'}


def test_recount_ballots_are_the_valid_ballots_of_ballots_jsonl(greedy_record):
    record = greedy_record["record"]
    expected = Counter()
    for line in (record / "ballots.jsonl").read_bytes().splitlines():
        ballot = json.loads(line)
        if ballot["reason"] is None:
            expected[canonical(ballot["choices"])] += 1
    data = data_of(record / "site" / "data" / "ballots.js")
    assert Counter({canonical(choices): n for choices, n in data["groups"]}) == expected
    assert data["valid"] == greedy_record["results"]["valid"]


def test_small_turnout_cells_are_suppressed():
    assert [shown(n, 5) for n in (0, 1, 4, 5, 60)] == [0, None, None, 5, 60]
    results = {"opened": 12, "stations": [
        {"id": "a" * 32, "label": "Biblioteket", "opened": 9, "assisted": 2,
         "languages": {"sv": 7, "ar": 2}},
        {"id": "b" * 32, "label": "", "opened": 3, "assisted": 0, "languages": {"sv": 3}}]}
    shown_turnout = turnout(results, 5)
    assert shown_turnout["stations"] == [
        {"label": "Biblioteket", "opened": 9, "assisted": None},
        {"label": "bbbb", "opened": None, "assisted": 0}]
    assert shown_turnout["languages"] == {"ar": None, "sv": 10}
    assert shown_turnout["assisted"] is None and shown_turnout["touchscreen"] == 12


def test_every_ui_string_exists_in_all_nine_languages():
    texts = strings()
    used = set(re.findall(r'\bt\("(\w+)"', (ASSETS / "app.js").read_text(encoding="utf-8")))
    used.discard("step_")  # t("step_" + decision): the decisions below
    used |= {"step_" + d for d in ("funded", "too_expensive", "no_votes", "below_threshold",
                                   "stopped", "incompatible", "below_min_score",
                                   "below_voter_share", "below_eligibility_share")}
    used |= {h.replace("-", "_") for h in re.findall(r'"(\w+-heading)"',
                                                      (ASSETS / "app.js").read_text("utf-8"))}
    english = set(texts["en"])
    assert used <= english
    for lang in LANGUAGES:
        assert set(texts[lang]) == english, lang
        for key, text in texts[lang].items():
            placeholders = set(re.findall(r"\{(\w+)\}", text))
            assert placeholders == set(re.findall(r"\{(\w+)\}", texts["en"][key])), (lang, key)


def test_script_values_cannot_close_the_script_element():
    text = script("X", {"title": "</script><script>alert(1)</script>"}).decode()
    assert "</script>" not in text
    assert json.loads(text.partition("= ")[2].rstrip().rstrip(";"))["title"].startswith("</script>")


def test_ballot_groups_read_every_line_shape(tmp_path):
    from kiosk.tally.record_format import ballot_line
    from kiosk.tally.site.ballot_groups import ballot_groups

    path = tmp_path / "ballots.jsonl"
    lines = [ballot_line(0, canonical({"a": 1, "language": 2}).decode(), "sv", False, None),
             ballot_line(1, canonical(["p1", "p2"]).decode(), None, True, None),
             ballot_line(2, canonical(["p2", "p1"]).decode(), "ar", False, None),
             ballot_line(3, None, None, False, "ballot.unreadable"),
             ballot_line(4, canonical(["p9"]).decode(), "sv", False, "ballot.unknown_proposal")]
    path.write_bytes(b"".join(lines))
    assert ballot_groups(path) == {"valid": 3, "groups": [
        [["p1", "p2"], 1], [["p2", "p1"], 1], [{"a": 1, "language": 2}, 1]]}


def test_every_bulletin_status_has_a_shard_letter_and_a_lookup_sentence():
    """A status the count can give (e.g. not-issued in a codes election) that the site cannot
    write would stop `kiosk tally publish`; one the page cannot say would leave a voter guessing."""
    from kiosk.tally.record_format import STATUSES
    from kiosk.tally.site.bulletin_shards import STATUS_LETTERS

    assert set(STATUS_LETTERS) == set(STATUSES)
    assert len(set(STATUS_LETTERS.values())) == len(STATUS_LETTERS)
    app = (ASSETS / "app.js").read_text(encoding="utf-8")
    strings = json.loads((ASSETS.parent / "strings.json").read_text(encoding="utf-8"))
    for status, letter in STATUS_LETTERS.items():
        assert f'{letter}: "{status}"' in app
        if status != "counted":
            key = app.split(f'"{status}": "', 1)[1].split('"', 1)[0]
            assert all(key in strings[tag] for tag in LANGUAGES), (status, key)
