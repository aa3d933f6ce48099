"""A ballot record's body: the one place that builds it (station) and reads it fast (tally).

    {"election":E,"inner":"I","outer_hash":"H"|null,"prev":"P","seq":N,"station":S,
     "test":T,"type":"kiosk/ballot-record","v":2}

canonical JSON of those fields, with the sealed inner envelope in standard base64 and the
SHA-256 of the sealed outer envelope (voter token) in hex. The station signs exactly these
bytes; the outer envelope travels beside the record (an export file's record line carries it
as a third part), bound to it by its signed hash. So a record and its signature verify
without the outer envelope: the published record leaves every outer envelope out, and the
tally can destroy them after the count (`kiosk tally destroy-outer`).

Version 1 records held the whole outer envelope in the signed body; they are refused (see
kiosk.ledger.export_file).
"""

from __future__ import annotations

import binascii
import hashlib

from kiosk.crypto.canonical import b64url, canonical, canonical_b64_or_none
from kiosk.crypto.keys import SigningKey
from kiosk.ledger.chain import RECORD_TYPE, RECORD_VERSION, ChainHead, SignedEntry

HASH_HEX = 64


def outer_hash(outer: bytes | None) -> bytes | None:
    """What a record signs of its outer envelope."""
    return None if outer is None else hashlib.sha256(outer).digest()


class RecordShape:
    """The canonical bytes of a station's ballot record, with the inner envelope, the outer
    envelope's hash, the sequence number and the previous hash as the only unknowns.

    `body` builds a record (the station writes every record with it). `envelopes` reads one
    by comparing bytes, not by a JSON parser (a tally reads a million of them). Anything else
    — another key order, spaces, escapes, base64 that is not in canonical form, a field that
    does not match — goes the general way (kiosk.ledger.export_file), which accepts and
    refuses exactly as before and names the reason. The two ways agree: the inner envelope's
    text is accepted here only if it is canonical base64, and the hash only as 64 lower-case
    hex digits, whose alphabets hold no quote or backslash, so a JSON parser would read the
    same fields from the same bytes.

    What `envelopes` accepts, `body` rebuilds byte for byte from the inner envelope and the
    outer hash alone (the tally stores such files without the record lines;
    kiosk.tally.stored_files).
    """

    _HEX = frozenset(b"0123456789abcdef")

    def __init__(self, election_id: str, station_id: str, test: bool) -> None:
        self.head = b'{"election":' + canonical(election_id) + b',"inner":"'
        self.tail = b',"station":' + canonical(station_id) + (
            b',"test":true' if test else b',"test":false') + \
            b',"type":"' + RECORD_TYPE.encode() + b'","v":' + str(RECORD_VERSION).encode() + b"}"

    def envelopes(self, body: bytes, seq: int, prev: bytes) -> tuple[bytes, bytes | None] | None:
        """(sealed inner envelope, the outer envelope's SHA-256 or None), or None."""
        head = self.head
        if not body.startswith(head):
            return None
        end = body.find(b'","outer_hash":', len(head))
        if end < 0:
            return None
        inner_text = body[len(head):end]
        start = end + 15
        if body.startswith(b"null", start):
            digest, start = None, start + 4
        elif body.startswith(b'"', start) and body.startswith(b'"', start + 1 + HASH_HEX):
            text = body[start + 1:start + 1 + HASH_HEX]
            if not self._HEX.issuperset(text):
                return None
            digest, start = bytes.fromhex(text.decode("ascii")), start + 2 + HASH_HEX
        else:
            return None
        rest = b',"prev":"' + prev.hex().encode() + b'","seq":' + str(seq).encode() + self.tail
        if len(body) - start != len(rest) or not body.endswith(rest):
            return None
        inner = canonical_b64_or_none(inner_text)
        return None if inner is None else (inner, digest)

    def body(self, inner: bytes, digest: bytes | None, prev: bytes, seq: int) -> bytes:
        """The canonical record body (the inverse of `envelopes`); `digest` is the outer
        envelope's SHA-256 (`outer_hash`) or None."""
        outer_json = b"null" if digest is None else b'"' + digest.hex().encode() + b'"'
        return b"".join((self.head, binascii.b2a_base64(inner, newline=False),
                         b'","outer_hash":', outer_json, b',"prev":"', prev.hex().encode(),
                         b'","seq":', str(seq).encode(), self.tail))


def seal_record(key: SigningKey, shape: RecordShape, head: ChainHead, inner: bytes,
                outer: bytes | None) -> SignedEntry:
    """The signed record that follows `head`, with these sealed envelopes (not yet stored):
    the body signs the inner envelope and the outer envelope's hash; the entry carries the
    outer envelope itself beside it."""
    seq = head.seq + 1
    body = shape.body(inner, outer_hash(outer), head.hash, seq)
    return SignedEntry(seq, hashlib.sha256(body).digest(), body, key.sign(body), outer)


def record_line(body: bytes, sig: bytes, outer: bytes | None = None) -> bytes:
    """One record's line in an export file, without its newline: body "." signature, and
    "." outer envelope when the file carries it (a published copy does not)."""
    line = b64url(body).encode("ascii") + b"." + b64url(sig).encode("ascii")
    return line if outer is None else line + b"." + b64url(outer).encode("ascii")
