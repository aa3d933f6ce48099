"""`kiosk tally …`: the central tally's commands (each parses its own arguments).

init, enrol, import, serve, status, resolve-fork, close, count, destroy-outer, report, evaluation,
publish,
verify, check-code, lna. `kiosk tally pb` is routed elsewhere (kiosk.tally.pb_command). Every
subcommand that uses the database takes `--db URL` (default: the SQLite file tally.db in the
current folder). Expected failures raise KioskError; the `kiosk` dispatcher prints them as one
line and exits 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.package.signed_package import LoadedPackage, load_package, load_stored_package
from kiosk.tally.store import DEFAULT_URL, TallyStore

PROG = "kiosk tally"
AUTHORITY_HELP = "the election authority to trust: its fingerprint or its authority.pub file"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, through the dispatcher (exit 2)
        raise KioskError("usage", f"{self.prog}: {message}")


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_URL, metavar="URL",
                        help="tally database: sqlite:///FILE or postgresql://… "
                             f"(default {DEFAULT_URL})")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="The central tally: import export files, count, "
                     "report, publish and verify the election record.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                parser_class=_Parser)
    p = sub.add_parser("init", help="create a tally database for one election")
    p.add_argument("--package", type=Path, required=True)
    p.add_argument("--authority", metavar="FP|FILE", help=AUTHORITY_HELP)
    p.add_argument("--issued-codes", type=Path, nargs="+", metavar="FILE", default=[],
                   help="(codes elections) the authority's lists of issued codes")
    _db(p)
    p = sub.add_parser("issued-codes", help="(codes elections) add lists of issued codes, "
                       "until the count")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    _db(p)
    p = sub.add_parser("enrol", help="make certified stations known before they deliver (the "
                       "officials' dashboard lists every enrolled station)")
    p.add_argument("files", type=Path, nargs="+", metavar="CERTIFICATE",
                   help="certificate files from `kiosk station certify`")
    _db(p)
    p = sub.add_parser("import", help="verify and import export files (whole or not at all)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    _db(p)
    p = sub.add_parser("serve", help="the HTTP intake: stations deliver batches, get receipts")
    from kiosk.tally.server.serve import add_arguments as serve_arguments

    serve_arguments(p)
    _db(p)
    p = sub.add_parser("status", help="stations, files, ballots, gaps and conflicts")
    p.add_argument("--json", action="store_true")
    _db(p)
    p = sub.add_parser("resolve-fork", help="two copies of a station's chain: keep the "
                       "genuine one (or neither); the decision goes into the record")
    p.add_argument("--station", required=True, metavar="ID",
                   help="the forked station (at least its first 4 characters)")
    p.add_argument("--keep", required=True, metavar="FILE|none",
                   help="an export file of the genuine copy (`kiosk export --all` on that "
                        "station), or `none` to keep neither from the fork point on")
    p.add_argument("--evidence", required=True, metavar="TEXT",
                   help="what the decision rests on (published): e.g. the station's box "
                        "verification and the hash of its exported audit log")
    _db(p)
    p = sub.add_parser("close", help="freeze intake: no more files are accepted")
    _db(p)
    p = sub.add_parser("count", help="step dedup (outer-envelope key): duplicates and codes "
                       "nobody issued; step open (tally key): shuffle, open, count")
    p.add_argument("--step", choices=["dedup", "open"], help="run one step only, with its "
                   "own key (the key ceremony: docs/threat-model.md); without --step both run "
                   "in turn, each key asked for and dropped in its own step")
    outer = p.add_mutually_exclusive_group()
    outer.add_argument("--outer-key", type=Path, metavar="FILE",
                       help="(step dedup) the outer-envelope key file, outer.key")
    outer.add_argument("--outer-shares", type=Path, nargs="+", metavar="FILE",
                       help="(step dedup) K share files from `kiosk keys tally --outer-shares`")
    p.add_argument("--outer-passphrase-file", type=Path, metavar="FILE")
    p.add_argument("--outer-passphrase-env", metavar="NAME")
    keys = p.add_mutually_exclusive_group()
    keys.add_argument("--key", type=Path, metavar="FILE", help="(step open) the tally key file")
    keys.add_argument("--shares", type=Path, nargs="+", metavar="FILE",
                      help="(step open) K share files from `kiosk keys tally --shares`")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    p.add_argument("--passphrase-env", metavar="NAME")
    p.add_argument("--rule", default=None, help="the counting rule the package names (may only "
                   "repeat it); needed only for packages that name none: greedy, "
                   "greedy-no-skip, equalshares, equalshares/add1, equalshares/add1-comparison")
    p.add_argument("--budget", type=int, help="money available, for rules without a budget")
    p.add_argument("--seed", help="tie-break seed (default: derived from the bulletin)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    _db(p)
    p = sub.add_parser("destroy-outer", help="after the count: replace every outer envelope "
                       "(voter token) in the database by its hash; the record says when")
    _db(p)
    p = sub.add_parser("report", help="PDF protocol, CSV, chart, Pabulib, JSON, posters")
    p.add_argument("--out", type=Path, required=True)
    _db(p)
    p = sub.add_parser("evaluation", help="the follow-up: who took part, small counts hidden "
                       "(evaluation.csv, evaluation.pdf)")
    p.add_argument("--out", type=Path, required=True)
    _db(p)
    p = sub.add_parser("publish", help="write the public election record")
    p.add_argument("--out", type=Path, required=True)
    _db(p)
    p = sub.add_parser("verify", help="check a published election record (no keys needed)")
    p.add_argument("record", type=Path, metavar="RECORD_DIR")
    p.add_argument("--authority", metavar="FP|FILE", help=AUTHORITY_HELP)
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p = sub.add_parser("lna", help="logic-and-accuracy test: check stations' test-mode "
                       "export files against a test deck (no database; never counted)")
    p.add_argument("files", nargs="+", metavar="FILE", help="test-mode export files")
    p.add_argument("--deck", type=Path, required=True, metavar="DIR",
                   help="the folder `kiosk election test-deck` wrote")
    p.add_argument("--authority", metavar="FP|FILE", help=AUTHORITY_HELP)
    keys = p.add_mutually_exclusive_group(required=True)
    keys.add_argument("--key", type=Path, metavar="FILE", help="the tally key file")
    keys.add_argument("--shares", type=Path, nargs="+", metavar="FILE",
                      help="K SLIP-39 share files from `kiosk keys tally --shares`")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE")
    p.add_argument("--passphrase-env", metavar="NAME")
    p.add_argument("--result", type=Path, metavar="FILE",
                   help="where to write the signed result (default DIR/lna-result.json)")
    p = sub.add_parser("check-code", help="look up a voter's tracking code in a record")
    p.add_argument("record", type=Path, metavar="RECORD_DIR")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true")
    return parser


def open_store(args) -> tuple[TallyStore, LoadedPackage]:
    store = TallyStore.open(args.db)
    return store, load_stored_package(store.package_raw())


def cmd_init(args) -> int:
    from kiosk.package.codes import read_issued_list
    from kiosk.tally.issued import add_issued_lists, uses_codes

    package = load_package(args.package, args.authority)
    if args.issued_codes and not uses_codes(package):
        raise KioskError("codes.wrong_mode", f"election {package.election.id} does not use "
                         "voting codes; leave out --issued-codes")
    for path in args.issued_codes:  # every list checked before the database is made
        read_issued_list(path, package)
    store = TallyStore.create(args.db, package_raw=package.raw, election_id=package.election.id,
                              package_hash=package.package_hash,
                              authority=package.authority_fingerprint)
    if args.issued_codes:
        print(f"{add_issued_lists(store, package, args.issued_codes)} voting codes issued")
    store.dispose()
    print(f"Tally for election {package.election.id} created in {args.db}")
    print(f"Authority fingerprint: {package.authority_fingerprint}")
    return 0


def cmd_issued_codes(args) -> int:
    from kiosk.tally.issued import add_issued_lists

    store, package = open_store(args)
    print(f"{add_issued_lists(store, package, args.files)} voting codes issued in all; ballots "
          "with any other code are set aside at the count")
    return 0


def cmd_enrol(args) -> int:
    from kiosk.tally.enrolled import enrol_stations

    store, package = open_store(args)
    stations = enrol_stations(store, package, args.files)
    print(f"{len(args.files)} certificate(s) checked; {len(stations)} station(s) enrolled in "
          "all")
    return 0


def cmd_import(args) -> int:
    from kiosk.tally.file_import import import_files

    store, package = open_store(args)
    outcomes = import_files(store, package, args.files, show_progress=not args.quiet)
    refused = 0
    for outcome in outcomes:
        if outcome.error is not None:
            refused += 1
            print(f"{outcome.path}: rejected: {outcome.error}", file=sys.stderr)
        else:
            print(f"{outcome.path}: {outcome.result.message}")
    return 1 if refused else 0


def cmd_status(args) -> int:
    from kiosk.tally.status import status_lines, tally_status

    store, _package = open_store(args)
    status = tally_status(store)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, sort_keys=True))
    else:
        print("\n".join(status_lines(status)))
    return 0


def cmd_resolve_fork(args) -> int:
    from kiosk.tally.fork_resolve import resolve_fork

    store, package = open_store(args)
    done = resolve_fork(store, package, args.station, args.keep, args.evidence)
    what = {"kept-a": "kept copy A (the one imported first)",
            "kept-b": "kept copy B (copy A's files were taken out of the count)",
            "kept-neither": "kept neither copy from the fork point on"}[done["resolution"]]
    print(f"Station {done['station'][:4]}: {what}; the decision and its evidence go into the "
          "published record." + (f" Records now up to {done['records']}."
                                 if done["records"] else ""))
    return 0


def cmd_serve(args) -> int:
    from kiosk.tally.server.serve import serve_main

    return serve_main(args)


def cmd_close(args) -> int:
    store, _package = open_store(args)
    state = store.meta()["state"]
    if state != "open":
        print(f"Intake is already closed (state: {state}).")
        return 0
    store.set_state("closed")
    print("Intake closed: no more files will be accepted. Next: kiosk tally count.")
    return 0


def cmd_count(args) -> int:
    from kiosk.tally.counting import DEDUP, DEDUPLICATED, OPEN, check_countable, needs_dedup

    store, package = open_store(args)
    has_outer = args.outer_key is not None or args.outer_shares is not None
    has_inner = args.key is not None or args.shares is not None
    if args.step == DEDUP and has_inner:
        raise KioskError("usage", "the dedup step takes the outer-envelope key only "
                         "(--outer-key or --outer-shares), not the tally key")
    if args.step == OPEN and has_outer:
        raise KioskError("usage", "the open step takes the tally key only (--key or "
                         "--shares), not the outer-envelope key")
    dedup = args.step == DEDUP or (args.step is None and needs_dedup(package)
                                   and store.meta()["state"] != DEDUPLICATED)
    legacy = package.election.tally.outer_public is None  # one key seals both envelopes
    if dedup and legacy and not has_outer and has_inner:
        return _count(args, store, package, legacy_dedup=True)
    if dedup:
        if not has_outer:
            raise KioskError("usage", "the dedup step needs the outer-envelope key: "
                             "--outer-key FILE or --outer-shares FILE…")
        if args.step is None and not has_inner:
            raise KioskError("usage", "counting needs the tally key too (--key or --shares); "
                             "or run the steps apart: --step dedup, then --step open")
        check_countable(store, package, None, None, DEDUP)  # before asking for any key
        if args.step is None:  # the open step's rule and budget, before any passphrase
            from kiosk.tally.rule_run import budget_for, rule_for

            rule_for(package.manifest, args.rule)
            budget_for(package.election, args.budget)
        _dedup(args, store, package)
        if args.step == DEDUP:
            return 0
    if not has_inner:
        raise KioskError("usage", "the open step needs the tally key: --key FILE or "
                         "--shares FILE…")
    return _count(args, store, package)


def _count(args, store, package, legacy_dedup: bool = False) -> int:
    """Step open (and, for a package made before outer keys existed, whose tally key opens
    both envelopes, step dedup first with the same key)."""
    from kiosk.tally.counting import DEDUP, check_countable, count_election
    from kiosk.tally.key_source import tally_keys_for_count

    check_countable(store, package, None, None, DEDUP) if legacy_dedup else \
        check_countable(store, package, args.rule, args.budget)  # before asking for the key
    keys = tally_keys_for_count(args, package)
    results = count_election(store, package, keys, rule=args.rule, budget=args.budget,
                             seed=args.seed, show_progress=not args.quiet,
                             outer=keys.seal if legacy_dedup else None)
    from kiosk.tally.summary import result_lines

    default = package.election.default_language
    titles = {p.id: p.text(default, default)[0].title for p in package.election.proposals}
    print("\n".join(result_lines(results, titles)))
    return 0


def cmd_evaluation(args) -> int:
    from kiosk.tally.reports import write_evaluation

    store, package = open_store(args)
    for path in write_evaluation(store, package, args.out):
        print(path)
    return 0


def _dedup(args, store, package) -> None:
    """Step dedup: the outer-envelope key is read, used and dropped here."""
    from kiosk.tally.counting import dedup_election
    from kiosk.tally.key_source import outer_key_for_count

    outer = outer_key_for_count(args, package)
    done = dedup_election(store, package, outer, show_progress=not args.quiet)
    del outer
    set_aside = ", ".join(f"{n} {reason}" for reason, n in done["excluded"].items()) or "none"
    print(f"Duplicate check done: {done['records']} records; set aside: {set_aside}; "
          f"{done['conflicts']} conflict(s); the voter tokens are forgotten."
          + (" Next: kiosk tally count --step open with the tally key." if args.step else ""))


def cmd_destroy_outer(args) -> int:
    from kiosk.tally.outer_destroy import destroy_outer

    store, _package = open_store(args)
    done = destroy_outer(store)
    if done["again"]:
        print(f"The outer envelopes were destroyed already, at {done['at']}.")
    else:
        print(f"{done['destroyed']} outer envelopes destroyed at {done['at']}: the database "
              "keeps only their hashes. Destroy every other copy too (station folders, USB "
              "sticks, backups); `kiosk tally publish` records the time.")
    return 0


def cmd_report(args) -> int:
    from kiosk.tally.reports import write_reports

    store, package = open_store(args)
    for path in write_reports(store, package, args.out):
        print(path)
    return 0


def cmd_publish(args) -> int:
    from kiosk.tally.publish import publish_record

    store, package = open_store(args)
    path = publish_record(store, package, args.out)
    print(f"Election record written to {path}; check it with: kiosk tally verify {path} "
          f"--authority {store.meta()['authority']}")
    return 0


def cmd_verify(args) -> int:
    from kiosk.tally.record_verify import verify_record

    report = verify_record(args.record, authority=args.authority, show_progress=not args.quiet)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, sort_keys=True))
    else:
        print("\n".join(report["lines"]))
    return 0


def cmd_check_code(args) -> int:
    from kiosk.tally.record_verify import check_code

    found = check_code(args.record, args.code)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, sort_keys=True))
    else:
        print(found["sentence"])
    return 0 if found["found"] else 1


def cmd_lna(args) -> int:
    from kiosk.tally.lna_command import run_lna

    return run_lna(args)


COMMANDS = {"init": cmd_init, "issued-codes": cmd_issued_codes, "enrol": cmd_enrol,
            "import": cmd_import,
            "status": cmd_status, "close": cmd_close, "resolve-fork": cmd_resolve_fork,
            "serve": cmd_serve,
            "count": cmd_count, "destroy-outer": cmd_destroy_outer, "report": cmd_report,
            "evaluation": cmd_evaluation, "publish": cmd_publish,
            "verify": cmd_verify, "check-code": cmd_check_code, "lna": cmd_lna}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        build_parser().print_help()
        return 0 if argv else 2
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exit_:  # --help of a subcommand
        return int(exit_.code or 0)
    return COMMANDS[args.command](args)
