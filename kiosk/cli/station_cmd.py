"""kiosk station init | request | certify | enrol | status | paper-range; kiosk polls ...;
kiosk box verify"""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from kiosk.cli.common import UsageError, add_passphrase_options, get_passphrase, print_json
from kiosk.domain.staff_pin import check_new_pin
from kiosk.package.authority_keys import load_authority
from kiosk.package.certificates import certificate_file
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.station.setup import init_station, install_certificate, write_enrolment_request


def register(sub) -> None:
    station = sub.add_parser("station", help="set up and enrol a station")
    ssub = station.add_subparsers(dest="action", required=True, metavar="ACTION")

    init = ssub.add_parser("init", help="create a station data folder for an election package")
    init.add_argument("--data", type=Path, required=True)
    init.add_argument("--package", type=Path, required=True)
    init.add_argument("--label", default="", help="a name staff recognise, e.g. 'Hagaby bibliotek'")
    init.add_argument("--authority", metavar="FP|FILE",
                      help="the election authority to trust (required): its fingerprint or "
                           "its authority.pub file")
    init.add_argument("--pin-env", metavar="NAME", help="set the staff PIN from this variable")
    init.add_argument("--pin-file", type=Path, metavar="FILE",
                      help="set the staff PIN from the first line of FILE")
    init.add_argument("--district", metavar="POT",
                      help="for a package with district pots: the district this station stands "
                           "in (its voters vote in that pot; without it each voter chooses)")
    init.set_defaults(func=cmd_init)

    pin = ssub.add_parser("pin", help="set the staff PIN (at least 6 digits, not trivial)")
    pin.add_argument("--data", type=Path, required=True)
    pin.add_argument("--pin-env", metavar="NAME")
    pin.add_argument("--pin-file", type=Path, metavar="FILE")
    pin.set_defaults(func=cmd_pin)

    mode = ssub.add_parser("mode", help="switch between test mode and official mode (polls "
                           "closed); leaving test mode wipes the test ballots")
    mode.add_argument("mode", choices=["test", "official"])
    mode.add_argument("--data", type=Path, required=True)
    mode.set_defaults(func=cmd_mode)

    report = ssub.add_parser("report", help="the zero (opening) or closing report")
    report.add_argument("kind", choices=["zero", "closing"])
    report.add_argument("--data", type=Path, required=True)
    report.add_argument("--json", action="store_true")
    report.set_defaults(func=cmd_report)

    lna = ssub.add_parser("lna-record", help="record the signed result of the logic-and-"
                          "accuracy test (kiosk tally lna) for the zero report")
    lna.add_argument("result", type=Path, metavar="RESULT.json")
    lna.add_argument("--data", type=Path, required=True)
    lna.set_defaults(func=cmd_lna_record)

    ranges = ssub.add_parser("paper-range", help="the paper ballot sheet numbers this station "
                             "keys, e.g. 1-500 501-600 (none given: show them)")
    ranges.add_argument("ranges", nargs="*", metavar="FIRST-LAST")
    ranges.add_argument("--data", type=Path, required=True)
    ranges.add_argument("--clear", action="store_true",
                        help="set no range: the station keys any sheet number")
    ranges.set_defaults(func=cmd_paper_range)

    request = ssub.add_parser("request", help="write this station's enrolment request")
    request.add_argument("--data", type=Path, required=True)
    request.add_argument("-o", "--output", type=Path)
    request.set_defaults(func=cmd_request)

    cert = ssub.add_parser("certify", help="(authority) certify a station's enrolment request")
    cert.add_argument("request", type=Path)
    cert.add_argument("--key", type=Path, required=True, help="the authority's private key")
    cert.add_argument("--package", type=Path, required=True)
    cert.add_argument("-o", "--output", type=Path, required=True)
    cert.add_argument("--encrypted-key", action="store_true")
    add_passphrase_options(cert, "authority key")
    cert.set_defaults(func=cmd_certify)

    enrol = ssub.add_parser("enrol", help="install the certificate the authority issued")
    enrol.add_argument("certificate", type=Path)
    enrol.add_argument("--data", type=Path, required=True)
    enrol.set_defaults(func=cmd_enrol)

    codes = ssub.add_parser("codes", help="(codes elections) load the authority's list of "
                            "issued voting codes onto the station")
    codes.add_argument("issued", type=Path, metavar="ISSUED_CODES_FILE")
    codes.add_argument("--data", type=Path, required=True)
    codes.set_defaults(func=cmd_codes)

    status = ssub.add_parser("status", help="show the station's state")
    status.add_argument("--data", type=Path, required=True)
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=cmd_status)

    polls = sub.add_parser("polls", help="open, pause, resume or close the polls")
    polls.add_argument("action", choices=["open", "pause", "resume", "close"])
    polls.add_argument("--data", type=Path, required=True)
    polls.set_defaults(func=cmd_polls)

    box = sub.add_parser("box", help="check the ballot box")
    bsub = box.add_subparsers(dest="action", required=True, metavar="ACTION")
    verify = bsub.add_parser("verify", help="check chains and signatures; print counts")
    verify.add_argument("--data", type=Path, required=True)
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_box_verify)


def _read_pin(args) -> str | None:
    if args.pin_env:
        value = os.environ.get(args.pin_env, "")
        if not value:
            raise UsageError(f"environment variable {args.pin_env} is empty or not set")
        return value
    if args.pin_file:
        try:
            return args.pin_file.read_text(encoding="utf-8").splitlines()[0].strip()
        except (OSError, IndexError) as error:
            raise UsageError(f"cannot read the PIN from {args.pin_file}: {error}") from None
    return None


def cmd_init(args) -> int:
    pin = _read_pin(args)
    if pin is not None:
        check_new_pin(pin)  # refuse a bad PIN before anything is created
    paths = init_station(args.data, args.package, args.label, args.authority, args.district)
    with StationService.open(paths.root) as service:
        station_id = service.station_id
        if pin is not None:
            service.set_staff_pin(pin)
    print(f"Station {station_id} created in {paths.root}.")
    print(f"Next: kiosk station request --data {paths.root}  (and give the file to the authority)")
    return 0


def cmd_pin(args) -> int:
    pin = _read_pin(args)
    if pin is None:
        if not sys.stdin.isatty():
            raise UsageError("the PIN is needed: use --pin-env or --pin-file")
        pin = getpass.getpass("new staff PIN: ")
        if getpass.getpass("again: ") != pin:
            raise UsageError("the PINs do not match")
    with StationService.open(args.data) as service:
        service.set_staff_pin(pin)
    print("Staff PIN set.")
    return 0


def cmd_mode(args) -> int:
    with StationService.open(args.data) as service:
        wiped = service.set_test_mode(args.mode == "test")
    print(f"mode: {args.mode}" + (f" ({wiped} test ballots wiped)" if wiped else ""))
    return 0


def cmd_report(args) -> int:
    with StationService.open(args.data) as service:
        report = service.polls_report(args.kind)
    if args.json:
        print_json(report)
    else:
        title = "ZERO REPORT" if args.kind == "zero" else "CLOSING REPORT"
        print(title)
        for key, value in report.items():
            print(f"{key.replace('_', ' '):>18}: {value}")
    return 0


def cmd_lna_record(args) -> int:
    try:
        data = args.result.read_bytes()
    except OSError as error:
        raise UsageError(f"{args.result}: cannot read the file ({error.strerror})") from None
    with StationService.open(args.data) as service:
        result = service.record_lna(data)
    verdict = "PASSED" if result.passed else "FAILED"
    print(f"L&A test recorded: {verdict} at {result.checked_at}, {result.ballots} test ballots; "
          "the zero report shows it")
    return 0


def cmd_paper_range(args) -> int:
    from kiosk.domain.sheet_ranges import ranges_text

    if args.clear and args.ranges:
        raise UsageError("give sheet ranges or --clear, not both")
    with StationService.open(args.data) as service:
        if args.clear or args.ranges:
            ranges = service.set_paper_ranges(args.ranges)
        else:
            ranges = service.paper_ranges()
    print(f"paper sheet ranges: {ranges_text(ranges)}" if ranges else
          "paper sheet ranges: no range set (any sheet number is keyed)")
    return 0


def cmd_request(args) -> int:
    print(write_enrolment_request(args.data, args.output))
    return 0


def cmd_certify(args) -> int:
    passphrase = get_passphrase(args, "authority key") if args.encrypted_key else None
    authority = load_authority(args.key, passphrase)
    package = load_package(args.package, authority.public.fingerprint)
    try:
        request = json.loads(args.request.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise UsageError(f"{args.request}: not a readable enrolment request ({error})") from None
    certificate = certificate_file(request, authority, package.election.id)
    write_atomic(args.output, json.dumps(certificate, indent=2).encode() + b"\n")
    print(f"Certified station {certificate['signed']['station']}: {args.output} (with the "
          "election's token key, sealed to that station)")
    return 0


def cmd_enrol(args) -> int:
    station_id = install_certificate(args.data, args.certificate)
    print(f"Station {station_id} is enrolled.")
    return 0


def cmd_codes(args) -> int:
    from kiosk.station.issued_codes import install_issued_list

    with StationService.open(args.data) as service:
        known = install_issued_list(service.paths.root, service.package, args.issued)
    print(f"The station now accepts {known} issued voting codes (each once).")
    return 0


def cmd_status(args) -> int:
    with StationService.open_for_reading(args.data) as service:
        status = service.status()
    if args.json:
        print_json(asdict(status))
    else:
        for key, value in asdict(status).items():
            print(f"{key.replace('_', ' '):>14}: {value}")
    return 0


def cmd_polls(args) -> int:
    with StationService.open(args.data) as service:
        operation = {"open": service.open_polls, "pause": service.pause_polls,
                     "resume": service.resume_polls, "close": service.close_polls}[args.action]
        if args.action in ("open", "resume"):
            _warn_outside_period(service.status())
        print(f"polls: {operation()}")
    return 0


def _warn_outside_period(status) -> None:
    if status.mode == "official" and status.voting_phase != "during":
        where = "has not started yet" if status.voting_phase == "before" else "has ended"
        print(f"kiosk: warning: the election's voting period ({status.voting_opens} to "
              f"{status.voting_closes}) {where}", file=sys.stderr)


def cmd_box_verify(args) -> int:
    with StationService.open_for_reading(args.data) as service:
        report = service.verify_box()
    if args.json:
        print_json(asdict(report))
    else:
        verdict = "OK" if report.ok else "FAILED"
        print(f"{verdict}: {report.ballots} ballots, {report.test_ballots} test ballots, "
              f"{report.audit_entries} audit entries")
        for problem in report.problems:
            print(f"  {problem}")
    return 0 if report.ok else 1
