"""A forked station (a copied station folder that exports first, then the genuine one): the
tally refuses both copies from the fork point on, reports which records and files conflict,
sets the held records aside as `fork` at the count, and the election office's decision
(`kiosk tally resolve-fork`) keeps one copy, or neither, and goes into the published record."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.package.authority_keys import load_tally
from kiosk.tally.counting import count_election
from kiosk.tally.dashboard_view import dashboard_view
from kiosk.tally.fork_resolve import resolve_fork
from kiosk.tally.forks import ForkError
from kiosk.tally.importer import ACCEPTED, ImportRefused, import_export
from kiosk.tally.publish import publish_record
from kiosk.tally.record_verify import check_code, verify_record
from kiosk.tally.status import status_lines, tally_status
from tests.conftest import make_world
from tests.tally_worlds import cast, export, new_tally

EVIDENCE = "box verify at Hagaby bibliotek 2027-04-02 10:14, audit log sha256 3f0c…"


def forked(tmp_path: Path) -> tuple[dict, dict]:
    """A station with records 1..2, copied; then the genuine one casts 3..5, the copy 3..4.
    (world, copy): `copy` is the same world with the copied folder as its station."""
    world = make_world(tmp_path, stations=1, demo=True)
    cast(world, 0, 2)
    copy_dir = Path(world["stations"][0] + "-copy")
    shutil.copytree(world["stations"][0], copy_dir)
    copy = dict(world, stations=[str(copy_dir)], station=str(copy_dir))
    cast(world, 0, 3, seed=2)
    cast(copy, 0, 2, seed=3)
    return world, copy


def refused(store, package, data: bytes, name: str) -> str:
    with pytest.raises(ImportRefused) as error:
        import_export(store, package, data, name)
    return error.value.message_id


def count_and_publish(store, package, world, out: Path) -> tuple[dict, Path]:
    store.set_state("closed")
    keys = load_tally(Path(world["tally_key"]), world["passphrase"])
    results = count_election(store, package, keys, rule="greedy", show_progress=False)
    folder = publish_record(store, package, out)
    report = verify_record(folder, authority=world["authority_fingerprint"],
                           show_progress=False)
    assert report["ok"]
    return results, folder


def bulletin_statuses(folder: Path) -> dict[int, str]:
    rows = (folder / "bulletin.csv").read_text().splitlines()[1:]
    return {int(r.split(",")[2]): r.split(",")[3] for r in rows}


def test_both_copies_are_refused_from_the_fork_point_and_set_aside(db_url, tmp_path):
    world, copy = forked(tmp_path)
    store, package = new_tally(db_url, world)
    try:
        a = export(copy, 0, tmp_path / "a").read_bytes()  # the copy delivers first: 1..4
        assert import_export(store, package, a, "copy-1-4").status == ACCEPTED
        genuine = export(world, 0, tmp_path / "b").read_bytes()  # 1..5, parts at record 3
        assert refused(store, package, genuine, "genuine-1-5") == "tally.conflict"
        [fork] = store.fork_rows()
        assert (fork.fork_seq, fork.resolution) == (3, None)
        # not first-come: the copy's next file is refused as well as the genuine station's
        cast(copy, 0, 1, seed=4)
        assert refused(store, package, export(copy, 0, tmp_path / "a2").read_bytes(),
                       "copy-5") == "tally.forked"
        cast(world, 0, 1, seed=5)
        assert refused(store, package, export(world, 0, tmp_path / "b2").read_bytes(),
                       "genuine-6") == "tally.forked"
        # the officials see which records and which files conflict
        status = tally_status(store)
        [seen] = status["forks"]
        assert (seen["fork_seq"], seen["resolution"]) == (3, "open")
        assert [f["file"] for f in seen["held_files"]] == ["copy-1-4"]
        assert [f["file"] for f in seen["refused_files"]] == ["genuine-1-5", "copy-5",
                                                              "genuine-6"]
        text = "\n".join(status_lines(status))
        assert "FORK: station" in text and "from record 3" in text and "resolve-fork" in text
        [shown] = dashboard_view(store)["forks"]  # the officials' dashboard, the same facts
        assert (shown["fork_seq"], shown["resolution"]) == (3, "open")
        assert shown["files"][0].startswith("held (copy A): copy-1-4")
        assert [f.split(" ")[1] for f in shown["files"][1:]] == ["genuine-1-5", "copy-5",
                                                                 "genuine-6"]
        # the count sets the held records from the fork point aside, unopened
        results, folder = count_and_publish(store, package, world, tmp_path / "record")
        assert results["records"] == 4 and results["opened"] == 2
        assert results["excluded"] == {"fork": 2}
        assert results["forks"][0]["resolution"] == "open"
        statuses = bulletin_statuses(folder)
        assert statuses == {1: "counted", 2: "counted", 3: "fork", 4: "fork"}
        code = (folder / "bulletin.csv").read_text().splitlines()[3].split(",")[0]
        assert "two copies" in check_code(folder, code)["sentence"]
    finally:
        store.dispose()


def test_the_office_keeps_the_genuine_copy_that_came_second(db_url, tmp_path):
    world, copy = forked(tmp_path)
    store, package = new_tally(db_url, world)
    try:
        a = export(copy, 0, tmp_path / "a")
        import_export(store, package, a.read_bytes(), "copy-1-4")
        genuine = export(world, 0, tmp_path / "b")
        refused(store, package, genuine.read_bytes(), "genuine-1-5")
        done = resolve_fork(store, package, store.fork_rows()[0].station_id[:4],
                            str(genuine), EVIDENCE)
        assert (done["resolution"], done["records"]) == ("kept-b", 5)
        [row] = store.station_rows()
        assert (row["last_seq"], row["ballots"], row["files"]) == (5, 5, 1)
        # from now on the copy ruled not genuine is refused; the genuine station goes on
        cast(copy, 0, 1, seed=4)
        assert refused(store, package, export(copy, 0, tmp_path / "a2").read_bytes(),
                       "copy-5") == "tally.forked"
        cast(world, 0, 1, seed=5)
        assert import_export(store, package, export(world, 0, tmp_path / "b2").read_bytes(),
                             "genuine-6").status == ACCEPTED
        with pytest.raises(ForkError) as error:
            resolve_fork(store, package, row["station_id"], "none", EVIDENCE)
        assert error.value.message_id == "fork.resolved"
        results, folder = count_and_publish(store, package, world, tmp_path / "record")
        assert results["records"] == 6 and results["excluded"] == {}
        [decided] = results["forks"]
        assert decided["resolution"] == "kept-b" and decided["evidence"] == EVIDENCE
        assert [p.read_bytes() for p in (folder / "forks").iterdir()] == [a.read_bytes()]
        assert set(bulletin_statuses(folder).values()) == {"counted"}
    finally:
        store.dispose()


def test_the_office_keeps_the_first_copy_or_neither(db_url, tmp_path):
    world, copy = forked(tmp_path)
    store, package = new_tally(db_url, world)
    try:
        a = export(copy, 0, tmp_path / "a")
        import_export(store, package, a.read_bytes(), "copy-1-4")
        genuine = export(world, 0, tmp_path / "b")
        refused(store, package, genuine.read_bytes(), "genuine-1-5")
        station = store.fork_rows()[0].station_id
        with pytest.raises(ForkError) as error:
            resolve_fork(store, package, station, str(a), "  ")
        assert error.value.message_id == "fork.no_evidence"
        with pytest.raises(ForkError) as error:
            resolve_fork(store, package, "ZZZZ", str(a), EVIDENCE)
        assert error.value.message_id == "fork.unknown"
        assert resolve_fork(store, package, station, str(a), EVIDENCE)["resolution"] == "kept-a"
        assert refused(store, package, genuine.read_bytes(), "genuine-1-5") == "tally.forked"
        cast(copy, 0, 1, seed=4)
        assert import_export(store, package, export(copy, 0, tmp_path / "a2").read_bytes(),
                             "copy-5").status == ACCEPTED
        results, _folder = count_and_publish(store, package, world, tmp_path / "record")
        assert results["records"] == 5 and results["excluded"] == {}
        assert results["forks"][0]["resolution"] == "kept-a"
    finally:
        store.dispose()


def test_keeping_neither_sets_both_aside_for_good(tmp_path):
    world, copy = forked(tmp_path)
    store, package = new_tally(f"sqlite:///{tmp_path / 'tally.db'}", world)
    try:
        import_export(store, package, export(copy, 0, tmp_path / "a").read_bytes(), "copy")
        genuine = export(world, 0, tmp_path / "b").read_bytes()
        refused(store, package, genuine, "genuine")
        station = store.fork_rows()[0].station_id
        assert resolve_fork(store, package, station, "none", EVIDENCE)["resolution"] == \
            "kept-neither"
        assert refused(store, package, genuine, "genuine") == "tally.forked"
        results, folder = count_and_publish(store, package, world, tmp_path / "record")
        assert results["excluded"] == {"fork": 2}
        assert bulletin_statuses(folder) == {1: "counted", 2: "counted", 3: "fork", 4: "fork"}
    finally:
        store.dispose()


def test_a_record_that_marks_a_fork_wrongly_does_not_verify(tmp_path):
    """The verifier holds bulletin.csv's `fork` statuses to results.json's forks."""
    from kiosk.tally import record_verify

    results = {"forks": [{"station": "S", "fork_seq": 3, "resolution": "open",
                          "files_not_kept": []}]}
    (tmp_path / "forks").mkdir()
    right = {("S", 1): "counted", ("S", 2): "counted", ("S", 3): "fork"}
    assert "1 record(s) set aside as fork" in record_verify._verify_forks(tmp_path, results,
                                                                         right)
    for wrong in ({**right, ("S", 3): "counted"}, {**right, ("S", 2): "fork"}):
        with pytest.raises(Exception, match="marked fork"):
            record_verify._verify_forks(tmp_path, results, wrong)


def test_the_commands_officials_use(tmp_path, capsys):
    from kiosk.cli.main import main
    from kiosk.tally.reports.protocol_labels import PROTOCOL_LABELS

    world, copy = forked(tmp_path)
    url = f"sqlite:///{tmp_path / 'tally.db'}"
    store, package = new_tally(url, world)
    a = export(copy, 0, tmp_path / "a")
    b = export(world, 0, tmp_path / "b")
    assert main(["tally", "import", "--db", url, "--quiet", str(a)]) == 0
    assert main(["tally", "import", "--db", url, "--quiet", str(b)]) == 1
    capsys.readouterr()
    assert main(["tally", "status", "--db", url]) == 0
    out = capsys.readouterr().out
    station = store.fork_rows()[0].station_id[:4]
    assert f"FORK: station {station}: two copies of its chain disagree from record 3" in out
    assert f"resolve-fork --station {station}" in out and "held (copy A)" in out
    assert main(["tally", "resolve-fork", "--db", url, "--station", station, "--keep",
                 str(tmp_path / "missing.export"), "--evidence", "x"]) == 2
    assert "cannot read it" in capsys.readouterr().err
    assert main(["tally", "resolve-fork", "--db", url, "--station", station, "--keep", str(b),
                 "--evidence", EVIDENCE]) == 0
    assert "kept copy B" in capsys.readouterr().out
    assert main(["tally", "status", "--db", url]) == 0
    assert "FORK (decided" in capsys.readouterr().out
    assert all("set_aside.fork" in labels for labels in PROTOCOL_LABELS.values())
    store.dispose()
