"""`kiosk tally report --out DIR`: everything the municipality needs after the count.

protocol.pdf (to sign), results.csv and stations.csv (Excel), results.png (chart),
results.pb (Pabulib), results.json, poster-<language>.pdf for each language of the election and
protocol-<language>.pdf (Swedish with that language) for each one but sv and en. A package
with pots gets the chart, the Pabulib file and the posters once per pot (`_pots_reports`).
Qt is used only inside this package, started by kiosk.qt_offscreen (the one start-up for
rendering without a screen).
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally.count_pots import pot_ballots, pot_view_of_results
from kiosk.tally.counting import results_of
from kiosk.tally.pb_export import pb_text
from kiosk.tally.record_format import valid_ballots
from kiosk.tally.store import TallyStore


def write_reports(store: TallyStore, package: LoadedPackage, out: Path) -> list[Path]:
    from kiosk.tally.reports.chart import write_chart
    from kiosk.tally.reports.poster import write_poster
    from kiosk.tally.reports.protocol import write_protocol
    from kiosk.tally.reports.tables import write_results_csv, write_stations_csv

    results = results_of(store)
    election = package.election
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    if election.pots:
        return _pots_reports(store, package, results, out)
    paths = [
        write_protocol(out / "protocol.pdf", election, results, package.package_hash,
                       package.authority_fingerprint),
        write_results_csv(out / "results.csv", election, results),
        write_stations_csv(out / "stations.csv", results),
        write_chart(out / "results.png", election, results),
    ]
    write_atomic(out / "results.pb", pb_text(election, results, valid_ballots(
        store.iter_opened())).encode("utf-8"))
    write_atomic(out / "results.json",
                 json.dumps(results, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    paths += [out / "results.pb", out / "results.json"]
    for language in election.languages:
        paths.append(write_poster(out / f"poster-{language}.pdf", election, results, language))
        if language not in ("sv", "en"):  # protocol.pdf is Swedish / English already
            paths.append(write_protocol(out / f"protocol-{language}.pdf", election, results,
                                        package.package_hash, package.authority_fingerprint,
                                        language))
    return paths


def _pots_reports(store: TallyStore, package: LoadedPackage, results: dict,
                  out: Path) -> list[Path]:
    """A package with pots: the protocol (one results table per pot), results.csv, stations.csv
    and results.json for the whole election; per pot its chart, its Pabulib file and its
    posters (results-<pot>.png, results-<pot>.pb, poster-<pot>-<language>.pdf)."""
    from kiosk.tally.reports.chart import write_chart
    from kiosk.tally.reports.poster import write_poster
    from kiosk.tally.reports.protocol import write_protocol
    from kiosk.tally.reports.tables import write_results_csv, write_stations_csv

    election = package.election
    paths = [
        write_protocol(out / "protocol.pdf", election, results, package.package_hash,
                       package.authority_fingerprint),
        write_results_csv(out / "results.csv", election, results),
        write_stations_csv(out / "stations.csv", results),
    ]
    write_atomic(out / "results.json",
                 json.dumps(results, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    paths.append(out / "results.json")
    for entry in results["pots"]:
        pot_id = entry["id"]
        view, pot_results = election.pot_view(pot_id), pot_view_of_results(results, pot_id)
        paths.append(write_chart(out / f"results-{pot_id}.png", view, pot_results))
        pb = out / f"results-{pot_id}.pb"
        write_atomic(pb, pb_text(view, pot_results, pot_ballots(
            valid_ballots(store.iter_opened()), pot_id)).encode("utf-8"))
        paths.append(pb)
        for language in election.languages:
            paths.append(write_poster(out / f"poster-{pot_id}-{language}.pdf", view,
                                      pot_results, language))
    for language in election.languages:
        if language not in ("sv", "en"):
            paths.append(write_protocol(out / f"protocol-{language}.pdf", election, results,
                                        package.package_hash, package.authority_fingerprint,
                                        language))
    return paths


def write_evaluation(store: TallyStore, package: LoadedPackage, out: Path) -> list[Path]:
    """The follow-up: evaluation.csv and evaluation.pdf (kiosk/tally/evaluation.py)."""
    from kiosk.tally.evaluation import (
        hour_statistics,
        participation,
        pot_turnout,
        write_evaluation_csv,
    )
    from kiosk.tally.reports.evaluation_pdf import write_evaluation_pdf

    election = package.election
    stats = participation(store, election)
    hours = hour_statistics(store, election)
    pots = pot_turnout(store, election)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return [write_evaluation_csv(out / "evaluation.csv", election, stats, hours, pots),
            write_evaluation_pdf(out / "evaluation.pdf", election, stats, hours, pots)]
