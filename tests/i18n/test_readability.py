"""Lättläst is measured: LIX at most 30 per text, at most 15 words per sentence on average, and
no text may get harder than the recorded baseline (tests/i18n/lix_baseline_sv_simple.json;
lower it when a text gets easier)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from kiosk.domain.readability import readability

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parents[1] / "kiosk" / "demo" / "election" / "texts"
BASELINE = json.loads((HERE / "lix_baseline_sv_simple.json").read_text(encoding="utf-8"))


def lattlast_texts() -> dict[str, str]:
    doc = tomllib.loads((TEXTS / "sv-simple.toml").read_text(encoding="utf-8"))
    texts = {"intro": doc["election"]["intro"]}
    texts.update({pid: f"{p['summary']}\n\n{p['body']}" for pid, p in doc["proposals"].items()})
    return texts


def test_lix_of_a_known_text():
    r = readability("Jag heter Anna. Jag bor i Stockholm.")
    assert (r.words, r.sentences, r.long_words) == (7, 2, 1)
    assert r.lix == pytest.approx(7 / 2 + 100 / 7)
    assert readability("Det kostar 1\u00a0200\u00a0000 kronor.").words == 4  # a number is one word


@pytest.mark.parametrize("text_id", sorted(lattlast_texts()))
def test_lattlast_text_is_easy_and_no_harder_than_before(text_id):
    r = readability(lattlast_texts()[text_id])
    assert r.lix <= 30, f"{text_id}: LIX {r.lix:.1f} is over 30"
    assert r.words_per_sentence <= 15, f"{text_id}: {r.words_per_sentence:.1f} words a sentence"
    assert round(r.lix, 1) <= BASELINE[text_id] + 0.05, (
        f"{text_id}: LIX {r.lix:.1f} is harder than the recorded {BASELINE[text_id]}")


def test_baseline_covers_every_text():
    assert set(BASELINE) == set(lattlast_texts())


def test_plain_swedish_is_harder_than_lattlast():
    doc = tomllib.loads((TEXTS / "sv.toml").read_text(encoding="utf-8"))
    plain = " ".join(f"{p['summary']}\n\n{p['body']}" for p in doc["proposals"].values())
    easy = " ".join(lattlast_texts().values())
    assert readability(plain).lix > readability(easy).lix + 10
