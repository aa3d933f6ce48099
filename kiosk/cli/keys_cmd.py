"""kiosk keys authority | tally"""

from __future__ import annotations

from pathlib import Path

from kiosk.cli.common import UsageError, add_passphrase_options, get_passphrase
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
    tally.add_argument("--shares", metavar="K-of-N",
                       help="split the key among N officers as SLIP-39 share files, any K of "
                            "which recover it (no tally.key file is written)")
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
    if args.shares:
        return cmd_tally_shares(args)
    passphrase = get_passphrase(args, "tally key", confirm=True)
    key_path, pub_path, keys = create_tally(args.out, passphrase)
    print(f"Tally key:        {key_path}  (encrypted; never put it on a station)")
    print(f"Receipt key:      {key_path.parent / 'receipt.key'}  (for `kiosk tally serve` only: "
          "it signs receipts and cannot open ballots)")
    print(f"Tally public key: {pub_path}  (goes into the election folder)")
    print(f"Fingerprint:      {keys.sign.public.fingerprint}")
    return 0


def cmd_tally_shares(args) -> int:
    """The tally secret (seal || sign) split K-of-N; only tally.pub and the shares are written."""
    import json

    from kiosk.crypto.keys import SealKeyPair, SigningKey
    from kiosk.crypto.shares import parse_threshold, split_secret, write_share_files
    from kiosk.package.authority_keys import TallyKeys, write_receipt_key
    from kiosk.package.files import write_atomic

    threshold, count = parse_threshold(args.shares)
    passphrase = get_passphrase(args, "key share", confirm=True)
    keys = TallyKeys(SealKeyPair.generate(), SigningKey.generate())
    secret = keys.seal.to_bytes() + keys.sign.to_bytes()
    fingerprint = keys.sign.public.fingerprint
    args.out.mkdir(parents=True, exist_ok=True)
    pub_path = args.out / "tally.pub"
    if pub_path.exists():
        raise UsageError(f"{pub_path} already exists; refusing to overwrite a key")
    receipt_path = write_receipt_key(args.out, keys.sign, passphrase)
    paths = write_share_files(args.out, split_secret(secret, threshold, count, passphrase),
                              threshold, fingerprint)
    write_atomic(pub_path, json.dumps(keys.public_doc(), indent=2).encode() + b"\n")
    for path in paths:
        print(f"Key share:        {path}  (give it to one officer; keep it secret)")
    print(f"Receipt key:      {receipt_path}  (for `kiosk tally serve` only, same passphrase: "
          "it signs receipts and cannot open ballots)")
    print(f"Tally public key: {pub_path}  (goes into the election folder)")
    print(f"Fingerprint:      {fingerprint}  (any {threshold} of {count} shares and the "
          "passphrase recover the key)")
    return 0
