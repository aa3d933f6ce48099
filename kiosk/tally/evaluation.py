"""The follow-up ("uppföljning"): who took part, by station, channel, language, assisted session
and the follow-up questions' answers — counted when the ballots are opened, kept in the tally
database (never published per ballot), printed with small cells suppressed
(kiosk/tally/statistics.py) as `evaluation.csv` and `evaluation.pdf` by
`kiosk tally evaluation --out DIR`.

Hour of day is not among these facts: a ballot (the inner envelope) carries no time by design
(docs/architecture.md, "No time stamps in records"). Turnout by hour and by date comes from the
duplicate check instead, which counts records per station and hour from the outer envelopes
(kiosk.tally.turnout), and is printed as tables of its own (`hour_statistics`): they share no
cell with the tables above but the stations' totals, which results.json publishes anyway.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from kiosk.domain.election import Election
from kiosk.domain.errors import KioskError
from kiosk.domain.languages import LANGUAGES
from kiosk.package.files import write_atomic
from kiosk.tally.statistics import DEFAULT_MIN_CELL, Statistics, Table, build
from kiosk.tally.turnout import UNKNOWN_HOUR

NO_ANSWER = "no-answer"
STATISTICS_VERSION = 1

# Swedish names for the report (the municipality's own follow-up is in Swedish)
FACT_NAMES = {"station": "Röstplats", "channel": "Sätt att rösta", "language": "Språk",
              "assisted": "Med möjliggörare", "hour": "Röster per timme (klockslag)",
              "date": "Röster per dag"}
UNKNOWN = "unknown"  # an hour or date the duplicate check could not read
UNKNOWN_NAME = "Okänd tid"
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
          "september", "oktober", "november", "december")
VALUE_NAMES = {("channel", "touch"): "Pekskärm", ("channel", "paper"): "Papper",
               ("assisted", "yes"): "Ja", ("assisted", "no"): "Nej"}
NO_ANSWER_NAME = "Inget svar"
POTS_TITLE = "Röster per del av budgeten"
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
    labels = station_labels(store)
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
    min_cell = _min_cell(election)
    # results.json and the protocol already publish each station's ballots, languages and
    # assisted sessions: those are printed as they are and taken as known when hiding the rest
    return build(records, facts, tuple(q.id for q in questions), categories, min_cell,
                 public=("station", "language", "assisted"))


def station_labels(store) -> dict[str, str]:
    return {s["station_id"]: s["label"] or s["station_id"][:8] for s in store.station_rows()}


def hour_statistics(store, election: Election) -> Statistics | str:
    """Turnout by hour of day (all stations, and per station) and by date, suppressed like
    the rest; or, where there is none, the sentence the report prints instead."""
    if not election.eligibility.has_voter_token:
        return ("Röster per timme finns inte för det här valet: det identifierar inga väljare, "
                "så rösterna har inget yttre kuvert och ingen röst bär någon tid.")
    rows = store.turnout_hour_rows()
    if rows is None:
        return ("Röster per timme finns inte: dubblettkontrollen kördes med en äldre version "
                "av Röstkiosk, som inte räknade rösterna per timme.")
    if not rows:
        return "Röster per timme: inga röster räknades, så det finns inget att visa."
    labels = station_labels(store)
    records = [({"station": labels.get(station, station),
                 "hour": UNKNOWN if hour == UNKNOWN_HOUR else f"{hour:02d}",
                 "date": day or UNKNOWN}, n) for station, day, hour, n in rows]
    hours = sorted(hour for _s, _d, hour, _n in rows if hour != UNKNOWN_HOUR)
    days = sorted({day for _s, day, _h, _n in rows if day})
    categories = {"hour": tuple(f"{h:02d}" for h in range(hours[0], hours[-1] + 1)) if hours
                  else (), "date": _days_between(days)}
    # each station's total is its counted ballots, published in results.json: known
    return build(records, ("station", "hour", "date"), ("hour",), categories,
                 _min_cell(election), public=("station",))


def pot_turnout(store, election: Election) -> list[tuple[str, int]]:
    """A package with pots: (the pot's Swedish name, ballots that voted in it), in the
    package's order; empty without pots. results.json publishes these counts, so they are
    printed as they are."""
    envelope = store.results() if election.pots else None
    results = envelope["signed"] if envelope else None
    if not results or not results.get("pots"):
        return []
    lang = "sv" if "sv" in election.languages else election.default_language
    return [(election.pot(entry["id"]).name(lang, election.default_language), entry["ballots"])
            for entry in results["pots"]]


def _days_between(days: list[str]) -> tuple[str, ...]:
    if not days:
        return ()
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    return tuple((first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1))


def _min_cell(election: Election) -> int:
    return election.survey.min_cell if election.survey.asks else DEFAULT_MIN_CELL


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
    if value == UNKNOWN and fact in ("hour", "date"):
        return UNKNOWN_NAME
    if fact == "hour":
        return f"{value}–{(int(value) + 1) % 24:02d}"
    if fact == "date":
        day = date.fromisoformat(value)
        return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
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


def hour_tables(stats: Statistics) -> list[Table]:
    """The tables of `hour_statistics` a report prints (its station table repeats the
    participation's, number for number)."""
    return [t for t in stats.tables if t.row_fact != "station"]


def write_evaluation_csv(path: Path, election: Election, stats: Statistics,
                         hours: Statistics | str | None = None,
                         pots: list[tuple[str, int]] = ()) -> Path:
    """One row per printed number: table, row, column, count ('–' where hidden); each pot's
    turnout (`pot_turnout`); then the turnout by hour (`hour_statistics`), or the sentence why
    there is none."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["tabell", "rad", "kolumn", "antal"])
    _write_tables(writer, election, stats, stats.tables)
    for name, ballots in pots:
        writer.writerow([POTS_TITLE, name, "", ballots])
    if isinstance(hours, Statistics):
        _write_tables(writer, election, hours, hour_tables(hours))
    writer.writerow([])
    if isinstance(hours, str):  # a note, like the one below: no number in it
        writer.writerow([hours])
    writer.writerow([f"{HIDDEN} = dolt: färre än {stats.min_cell} röster, eller dolt för att ett "
                     "litet antal inte ska kunna räknas fram ur summorna"])
    write_atomic(path, b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path


def _write_tables(writer, election: Election, stats: Statistics, tables) -> None:
    for table in tables:
        title = table_title(election, table)
        columns = list(table.columns) if table.column_fact else [None]
        for row in (*table.rows, None):
            for column in (*columns, None) if table.column_fact else (None,):
                writer.writerow([
                    title, "Totalt" if row is None else value_name(election, table.row_fact, row),
                    "" if not table.column_fact else "Totalt" if column is None
                    else value_name(election, table.column_fact, column),
                    shown_text(stats, table.cell(row, column))])

