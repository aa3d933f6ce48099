"""UI test fixtures: offscreen Qt, station worlds per ballot rule, a kiosk driven by objectName."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest  # noqa: E402

from tests.conftest import SCREEN_SIZES  # noqa: F401 (the screens the root conftest set up)

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication  # noqa: E402

# Created at collection, before any other test can make a plain QGuiApplication (printing does):
# widgets need a QApplication, and a process can only ever have one application object.
_APP = QApplication.instance() or QApplication([])

from kiosk.crypto.canonical import unb64  # noqa: E402
from kiosk.crypto.sealing import open_sealed  # noqa: E402
from kiosk.demo.world import DEMO_ELECTION, setup_demo_world  # noqa: E402
from kiosk.ledger.envelopes import unpad  # noqa: E402
from kiosk.package.authority_keys import load_tally  # noqa: E402
from kiosk.package.scaffold import scaffold_election  # noqa: E402
from kiosk.package.survey_example import add_example_survey  # noqa: E402
from kiosk.station import StationService  # noqa: E402
from tests.conftest import make_world  # noqa: E402
from tests.ui.driver import Driver  # noqa: E402

RULES = {
    "knapsack": None,  # the demo election: 2 000 000 kr, 12 proposals, nine languages
    "approval": 'kind = "approval"\nmax_choices = 2\nmin_choices = 1',
    "cumulative": 'kind = "cumulative"\ntotal_points = 5\nmax_per_proposal = 3',
}
OPTIONS = ('\n[options]\nmin_score = 10\nmin_voter_share_percent = 5\neligibility_k = 3\n'
           'incompatible = [["p2", "p3"]]\n')
ELIGIBILITY = {
    "personnummer": 'mode = "personnummer"\nminimum_age = 16\nage_reference_date = 2027-04-21',
    "codes": 'mode = "codes"',
    "staff-unlock": 'mode = "staff-unlock"',
}


@pytest.fixture(scope="session", autouse=True)
def _qm_cache(tmp_path_factory):
    os.environ["KIOSK_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(scope="session")
def world_templates(tmp_path_factory) -> dict:
    """One world per kind, built once; each test gets its own copy."""
    return {}


def _template(templates: dict, factory, kind: str) -> dict:
    if kind not in templates:
        tmp = factory.mktemp(kind.replace("-", "_"))
        if kind == "knapsack":
            templates[kind] = make_world(tmp, demo=True)
        elif kind == "districts":  # a city-wide pot and two district pots; station 2: north
            templates[kind] = setup_demo_world(tmp / "world", stations=2, example="districts")
        elif kind == "districts-expensive-first":  # the city pot's first proposal 800 000 kr
            source = tmp / "src"
            scaffold_election(source, "districts")
            toml = source / "election.toml"
            text = toml.read_text(encoding="utf-8")
            for pid, cost in (("c1", "800000"), ("c4", "350000")):
                text = re.sub(rf'(id = "{pid}"\npot = "city"\ncost = )\d+', rf"\g<1>{cost}", text)
            toml.write_text(text, encoding="utf-8")
            templates[kind] = setup_demo_world(tmp / "world", stations=2, source=source)
        elif kind == "survey":  # the demo election with the example follow-up questions
            source = tmp / "src"
            shutil.copytree(DEMO_ELECTION, source)
            add_example_survey(source)
            templates[kind] = setup_demo_world(tmp / "world", source=source)
        elif kind == "options":  # the demo election with signed rule options
            source = tmp / "src"
            shutil.copytree(DEMO_ELECTION, source)
            toml = source / "election.toml"
            toml.write_text(toml.read_text(encoding="utf-8") + OPTIONS, encoding="utf-8")
            templates[kind] = setup_demo_world(tmp / "world", source=source)
        elif kind in RULES:
            templates[kind] = make_world(tmp, rule=RULES[kind])
        else:
            templates[kind] = make_world(tmp, eligibility=ELIGIBILITY[kind])
    return templates[kind]


@pytest.fixture
def make_kiosk(qtbot, tmp_path, tmp_path_factory, world_templates):
    """make_kiosk(kind="knapsack", **settings) -> Driver on a fresh copy of that world."""
    made: list[Driver] = []

    def factory(kind: str = "knapsack", station: int = 0, **settings) -> Driver:
        template = _template(world_templates, tmp_path_factory, kind)
        src = Path(template["world"])
        dst = tmp_path / f"world-{len(made)}"
        shutil.copytree(src, dst)
        world = json.loads(json.dumps(template).replace(str(src), str(dst)))
        service = StationService.open(world["stations"][station])
        service.open_polls()
        driver = Driver.start(qtbot, service, world, **settings)
        made.append(driver)
        return driver

    yield factory
    for driver in made:
        driver.close()


_tally_cache: dict[str, object] = {}


def open_last_ballot(driver: Driver) -> tuple[dict, dict]:
    """(record, inner envelope) of the last ballot in the box, opened with the demo tally key."""
    world = driver.world
    cache_key = Path(world["tally_key"]).read_bytes().hex()
    if cache_key not in _tally_cache:
        _tally_cache[cache_key] = load_tally(world["tally_key"], world["passphrase"])
    tally = _tally_cache[cache_key]
    service = driver.service
    record = json.loads(service._run(service.box.last_record).body)
    plaintext = open_sealed(tally.seal, "inner", service.election.id, unb64(record["inner"]))
    return record, json.loads(unpad(plaintext))
