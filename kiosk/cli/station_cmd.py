"""kiosk station init | request | certify | enrol | status; kiosk polls ...; kiosk box verify"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from kiosk.cli.common import UsageError, add_passphrase_options, get_passphrase, print_json
from kiosk.package.authority_keys import load_authority
from kiosk.package.certificates import certify
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
    init.add_argument("--authority", metavar="FINGERPRINT",
                      help="refuse a package not signed by this authority")
    init.set_defaults(func=cmd_init)

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


def cmd_init(args) -> int:
    paths = init_station(args.data, args.package, args.label, args.authority)
    with StationService.open(paths.root) as service:
        station_id = service.station_id
    print(f"Station {station_id} created in {paths.root}.")
    print(f"Next: kiosk station request --data {paths.root}  (and give the file to the authority)")
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
    certificate = certify(request, authority, package.election.id)
    write_atomic(args.output, json.dumps(certificate, indent=2).encode() + b"\n")
    print(f"Certified station {certificate['signed']['station']}: {args.output}")
    return 0


def cmd_enrol(args) -> int:
    station_id = install_certificate(args.data, args.certificate)
    print(f"Station {station_id} is enrolled.")
    return 0


def cmd_status(args) -> int:
    with StationService.open(args.data) as service:
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
        print(f"polls: {operation()}")
    return 0


def cmd_box_verify(args) -> int:
    with StationService.open(args.data) as service:
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
