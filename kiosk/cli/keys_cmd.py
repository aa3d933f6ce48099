"""kiosk keys authority | tally"""

from __future__ import annotations

from pathlib import Path

from kiosk.cli.common import add_passphrase_options, get_passphrase
from kiosk.package.authority_keys import create_authority, create_tally


def register(sub) -> None:
    keys = sub.add_parser("keys", help="create the authority's and the tally's keys")
    ksub = keys.add_subparsers(dest="action", required=True, metavar="ACTION")

    authority = ksub.add_parser("authority", help="create the election authority's signing key")
    authority.add_argument("--out", type=Path, required=True)
    authority.add_argument("--encrypt", action="store_true",
                           help="protect the private key with a passphrase")
    add_passphrase_options(authority, "authority key")
    authority.set_defaults(func=cmd_authority)

    tally = ksub.add_parser("tally", help="create the tally's key (passphrase-protected)")
    tally.add_argument("--out", type=Path, required=True)
    add_passphrase_options(tally, "tally key")
    tally.set_defaults(func=cmd_tally)


def cmd_authority(args) -> int:
    passphrase = get_passphrase(args, "authority key", confirm=True) if args.encrypt else None
    key_path, pub_path, fingerprint = create_authority(args.out, passphrase)
    print(f"Authority key:        {key_path}  (keep it secret, keep it offline)")
    print(f"Authority public key: {pub_path}")
    print(f"Fingerprint:          {fingerprint}  (print it; stations compare it at setup)")
    return 0


def cmd_tally(args) -> int:
    passphrase = get_passphrase(args, "tally key", confirm=True)
    key_path, pub_path, keys = create_tally(args.out, passphrase)
    print(f"Tally key:        {key_path}  (encrypted; never put it on a station)")
    print(f"Tally public key: {pub_path}  (goes into the election folder)")
    print(f"Fingerprint:      {keys.sign.public.fingerprint}")
    return 0
