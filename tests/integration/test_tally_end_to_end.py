"""From three stations to a verified public record, through the `kiosk` command only:
simulate → export → tally init/import/status/close/count/report/publish/verify/check-code.
Then the verifier catches a changed record."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.tally.record_format import (
    ballot_line,
    bulletin_line,
    bulletin_lines,
    parse_ballot_line,
)
from tests.conftest import make_world


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = kiosk([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def record(tmp_path_factory):
    """The whole walkthrough once; tests below look at its products."""
    tmp = tmp_path_factory.mktemp("e2e")
    world = make_world(tmp, stations=3, demo=True)
    usb = tmp / "usb"
    usb.mkdir()
    db = f"sqlite:///{tmp / 'tally.db'}"
    steps = {}
    for index, station in enumerate(world["stations"]):
        assert kiosk(["simulate", "--data", station, "--ballots", str(6 + index)]) == 0
        assert kiosk(["export", "--data", station, "--out", str(usb)]) == 0
    files = sorted(str(p) for p in usb.glob("*.export"))
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    steps["import"] = kiosk(["tally", "import", "--db", db, *files])
    steps["import_again"] = kiosk(["tally", "import", "--db", db, *files])
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp / "pass").write_text("demo\n", encoding="utf-8")
    steps["count"] = kiosk(["tally", "count", "--db", db, "--key", world["tally_key"],
                            "--rule", "greedy", "--passphrase-file", str(tmp / "pass"),
                            "--quiet"])
    steps["report"] = kiosk(["tally", "report", "--db", db, "--out", str(tmp / "report")])
    steps["publish"] = kiosk(["tally", "publish", "--db", db, "--out", str(tmp / "record")])
    return {"tmp": tmp, "world": world, "db": db, "steps": steps, "files": files}


def test_every_step_succeeds(record, capsys):
    assert record["steps"] == {"import": 0, "import_again": 0, "count": 0, "report": 0,
                               "publish": 0}
    code, out, _err = run(capsys, "tally", "status", "--db", record["db"], "--json")
    status = json.loads(out)
    assert code == 0 and status["ballots"] == 6 + 7 + 8 and status["state"] == "counted"
    assert sorted(s["ballots"] for s in status["stations"]) == [6, 7, 8]
    assert all(s["files"] == 1 and s["last_seq"] == s["ballots"] for s in status["stations"])


def test_import_output_names_files_and_rejections(record, capsys, tmp_path):
    bad = tmp_path / "bad.export"
    data = bytearray(Path(record["files"][0]).read_bytes())
    data[200] ^= 1
    bad.write_bytes(bytes(data))
    db = f"sqlite:///{tmp_path / 'fresh.db'}"
    assert kiosk(["tally", "init", "--package", record["world"]["package"], "--db", db,
                  "--authority", record["world"]["authority_public"]]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "tally", "import", "--db", db, str(bad), *record["files"])
    assert code == 1
    assert err.count("\n") == 1 and err.startswith(f"{bad}: rejected: station ")
    assert out.count("accepted") == 3
    code, out, err = run(capsys, "tally", "import", "--db", db, *record["files"])
    assert code == 0 and out.count("already imported, nothing changed") == 3


def test_published_record_verifies_and_codes_are_found(record, capsys):
    folder = record["tmp"] / "record"
    code, out, _err = run(capsys, "tally", "verify", str(folder), "--authority",
                          record["world"]["authority_fingerprint"], "--quiet")
    assert code == 0 and "OK: the record is consistent" in out
    assert "Not checkable without the tally key" in out
    line = (folder / "bulletin.csv").read_text(encoding="ascii").splitlines()[3]
    tracking = line.split(",")[0]
    code, out, _err = run(capsys, "tally", "check-code", str(folder), tracking.lower())
    assert code == 0 and "counted" in out and tracking in out
    code, out, _err = run(capsys, "tally", "check-code", str(folder), "0000-0000-0000-0000")
    assert code == 1 and "not in this election record" in out
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert {"election.pkg", "bulletin.csv", "ballots.jsonl", "results.json", "results.pb",
            "SHA256SUMS", "README.txt"} <= names
    assert len([n for n in names if n.startswith("exports/")]) == 3
    assert len([n for n in names if n.startswith("certificates/")]) == 3
    for export_file in record["files"]:  # every export file as received, byte for byte
        data = Path(export_file).read_bytes()
        assert any((folder / n).read_bytes() == data for n in names if n.startswith("exports/"))


def test_reports_are_written(record):
    report = record["tmp"] / "report"
    for name in ("protocol.pdf", "results.csv", "stations.csv", "results.png", "results.pb",
                 "results.json", "poster-sv.pdf", "poster-ar.pdf", "poster-smj.pdf",
                 "protocol-se.pdf", "protocol-ar.pdf", "protocol-sv-simple.pdf"):
        assert (report / name).stat().st_size > 200, name
    assert (report / "protocol.pdf").read_bytes().startswith(b"%PDF")
    csv_bytes = (report / "results.csv").read_bytes()
    assert csv_bytes.startswith(b"\xef\xbb\xbf") and "ö".encode() in csv_bytes
    results = json.loads((report / "results.json").read_text(encoding="utf-8"))
    assert results["opened"] == 21 and results["rule"] == "greedy"


def _copy_record(record, tmp_path) -> Path:
    target = tmp_path / "record"
    shutil.copytree(record["tmp"] / "record", target)
    return target


def _reseal(folder: Path, name: str) -> None:
    """Update SHA256SUMS after a change, as a forger would."""
    lines = []
    for line in (folder / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, _, file_name = line.partition("  ")
        if file_name == name:
            digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        lines.append(f"{digest}  {file_name}")
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n", encoding="ascii")


def _verify_fails(capsys, folder: Path, record: dict) -> str:
    code, _out, err = run(capsys, "tally", "verify", str(folder), "--quiet", "--authority",
                          record["world"]["authority_fingerprint"])
    assert code == 2 and err.startswith("kiosk: verify failed: ") and err.count("\n") == 1
    return err


def test_verify_catches_a_changed_ballot(record, capsys, tmp_path):
    folder = _copy_record(record, tmp_path)
    lines = (folder / "ballots.jsonl").read_bytes().splitlines(keepends=True)
    ballot = parse_ballot_line(lines[0])
    other = "p1" if "p1" not in (ballot["choices"] or []) else "p2"
    choices = json.dumps(sorted(set(ballot["choices"][:1]) | {other}),
                         separators=(",", ":"))
    lines[0] = ballot_line(0, choices, ballot["language"], ballot["assisted"], None)
    (folder / "ballots.jsonl").write_bytes(b"".join(lines))
    err = _verify_fails(capsys, folder, record)
    assert "ballots.jsonl: its SHA-256 does not match SHA256SUMS" in err
    _reseal(folder, "ballots.jsonl")
    err = _verify_fails(capsys, folder, record)
    assert "ballots.jsonl is not the list of ballots the tally signed" in err


def test_verify_catches_changed_results_bulletin_and_missing_files(record, capsys, tmp_path):
    folder = _copy_record(record, tmp_path / "a")
    envelope = json.loads((folder / "results.json").read_text(encoding="utf-8"))
    envelope["signed"]["funded"] = envelope["signed"]["funded"][:-1]
    from kiosk.crypto.canonical import canonical

    (folder / "results.json").write_bytes(canonical(envelope) + b"\n")
    _reseal(folder, "results.json")
    assert "the tally's signature does not verify" in _verify_fails(capsys, folder, record)

    folder = _copy_record(record, tmp_path / "b")
    text = (folder / "bulletin.csv").read_text(encoding="ascii").replace(",counted\n",
                                                                        ",duplicate\n", 1)
    (folder / "bulletin.csv").write_text(text, encoding="ascii")
    _reseal(folder, "bulletin.csv")
    assert "bulletin.csv is not the bulletin the tally signed" in _verify_fails(capsys, folder,
                                                                                record)

    folder = _copy_record(record, tmp_path / "c")
    victim = sorted((folder / "exports").iterdir())[0]
    victim.unlink()
    assert "is listed in SHA256SUMS but missing" in _verify_fails(capsys, folder, record)

    folder = _copy_record(record, tmp_path / "d")  # ... and with SHA256SUMS made to agree
    victim = sorted((folder / "exports").iterdir())[0]
    victim.unlink()
    name = f"exports/{victim.name}"
    sums = [line for line in (folder / "SHA256SUMS").read_text(encoding="ascii").splitlines()
            if not line.endswith(name)]
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="ascii")
    err = _verify_fails(capsys, folder, record)
    assert "certificates/" in err or "bulletin.csv line" in err


def test_bulletin_lines_of_a_block_are_its_records_bulletin_lines():
    codes = ["7K2M-Q9XD-4TNB-8C1F", "0000-0000-0000-0000", "ZZZZ-ZZZZ-ZZZZ-ZZZZ"]
    statuses = ["counted", "duplicate", "no-outer-envelope"]
    assert bulletin_lines(codes, "AB12", 9, statuses) == b"".join(
        bulletin_line(code, "AB12", seq, status)
        for code, seq, status in zip(codes, (9, 10, 11), statuses, strict=True))


def test_ballot_line_is_canonical_json():
    from kiosk.crypto.canonical import canonical

    for args in ((0, '["p1","p2"]', "sv", False, None), (9, None, None, True, "ballot.malformed"),
                 (41, '{"p1":3,"p2":1}', "ar", True, "ballot.points_over_total"),
                 (3, "[]", 'se"x', False, None)):
        position, choices, language, assisted, reason = args
        value = {"n": position + 1, "choices": None if choices is None else json.loads(choices),
                 "language": language, "assisted": assisted, "reason": reason}
        assert ballot_line(*args) == canonical(value) + b"\n"
        assert parse_ballot_line(ballot_line(*args)) == value


def _one_line_error(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.startswith("kiosk: ") and err.count("\n") == 1, err
    return err


def test_user_errors_are_one_line_and_touch_nothing(record, capsys, tmp_path):
    missing = tmp_path / "typo.db"
    err = _one_line_error(capsys, "tally", "status", "--db", f"sqlite:///{missing}")
    assert "there is no such database file" in err
    assert not missing.exists()  # a mistyped --db leaves no empty database behind
    err = _one_line_error(capsys, "tally", "verify", str(record["tmp"] / "report"), "--quiet",
                          "--authority", record["world"]["authority_fingerprint"])
    assert "is not an election record" in err
    err = _one_line_error(capsys, "tally", "check-code", str(record["tmp"] / "report"),
                          "7K2M-Q9XD-4TNB-8C1F")
    assert "is not an election record" in err
    err = _one_line_error(capsys, "tally", "count", "--db", record["db"], "--rule", "greedy",
                          "--key", record["world"]["tally_key"])
    assert "counted already" in err  # refused before any passphrase is asked for
    code, _out, err = run(capsys, "tally", "import", "--db", record["db"], record["files"][0])
    assert code == 1 and err.count("\n") == 1 and "intake is closed" in err


def test_record_verifies_when_stations_files_arrive_interleaved(db_url, tmp_path, capsys):
    """Files imported one at a time, station A's second file after station B's first (as sync
    delivers them): the bulletin still lists records in (station, sequence) order and the
    published record verifies."""
    world = make_world(tmp_path, stations=2, demo=True)
    db = db_url
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    files = {}
    for index, station in enumerate(world["stations"]):
        for part in (1, 2):
            out = tmp_path / f"usb-{index}-{part}"
            out.mkdir()
            assert kiosk(["simulate", "--data", station, "--ballots", "3"]) == 0
            assert kiosk(["export", "--data", station, "--out", str(out)]) == 0
            files[(index, part)] = next(out.glob("*.export"))
    # ids in the database: A1, B1, A2, B2; (station, seq) order is another, whichever id is A
    for key in ((0, 1), (1, 1), (0, 2), (1, 2)):
        assert kiosk(["tally", "import", "--db", db, str(files[key])]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp_path / "pass").write_text("demo\n", encoding="utf-8")
    assert kiosk(["tally", "count", "--db", db, "--key", world["tally_key"],
                  "--passphrase-file", str(tmp_path / "pass"), "--quiet"]) == 0
    assert kiosk(["tally", "publish", "--db", db, "--out", str(tmp_path / "record")]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "tally", "verify", str(tmp_path / "record"), "--authority",
                         world["authority_public"])
    assert code == 0, err
    lines = (tmp_path / "record" / "bulletin.csv").read_text(encoding="ascii").splitlines()[1:]
    keys = [(row.split(",")[1], int(row.split(",")[2])) for row in lines]
    assert keys == sorted(keys) and len(keys) == 12


def test_verify_catches_files_of_a_station_that_do_not_chain(record, capsys, tmp_path):
    """A station's records split over two files, the second chained to another record than
    the last of the first (a forked station): every file verifies alone, no record is missing
    or differs, but the chain is broken between the files."""
    from tests.tally_worlds import rebuild_export, sign_record, split_export, station_key

    folder = _copy_record(record, tmp_path)
    world = record["world"]
    victim = next(p for p in sorted((folder / "exports").iterdir())
                  if split_export(p.read_bytes())[0]["station"]
                  == station_key(world, 0).public.fingerprint)
    header, records = split_export(victim.read_bytes())
    key = station_key(world, 0)
    first = rebuild_export(header, records[:3], key)
    other, forked = bytes.fromhex("ab" * 32), []
    for _seq, _digest, body, _sig, _outer in records[3:]:
        fields = json.loads(body)
        fields["prev"] = (forked[-1][1] if forked else other).hex()
        forked.append(sign_record(key, fields))
    assert forked[0][0] == 4
    second = rebuild_export(header, forked, key, prev_hash=other)
    victim.unlink()
    sums = [line for line in (folder / "SHA256SUMS").read_text(encoding="ascii").splitlines()
            if not line.endswith(f"exports/{victim.name}")]
    for name, data in (("a-1.export", first), ("a-2.export", second)):
        (folder / "exports" / name).write_bytes(data)
        sums.append(f"{hashlib.sha256(data).hexdigest()}  exports/{name}")
    (folder / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="ascii")
    err = _verify_fails(capsys, folder, record)
    assert "exports/a-2.export: station" in err and "record 4 does not chain to record 3" in err
