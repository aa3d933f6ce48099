"""`kiosk bench ui [--json]`: start time, screen transition times and memory of the touchscreen.

A throwaway election with 60 proposals with images (the demo's pictures and texts, repeated, in
Swedish, English and Arabic) is built and enrolled in a temp folder. For each case — Swedish at
normal text, and Arabic (mirrored) at the largest text — a child process (offscreen Qt, on a
1280×800 screen) then measures:
- start_s: from just before the child process is spawned to the first screen painted;
- transition_ms_*: proposals ⇄ detail ⇄ review, each from the request to the repainted window;
- first_proposals_ms: how it works → the proposals screen the first time in a session (the cards
  are built a few at a time while the voter reads; cards_prebuilt_in_s says how long that took);
- peak_rss_mb: the child's peak resident memory.
The kiosk's translations and bytecode are made once before the children, as an installed kiosk
has them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from kiosk.demo.world import DEMO_ELECTION, setup_demo_world

PROPOSALS = 60
KIOSK_PACKAGE = Path(__file__).resolve().parents[1]
LANGUAGES = ("sv", "en", "ar")
CASES = (("sv", "normal"), ("ar", "largest"))  # (voter's language, text size)
GOALS = {"start_s": 0.5, "transition_ms_p95": 30.0, "peak_rss_mb": 150.0}  # at most


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def big_election(folder: Path, count: int = PROPOSALS) -> Path:
    """The demo election with `count` proposals (pictures and texts repeated, in sv, en, ar)."""
    shutil.copytree(DEMO_ELECTION, folder)
    config = (folder / "election.toml").read_text(encoding="utf-8")
    head = config[: config.index("[[proposals]]")]
    head = re.sub(r"languages = \[.*\]", "languages = " + json.dumps(list(LANGUAGES)), head)
    demo = tomllib.loads(config)["proposals"]
    blocks = []
    for i in range(count):
        base = demo[i % len(demo)]
        image = f"images/big{i + 1}.png"
        shutil.copyfile(folder / base["image"], folder / image)
        blocks.append(f'[[proposals]]\nid = "p{i + 1}"\ncost = {base["cost"]}\n'
                      f'category = "{base["category"]}"\nimage = "{image}"\n')
    (folder / "election.toml").write_text(head + "\n".join(blocks), encoding="utf-8")
    for path in (folder / "texts").glob("*.toml"):
        if path.stem not in LANGUAGES:
            path.unlink()
            continue
        texts = tomllib.loads(path.read_text(encoding="utf-8"))
        lines = ["[election]"] + [f"{k} = {toml_string(v)}" for k, v in texts["election"].items()]
        lines += ["", "[categories]"] + [f"{k} = {toml_string(v)}"
                                         for k, v in texts["categories"].items()]
        for i in range(count):
            base = texts["proposals"][demo[i % len(demo)]["id"]]
            lines += ["", f"[proposals.p{i + 1}]"]
            lines += [f"{k} = {toml_string(v if k != 'title' else f'{v} ({i + 1})')}"
                      for k, v in base.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def child(station: str, rounds: int, language: str, text_size: str) -> None:
    """Runs in the measured process: report first paint, then time transitions."""
    from kiosk.ui.offscreen import use_offscreen_screens

    use_offscreen_screens([(1280, 800)])
    import resource

    from PySide6.QtCore import QEvent, QObject, QTimer

    from kiosk.station import StationService
    from kiosk.ui.app import application, build_kiosk

    app = application()
    service = StationService.open(Path(station))
    kiosk = build_kiosk(service, speech=False)
    window = kiosk.window
    kiosk.ui.state.set_look(text_size=text_size)  # the first screen is drawn at this size
    out: dict = {}

    class FirstPaint(QObject):
        def eventFilter(self, _obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and "painted" not in out:
                out["painted"] = time.time()
                QTimer.singleShot(0, measure)
            return False

    def settle():
        while not kiosk.ui.bridge.idle:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()

    def timed(action) -> float:
        started = time.perf_counter()
        action()
        window.repaint()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    def measure():
        window.start_voting()
        settle()
        window.choose_language(language)
        settle()
        reading = time.perf_counter()  # the voter reads "how it works"; cards are built meanwhile
        while window.prebuild.isActive() and time.perf_counter() - reading < 5:
            app.processEvents()
        out["prebuild_s"] = time.perf_counter() - reading
        out["first_proposals_ms"] = timed(window.show_proposals)
        session = kiosk.ui.state.session
        for proposal in kiosk.ui.election.proposals[:3]:
            session.choose(proposal.id)
        kiosk.ui.state.changed_choices()
        times = []
        pids = kiosk.ui.election.proposal_ids
        for i in range(rounds):
            times.append(timed(lambda i=i: window.show_detail(pids[(i * 7) % len(pids)])))
            times.append(timed(window.show_proposals))
            times.append(timed(window.show_review))
            times.append(timed(window.show_proposals))
        out["transitions"] = times
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        window.abandon()
        settle()
        app.quit()

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    app.exec()
    service.close()
    print(json.dumps(out))


def figures(measured: dict, started: float) -> dict:
    times = measured["transitions"]
    return {
        "start_s": round(measured["painted"] - started, 3),
        "transition_ms_p50": round(percentile(times, 50), 1),
        "transition_ms_p95": round(percentile(times, 95), 1),
        "transition_ms_max": round(max(times), 1),
        "transitions": len(times),
        "first_proposals_ms": round(measured["first_proposals_ms"], 1),
        "cards_prebuilt_in_s": round(measured["prebuild_s"], 2),
        "peak_rss_mb": round(measured["peak_rss_mb"], 1),
    }


def goals_met(case: dict) -> dict[str, bool]:
    return {key: case[key] <= limit for key, limit in GOALS.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk bench ui",
                                     description="Start time, transitions and memory of the UI.")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--language", default="sv", help=argparse.SUPPRESS)
    parser.add_argument("--text-size", default="normal", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.rounds, args.language, args.text_size)
        return 0
    cases = {}
    with tempfile.TemporaryDirectory(prefix="rostkiosk-bench-ui-") as tmp:
        source = big_election(Path(tmp) / "election")
        world = setup_demo_world(Path(tmp) / "world", source=source)
        from kiosk.station import StationService

        with StationService.open(Path(world["station"])) as service:
            service.open_polls()
        env = dict(os.environ)
        # warm the translations cache once, as an installed kiosk would have it
        subprocess.run([sys.executable, "-c", "from kiosk.ui.i18n import compile_translations;"
                        "compile_translations()"], check=True, env=env)
        # and the kiosk's bytecode: the station's bundle holds it, so a real start never
        # compiles a source file (a run from source with PYTHONDONTWRITEBYTECODE set would
        # compile every module in every child, ~0.1 s the kiosk itself never spends)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(KIOSK_PACKAGE)],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        for language, text_size in CASES:
            started = time.time()
            done = subprocess.run([sys.executable, "-m", "kiosk.bench.ui", "--child",
                                   world["station"], "--rounds", str(args.rounds), "--language",
                                   language, "--text-size", text_size],
                                  check=True, env=env, capture_output=True, text=True)
            case = figures(json.loads(done.stdout.strip().splitlines()[-1]), started)
            case["goals_met"] = goals_met(case)
            cases[f"{language}-{text_size}"] = case
    first = next(iter(cases.values()))
    result = {"proposals": PROPOSALS, **{k: v for k, v in first.items() if k != "goals_met"},
              "cases": cases, "goals": GOALS,
              "all_goals_met": all(all(c["goals_met"].values()) for c in cases.values())}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{'proposals':>20}: {PROPOSALS}")
        for name, case in cases.items():
            print(f"{name}:")
            for key, value in case.items():
                if key == "goals_met":
                    continue
                goal = GOALS.get(key)
                verdict = "" if goal is None else \
                    f"   goal ≤ {goal:g}: {'met' if case['goals_met'][key] else 'NOT met'}"
                print(f"{key:>20}: {value}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
