"""A station's audit log as one signed file (staff hand it to the election administrator).

    line 1       canonical JSON {"type": "kiosk/audit-export", "v": 1, station, election}
    lines 2..n   one audit entry each: base64url(canonical body) "." base64url(signature)
    last line    canonical JSON {"digest": sha256 of every byte above, "sig": station
                 signature over {"type": "kiosk/audit-export-digest", "v": 1, "digest": …}}
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.crypto.canonical import b64, b64url, canonical
from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import SigningKey
from kiosk.ledger.chain import SignedEntry

AUDIT_FILE_TYPE = "kiosk/audit-export"


def build_audit_file(key: SigningKey, election_id: str, entries: Iterable[SignedEntry]) -> bytes:
    lines = [canonical({"type": AUDIT_FILE_TYPE, "v": 1, "station": key.public.fingerprint,
                        "election": election_id})]
    lines += [b64url(e.body).encode() + b"." + b64url(e.sig).encode() for e in entries]
    content = b"\n".join(lines) + b"\n"
    digest = sha256(content).hex()
    signature = key.sign(canonical({"type": AUDIT_FILE_TYPE + "-digest", "v": 1,
                                    "digest": digest}))
    return content + canonical({"digest": digest, "sig": b64(signature)}) + b"\n"
