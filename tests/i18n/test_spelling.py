"""Spelling is measured: Finnish through Voikko, Swedish and lättläst through Hunspell sv_SE. A
new word that neither the dictionary nor translations/spelling/accepted-<lang>.txt knows fails.
No checker exists here for Meänkieli or the Sami languages: their glossaries stand beside the
texts (kiosk/demo/election/texts/fit-glossary.md) instead."""

from __future__ import annotations

import pytest
import spelling  # tests/i18n/spelling.py (pytest puts this folder on sys.path)

SOURCES = [
    ("fi", "election texts fi.toml", lambda: spelling.election_texts("fi")),
    ("fi", "staff rostkiosk_staff_fi.ts", lambda: spelling.ts_texts("rostkiosk_staff_fi.ts")),
    ("fi", "voter rostkiosk_fi.ts", lambda: spelling.ts_texts("rostkiosk_fi.ts")),
    ("sv", "election texts sv.toml", lambda: spelling.election_texts("sv")),
    ("sv-simple", "election texts sv-simple.toml", lambda: spelling.election_texts("sv-simple")),
    ("sv", "staff rostkiosk_staff_sv.ts", lambda: spelling.ts_texts("rostkiosk_staff_sv.ts")),
    ("sv", "voter rostkiosk_sv.ts", lambda: spelling.ts_texts("rostkiosk_sv.ts")),
    ("sv-simple", "voter rostkiosk_sv-simple.ts",
     lambda: spelling.ts_texts("rostkiosk_sv-simple.ts")),
    ("sv", "paper ballot sv", lambda: _paper_ballot("sv")),
    ("sv-simple", "paper ballot sv-simple", lambda: _paper_ballot("sv-simple")),
    ("fi", "paper ballot fi", lambda: _paper_ballot("fi")),
]


def _paper_ballot(language: str) -> str:
    """The printed paper ballot's own words (kiosk/printing/paper_texts.py)."""
    from kiosk.printing.paper_texts import KEYS, paper_text

    return " ".join(paper_text(language, key, max=3, total=10, per=5, budget="100 kr",
                              name="", n=1, count=2)
                    for key in KEYS)


def _check(language: str, text: str) -> set[str]:
    try:
        return spelling.unknown_words(text, language)
    except spelling.NoChecker as missing:
        pytest.skip(f"no {language} spelling checker on this machine: {missing}")


@pytest.mark.parametrize(("language", "name", "text"), SOURCES, ids=[s[1] for s in SOURCES])
def test_no_unknown_words(language, name, text):
    unknown = _check(language, text())
    assert not unknown, (f"{name}: {sorted(unknown)} — fix the spelling, or add a word that is "
                         f"right to translations/spelling/accepted-{language[:2]}.txt")


def test_the_checkers_catch_a_misspelling():
    assert _check("fi", "Tämä ehdotus on hyvä.") == set()
    assert _check("fi", "Tämä ehdotuss on hyvä.") == {"ehdotuss"}
    assert _check("sv", "Det här förslaget är bra.") == set()
    assert _check("sv", "Det här förslagett är bra.") == {"förslagett"}
