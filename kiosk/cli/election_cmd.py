"""kiosk election init | build | verify | codes | test-deck (kiosk.cli.deck_cmd)"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.cli import deck_cmd
from kiosk.cli.common import add_passphrase_options, get_passphrase, print_json
from kiosk.domain.money import format_kronor
from kiosk.package.authority_keys import load_authority
from kiosk.package.scaffold import EXAMPLES, scaffold_election
from kiosk.package.signed_package import build_package, load_package, write_package
from kiosk.package.survey_example import add_example_survey


def register(sub) -> None:
    election = sub.add_parser("election", help="prepare, build and check election packages")
    esub = election.add_subparsers(dest="action", required=True, metavar="ACTION")

    init = esub.add_parser("init", help="create an election folder with a small example")
    init.add_argument("dir", type=Path)
    init.add_argument("--example", choices=EXAMPLES, default="basic",
                      help="basic: one pot; districts: a city-wide pot and two district pots, "
                           "voted in one visit")
    init.add_argument("--survey", action="store_true",
                      help="add example follow-up questions (age band, first time, how they "
                      "heard) to change to the municipality's own")
    init.set_defaults(func=cmd_init)

    build = esub.add_parser("build", help="validate an election folder and sign it")
    build.add_argument("dir", type=Path)
    build.add_argument("--key", type=Path, required=True, help="the authority's private key file")
    build.add_argument("-o", "--output", type=Path, required=True, help="package file to write")
    build.add_argument("--encrypted-key", action="store_true",
                       help="the authority key is passphrase-protected")
    add_passphrase_options(build, "authority key")
    build.set_defaults(func=cmd_build)

    # parsed by kiosk.ui.recording_script (kiosk.cli.main dispatches it); listed here for --help
    esub.add_parser("recording-script", help="write per language every text to record for "
                    "read-aloud without a voice (FOLDER --out DIR [--languages] [--placeholders])")

    verify = esub.add_parser("verify", help="check a signed package and summarise it")
    verify.add_argument("file", type=Path)
    verify.add_argument("--authority", metavar="FP|FILE",
                        help="the election authority to trust (required): its fingerprint or "
                             "its authority.pub file")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify)

    codes = esub.add_parser("codes", help="issue single-use voting codes as printable cards")
    codes.add_argument("--package", type=Path, required=True)
    codes.add_argument("--key", type=Path, required=True, help="the authority key that built it")
    codes.add_argument("--count", type=int, required=True)
    codes.add_argument("--out", type=Path, required=True)
    codes.add_argument("--encrypted-key", action="store_true")
    add_passphrase_options(codes, "authority key")
    codes.set_defaults(func=cmd_codes)

    deck_cmd.register(esub)


def cmd_init(args) -> int:
    written = scaffold_election(args.dir, args.example)
    if getattr(args, "survey", False):
        add_example_survey(args.dir)
    print(f"Created an example election folder in {args.dir} ({len(written)} files).")
    print("Edit election.toml and texts/*.toml, put the tally's tally.pub beside them, then run:")
    print(f"  kiosk election build {args.dir} --key authority.key -o election.pkg")
    return 0


def cmd_build(args) -> int:
    passphrase = get_passphrase(args, "authority key") if args.encrypted_key else None
    authority = load_authority(args.key, passphrase)
    data = build_package(args.dir, authority)
    write_package(args.output, data)
    package = load_package(args.output, authority.public.fingerprint)
    print(f"Built {args.output}: election {package.election.id}, "
          f"{len(package.election.proposals)} proposals, signed by {authority.public.fingerprint}")
    for line in clip_report(package.election):
        print(line)
    return 0


def clip_report(election) -> list[str]:
    """Per language without an espeak-ng voice (or with any clip): which proposals have a
    recorded read-aloud clip (audio/<language>/<proposal>.ogg) and which do not."""
    from kiosk.domain.languages import LANGUAGES

    out = []
    pids = [p.id for p in election.proposals]
    for tag in election.languages:
        have = election.audio.get(tag, {})
        if LANGUAGES[tag].espeak_voice is not None and not have:
            continue
        missing = [pid for pid in pids if pid not in have]
        out.append(f"read-aloud clips, {tag}: {len(pids) - len(missing)} of {len(pids)} "
                   "proposals" + (f"; missing {', '.join(missing)}" if missing else "")
                   + " (UI strings: kiosk election recording-script)")
    return out


def cmd_codes(args) -> int:
    from datetime import datetime

    from kiosk.package.codes import issue_codes, read_issued_list, tokens_of, write_issued_list
    from kiosk.printing.code_cards import write_code_cards

    passphrase = get_passphrase(args, "authority key") if args.encrypted_key else None
    authority = load_authority(args.key, passphrase)
    package = load_package(args.package, authority.public.fingerprint)
    election = package.election
    issued = args.out / "issued-codes.json"
    existing = read_issued_list(issued, package) if issued.exists() else frozenset()
    codes = issue_codes(package, authority, args.count, existing)
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    cards = args.out / f"voting-codes-{stamp}-{len(codes)}.pdf"
    # The list first: a code on the list without a card is harmless, a card without one is not.
    write_issued_list(issued, election.id, authority,
                      existing | tokens_of(authority, election.id, codes))
    pages = write_code_cards(cards, codes, election)
    print(cards)
    print(issued)
    print(f"{len(codes)} codes on {pages} pages; stations and the tally need {issued.name} "
          f"({len(existing) + len(codes)} codes issued in all)", file=sys.stderr)
    return 0


def summary(package) -> dict:
    election = package.election
    rule = election.rule
    return {
        "id": election.id,
        "title": election.title(election.default_language),
        "district": election.district,
        "opens": election.opens.isoformat(), "closes": election.closes.isoformat(),
        "proposals": len(election.proposals),
        "total_cost": sum(p.cost for p in election.proposals),
        "rule": rule.to_dict(),
        "counting": election.counting,
        "eligibility": election.eligibility.mode.value,
        "duplicates": election.duplicate_policy.value,
        "languages": list(election.languages),
        "places": [place.line() for place in election.places],
        "authority": package.authority_fingerprint,
        "package_hash": package.package_hash,
        **({"options": election.options.to_dict()} if not election.options.is_empty() else {}),
        **({"survey": election.survey.to_dict()} if election.survey.asks else {}),
    } | ({"pots": [{  # several pots in one visit: each its own rule (docs/pots.md)
        "id": pot.id, "kind": pot.kind.value, "name": pot.names[election.default_language],
        "proposals": len(pot.proposal_ids), "rule": pot.rule.to_dict(),
        "counting": election.pot_view(pot.id).counting,
        **({"budget": pot.budget} if pot.budget is not None else {}),
        **({"options": pot.options.to_dict()} if not pot.options.is_empty() else {}),
    } for pot in election.pots]}
        if election.pots else {})


def cmd_verify(args) -> int:
    package = load_package(args.file, args.authority)
    info = summary(package)
    if args.json:
        print_json({"ok": True, **info})
        return 0
    rule_text = _rule_text(info["rule"])
    print(f"OK: the package is signed by authority {info['authority']} and intact.")
    print(f"Election:   {info['title']} ({info['id']}), {info['district']}")
    print(f"Period:     {info['opens']} to {info['closes']}")
    print(f"Proposals:  {info['proposals']} (together {format_kronor(info['total_cost'], ' ')})")
    if "pots" in info:
        print(f"Pots:       {len(info['pots'])}, voted in one visit (every city pot and the "
              "voter's district pot)")
        for pot in info["pots"]:
            money = f", budget {format_kronor(pot['budget'], ' ')}" if "budget" in pot else ""
            print(f"  {pot['id']} ({pot['kind']}, {pot['name']}): {pot['proposals']} proposals; "
                  f"{_rule_text(pot['rule'])}{money}; counting {pot['counting'] or 'not named'}")
            for line in package.election.pot(pot["id"]).options.lines():
                print(f"    option: {line}")
    else:
        print(f"Rule:       {rule_text}")
        print(f"Counting:   {info['counting'] or 'not named (the tally must give --rule)'}")
    for line in package.election.options.lines():
        print(f"Option:     {line}")
    survey = package.election.survey
    if survey.asks:
        print(f"Follow-up:  {len(survey.questions)} optional questions "
              f"({', '.join(q.id for q in survey.questions)}); statistics hide counts below "
              f"{survey.min_cell}")
    print(f"Voters:     {info['eligibility']}; duplicates: {info['duplicates']}")
    print(f"Languages:  {', '.join(info['languages'])}")
    print(f"Places:     {'; '.join(info['places']) or 'none named in the package'}")
    print(f"Package:    sha256 {info['package_hash']}")
    return 0


def _rule_text(rule: dict) -> str:
    return {
        "knapsack": lambda: f"knapsack, budget {format_kronor(rule['budget'], ' ')}",
        "approval": lambda: f"approval, at most {rule['max_choices']} choices" + (
            f", at least {rule['min_choices']}" if rule.get("min_choices") else ""),
        "cumulative": lambda: f"cumulative, {rule['total_points']} points, at most "
                              f"{rule['max_per_proposal']} per proposal",
    }[rule["kind"]]()
