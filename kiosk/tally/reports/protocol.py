"""The tally protocol (valprotokoll): the PDF the tally officers check and sign.

Labels in Swedish and English. Per station: records, set aside, opened, invalid, assisted share,
languages. Results: votes or points, cost, funded, budget used; the rule and its tie-break;
every duplicate-voter conflict; the fingerprints and digests that tie it to the public record.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kiosk.domain.election import Election, RuleKind
from kiosk.tally.reports.labels import PROTOCOL_TIE_BREAK
from kiosk.tally.reports.order import report_order
from kiosk.tally.reports.pdf_pages import GREY, Page, font, write_pdf
from kiosk.tally.summary import kronor

REASONS = {
    "ballot.over_budget": "över budget / over budget",
    "ballot.under_minimum_spend": "under lägsta belopp / under minimum spend",
    "ballot.too_many": "för många val / too many choices",
    "ballot.too_few": "för få val / too few choices",
    "ballot.unknown_proposal": "okänt förslag / unknown proposal",
    "ballot.malformed": "felaktigt formad / malformed",
    "ballot.points_over_total": "för många poäng / too many points",
    "ballot.points_over_max": "för många poäng på ett förslag / too many points on one",
    "envelope.unopenable": "kuvertet kunde inte öppnas / envelope could not be opened",
    "envelope.malformed": "kuvertet var felaktigt / envelope malformed",
    "envelope.wrong_election": "fel val / another election",
    "envelope.test_ballot": "teströst / test ballot",
}
SEED_FROM_BULLETIN = "ur anslagslistan / derived from the bulletin"
SET_ASIDE = {
    "duplicate": "dubbelröst / duplicate voter",
    "no-outer-envelope": "ytterkuvert saknas / no outer envelope",
    "outer-unopenable": "ytterkuvert kunde inte öppnas / outer envelope unopenable",
}


def reason_text(reason: str) -> str:
    return REASONS.get(reason, reason)


def _when(iso: str) -> str:
    try:
        return f"{datetime.fromisoformat(iso).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return iso


def write_protocol(path: Path, election: Election, results: dict, package_hash: str,
                   authority: str) -> Path:
    title = election.title(election.default_language)
    points = election.rule.kind is RuleKind.CUMULATIVE

    def draw(page: Page) -> None:
        page.text("Valprotokoll – rösträkning", 20, bold=True, gap=0.5)
        page.text("Tally protocol – count of the ballots", 12, gap=3, color=GREY)
        page.text(f"{title} ({election.id}), {election.district}", 12, bold=True, gap=1)
        page.text(f"Röstningsperiod / Voting period: {election.opens:%Y-%m-%d} – "
                  f"{election.closes:%Y-%m-%d}.  Räknad / Counted: "
                  f"{_when(results['counted_at'])}", 9.5, gap=3)
        _facts(page, results, package_hash, authority)
        _summary(page, results)
        _stations(page, results)
        _results(page, election, results, points)
        _conflicts(page, results)
        _signatures(page)

    return write_pdf(path, f"Valprotokoll / Tally protocol: {title}",
                     f"Röstkiosk · {election.id} · valprotokoll / tally protocol", draw)


def _facts(page: Page, results: dict, package_hash: str, authority: str) -> None:
    rows = [
        ["Räkneregel / Counting rule", f"{results['rule']} ({results['ballot_kind']} "
         f"ballots), budget {kronor(results['budget'])}"],
        ["Lika röster / Tie-break", f"{PROTOCOL_TIE_BREAK} Frö / Seed {results['seed']} "
         f"({SEED_FROM_BULLETIN if results['seed_source'] == 'bulletin' else 'angivet / given'})"],
        ["Dubbelröster / Duplicate voters", f"policy {results['duplicate_policy']}"],
        ["Valmyndighet / Authority", authority],
        ["Rösträkningens nyckel / Tally key", results["tally_key"]],
        ["Valpaket / Package (SHA-256)", package_hash],
        ["Anslagslista / Bulletin (SHA-256)", results["bulletin_sha256"]],
        ["Öppnade röster / Ballots (SHA-256)", results["ballots_sha256"]],
    ]
    page.table([("Uppgift / Item", 52, "l"), ("Värde / Value", 122, "l")], rows, 8.5)


def _summary(page: Page, results: dict) -> None:
    rows = [["Mottagna röster / Ballot records received", str(results["records"])]]
    for status, count in results["excluded"].items():
        rows.append([f"Åsidosatta före öppning / Set aside: {SET_ASIDE.get(status, status)}",
                     str(count)])
    rows.append(["Öppnade röster / Ballots opened", str(results["opened"])])
    rows.append(["Giltiga röster / Valid ballots", str(results["valid"])])
    for reason, count in results["invalid"].items():
        rows.append([f"Ogiltiga / Invalid: {reason_text(reason)}", str(count)])
    if not results["invalid"]:
        rows.append(["Ogiltiga röster / Invalid ballots", "0"])
    page.table([("", 140, "l"), ("Antal / Count", 34, "r")], rows, 9,
               caption="Sammanställning / Summary")


def _stations(page: Page, results: dict) -> None:
    page.text("Per station / Per station", 13, bold=True, gap=1)
    page.text("Språk och assisterade röster räknas per station som stationen själv redan vet; "
              "valen (förslagen) räknas aldrig per station. / Languages and assisted sessions "
              "per station, which the station itself already knows; choices are never counted "
              "per station.", 8, gap=1.5, color=GREY)
    rows = []
    for s in results["stations"]:
        share = f"{100 * s['assisted'] / s['opened']:.0f} %" if s["opened"] else "–"
        languages = ", ".join(f"{lang} {n}" for lang, n in
                              sorted(s["languages"].items(), key=lambda kv: -kv[1]))
        rows.append([f"{s['id'][:4]} {s['label']}", str(s["records"]),
                     str(sum(s["excluded"].values())), str(s["opened"]), str(s["invalid"]),
                     share, languages])
    page.table([("Station", 42, "l"), ("Poster / Records", 17, "r"),
                ("Åsidosatta / Set aside", 20, "r"), ("Öppnade / Opened", 17, "r"),
                ("Ogiltiga / Invalid", 16, "r"), ("Assisterade / Assisted", 20, "r"),
                ("Språk / Languages", 42, "l")], rows, 8)


def _results(page: Page, election: Election, results: dict, points: bool) -> None:
    ranked = report_order(results)
    rows, running = [], 0
    for project in ranked:
        text = election.proposal(project["id"]).texts[election.default_language].title
        if project["funded"]:
            running += project["cost"]
        rows.append([project["id"], text, str(project["score"]), kronor(project["cost"]),
                     "JA / YES" if project["funded"] else "nej / no",
                     kronor(running) if project["funded"] else ""])
    score = "Poäng / Points" if points else "Röster / Votes"
    page.table([("Id", 12, "l"), ("Förslag / Proposal", 68, "l"), (score, 20, "r"),
                ("Kostnad / Cost", 26, "r"), ("Finansieras / Funded", 22, "r"),
                ("Summa / Total", 26, "r")], rows, 8.5, caption="Resultat / Results")
    left = results["budget"] - results["spent"]
    page.text(f"Budget {kronor(results['budget'])}; använt / used {kronor(results['spent'])}; "
              f"kvar / left {kronor(left)}.", 10, bold=True, gap=3)


def _conflicts(page: Page, results: dict) -> None:
    conflicts = results["conflicts"]
    page.text(f"Dubbelröster / Duplicate voters: {len(conflicts)}", 13, bold=True, gap=1)
    if not conflicts:
        page.text("Inga väljare hittades på mer än en röst. / No voter was found on more than "
                  "one ballot.", 9, gap=3)
        return
    rows = []
    for number, conflict in enumerate(conflicts, start=1):
        kept = conflict["kept"]
        for record in conflict["records"]:
            is_kept = kept is not None and (record["station"], record["seq"]) == (
                kept["station"], kept["seq"])
            decision = "räknas / kept" if is_kept else "åsidosatt / set aside"
            rows.append([str(number), record["station"][:4], str(record["seq"]),
                         record["cast_at"], decision])
    page.table([("#", 10, "l"), ("Station", 22, "l"), ("Löpnr / Seq", 22, "r"),
                ("Avgiven / Cast at (UTC)", 60, "l"), ("Beslut / Decision", 60, "l")], rows, 8)


def _signatures(page: Page) -> None:
    page.ensure(62)
    page.y += 4
    page.text("Vi intygar att rösträkningen gått till som protokollet visar. / We certify that "
              "the count was carried out as this protocol shows.", 9.5, gap=4)
    column = (page.width - 10) / 2
    painter = page.painter
    for label in ("Ort och datum / Place and date", "Underskrift / Signature",
                  "Namnförtydligande / Name in capitals"):
        for index in range(2):
            x = page.left + index * (column + 10)
            painter.drawLine(int(page.px(x)), int(page.px(page.y + 9)),
                             int(page.px(x + column)), int(page.px(page.y + 9)))
            painter.setFont(font(8))
            painter.drawText(page.rect(x, page.y + 10, column, 5), 0, label)
        page.y += 17
