"""The HTTP intake's group commit: several batches in one transaction, one savepoint each.

What a station relies on: its batch is stored whole or refused whole, whatever else was in the
same group; batches of one station that arrive together are stored in chain order; every
refusal is in the intake log; a request is answered only after its group is durable.
"""

from __future__ import annotations

import threading

import pytest

from kiosk.domain.errors import KioskError
from kiosk.tally.importer import ACCEPTED, ALREADY_PRESENT, check_export
from kiosk.tally.server.store_intake import GroupWriter, StoreIntake, _Job
from kiosk.tally.status import tally_status
from kiosk.tally.store import StoreError
from tests.conftest import make_world
from tests.tally_worlds import cast, export, new_tally


@pytest.fixture(scope="module")
def batches(tmp_path_factory):
    """Station 1 sent 1..5, then 6..8; station 2 sent 1..3."""
    tmp = tmp_path_factory.mktemp("group")
    world = make_world(tmp, stations=2)
    usb = tmp / "usb"
    cast(world, 0, 5)
    first = export(world, 0, usb).read_bytes()
    cast(world, 0, 3, seed=2)
    second = export(world, 0, usb).read_bytes()
    cast(world, 1, 3, seed=3)
    other = export(world, 1, usb).read_bytes()
    return world, {"first": first, "second": second, "other": other}


def _jobs(package, *datas: bytes) -> list[_Job]:
    return [_Job(check_export(data, package), data) for data in datas]


@pytest.fixture
def tally(db_url, batches):
    """(store, package, writer, files) over a fresh tally database."""
    world, files = batches
    store, package = new_tally(db_url, world)
    writer = GroupWriter(store)
    yield store, package, writer, files
    writer.close()
    store.dispose()


def test_one_group_stores_consecutive_batches_in_chain_order(tally):
    store, package, writer, files = tally
    # 6..8 arrives before 1..5 of the same station, all in one group: both are stored.
    jobs = _jobs(package, files["second"], files["other"], files["first"])
    writer._write(jobs)
    results = [job.future.result(timeout=5) for job in jobs]
    assert [r.status for r in results] == [ACCEPTED] * 3
    assert [r.new_records for r in results] == [3, 3, 5]
    status = tally_status(store)
    assert status["ballots"] == 11
    assert sorted(s["last_seq"] for s in status["stations"]) == [3, 8]


def test_a_refused_batch_rolls_back_alone_and_is_logged(tally):
    store, package, writer, files = tally
    # Without 1..5, the batch 6..8 leaves a gap: it alone is refused.
    jobs = _jobs(package, files["second"], files["other"])
    writer._write(jobs)
    with pytest.raises(KioskError) as refused:
        jobs[0].future.result(timeout=5)
    assert refused.value.message_id == "tally.gap"
    assert jobs[1].future.result(timeout=5).status == ACCEPTED
    status = tally_status(store)
    assert status["ballots"] == 3 and len(status["stations"]) == 1
    log = store.intake_rows(status="rejected")
    assert [row["message_id"] for row in log] == ["tally.gap"]
    assert log[0]["first_seq"] == 6 and log[0]["last_seq"] == 8
    # The same batch twice in one group: stored once, the second is "already present".
    again = _jobs(package, files["first"], files["first"])
    writer._write(again)
    assert sorted(job.future.result(timeout=5).status for job in again) == [
        ACCEPTED, ALREADY_PRESENT]
    assert tally_status(store)["ballots"] == 8


def test_closed_intake_refuses_the_whole_group(tally):
    store, package, writer, files = tally
    store.set_state("closed")
    jobs = _jobs(package, files["first"], files["other"])
    writer._write(jobs)
    for job in jobs:
        with pytest.raises(KioskError) as refused:
            job.future.result(timeout=5)
        assert refused.value.message_id == "tally.closed"
    assert tally_status(store)["ballots"] == 0


def test_concurrent_requests_all_get_answers(db_url, batches):
    """Through the writer thread, from many threads at once: every answer arrives, and the
    tally holds each ballot once."""
    world, files = batches
    store, package = new_tally(db_url, world)
    intake = StoreIntake(store, package)
    answers, errors = [], []

    def deliver(data: bytes) -> None:
        try:
            answers.append(intake.ingest(data).status)
        except KioskError as error:
            errors.append(error.message_id)

    try:
        intake.ingest(files["first"])
        threads = [threading.Thread(target=deliver, args=(files[name],))
                   for name in ("second", "other", "first", "second", "other") * 3]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert errors == []
        assert answers.count(ACCEPTED) == 2 and len(answers) == 15
        assert tally_status(store)["ballots"] == 11
    finally:
        intake.close()
        store.dispose()


def test_a_failing_database_answers_every_waiting_request(batches, tmp_path):
    """If the group cannot be written at all, each request gets a clear error, none hangs."""
    world, files = batches
    store, package = new_tally(f"sqlite:///{tmp_path / 'tally.db'}", world)
    writer = GroupWriter(store)
    try:
        jobs = _jobs(package, files["first"], files["other"])
        store.drop_everything()  # the tables are gone: the transaction fails
        writer._write(jobs)
        for job in jobs:
            with pytest.raises(StoreError) as failed:
                job.future.result(timeout=5)
            assert failed.value.message_id == "tally.db_failed"
    finally:
        writer.close()
        store.dispose()
