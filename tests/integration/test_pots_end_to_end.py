"""Several pots in one visit, end to end: the districts example cast at two stations (one per
district), exported, imported, counted pot by pot, published and verified; every pot's score
is recomputed here from the ballots the stations cast."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.demo.world import setup_demo_world
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import BallotError
from kiosk.domain.pots import PotsBallot
from kiosk.domain.random_ballots import random_ballot
from kiosk.station import StationService


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pots")
    world = setup_demo_world(tmp / "world", stations=2, example="districts")
    cast: list[PotsBallot] = []
    rng = random.Random(23)
    for station_dir in world["stations"]:
        with StationService.open(station_dir) as station:
            station.open_polls()
            for _ in range(25):
                ballot = random_ballot(station.election, rng)
                station.cast_ballot(station.start_session(), ballot, language="sv")
                cast.append(ballot)
    usb = tmp / "usb"
    for station_dir in world["stations"]:
        assert kiosk(["export", "--data", station_dir, "--out", str(usb)]) == 0
    db = f"sqlite:///{tmp / 'tally.db'}"
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    assert kiosk(["tally", "import", "--db", db, *map(str, sorted(usb.glob("*.export")))]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp / "pass").write_text("demo\n", encoding="utf-8")
    assert kiosk(["tally", "count", "--db", db, "--key", world["tally_key"],
                  "--passphrase-file", str(tmp / "pass"), "--quiet"]) == 0
    assert kiosk(["tally", "publish", "--db", db, "--out", str(tmp / "record")]) == 0
    assert kiosk(["tally", "report", "--db", db, "--out", str(tmp / "report")]) == 0
    results = json.loads((tmp / "record" / "results.json").read_text())["signed"]
    return {"tmp": tmp, "world": world, "db": db, "cast": cast, "results": results}


def test_results_have_one_entry_per_pot_with_its_own_scores_and_turnout(counted):
    results, cast = counted["results"], counted["cast"]
    assert [pot["id"] for pot in results["pots"]] == ["city", "north", "south"]
    by_pot = {pot["id"]: pot for pot in results["pots"]}
    for pot_id, entry in by_pot.items():
        voted = [b.part(pot_id) for b in cast if b.part(pot_id) is not None]
        assert entry["ballots"] == len(voted)  # turnout per pot
        scores = Counter(pid for ballot in voted for pid in ballot.chosen)
        assert {p["id"]: p["score"] for p in entry["projects"]} == {
            p["id"]: scores.get(p["id"], 0) for p in entry["projects"]}
        assert sum(p["cost"] for p in entry["projects"] if p["funded"]) == entry["spent"]
        assert entry["spent"] <= entry["budget"]
    assert by_pot["city"]["ballots"] == 50
    assert by_pot["north"]["ballots"] + by_pot["south"]["ballots"] == 50
    assert by_pot["north"]["rule"] == "equalshares/add1" and by_pot["city"]["rule"] == \
        "greedy-threshold" and by_pot["south"]["rule"] == "greedy"
    assert by_pot["city"]["budget"] == 1_000_000 and by_pot["south"]["budget"] == 300_000
    assert results["rule"] == "pots" and results["valid"] == 50


def test_each_pot_is_counted_with_its_own_options_and_ballot_kind(counted):
    """The city pot's threshold and incompatible pair act on the city pot only; the south pot
    is an approval pot (at most 2 ticks) counted greedily with its own money."""
    by_pot = {pot["id"]: pot for pot in counted["results"]["pots"]}
    city = by_pot["city"]
    assert {k: v for k, v in city["options"].items() if k in ("min_score", "incompatible")} \
        == {"min_score": 15, "incompatible": [["c2", "c3"]]}
    below = {p["id"] for p in city["projects"] if p["score"] < 15}
    assert below and set(city["options"]["set_aside"]) == below  # the demo shows one set aside
    assert not any(p["funded"] for p in city["projects"] if p["id"] in below)
    assert [p["id"] for p in city["projects"] if p["id"] in ("c2", "c3") and p["funded"]] in (
        ["c2"], ["c3"])
    assert set(city["options"]["incompatible_skipped"]) <= {"c2", "c3"}
    assert "options" not in by_pot["north"] and "options" not in by_pot["south"]
    assert "options" not in counted["results"]  # the top level keeps its shape
    south = by_pot["south"]
    assert south["ballot_kind"] == "approval"
    assert all(len(b.part("south").chosen) <= 2 for b in counted["cast"] if b.part("south"))


def test_published_ballots_keep_the_pots_apart_and_the_record_verifies(counted, capsys):
    lines = (counted["tmp"] / "record" / "ballots.jsonl").read_text().splitlines()
    choices = [json.loads(line)["choices"] for line in lines]
    assert all(set(c) in ({"city", "north"}, {"city", "south"}) for c in choices)
    assert sorted(json.dumps(c, sort_keys=True) for c in choices) == sorted(
        json.dumps(b.to_json(_election(counted)), sort_keys=True) for b in counted["cast"])
    capsys.readouterr()
    assert kiosk(["tally", "verify", str(counted["tmp"] / "record"),
                  "--authority", counted["world"]["authority_fingerprint"]]) == 0
    assert "pots outcome recomputed" in capsys.readouterr().out


def test_verify_catches_a_changed_pot_score(counted, capsys, tmp_path):
    import shutil

    from kiosk.crypto.canonical import canonical

    folder = tmp_path / "record"
    shutil.copytree(counted["tmp"] / "record", folder)
    doc = json.loads((folder / "results.json").read_text())
    doc["signed"]["pots"][1]["projects"][0]["score"] += 1
    (folder / "results.json").write_bytes(canonical(doc))
    assert kiosk(["tally", "verify", str(folder),
                  "--authority", counted["world"]["authority_fingerprint"]]) != 0


def test_the_station_refuses_ballots_that_do_not_fit_the_pots(counted, tmp_path):
    world = setup_demo_world(tmp_path / "w", example="districts")
    with StationService.open(world["station"]) as station:
        station.open_polls()
        for ballot, reason in [
            (Ballot.of(["c1"]), "ballot.needs_pots"),
            (PotsBallot.of({"city": Ballot.of(["c1"])}), "ballot.no_district"),
            (PotsBallot.of({"city": Ballot.of([]), "north": Ballot.of([]),
                            "south": Ballot.of([])}), "ballot.two_districts"),
            (PotsBallot.of({"city": Ballot.of(["n1"]), "north": Ballot.of([])}),
             "ballot.unknown_proposal"),
            (PotsBallot.of({"city": Ballot.of(["c1", "c4"]), "north": Ballot.of([])}),
             "ballot.over_budget"),
        ]:
            with pytest.raises(BallotError) as error:
                station.cast_ballot(station.start_session(), ballot)
            assert error.value.message_id == reason


def _election(counted):
    from kiosk.package.signed_package import load_package

    return load_package(Path(counted["world"]["package"]),
                        counted["world"]["authority_fingerprint"]).election


def test_election_verify_shows_each_pot(counted, capsys):
    world = counted["world"]
    capsys.readouterr()
    assert kiosk(["election", "verify", world["package"],
                  "--authority", world["authority_fingerprint"]]) == 0
    out = capsys.readouterr().out
    assert "Pots:       3, voted in one visit" in out and "Rule:" not in out
    assert "north (district, Norra området): 3 proposals; knapsack, budget 250 000 kr; " \
           "counting equalshares/add1" in out
    assert "south (district, Södra området): 3 proposals; approval, at most 2 choices, " \
           "budget 300 000 kr; counting greedy" in out
    city = out[out.index("  city ("):out.index("  north (")]
    assert "counting greedy-threshold" in city
    assert "    option: a proposal needs at least 15 votes (points) to be funded" in city
    assert "    option: at most one of c2, c3 can be funded" in city
    assert "Option:" not in out  # no package-wide options in a package with pots
    assert kiosk(["election", "verify", world["package"], "--json",
                  "--authority", world["authority_fingerprint"]]) == 0
    info = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in info["pots"]] == ["city", "north", "south"]
    assert info["pots"][0]["options"] == {"min_score": 15, "incompatible": [["c2", "c3"]]}
    assert info["pots"][2]["budget"] == 300_000 and "options" not in info["pots"][2]


def test_a_station_district_must_be_a_district_pot(counted, tmp_path, capsys):
    world = counted["world"]
    capsys.readouterr()
    code = kiosk(["station", "init", "--data", str(tmp_path / "s"), "--package",
                  world["package"], "--authority", world["authority_fingerprint"],
                  "--district", "city"])
    err = capsys.readouterr().err
    assert code != 0 and "no district pot 'city'; choose one of north, south" in err
    assert not (tmp_path / "s").exists()


def _resign(counted, folder: Path, edit) -> None:
    """Edit results.json and sign it again with the tally key (so only the re-count can tell)."""
    import hashlib

    from kiosk.crypto.canonical import canonical, decode_canonical
    from kiosk.crypto.signed import sign_object
    from kiosk.package.authority_keys import load_tally

    path = folder / "results.json"
    results = decode_canonical(path.read_bytes().rstrip(b"\n"))["signed"]
    edit(results)
    keys = load_tally(counted["world"]["tally_key"], counted["world"]["passphrase"])
    path.write_bytes(canonical(sign_object(keys.sign, results)) + b"\n")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sums = folder / "SHA256SUMS"
    sums.write_text("".join(
        f"{digest}  results.json\n" if line.endswith("  results.json") else line + "\n"
        for line in sums.read_text("ascii").splitlines()), encoding="ascii")


def _city(results: dict) -> dict:
    return results["pots"][0]


def _lower_threshold(results: dict) -> None:
    _city(results)["options"]["min_score"] = 1


def _drop_set_aside(results: dict) -> None:
    _city(results)["options"]["set_aside"] = {}


def _fund_both_of_the_pair(results: dict) -> None:
    for project in _city(results)["projects"]:
        project["funded"] = project["funded"] or project["id"] in ("c2", "c3")


def _drop_the_pots_options(results: dict) -> None:
    del _city(results)["options"]


def _give_south_more_money(results: dict) -> None:
    results["pots"][2]["budget"] += 1


@pytest.mark.parametrize("edit", [_lower_threshold, _drop_set_aside, _fund_both_of_the_pair,
                                  _drop_the_pots_options, _give_south_more_money])
def test_verify_recounts_each_pot_with_its_options_even_when_signed(counted, tmp_path, capsys,
                                                                     edit):
    import shutil

    folder = tmp_path / "record"
    shutil.copytree(counted["tmp"] / "record", folder)
    fingerprint = counted["world"]["authority_fingerprint"]
    assert kiosk(["tally", "verify", str(folder), "--authority", fingerprint, "--quiet"]) == 0
    _resign(counted, folder, edit)
    capsys.readouterr()
    assert kiosk(["tally", "verify", str(folder), "--authority", fingerprint, "--quiet"]) != 0
    out, err = capsys.readouterr()
    assert "pot " in out + err and "results.json says another" in out + err, out + err


def test_each_pots_pabulib_file_carries_its_ballot_kind_and_options(counted):
    from kiosk.tally.pabulib import read_pb

    record = counted["tmp"] / "record"
    city = read_pb(record / "results-city.pb")
    assert city.meta["min_project_score_threshold"] == "15"
    assert city.meta["rule"] == "greedy-threshold" and city.meta["max_sum_cost"] == "1000000"
    assert "at most one of c2, c3 can be funded" in city.meta["comment"]
    south = read_pb(record / "results-south.pb")
    assert (south.meta["vote_type"], south.meta["max_length"], south.meta["min_length"],
            south.meta["budget"]) == ("approval", "2", "0", "300000")
    assert "min_project_score_threshold" not in south.meta and "comment" not in south.meta
    assert all(len(vote.vote) <= 2 for vote in south.votes)


def test_the_protocol_names_each_pots_options(counted):
    import shutil
    import subprocess

    pdf = counted["tmp"] / "report" / "protocol.pdf"
    text = subprocess.run([shutil.which("pdftotext"), "-layout", str(pdf), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    flat = " ".join(text.split())
    city = flat[flat.index("Hela staden (city)"):flat.index("Norra området (north)")]
    assert "Regelval" in city and "högst ett av c2, c3" in city
    assert "Regelval" not in flat[flat.index("Norra området (north)"):]
    # the counting rule row names each pot's own rule and ballot kind (not the first pot's)
    assert "city: greedy-threshold (budgetval / knapsack); north: equalshares/add1 (budgetval " \
           "/ knapsack); south: greedy (godkännande / approval)" in flat
    assert "Södra området (south): Räkneregel / Counting rule greedy (godkännande / approval)" \
        in flat
    set_aside = counted["results"]["pots"][0]["options"]["set_aside"]
    assert city.count("för få röster") >= len(set_aside) > 0


def test_the_terminal_summary_says_what_each_pots_options_did(counted):
    from kiosk.tally.summary import result_lines

    lines = result_lines(counted["results"])
    city = lines[lines.index(next(x for x in lines if x.startswith("Pot city"))):
                 lines.index(next(x for x in lines if x.startswith("Pot north")))]
    said = next(x for x in city if x.startswith("Rule options: "))
    for pid in counted["results"]["pots"][0]["options"]["set_aside"]:
        assert f"{pid} set aside (below-min-score)" in said
    assert not any(x.startswith("Rule options: ") for x in lines[lines.index(city[-1]) + 1:])


def test_the_evaluation_reports_each_pots_turnout(counted):
    """The follow-up names every pot with the ballots that voted in it (the counts results.json
    publishes), in the CSV and the PDF, and they add up: city = north + south."""
    import shutil
    import subprocess

    out = counted["tmp"] / "evaluation"
    assert kiosk(["tally", "evaluation", "--db", counted["db"], "--out", str(out)]) == 0
    rows = [line.split(";") for line in
            (out / "evaluation.csv").read_text(encoding="utf-8-sig").splitlines()]
    pots = {row[1]: int(row[3]) for row in rows if row[0] == "Röster per del av budgeten"}
    by_pot = {p["id"]: p["ballots"] for p in counted["results"]["pots"]}
    assert pots == {"Hela staden": by_pot["city"], "Norra området": by_pot["north"],
                    "Södra området": by_pot["south"]}
    assert pots["Hela staden"] == pots["Norra området"] + pots["Södra området"] == 50
    text = subprocess.run([shutil.which("pdftotext"), "-layout", str(out / "evaluation.pdf"),
                           "-"], capture_output=True, check=True).stdout.decode("utf-8")
    flat = " ".join(text.split())
    assert "Röster per del av budgeten" in flat
    assert f"Norra området {by_pot['north']}" in flat and f"Hela staden {by_pot['city']} 100 %" \
        in flat
