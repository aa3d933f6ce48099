"""kiosk keys authority | tally"""

from __future__ import annotations

import sys
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

    tally = ksub.add_parser("tally", help="create the tally's keys: the inner-envelope key "
                            "(tally.key) and the outer-envelope key (outer.key), each with its "
                            "own passphrase, for different officers")
    tally.add_argument("--out", type=Path, required=True)
    tally.add_argument("--shares", metavar="K-of-N",
                       help="split the inner-envelope key among N officers as SLIP-39 share "
                            "files, any K of which recover it (no tally.key file is written)")
    tally.add_argument("--outer-shares", metavar="K-of-N",
                       help="split the outer-envelope key likewise (no outer.key is written)")
    add_passphrase_options(tally, "tally key")
    add_passphrase_options(tally, "outer-envelope key", prefix="outer-")
    tally.set_defaults(func=cmd_tally)


def cmd_authority(args) -> int:
    passphrase = get_passphrase(args, "authority key", confirm=True) if args.encrypt else None
    key_path, pub_path, fingerprint = create_authority(args.out, passphrase)
    print(f"Authority key:        {key_path}  (keep it secret, keep it offline)")
    print(f"Authority public key: {pub_path}")
    print(f"Fingerprint:          {fingerprint}  (print it; stations compare it at setup)")
    return 0


def cmd_tally(args) -> int:
    from kiosk.crypto.keys import SealKeyPair
    from kiosk.crypto.shares import parse_threshold, split_secret, write_share_files

    inner_split = parse_threshold(args.shares) if args.shares else None
    outer_split = parse_threshold(args.outer_shares) if args.outer_shares else None
    passphrase = get_passphrase(args, "key share" if inner_split else "tally key", confirm=True)
    outer_passphrase = get_passphrase(args, "outer-envelope key", confirm=True, prefix="outer-")
    if outer_passphrase == passphrase:
        print("warning: the outer-envelope key has the same passphrase as the tally key; give "
              "the two keys to different officers with different passphrases",
              file=sys.stderr)
    outer = SealKeyPair.generate() if outer_split else None
    if inner_split:
        keys, pub_path, receipt_path, paths = _tally_shares(args.out, inner_split, passphrase,
                                                            outer, outer_passphrase)
        for path in paths:
            print(f"Key share:        {path}  (inner envelopes: the choices; give it to one "
                  "officer)")
    else:
        key_path, pub_path, keys = create_tally(args.out, passphrase, outer_passphrase, outer)
        receipt_path = key_path.parent / "receipt.key"
        print(f"Tally key:        {key_path}  (opens the inner envelopes: the choices; "
              "encrypted; never put it on a station)")
    if outer_split:
        for path in write_share_files(args.out, split_secret(
                outer.to_bytes(), *outer_split, outer_passphrase), outer_split[0],
                keys.sign.public.fingerprint, "outer"):
            print(f"Outer key share:  {path}  (outer envelopes: the voter tokens; give it to "
                  "one officer of the other group)")
    else:
        print(f"Outer key:        {args.out / 'outer.key'}  (opens the outer envelopes: the "
              "voter tokens, for the duplicate check; for other officers than the tally key)")
    print(f"Receipt key:      {receipt_path}  (for `kiosk tally serve` only: it signs receipts "
          "and cannot open ballots)")
    print(f"Tally public key: {pub_path}  (goes into the election folder)")
    print(f"Fingerprint:      {keys.sign.public.fingerprint}")
    return 0


def _tally_shares(out: Path, split: tuple[int, int], passphrase: str, outer,
                  outer_passphrase: str):
    """The tally secret (seal || sign) split K-of-N; only the shares, receipt.key, tally.pub
    and (when the outer key is not split) outer.key are written."""
    import json

    from kiosk.crypto.keys import SealKeyPair, SigningKey
    from kiosk.crypto.shares import split_secret, write_share_files
    from kiosk.package.authority_keys import TallyKeys, write_outer_key, write_receipt_key
    from kiosk.package.files import write_atomic

    out.mkdir(parents=True, exist_ok=True)
    for path in (out / "tally.pub", out / "receipt.key", out / "outer.key"):
        if path.exists():
            raise UsageError(f"{path} already exists; refusing to overwrite a key")
    keys = TallyKeys(SealKeyPair.generate(), SigningKey.generate())
    if outer is None:
        outer = SealKeyPair.generate()
        write_outer_key(out / "outer.key", outer, outer_passphrase)
    secret = keys.seal.to_bytes() + keys.sign.to_bytes()
    receipt_path = write_receipt_key(out, keys.sign, passphrase)
    paths = write_share_files(out, split_secret(secret, *split, passphrase), split[0],
                              keys.sign.public.fingerprint)
    pub_path = out / "tally.pub"
    write_atomic(pub_path, json.dumps(keys.public_doc(outer.public), indent=2).encode() + b"\n")
    return keys, pub_path, receipt_path, paths
