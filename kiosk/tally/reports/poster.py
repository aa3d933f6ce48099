"""One-page results posters, one per language of the election (PDF, A4).

Proposal titles come from the election package in each language (Swedish when a title is
missing). The poster's own words, the tie-break among them, are in `labels.py` for all nine
languages; the proposals stand in the reports' one order (`order.py`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from kiosk.domain.election import Election, RuleKind
from kiosk.tally.reports.labels import poster_words
from kiosk.tally.reports.order import report_order
from kiosk.tally.reports.pdf_pages import ARABIC, GREY, LATIN, Page, write_pdf
from kiosk.tally.summary import kronor


def write_poster(path: Path, election: Election, results: dict, language: str) -> Path:
    words = poster_words(language)
    results_word, funded_word, not_funded_word = words.results, words.funded, words.not_funded
    rtl = language == "ar"
    family = ARABIC if rtl else LATIN
    unit = words.points if election.rule.kind is RuleKind.CUMULATIVE else words.votes
    ordered = report_order(results)
    funded = [p for p in ordered if p["funded"]]
    others = [p for p in ordered if not p["funded"]]

    def money(amount: int) -> str:  # a left-to-right island inside Arabic text
        return f"\u202a{kronor(amount)}\u202c" if rtl else kronor(amount)

    def title_of(pid: str) -> str:
        text, _fell_back = election.proposal(pid).text(language, election.default_language)
        return text.title

    def draw(page: Page) -> None:
        page.y = 22
        page.text(election.title(language), 24, bold=True, family=family, gap=2)
        names = results.get("pot_names")  # one pot of several (kiosk.tally.count_pots)
        if names:
            page.text(names.get(language) or names[election.default_language], 18, bold=True,
                      family=family, gap=2)
        page.text(f"{results_word} · {election.district} · {election.opens:%Y}", 14,
                  family=family, gap=6, color=GREY)
        page.text(funded_word, 18, bold=True, family=family, gap=4)
        green = QColor("#1B5E20")
        for number, project in enumerate(funded, start=1):
            page.text(f"{number}. {title_of(project['id'])}", 15, bold=True, family=family,
                      gap=0.5, color=green)
            page.text(f"{words.counted(project['score'], unit)} · {money(project['cost'])}", 11,
                      family=family, gap=3.5)
        page.y += 2
        page.rule(4)
        for line in (f"{words.budget}: {money(results['budget'])}",
                     f"{words.used}: {money(results['spent'])}",
                     words.counted(results["valid"], words.valid)):
            page.text(line, 12, bold=True, family=family, gap=1)
        page.y += 5
        if others:
            page.text(not_funded_word, 12, bold=True, family=family, gap=2, color=GREY)
            for project in others:
                score = words.counted(project["score"], unit)
                page.text(f"{title_of(project['id'])} — {score}", 10,
                          family=family, gap=1, color=GREY)
        page.y += 3
        page.text(words.tie_break % results["seed"], 8.5, family=family, gap=1, color=GREY)

    return write_pdf(path, f"{election.title(language)} – {results_word}",
                     f"Röstkiosk · {election.id} · {language}", draw, rtl=rtl, max_pages=1)
