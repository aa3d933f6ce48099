"""One-page results posters, one per language of the election (PDF, A4).

Proposal titles come from the election package in each language (Swedish when a title is
missing). The poster's own few words are below; Meänkieli and the Sami languages use the
Swedish words until a native speaker supplies them (docs/tally.md says so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor

from kiosk.domain.election import Election, RuleKind
from kiosk.tally.reports.pdf_pages import ARABIC, GREY, LATIN, Page, write_pdf
from kiosk.tally.summary import kronor

# results, funded (heading), votes, points, budget, used, valid ballots, not funded
WORDS = {
    "sv": ("Resultat", "Dessa förslag blir verklighet", "röster", "poäng", "Budget", "Använt",
           "giltiga röster", "Fick inte pengar den här gången"),
    "sv-simple": ("Resultat", "De här förslagen blir av", "röster", "poäng", "Pengar", "Använt",
                  "röster räknades", "De här förslagen blir inte av nu"),
    "en": ("Results", "These proposals will be carried out", "votes", "points", "Budget", "Used",
           "valid ballots", "Not funded this time"),
    "fi": ("Tulokset", "Nämä ehdotukset toteutetaan", "ääntä", "pistettä", "Budjetti",
           "Käytetty", "hyväksyttyä ääntä", "Eivät saaneet rahoitusta tällä kertaa"),
    "ar": ("النتائج", "هذه المقترحات سيتم تنفيذها", "صوت", "نقطة", "الميزانية", "المستخدم",
           "صوت صحيح", "لم تحصل على تمويل هذه المرة"),
}


def words_for(language: str) -> tuple[str, ...]:
    return WORDS.get(language, WORDS["sv"])


def write_poster(path: Path, election: Election, results: dict, language: str) -> Path:
    (results_word, funded_word, votes_word, points_word, budget_word, used_word, valid_word,
     not_funded_word) = words_for(language)
    rtl = language == "ar"
    family = ARABIC if rtl else LATIN
    unit = points_word if election.rule.kind is RuleKind.CUMULATIVE else votes_word
    order = {pid: n for n, pid in enumerate(results["funded"])}
    funded = sorted((p for p in results["projects"] if p["funded"]), key=lambda p: order[p["id"]])
    others = sorted((p for p in results["projects"] if not p["funded"]),
                    key=lambda p: -p["score"])

    def money(amount: int) -> str:  # a left-to-right island inside Arabic text
        return f"\u202a{kronor(amount)}\u202c" if rtl else kronor(amount)

    def title_of(pid: str) -> str:
        text, _fell_back = election.proposal(pid).text(language, election.default_language)
        return text.title

    def draw(page: Page) -> None:
        page.y = 22
        page.text(election.title(language), 24, bold=True, family=family, gap=2)
        page.text(f"{results_word} · {election.district} · {election.opens:%Y}", 14,
                  family=family, gap=6, color=GREY)
        page.text(funded_word, 18, bold=True, family=family, gap=4)
        green = QColor("#1B5E20")
        for number, project in enumerate(funded, start=1):
            page.text(f"{number}. {title_of(project['id'])}", 15, bold=True, family=family,
                      gap=0.5, color=green)
            page.text(f"{project['score']} {unit} · {money(project['cost'])}", 11,
                      family=family, gap=3.5)
        page.y += 2
        page.rule(4)
        for line in (f"{budget_word}: {money(results['budget'])}",
                     f"{used_word}: {money(results['spent'])}",
                     f"{results['valid']} {valid_word}"):
            page.text(line, 12, bold=True, family=family, gap=1)
        page.y += 5
        if others:
            page.text(not_funded_word, 12, bold=True, family=family, gap=2, color=GREY)
            for project in others:
                page.text(f"{title_of(project['id'])} — {project['score']} {unit}", 10,
                          family=family, gap=1, color=GREY)

    return write_pdf(path, f"{election.title(language)} – {results_word}",
                     f"Röstkiosk · {election.id} · {language}", draw, rtl=rtl, max_pages=1)
