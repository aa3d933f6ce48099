"""Printed paper ballots: one PDF per election language, one page per sheet, the sheet number in
text and QR, the rule, the budget and the invalid-ballot note in the sheet's language; ranges
checked; Arabic right to left; North Sami letters present."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest

from kiosk.demo.world import DEMO_ELECTION
from kiosk.domain.errors import KioskError
from kiosk.domain.manifest import election_from_manifest
from kiosk.package.source import read_source
from kiosk.printing.paper_ballots import SheetRange, write_paper_ballots
from kiosk.printing.paper_texts import KEYS, PAPER_TEXTS

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
_KEY = base64.b64encode(bytes(32)).decode()


@pytest.fixture(scope="module")
def demo_election():
    return election_from_manifest(read_source(DEMO_ELECTION, {"seal": _KEY, "sign": _KEY})
                                  .manifest)

LANGUAGES = ("sv", "sv-simple", "fi", "fit", "se", "smj", "sma", "en", "ar")


def pdf_text(path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", text)


def test_every_voter_language_has_every_ballot_text():
    assert set(PAPER_TEXTS) == set(LANGUAGES)
    for language, texts in PAPER_TEXTS.items():
        assert list(texts) == list(KEYS) and all(v.strip() for v in texts.values()), language
        assert "{max}" in texts["rule.approval"] and "{budget}" in texts["budget"], language
        assert "{total}" in texts["rule.cumulative"] and "{per}" in texts["rule.cumulative"]


def test_swedish_sheets_numbered_with_rule_budget_and_proposals(tmp_path, demo_election):
    path = tmp_path / "sv.pdf"
    assert write_paper_ballots(path, demo_election, "sv", SheetRange.of(41, 43)) == 3
    for page, sheet in enumerate((41, 42, 43), start=1):
        text = " ".join(pdf_text(path, page).split())
        assert f"Röstsedel nr {sheet}" in text
    text = " ".join(pdf_text(path, 1).split())
    assert "tillsammans får de kosta högst budgeten" in text
    assert "Budget: 2 000 000 kr" in text
    assert "En röstsedel där förslagen kostar mer än budgeten är ogiltig." in text
    for proposal in demo_election.proposals:
        assert proposal.texts["sv"].title in text
    assert "personnummer" not in text  # an open election keys no identity
    assert not list(tmp_path.glob("*.part"))


def test_north_sami_and_arabic(tmp_path, demo_election):
    se = tmp_path / "se.pdf"
    write_paper_ballots(se, demo_election, "se", SheetRange.of(7, 7))
    text = " ".join(pdf_text(se).split())
    assert "Jienastanlihppu nr 7" in text and "Bušeahtta" in text
    sami = [p.texts["se"].title for p in demo_election.proposals if "se" in p.texts]
    assert any(set(title) & set("ŋŧđčšžá") for title in sami)
    for title in sami:
        assert title in text
    ar = tmp_path / "ar.pdf"
    write_paper_ballots(ar, demo_election, "ar", SheetRange.of(7, 7))
    assert "2 000 000 kr" in " ".join(pdf_text(ar).split())  # the amount stays left to right
    # right to left: the proposal's id stands right of its cost, the other way round in Swedish
    sv = tmp_path / "sv.pdf"
    write_paper_ballots(sv, demo_election, "sv", SheetRange.of(7, 7))
    cost = f"{demo_election.proposals[0].cost // 1000:,}".replace(",", " ").split()[0]
    assert word_x(ar, "p1") > word_x(ar, cost) + 50
    assert word_x(sv, "p1") + 50 < word_x(sv, cost)


def word_x(path, word: str) -> float:
    """The left edge (points) of the first occurrence of `word` on page 1."""
    box = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    found = re.search(r'<word xMin="([\d.]+)"[^>]*>' + re.escape(word) + "</word>", box)
    assert found, word
    return float(found.group(1))


def test_cumulative_ballot_has_points_boxes(tmp_path, demo_election):
    from dataclasses import replace

    from kiosk.domain.election import BallotRule, RuleKind

    election = replace(demo_election, rule=BallotRule(RuleKind.CUMULATIVE, total_points=10,
                                                      max_per_proposal=5))
    path = tmp_path / "points.pdf"
    write_paper_ballots(path, election, "en", SheetRange.of(1, 1))
    text = " ".join(pdf_text(path).split())
    assert "at most 10 points in all and at most 5 points for one proposal" in text
    assert "A ballot with more points than that is invalid." in text
    assert "Budget:" not in text and "Points" in text


def test_ranges_are_checked():
    for first, last in ((0, 5), (5, 4), (1, 10_000_000)):
        with pytest.raises(KioskError, match="sheet numbers run from 1"):
            SheetRange.of(first, last)
    with pytest.raises(KioskError, match="at most 5000 sheets"):
        SheetRange.of(1, 5001)


def test_command_writes_one_pdf_per_language(tmp_path, example_world):
    done = subprocess.run([sys.executable, "-m", "kiosk", "election", "paper-ballot",
                           "--package", example_world["package"], "--authority",
                           example_world["authority_fingerprint"], "--out", str(tmp_path / "out"),
                           "--from", "200", "--to", "201"], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert len(names) == 3 and all(name.endswith("-200-201.pdf") for name in names)
    done = subprocess.run([sys.executable, "-m", "kiosk", "election", "paper-ballot",
                           "--package", example_world["package"], "--authority", "00" * 16,
                           "--out", str(tmp_path / "bad")], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("kiosk: ")
    assert not (tmp_path / "bad").exists()
