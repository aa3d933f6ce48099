"""A ballot record's body: the one place that builds it (station) and reads it fast (tally).

    {"election":E,"inner":"I","outer":"O"|null,"prev":"P","seq":N,"station":S,
     "test":T,"type":"kiosk/ballot-record","v":1}

canonical JSON of those fields, with the sealed envelopes in standard base64. The station
signs exactly these bytes; an export file carries them base64url-encoded, one record a line.
"""

from __future__ import annotations

import binascii
import hashlib

from kiosk.crypto.canonical import b64url, canonical, canonical_b64_or_none
from kiosk.crypto.keys import SigningKey
from kiosk.ledger.chain import RECORD_TYPE, RECORD_VERSION, ChainHead, SignedEntry


class RecordShape:
    """The canonical bytes of a station's ballot record, with the envelopes, the sequence
    number and the previous hash as the only unknowns.

    `body` builds a record (the station writes every record with it). `envelopes` reads one
    by comparing bytes, not by a JSON parser (a tally reads a million of them). Anything else
    — another key order, spaces, escapes, base64 that is not in canonical form, a field that
    does not match — goes the general way (kiosk.ledger.export_file), which accepts and
    refuses exactly as before and names the reason. The two ways agree: the envelope texts
    are accepted here only if they are canonical base64, whose alphabet holds no quote or
    backslash, so a JSON parser would read the same fields from the same bytes.

    What `envelopes` accepts, `body` rebuilds byte for byte from the envelopes alone (the
    tally stores such files without the record lines; kiosk.tally.stored_files).
    """

    def __init__(self, election_id: str, station_id: str, test: bool) -> None:
        self.head = b'{"election":' + canonical(election_id) + b',"inner":"'
        self.tail = b',"station":' + canonical(station_id) + (
            b',"test":true' if test else b',"test":false') + \
            b',"type":"' + RECORD_TYPE.encode() + b'","v":' + str(RECORD_VERSION).encode() + b"}"

    def envelopes(self, body: bytes, seq: int, prev: bytes) -> tuple[bytes, bytes | None] | None:
        head = self.head
        if not body.startswith(head):
            return None
        end = body.find(b'","outer":', len(head))
        if end < 0:
            return None
        inner_text = body[len(head):end]
        start = end + 10
        if body.startswith(b"null", start):
            outer_text, start = None, start + 4
        elif body.startswith(b'"', start):
            close = body.find(b'"', start + 1)
            if close < 0:
                return None
            outer_text, start = body[start + 1:close], close + 1
        else:
            return None
        rest = b',"prev":"' + prev.hex().encode() + b'","seq":' + str(seq).encode() + self.tail
        if len(body) - start != len(rest) or not body.endswith(rest):
            return None
        inner = canonical_b64_or_none(inner_text)
        if inner is None:
            return None
        if outer_text is None:
            return inner, None
        outer = canonical_b64_or_none(outer_text)
        return None if outer is None else (inner, outer)

    def body(self, inner: bytes, outer: bytes | None, prev: bytes, seq: int) -> bytes:
        """The canonical record body with these envelopes (the inverse of `envelopes`)."""
        outer_json = b"null" if outer is None else \
            b'"' + binascii.b2a_base64(outer, newline=False) + b'"'
        return b"".join((self.head, binascii.b2a_base64(inner, newline=False), b'","outer":',
                         outer_json, b',"prev":"', prev.hex().encode(), b'","seq":',
                         str(seq).encode(), self.tail))


def seal_record(key: SigningKey, shape: RecordShape, head: ChainHead, inner: bytes,
                outer: bytes | None) -> SignedEntry:
    """The signed record that follows `head`, with these sealed envelopes (not yet stored)."""
    seq = head.seq + 1
    body = shape.body(inner, outer, head.hash, seq)
    return SignedEntry(seq, hashlib.sha256(body).digest(), body, key.sign(body))


def record_line(body: bytes, sig: bytes) -> bytes:
    """One record's line in an export file, without its newline."""
    return b64url(body).encode("ascii") + b"." + b64url(sig).encode("ascii")
