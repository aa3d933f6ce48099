"""Nothing the tally publishes or hands to the municipality names a source file: results.json,
the CSVs, the Pabulib file, the public record and the PDFs' text say the tie-break in words."""

from __future__ import annotations

import re
import subprocess

from kiosk.cli.main import main as kiosk
from kiosk.tally.count_results import TIE_BREAK
from tests.conftest import make_world

SOURCE_FILE = re.compile(r"[\w/]+\.py\b")


def test_no_published_file_names_a_python_file(tmp_path):
    world = make_world(tmp_path, stations=1, demo=True)
    usb, db = tmp_path / "usb", f"sqlite:///{tmp_path / 'tally.db'}"
    assert kiosk(["simulate", "--data", world["station"], "--ballots", "5", "--seed", "1"]) == 0
    assert kiosk(["export", "--data", world["station"], "--out", str(usb)]) == 0
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    assert kiosk(["tally", "import", "--db", db, *map(str, usb.glob("*.export"))]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp_path / "pass").write_text("demo\n", encoding="utf-8")
    assert kiosk(["tally", "count", "--db", db, "--key", world["tally_key"], "--rule", "greedy",
                  "--passphrase-file", str(tmp_path / "pass"), "--quiet"]) == 0
    assert kiosk(["tally", "report", "--db", db, "--out", str(tmp_path / "report")]) == 0
    assert kiosk(["tally", "publish", "--db", db, "--out", str(tmp_path / "record")]) == 0
    results = (tmp_path / "report" / "results.json").read_text(encoding="utf-8")
    assert "cheaper proposal" in results and SOURCE_FILE.search(TIE_BREAK) is None
    checked = 0
    for path in sorted([*(tmp_path / "report").rglob("*"), *(tmp_path / "record").rglob("*")]):
        if not path.is_file() or path.suffix in (".png", ".export", ".js", ".css"):
            continue  # pictures, the stations' own signed files, the site's own code
        if path.suffix == ".pdf":
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True,
                                  text=True, check=True).stdout
        else:
            text = path.read_bytes().decode("utf-8", errors="replace")
        found = SOURCE_FILE.search(text)
        assert found is None, f"{path.name} names {found.group()}"
        checked += 1
    assert checked >= 8


def test_the_protocol_says_the_same_words():
    from kiosk.tally.reports.protocol_labels import PROTOCOL_LABELS

    assert PROTOCOL_LABELS["en"]["tie_text"] == TIE_BREAK
