"""The follow-up ("uppföljning"): who took part, by station, channel, language, assisted session
and the follow-up questions' answers — counted when the ballots are opened, kept in the tally
database (never published per ballot), printed with small cells suppressed
(kiosk/tally/statistics.py) as `evaluation.csv` and `evaluation.pdf` by
`kiosk tally evaluation --out DIR`.

Hour of day is not among the facts: a ballot carries no time by design (docs/architecture.md,
"No time stamps in records"), so the tally has none to count by.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from pathlib import Path

from kiosk.domain.election import Election
from kiosk.domain.errors import KioskError
from kiosk.domain.languages import LANGUAGES
from kiosk.package.files import write_atomic
from kiosk.tally.statistics import DEFAULT_MIN_CELL, Statistics, Table, build

NO_ANSWER = "no-answer"
STATISTICS_VERSION = 1

# Swedish names for the report (the municipality's own follow-up is in Swedish)
FACT_NAMES = {"station": "Röstplats", "channel": "Sätt att rösta", "language": "Språk",
              "assisted": "Med möjliggörare"}
VALUE_NAMES = {("channel", "touch"): "Pekskärm", ("channel", "paper"): "Papper",
               ("assisted", "yes"): "Ja", ("assisted", "no"): "Nej"}
NO_ANSWER_NAME = "Inget svar"
HIDDEN = "–"


def statistics_record(cells: Counter) -> str:
    """What the count keeps for the follow-up: counts per (station, channel, language,
    assisted, answers), as JSON in the tally database's meta table."""
    rows = [[station, channel, language, assisted, dict(answers), n]
            for (station, channel, language, assisted, answers), n in sorted(
                cells.items(), key=lambda item: repr(item[0]))]
    return json.dumps({"v": STATISTICS_VERSION, "cells": rows}, ensure_ascii=False,
                      sort_keys=True)


def participation(store, election: Election) -> Statistics:
    raw = store.meta().get("statistics")
    if raw is None:
        raise KioskError("tally.no_statistics", "the election has not been counted yet (or was "
                         "counted by an older version); run `kiosk tally count` first")
    record = json.loads(raw)
    if record.get("v") != STATISTICS_VERSION:
        raise KioskError("tally.statistics_version", "the tally database's statistics are of "
                         f"another version ({record.get('v')!r}); count again with this version")
    labels = {s["station_id"]: s["label"] or s["station_id"][:8] for s in store.station_rows()}
    questions = election.survey.questions
    facts = ("station", "channel", "language", "assisted", *(q.id for q in questions))
    records = []
    for station, channel, language, assisted, answers, n in record["cells"]:
        values = {"station": labels.get(station, station), "channel": channel,
                  "language": language, "assisted": "yes" if assisted else "no"}
        for q in questions:
            values[q.id] = answers.get(q.id, NO_ANSWER)
        records.append((values, n))
    categories = {"channel": ("touch", "paper"), "assisted": ("no", "yes"),
                  "language": tuple(election.languages)}
    for q in questions:
        categories[q.id] = (*q.answers, NO_ANSWER)
    min_cell = election.survey.min_cell if election.survey.asks else DEFAULT_MIN_CELL
    # results.json and the protocol already publish each station's ballots, languages and
    # assisted sessions: those are printed as they are and taken as known when hiding the rest
    return build(records, facts, tuple(q.id for q in questions), categories, min_cell,
                 public=("station", "language", "assisted"))


def fact_name(election: Election, fact: str) -> str:
    if fact in FACT_NAMES:
        return FACT_NAMES[fact]
    texts = election.survey.text("sv", election.default_language) if "sv" in \
        election.survey.texts else election.survey.text(election.default_language,
                                                        election.default_language)
    return texts.questions.get(fact, fact)


def value_name(election: Election, fact: str, value: str) -> str:
    if (fact, value) in VALUE_NAMES:
        return VALUE_NAMES[(fact, value)]
    if fact == "language":
        language = LANGUAGES.get(value)
        return language.native_name if language else value
    if value == NO_ANSWER:
        return NO_ANSWER_NAME
    if fact in {q.id for q in election.survey.questions}:
        lang = "sv" if "sv" in election.survey.texts else election.default_language
        return election.survey.texts[lang].answers[fact].get(value, value)
    return value


def table_title(election: Election, table: Table) -> str:
    title = fact_name(election, table.row_fact)
    return f"{title} – per röstplats" if table.column_fact else title


def shown_text(stats: Statistics, cell) -> str:
    value = stats.shown(cell)
    return HIDDEN if value is None else str(value)


def write_evaluation_csv(path: Path, election: Election, stats: Statistics) -> Path:
    """One row per printed number: table, row, column, count ('–' where hidden)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["tabell", "rad", "kolumn", "antal"])
    for table in stats.tables:
        title = table_title(election, table)
        columns = list(table.columns) if table.column_fact else [None]
        for row in (*table.rows, None):
            for column in (*columns, None) if table.column_fact else (None,):
                writer.writerow([
                    title, "Totalt" if row is None else value_name(election, table.row_fact, row),
                    "" if not table.column_fact else "Totalt" if column is None
                    else value_name(election, table.column_fact, column),
                    shown_text(stats, table.cell(row, column))])
    writer.writerow([])
    writer.writerow([f"{HIDDEN} = dolt: färre än {stats.min_cell} röster, eller dolt för att ett "
                     "litet antal inte ska kunna räknas fram ur summorna"])
    write_atomic(path, b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path

