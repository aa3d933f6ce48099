"""Posters, protocol and chart: whole in every language, one order of the proposals everywhere."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from kiosk.domain.languages import LANGUAGES
from kiosk.tally.reports.labels import POSTER_WORDS, PosterWords
from kiosk.tally.reports.order import report_order
from kiosk.tally.rules.tiebreak import tie_break_order

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def pdf_text(path) -> str:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligatures back to letters


def label_words(words: PosterWords) -> set[str]:
    return {getattr(words, name) for name in PosterWords.__dataclass_fields__
            if name not in ("tie_break", "count")}


def test_every_election_language_has_every_poster_word():
    assert set(POSTER_WORDS) == set(LANGUAGES)
    for tag, words in POSTER_WORDS.items():
        for name in PosterWords.__dataclass_fields__:
            assert getattr(words, name).strip(), (tag, name)
        assert words.tie_break.count("%s") == 1, tag
        assert ".py" not in words.tie_break and "/" not in words.tie_break, tag


def test_one_order_funded_first_then_the_tie_break(tied_results):
    ordered = [p["id"] for p in report_order(tied_results)]
    assert ordered[:4] == tied_results["funded"]
    rest = [p for p in tied_results["projects"] if not p["funded"]]
    assert ordered[4:] == tie_break_order({p["id"]: p["cost"] for p in rest},
                                          {p["id"]: p["score"] for p in rest},
                                          tied_results["seed"])
    # equal scores are not left in input order by accident: the cost decides first
    scores = {p["id"]: p["score"] for p in tied_results["projects"]}
    costs = {p["id"]: p["cost"] for p in tied_results["projects"]}
    for a, b in zip(ordered[4:], ordered[5:], strict=False):
        assert (scores[a], -costs[a]) >= (scores[b], -costs[b])


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_poster_is_whole_in_its_language(tmp_path, demo_election, tied_results, language):
    from kiosk.tally.reports.poster import write_poster

    text = pdf_text(write_poster(tmp_path / f"poster-{language}.pdf", demo_election,
                                 tied_results, language))
    flat = " ".join(text.split())
    own = POSTER_WORDS[language]
    for word in label_words(own) - {own.points}:  # the demo counts votes, not points
        assert word in flat, (language, word)
    others = set().union(*(label_words(w) for t, w in POSTER_WORDS.items() if t != language))
    for word in others - label_words(own):
        if " " in word or len(word) > 6:  # whole headings and longer labels only (names aside)
            assert word not in flat, (language, word)
    assert own.tie_break.split()[0] in flat and tied_results["seed"] in flat
    # titles in this language, in the reports' one order
    titles = [demo_election.proposal(p["id"]).text(language, "sv")[0].title
              for p in report_order(tied_results)]
    positions = [flat.find(" ".join(t.split())) for t in titles]
    if language != "ar":  # pdftotext reorders right-to-left lines; the order test runs on the rest
        assert -1 not in positions and positions == sorted(positions), language


def test_protocol_explains_the_tie_break_in_words_and_keeps_the_order(tmp_path, demo_election,
                                                                       tied_results):
    from kiosk.tally.reports.protocol import write_protocol

    text = pdf_text(write_protocol(tmp_path / "protocol.pdf", demo_election, tied_results,
                                   "00" * 32, "11" * 16))
    flat = " ".join(text.split())
    assert ".py" not in flat and "kiosk/" not in flat
    assert "billigare förslaget" in flat and "cheaper proposal" in flat
    ids = [p["id"] for p in report_order(tied_results)]
    lines = [line.split()[0] for line in text.splitlines()
             if line.split() and line.split()[0] in ids]
    assert lines == ids


def test_every_language_has_every_protocol_label():
    from kiosk.tally.reports.protocol_labels import KEYS, OPTION_KEYS, PROTOCOL_LABELS

    assert set(PROTOCOL_LABELS) == set(LANGUAGES) - {"sv-simple"}
    for tag, labels in PROTOCOL_LABELS.items():
        assert list(labels) == list(KEYS + OPTION_KEYS), tag
        assert all(v.strip() for v in labels.values()), tag
        for key in OPTION_KEYS:  # the placeholders the protocol fills in
            assert set(re.findall(r"\{(\w+)\}", labels[key])) == set(
                re.findall(r"\{(\w+)\}", PROTOCOL_LABELS["sv"][key])), (tag, key)
        assert ".py" not in labels["tie_text"], tag


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_protocol_is_swedish_with_its_language_only(tmp_path, demo_election, tied_results,
                                                    language):
    from kiosk.tally.reports.protocol import write_protocol
    from kiosk.tally.reports.protocol_labels import PROTOCOL_LABELS, protocol_language

    results = {**tied_results, "excluded": {"duplicate": 2},
               "invalid": {"ballot.over_budget": 1},
               "conflicts": [{"records": [{"station": "abcd" * 4, "seq": 3,
                                           "cast_at": "2027-04-02T10:00:00Z"},
                                          {"station": "efgh" * 4, "seq": 9,
                                           "cast_at": "2027-04-03T10:00:00Z"}],
                              "kept": {"station": "efgh" * 4, "seq": 9}}]}
    text = pdf_text(write_protocol(tmp_path / "p.pdf", demo_election, results, "00" * 32,
                                   "11" * 16, language))
    flat = " ".join(text.split())
    second = protocol_language(language)
    allowed = set(PROTOCOL_LABELS["sv"].values()) | set(PROTOCOL_LABELS[second].values())
    words_here = " ".join(PROTOCOL_LABELS[second].values()).split() + \
        " ".join(PROTOCOL_LABELS["sv"].values()).split()
    for key in ("signature", "certify", "summary", "per_station", "kept", "no"):
        assert PROTOCOL_LABELS["sv"][key] in flat
    if language != "ar":  # pdftotext reorders right-to-left runs
        for key in ("signature", "summary", "proposal", "set_aside.duplicate",
                    "ballot.over_budget"):
            found = set(flat.replace("/", " ").split())
            assert set(PROTOCOL_LABELS[second][key].split()) <= found, (language, key)
    for tag, labels in PROTOCOL_LABELS.items():
        if tag in ("sv", second):
            continue
        for value in labels.values():
            if len(value) > 8 and value not in allowed and value.split()[0] not in words_here:
                assert value not in flat, (language, tag, value)
    assert ".py" not in flat
