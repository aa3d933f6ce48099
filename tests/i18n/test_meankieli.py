"""Meänkieli is written with the written standard's features, not as standard Finnish.

No spelling checker or language identifier for Meänkieli is available here; the glossary beside
the texts (kiosk/demo/election/texts/fit-glossary.md) lists the features, and this test holds
the election texts, the staff screens and the poster words to them.
"""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.tally.reports.labels import POSTER_WORDS
from kiosk.ui.staff.ts_update import read_ts, staff_ts_path

TEXTS = Path(__file__).resolve().parents[2] / "kiosk" / "demo" / "election" / "texts"
# Standard Finnish forms the glossary replaces (whole words, lower case).
FINNISH = {"minä", "sinä", "me", "te", "he", "ehdotus", "ehdotukset", "ehdotuksena", "tehdä",
           "uudet", "pöydät", "kahden", "yhden", "vuoden", "tiedot", "metsä", "metsässä",
           "katsoa", "että", "kanssa", "itse", "tai", "tahansa", "tulee", "tekee", "näkee",
           "tehdään", "avataan", "lasketaan", "poistetaan", "käytetään", "kuin"}
MEANKIELI = {"sie": r"\bsie\b", "ette": r"\bette\b", "kans": r"\bkans\b",
             "-pi": r"\b\w+(aa|ee|oo|uu|yy|ää|öö)pi\b", "passive -hAAn": r"\w+t(h)(aa|ää)n\b",
             "gemination": r"\b(tullee|tekkee|näkkee|tehhään|mennee)\b", "eli": r"\beli\b",
             "ko": r"\bko\b", "itte": r"\bitte\b"}


def election_text() -> str:
    doc = tomllib.loads((TEXTS / "fit.toml").read_text(encoding="utf-8"))
    parts = list(doc["election"].values()) + list(doc["categories"].values())
    for proposal in doc["proposals"].values():
        parts += [proposal[k] for k in ("title", "summary", "body", "place")]
    return "\n".join(parts)


def staff_text() -> str:
    return "\n".join(text for text, _kind in read_ts(staff_ts_path("fit")).values())


def voter_text() -> str:
    root = ET.parse(TEXTS.parents[3] / "translations" / "rostkiosk_fit.ts").getroot()
    return "\n".join((m.findtext("translation") or "") for m in root.iter("message"))


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-zåäöšž]+", text.lower()))


def test_no_standard_finnish_forms_in_meankieli():
    poster = " ".join(str(v) for v in vars(POSTER_WORDS["fit"]).values())
    for name, text in (("fit.toml", election_text()), ("staff fit", staff_text()),
                       ("voter fit", voter_text()), ("poster fit", poster)):
        found = words(text) & FINNISH
        assert not found, f"{name}: standard Finnish forms {sorted(found)}"


def test_the_written_standards_features_are_used():
    text = (election_text() + "\n" + staff_text()).lower()
    missing = [name for name, pattern in MEANKIELI.items() if not re.search(pattern, text)]
    assert not missing, missing


def test_glossary_lists_the_features_with_confidence():
    glossary = (TEXTS / "fit-glossary.md").read_text(encoding="utf-8")
    assert "No human has reviewed it" in glossary
    for feature in ("*mie, sie, met, tet, het*", "*ette*", "*saapi", "*eli*", "*kans*"):
        assert feature in glossary
    assert glossary.count("| high |") + glossary.count("| medium |") + \
        glossary.count("| low |") >= 20
