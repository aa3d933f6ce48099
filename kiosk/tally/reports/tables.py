"""CSV tables for spreadsheets: UTF-8 with a byte-order mark and ';' between fields, which is
what Excel in a Swedish locale opens directly with å, ä and ö intact."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kiosk.domain.election import Election
from kiosk.package.files import write_atomic
from kiosk.tally.reports.order import report_order


def _write(path: Path, header: list[str], rows: list[list]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_atomic(path, b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path


def write_results_csv(path: Path, election: Election, results: dict) -> Path:
    order = {pid: n for n, pid in enumerate(results["funded"], start=1)}
    categories = election.texts[election.default_language].categories
    rows = []
    for project in report_order(results):
        proposal = election.proposal(project["id"])
        rows.append([project["id"], proposal.texts[election.default_language].title,
                     categories.get(proposal.category, proposal.category), project["cost"],
                     project["score"],
                     "ja" if project["funded"] else "nej", order.get(project["id"], "")])
    return _write(path, ["förslag", "titel", "kategori", "kostnad_kr", "röster_eller_poäng",
                         "finansieras", "ordning"], rows)


def write_stations_csv(path: Path, results: dict) -> Path:
    rows = []
    for s in results["stations"]:
        rows.append([s["id"], s["label"], s["records"], sum(s["excluded"].values()),
                     s["opened"], s["invalid"], s["assisted"],
                     " ".join(f"{k}:{v}" for k, v in s["languages"].items())])
    return _write(path, ["station", "namn", "poster", "åsidosatta", "öppnade", "ogiltiga",
                         "assisterade", "språk"], rows)
