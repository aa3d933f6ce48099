"""`kiosk tally report --out DIR`: everything the municipality needs after the count.

protocol.pdf (to sign), results.csv and stations.csv (Excel), results.png (chart),
results.pb (Pabulib), results.json, poster-<language>.pdf for each language of the election and
protocol-<language>.pdf (Swedish with that language) for each one but sv and en.
Qt is used only inside this package, started by kiosk.qt_offscreen (the one start-up for
rendering without a screen).
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage
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


def write_evaluation(store: TallyStore, package: LoadedPackage, out: Path) -> list[Path]:
    """The follow-up: evaluation.csv and evaluation.pdf (kiosk/tally/evaluation.py)."""
    from kiosk.tally.evaluation import participation, write_evaluation_csv
    from kiosk.tally.reports.evaluation_pdf import write_evaluation_pdf

    election = package.election
    stats = participation(store, election)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return [write_evaluation_csv(out / "evaluation.csv", election, stats),
            write_evaluation_pdf(out / "evaluation.pdf", election, stats)]
