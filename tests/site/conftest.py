"""Published election records with their results site, built through the real pipeline: the
demo election (nine languages) with personnummer eligibility so that a voter who votes at two
stations is set aside, cast at two stations, exported, imported, counted and published."""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path

import pytest

from kiosk.demo.world import DEMO_ELECTION, setup_demo_world
from kiosk.domain.random_ballots import random_personnummer
from kiosk.package.authority_keys import load_outer, load_tally
from kiosk.tally.counting import count_election
from kiosk.tally.importer import import_export
from kiosk.tally.publish import publish_record
from tests.tally_worlds import cast, export, new_tally

PEOPLE = [random_personnummer(random.Random(n), date(2000, 1, 1)) for n in range(40)]


def demo_source(folder: Path, rule: str, options: str = "") -> Path:
    shutil.copytree(DEMO_ELECTION, folder)
    toml = folder / "election.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('counting = "greedy"', f'counting = "{rule}"')
    text = text.replace('[eligibility]\nmode = "open"',
                        '[eligibility]\nmode = "personnummer"\nminimum_age = 16')
    toml.write_text(text + options, encoding="utf-8")
    return folder


def published_record(tmp: Path, rule: str = "greedy", options: str = "") -> dict:
    """A record of 40 voters: 26 at station 0, 14 at station 1, of whom voters 0-2 had voted
    at station 0 already (keep-last: their first ballots are set aside)."""
    world = setup_demo_world(tmp / "world", stations=2, source=demo_source(tmp / "src", rule,
                                                                            options))
    cast(world, 0, 26, seed=1, persons=PEOPLE[:26])
    cast(world, 1, 17, seed=2, persons=PEOPLE[:3] + PEOPLE[26:40])
    paths = [export(world, i, tmp / "usb") for i in range(2)]
    store, package = new_tally(f"sqlite:///{tmp / 'tally.db'}", world)
    for path in paths:
        import_export(store, package, path.read_bytes(), path.name)
    store.set_state("closed")
    keys = load_tally(world["tally_key"], world["passphrase"])
    outer = load_outer(world["outer_key"], world["passphrase"])
    results = count_election(store, package, keys, show_progress=False, outer=outer)
    out = publish_record(store, package, tmp / "record")
    return {"record": out, "results": results, "world": world}


@pytest.fixture(scope="session")
def greedy_record(tmp_path_factory) -> dict:
    return published_record(tmp_path_factory.mktemp("site-greedy"))
