"""Write the site: the fixed assets (package data) and the data files of one record."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally.site.ballot_groups import ballot_groups
from kiosk.tally.site.bulletin_shards import shards
from kiosk.tally.site.record_data import SMALL_CELL, record_data

SITE_FOLDER = "site"
ASSETS = ("index.html", "site.css", "app.js", "rules.js")


class SiteError(KioskError):
    """The results site cannot be written."""


def script(name: str, value: object) -> bytes:
    """`window.NAME = value;` — JSON is valid JavaScript; `</` is escaped so that no value
    can end a script element early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.{name} = {text};\n".encode()


def strings() -> dict:
    return json.loads(resources.files("kiosk.tally.site").joinpath("strings.json").read_text(
        encoding="utf-8"))


def write_site(record: Path, package: LoadedPackage, results: dict, bulletin: bytes,
               sums: dict[str, str], threshold: int = SMALL_CELL) -> dict[str, str]:
    """Write `record/site/`; returns {path relative to record: SHA-256} of every file."""
    site = Path(record) / SITE_FOLDER
    files: dict[str, bytes] = {}
    assets = resources.files("kiosk.tally.site").joinpath("assets")
    for name in ASSETS:
        files[name] = assets.joinpath(name).read_bytes()
    files["data/strings.js"] = script("KIOSK_STRINGS", strings())
    files["data/record.js"] = script("KIOSK_RECORD", record_data(
        package.election, results, sums, package.authority_fingerprint, threshold))
    files["data/ballots.js"] = script("KIOSK_BALLOTS", ballot_groups(Path(record) /
                                                                    "ballots.jsonl"))
    files.update(shards(bulletin))
    written = {}
    try:
        for folder in {(site / name).parent for name in files}:
            folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            write_atomic(site / name, data)
            written[f"{SITE_FOLDER}/{name}"] = hashlib.sha256(data).hexdigest()
    except OSError as error:
        raise SiteError("site.write_failed", f"the results site cannot be written to {site}: "
                        f"{error.strerror}") from None
    return written
