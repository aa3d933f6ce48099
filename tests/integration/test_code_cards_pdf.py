"""Voting-code cards (`kiosk election codes`): the code, the voting period and the voting places
from the package, and one instruction line per election language, read back from the PDF."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata

from kiosk.demo.world import setup_demo_world
from kiosk.package.signed_package import load_package
from kiosk.printing.code_cards import INSTRUCTIONS, period_text

BIDI = dict.fromkeys(range(0x202A, 0x202F))


def test_cards_carry_period_places_and_every_language(tmp_path):
    world = setup_demo_world(tmp_path / "w", eligibility="codes")
    election = load_package(world["package"], world["authority_fingerprint"]).election
    assert len(election.places) == 2  # the demo election lists two places
    done = subprocess.run([sys.executable, "-m", "kiosk", "election", "codes", "--package",
                           world["package"], "--key", world["authority_key"], "--count", "9",
                           "--out", str(tmp_path / "cards")], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    pdf = next((tmp_path / "cards").glob("voting-codes-*.pdf"))
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    assert len([p for p in pages if p.strip()]) == 2  # 8 cards a page
    first = pages[0]
    # NFKC: pdftotext gives Arabic in presentation forms; drop the bidi embedding marks
    lines = [" ".join(unicodedata.normalize("NFKC", line).translate(BIDI).split())
             for line in first.splitlines()]
    assert sum(period_text(election) in line for line in lines) == 4  # two cards a row
    for place in election.places:
        assert sum(place.line() in line for line in lines) == 4, place
    for language in election.languages:
        text = INSTRUCTIONS[language]
        if language == "ar":  # pdftotext orders the two right-to-left sentences its own way
            sentences = [t.strip() for t in text.split(".") if t.strip()]
            assert all(sum(line.count(t) for line in lines) == 8 for t in sentences), language
        else:
            assert sum(line.count(text) for line in lines) == 8, language
