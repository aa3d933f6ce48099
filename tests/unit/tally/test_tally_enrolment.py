"""`kiosk tally enrol`: certified stations made known to the tally before they deliver, checked
against the tally's authority and election, all files or none (on SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.domain.errors import KioskError
from kiosk.package.signed_package import load_package
from kiosk.tally.enrolled import enrol_stations
from kiosk.tally.store import TallyStore
from tests.conftest import make_world


@pytest.fixture(scope="module")
def worlds(tmp_path_factory) -> dict:
    """Two worlds (two authorities), made once: the tests only read their certificates."""
    folder = tmp_path_factory.mktemp("enrol")
    return {"ours": make_world(folder / "a", stations=2),
            "other": make_world(folder / "b", stations=1)}


@pytest.fixture
def tally(tmp_path, db_url, worlds):
    world = worlds["ours"]
    package = load_package(world["package"], world["authority_fingerprint"])
    store = TallyStore.create(db_url, package_raw=package.raw,
                              election_id=package.election.id,
                              package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    yield {"world": world, "package": package, "store": store, "tmp": tmp_path,
           "other": worlds["other"]}
    store.dispose()


def certificates(world: dict) -> list[Path]:
    return [Path(folder) / "certificate.json" for folder in world["stations"]]


def test_enrolled_stations_are_kept_once_each(tally):
    store, package = tally["store"], tally["package"]
    files = certificates(tally["world"])
    rows = enrol_stations(store, package, files)
    ids = {json.loads(f.read_text())["signed"]["station"] for f in files}
    assert {row["station_id"] for row in rows} == ids and len(rows) == 2
    assert all(row["label"] for row in rows)
    assert len(enrol_stations(store, package, files[:1])) == 2  # again: still one row each


def test_a_certificate_of_another_authority_is_refused_and_nothing_is_kept(tally):
    good, foreign = certificates(tally["world"])[0], certificates(tally["other"])[0]
    with pytest.raises(KioskError) as refused:
        enrol_stations(tally["store"], tally["package"], [good, foreign])
    assert str(foreign) in str(refused.value) and "authority" in str(refused.value)
    assert tally["store"].enrolled_rows() == []  # the good one was not kept either


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"[1, 2]", b'{"signed": {}}',
                                     b"x" * (70 * 1024)])
def test_junk_is_refused_with_one_sentence(tally, content):
    junk = tally["tmp"] / "junk.json"
    junk.write_bytes(content)
    with pytest.raises(KioskError) as refused:
        enrol_stations(tally["store"], tally["package"], [junk])
    message = str(refused.value)
    assert message.startswith(str(junk)) and "\n" not in message
    assert tally["store"].enrolled_rows() == []


def test_a_missing_file_is_named(tally):
    missing = tally["tmp"] / "nowhere.json"
    with pytest.raises(KioskError, match="cannot read the certificate file"):
        enrol_stations(tally["store"], tally["package"], [missing])


def test_a_tally_database_made_before_enrolment_gets_the_table_when_first_needed(tally):
    store = tally["store"]
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE tally_enrolled"))
    assert store.enrolled_rows() == []
    assert len(enrol_stations(store, tally["package"], certificates(tally["world"]))) == 2
