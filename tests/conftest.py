"""Shared fixtures: demo worlds (keys, signed package, enrolled stations) built in temp folders."""

from __future__ import annotations

import os
import re
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kiosk.demo.world import DEMO_ELECTION, setup_demo_world
from kiosk.package.scaffold import scaffold_election
from kiosk.ui.offscreen import use_offscreen_screens

# Before any test module can create a Qt application (some conftests make one when imported, and
# a parallel worker collects every folder): the offscreen platform gets the supported screens
# side by side, the first the primary one (plain offscreen has a single 800×600 screen).
SCREEN_SIZES = [(1280, 800), (1366, 768), (1920, 1080)]
use_offscreen_screens(SCREEN_SIZES)

POSTGRES_ENV = "KIOSK_TEST_POSTGRES_URL"
REPO = Path(__file__).resolve().parents[1]

# The longest test files (docs/testing.md, "Where the time goes"), longest first. They start
# first, so that `make test`'s parallel workers (one file at a time each) finish together
# instead of one of them starting a minute-long file when the other has nothing left.
LONGEST_FIRST = (
    "tests/fault/test_export_kill.py",
    "tests/site/test_js_rules.py",
    "tests/fault/test_sync_faults.py",
    "tests/fault/test_crash_safety.py",
    "tests/unit/tally/rules/test_pb_outcomes.py",
    "tests/setup/test_readme_walkthroughs.py",
    "tests/integration/test_cli.py",
    "tests/packaging/test_packaging_bundle.py",
    "tests/property/test_crypto_properties.py",
    "tests/unit/tally/test_tally_tampering.py",
)


def pytest_collection_modifyitems(config, items) -> None:
    """The longest files first (in LONGEST_FIRST's order), then every other file as collected;
    within a file the order is unchanged."""
    rank = {path: number for number, path in enumerate(LONGEST_FIRST)}

    def key(item) -> int:
        path = Path(str(item.path)).resolve()
        if not path.is_relative_to(REPO):
            return len(rank)
        return rank.get(path.relative_to(REPO).as_posix(), len(rank))

    items.sort(key=key)


def postgres_url_or_skip(what: str = "the PostgreSQL tests") -> str:
    """The test server's URL from KIOSK_TEST_POSTGRES_URL (set by .ci/run), or a clear skip."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set ({what} need a server)")
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # noqa: BLE001 - any failure means: no server to test against
        pytest.skip(f"PostgreSQL at {POSTGRES_ENV} is unreachable ({type(error).__name__})")
    return url


@contextmanager
def fresh_postgres_schema(prefix: str, what: str = "the PostgreSQL tests") -> Iterator[str]:
    """A new schema on the test server as a `--db` URL, dropped afterwards (or a clear skip)."""
    from sqlalchemy import create_engine, text

    base = postgres_url_or_skip(what)
    schema = f"{prefix}_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """A fresh, empty tally database: a SQLite file, or a fresh PostgreSQL schema (dropped
    afterwards)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tally.db'}"
        return
    with fresh_postgres_schema("tally_test") as url:
        yield url



def example_source(folder: Path, rule: str | None = None, eligibility: str | None = None) -> Path:
    """The `kiosk election init` example, with the [rule] / [eligibility] tables replaced."""
    scaffold_election(folder)
    toml = (folder / "election.toml").read_text(encoding="utf-8")
    if rule is not None:
        toml = re.sub(r"\[rule\]\n(?:.*\n)*?(?=\n\[eligibility\])", f"[rule]\n{rule}\n", toml)
    if eligibility is not None:
        toml = re.sub(r"\[eligibility\]\n(?:.*\n)*?(?=\n\[duplicates\])",
                      f"[eligibility]\n{eligibility}\n", toml)
    (folder / "election.toml").write_text(toml, encoding="utf-8")
    return folder


def make_world(tmp: Path, *, rule: str | None = None, eligibility: str | None = None,
               stations: int = 1, demo: bool = False) -> dict:
    source = DEMO_ELECTION if demo else example_source(tmp / "src", rule, eligibility)
    return setup_demo_world(tmp / "world", stations=stations, source=source)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> dict:
    return setup_demo_world(tmp_path_factory.mktemp("demo") / "world")


@pytest.fixture
def demo_world(_demo_template, tmp_path) -> dict:
    """A fresh copy of a demo world (the real demo election, one enrolled station)."""
    src = Path(_demo_template["world"])
    dst = tmp_path / "world"
    shutil.copytree(src, dst)
    return {k: (v.replace(str(src), str(dst)) if isinstance(v, str) else
                [x.replace(str(src), str(dst)) for x in v] if isinstance(v, list) else v)
            for k, v in _demo_template.items()}


@pytest.fixture
def example_world(tmp_path) -> dict:
    """A small knapsack election (the scaffold example), one enrolled station."""
    return make_world(tmp_path)
