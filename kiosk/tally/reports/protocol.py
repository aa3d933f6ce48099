"""The tally protocol (valprotokoll): the PDF the tally officers check and sign.

Labels in Swedish with one more language (protocol_labels.py): English in protocol.pdf, each
election language in protocol-<lang>.pdf. Ballots by channel (touch, paper) and together. Per
station: records, set aside, opened, invalid,
assisted share, languages. Results: votes or points, cost, funded, budget used; the rule and
its tie-break in words; every duplicate-voter conflict; the fingerprints and digests that tie it
to the public record.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kiosk.domain.election import Election, RuleKind
from kiosk.tally.count_pots import pot_view_of_results
from kiosk.tally.reports.order import report_order
from kiosk.tally.reports.pdf_pages import ARABIC, GREY, LATIN, Page, font, write_pdf
from kiosk.tally.reports.protocol_labels import PROTOCOL_LABELS, labeller
from kiosk.tally.summary import kronor


def _when(iso: str) -> str:
    try:
        return f"{datetime.fromisoformat(iso).astimezone():%Y-%m-%d %H:%M}"
    except ValueError:
        return iso


def write_protocol(path: Path, election: Election, results: dict, package_hash: str,
                   authority: str, language: str = "en") -> Path:
    """The protocol with Swedish labels and `language`'s beside them (Swedish only for sv)."""
    title = election.title(election.default_language)
    points = election.rule.kind is RuleKind.CUMULATIVE
    label = labeller(language)
    second = PROTOCOL_LABELS.get(language, PROTOCOL_LABELS["sv"])

    def draw(page: Page) -> None:
        page.page_word = label("page")
        page.text(PROTOCOL_LABELS["sv"]["title"], 20, bold=True, gap=0.5)
        if label("title") != PROTOCOL_LABELS["sv"]["title"]:
            page.text(second["title"], 12, gap=3, color=GREY, family=ARABIC if language == "ar"
                      else LATIN)
        else:
            page.y += 2
        page.text(f"{title} ({election.id}), {election.district}", 12, bold=True, gap=1)
        page.text(f"{label('period')}: {election.opens:%Y-%m-%d} – "
                  f"{election.closes:%Y-%m-%d}.  {label('counted')}: "
                  f"{_when(results['counted_at'])}", 9.5, gap=3)
        _facts(page, results, package_hash, authority, label)
        _summary(page, results, label)
        _channels(page, results, label)
        _stations(page, results, label)
        if results.get("pots"):  # each pot counted apart: one table each
            for entry in results["pots"]:
                name = entry["names"].get(election.default_language, entry["id"])
                page.ensure(60)  # the pot's heading stays with its results table
                page.text(f"{name} ({entry['id']}): {label('rule')} {entry['rule']} "
                          f"({_kind(entry, label)}), {label('valid')} {entry['ballots']}", 11,
                          bold=True, gap=1.5)
                if "options" in entry:  # the pot's own signed rule options
                    page.text(f"{label('options')}: {option_text(entry['options'], label)}",
                              9, gap=1.5)
                _results(page, election, pot_view_of_results(results, entry["id"]),
                         entry["ballot_kind"] == "cumulative", label)
        else:
            _results(page, election, results, points, label)
        _conflicts(page, results, label)
        _signatures(page, label)

    return write_pdf(path, f"{label('title')}: {title}",
                     f"Röstkiosk · {election.id} · {label('title')}", draw)


def _facts(page: Page, results: dict, package_hash: str, authority: str, label) -> None:
    kind_text = _kind(results, label)
    seed_from = label("from_bulletin" if results["seed_source"] == "bulletin" else "given")
    rule_text = f"{results['rule']} ({kind_text})"
    if results.get("pots"):  # each pot its own counting rule and ballot kind
        rule_text = "; ".join(f"{entry['id']}: {entry['rule']} ({_kind(entry, label)})"
                              for entry in results["pots"])
    rows = [
        [label("rule"), f"{rule_text}, {label('budget')} {kronor(results['budget'])}"],
        [label("tie"), f"{label('tie_text')} {label('seed')}: {results['seed']} ({seed_from})"],
        *([[label("options"), option_text(results["options"], label)]]
          if "options" in results else []),
        [label("duplicates"), f"{label('policy')}: {results['duplicate_policy']}"],
        [label("authority"), authority],
        [label("tally_key"), results["tally_key"]],
        [f"{label('package')} (SHA-256)", package_hash],
        [f"{label('bulletin')} (SHA-256)", results["bulletin_sha256"]],
        [f"{label('ballots_hash')} (SHA-256)", results["ballots_sha256"]],
    ]
    page.table([(label("item"), 52, "l"), (label("value"), 122, "l")], rows, 8.5)


def _kind(results: dict, label) -> str:
    """The ballot kind's label ("budgetval / knapsack"), of the election or of one pot."""
    kind = f"kind.{results['ballot_kind']}"
    return label(kind) if kind in PROTOCOL_LABELS["sv"] else results["ballot_kind"]


def _summary(page: Page, results: dict, label) -> None:
    rows = [[label("received"), str(results["records"])]]
    for status, count in results["excluded"].items():
        key = f"set_aside.{status}"
        why = label(key) if key in PROTOCOL_LABELS["sv"] else status
        rows.append([f"{label('set_aside')}: {why}", str(count)])
    rows.append([label("opened"), str(results["opened"])])
    rows.append([label("valid"), str(results["valid"])])
    for reason, count in results["invalid"].items():
        text = label(reason) if reason in PROTOCOL_LABELS["sv"] else reason
        rows.append([f"{label('invalid')}: {text}", str(count)])
    if not results["invalid"]:
        rows.append([label("invalid_ballots"), "0"])
    page.table([("", 140, "l"), (label("count"), 34, "r")], rows, 9, caption=label("summary"))


def _channels(page: Page, results: dict, label) -> None:
    """Opened, valid and invalid ballots by channel (touch, paper) and together; results of
    counts from before paper ballots have no such figures and show nothing here."""
    channels = results.get("channels")
    if not channels:
        return
    rows = [[label(name), *(str(channels[key][column]) for column in ("opened", "valid",
                                                                     "invalid"))]
            for name, key in (("touch", "touch"), ("paper", "paper"), ("all_channels", "all"))]
    page.table([(label("channel"), 80, "l"), (label("opened_col"), 32, "r"),
                (label("valid"), 32, "r"), (label("invalid_col"), 30, "r")], rows, 9,
               caption=label("by_channel"))


def _stations(page: Page, results: dict, label) -> None:
    page.text(label("per_station"), 13, bold=True, gap=1)
    page.text(label("station_note"), 8, gap=1.5, color=GREY)
    rows = []
    for s in results["stations"]:
        share = f"{100 * s['assisted'] / s['opened']:.0f} %" if s["opened"] else "–"
        languages = ", ".join(f"{lang} {n}" for lang, n in
                              sorted(s["languages"].items(), key=lambda kv: -kv[1]))
        rows.append([f"{s['id'][:4]} {s['label']}", str(s["records"]),
                     str(sum(s["excluded"].values())), str(s["opened"]), str(s["invalid"]),
                     share, languages])
    page.table([(label("station"), 42, "l"), (label("records"), 17, "r"),
                (label("set_aside_col"), 20, "r"), (label("opened_col"), 17, "r"),
                (label("invalid_col"), 16, "r"), (label("assisted"), 20, "r"),
                (label("languages"), 42, "l")], rows, 8)


def _results(page: Page, election: Election, results: dict, points: bool, label) -> None:
    rows, running = [], 0
    for project in report_order(results):
        text = election.proposal(project["id"]).texts[election.default_language].title
        if project["funded"]:
            running += project["cost"]
        rows.append([project["id"], text, str(project["score"]), kronor(project["cost"]),
                     label("yes") if project["funded"] else
                     not_funded(results.get("options"), project["id"], label),
                     kronor(running) if project["funded"] else ""])
    why = 14 if "options" in results else 0  # room for why a rule option said no
    page.table([("Id", 12, "l"), (label("proposal"), 68 - why, "l"),
                (label("points" if points else "votes"), 20, "r"), (label("cost"), 26, "r"),
                (label("funded"), 22 + why, "r"), (label("total"), 26, "r")], rows, 8.5,
               caption=label("results"))
    left = results["budget"] - results["spent"]
    page.text(f"{label('budget').capitalize()} {kronor(results['budget'])}; {label('used')} "
              f"{kronor(results['spent'])}; {label('left')} {kronor(left)}.", 10, bold=True,
              gap=3)


def option_text(options: dict, label) -> str:
    """The signed rule options, one clause each (results.json `options`)."""
    parts = []
    for key, name in (("min_score", "opt.min_score"), ("min_voter_share_percent", "opt.share"),
                      ("eligibility_k", "opt.eligibility")):
        if key in options:
            parts.append(label(name).replace("{n}", str(options[key])))
    for group in options.get("incompatible", []):
        parts.append(label("opt.incompatible").replace("{ids}", ", ".join(group)))
    return "; ".join(parts)


def not_funded(options: dict | None, pid: str, label) -> str:
    """'no', and why when a rule option decided it."""
    if options:
        reason = options.get("set_aside", {}).get(pid)
        if reason:
            return f"{label('no')}: {label('why.' + reason)}"
        rival = options.get("incompatible_skipped", {}).get(pid)
        if rival:
            return f"{label('no')}: {label('why.incompatible').replace('{id}', rival)}"
    return label("no")


def _conflicts(page: Page, results: dict, label) -> None:
    conflicts = results["conflicts"]
    page.text(f"{label('duplicates')}: {len(conflicts)}", 13, bold=True, gap=1)
    if not conflicts:
        page.text(label("no_conflicts"), 9, gap=3)
        return
    rows = []
    for number, conflict in enumerate(conflicts, start=1):
        kept = conflict["kept"]
        for record in conflict["records"]:
            is_kept = kept is not None and (record["station"], record["seq"]) == (
                kept["station"], kept["seq"])
            rows.append([str(number), record["station"][:4], str(record["seq"]),
                         record["cast_at"], label("kept" if is_kept else "set_aside_one")])
    page.table([("#", 10, "l"), (label("station"), 22, "l"), (label("seq"), 22, "r"),
                (label("cast_at"), 60, "l"), (label("decision"), 60, "l")], rows, 8)


def _signatures(page: Page, label) -> None:
    page.ensure(62)
    page.y += 4
    page.text(label("certify"), 9.5, gap=4)
    column = (page.width - 10) / 2
    painter = page.painter
    for key in ("place_date", "signature", "name"):
        for index in range(2):
            x = page.left + index * (column + 10)
            painter.drawLine(int(page.px(x)), int(page.px(page.y + 9)),
                             int(page.px(x + column)), int(page.px(page.y + 9)))
            painter.setFont(font(8))
            painter.drawText(page.rect(x, page.y + 10, column, 5), 0, label(key))
        page.y += 17
