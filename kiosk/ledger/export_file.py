"""Signed export files: what a station hands to the tally, by USB stick or over the network.

Format version 2 (UTF-8, one item per line, every line ends with "\n"):

    line 1        canonical JSON header: election, station certificate, first/last sequence,
                  the hash before the first record and the chain head, counts; a test
                  file of a station placed in a district also names it ("district": pot id,
                  so the L&A checks the station against that district's deck rows)
    lines 2..n+1  one ballot record each: base64url(canonical record body) "." base64url(signature)
                  and, in a station's file, "." base64url(sealed outer envelope) when the record
                  has one (kiosk.ledger.records: the body signs the outer envelope's hash)
    last line     canonical JSON {"type": "kiosk/export-signature", "digest": sha256 of the
                  header line and every record line *without* its outer envelope part, each
                  with its "\n", "sig": station signature}

So the same file with its outer envelopes left out (`strip_outer`: what the published record
holds) still verifies, while a changed outer envelope fails its record's signed hash. Any
changed, dropped, added or reordered byte makes `verify_export` fail with one clear reason.
Version 1 files (records that held the outer envelope inside the signed body) are refused
with a sentence: their outer envelopes could never be left out of a published record.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import NamedTuple

from kiosk.crypto.canonical import (
    CanonicalError,
    b64,
    b64url,
    canonical,
    decode_canonical,
    unb64,
    unb64url,
)
from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.domain.election import Election
from kiosk.domain.errors import KioskError, VerificationError
from kiosk.domain.tracking import tracking_code
from kiosk.ledger.chain import RECORD_TYPE, RECORD_VERSION, record_genesis
from kiosk.ledger.links import link_break
from kiosk.ledger.records import HASH_HEX, RecordShape, outer_hash, record_line
from kiosk.package.certificates import StationCertificate, verify_certificate

HEADER_TYPE = "kiosk/export-header"
SIGNATURE_TYPE = "kiosk/export-signature"
DIGEST_TYPE = "kiosk/export-digest"
FORMAT_VERSION = 2
MAX_EXPORT_BYTES = 2 * 1024 * 1024 * 1024


class ExportRecord(NamedTuple):  # a tuple: a tally builds a million of them
    seq: int
    hash: bytes
    body: bytes  # record body, as signed
    sig: bytes
    # (inner, outer) sealed envelopes, already decoded, when the body is in canonical form
    # (every station writes it so; see kiosk.ledger.records.RecordShape); else None and the
    # reader decodes `fields` itself (and takes `outer`). outer is None when the record has
    # none or the file left it out (see outer_hash).
    sealed: tuple[bytes, bytes | None] | None = None
    outer: bytes | None = None  # the sealed outer envelope, checked against outer_hash
    outer_hash: bytes | None = None  # what the body signs of the outer envelope

    @property
    def fields(self) -> dict:
        return json.loads(self.body)

    @property
    def tracking_code(self) -> str:
        return tracking_code(self.hash)


@dataclass(frozen=True)
class VerifiedExport:
    header: dict
    certificate: StationCertificate
    records: list[ExportRecord]
    file_hash: str

    @property
    def station_id(self) -> str:
        return self.certificate.station_id

    @property
    def first_seq(self) -> int:
        return self.header["first_seq"]

    @property
    def last_seq(self) -> int:
        return self.header["last_seq"]


def build_export(*, election_id: str, package_hash: str, certificate: dict, key: SigningKey,
                 records: list[tuple], prev_hash: bytes,
                 created: str, full: bool, test: bool = False, kind: str | None = None,
                 district: str | None = None) -> bytes:
    """records: (seq, hash, body, sig[, outer envelope or None]) in sequence order,
    contiguous."""
    if not records:
        raise ValueError("an export file needs at least one record")
    header = {
        "type": HEADER_TYPE, "v": FORMAT_VERSION, "election": election_id,
        "package_hash": package_hash, "station": key.public.fingerprint,
        "certificate": certificate, "first_seq": records[0][0], "last_seq": records[-1][0],
        "count": len(records), "prev_hash": prev_hash.hex(), "head_hash": records[-1][1].hex(),
        "created": created, "kind": kind or ("full" if full else "incremental"), "test": test,
    }
    if district:
        header["district"] = district
    parts = [canonical(header), b"\n"]
    hasher = hashlib.sha256(parts[0] + b"\n")
    for record in records:
        body, sig, outer = record[2], record[3], record[4] if len(record) > 4 else None
        signed = record_line(body, sig)
        hasher.update(signed + b"\n")
        parts += [signed, b"." + b64url(outer).encode("ascii") if outer is not None else b"",
                  b"\n"]
    digest = hasher.hexdigest()
    sig = key.sign(canonical({"type": DIGEST_TYPE, "v": FORMAT_VERSION, "digest": digest}))
    trailer = canonical({"type": SIGNATURE_TYPE, "v": FORMAT_VERSION, "digest": digest,
                         "sig": b64(sig)})
    return b"".join(parts) + trailer + b"\n"


def _signed_part(line: bytes) -> bytes:
    """A record line without its outer envelope part (what the file's digest covers)."""
    second = line.find(b".", line.find(b".") + 1)
    return line if second < 0 else line[:second]


def strip_outer(data: bytes) -> bytes:
    """The same export file without any outer envelope (its signature still verifies): what
    the published record holds. The caller has verified `data`."""
    lines = data.split(b"\n")
    return b"\n".join([lines[0], *map(_signed_part, lines[1:-2]), *lines[-2:]])


def _bad(reason: str, message_id: str = "export.invalid") -> VerificationError:
    return VerificationError(message_id, reason, reason=reason)


def _parse_header(line: bytes, election: Election) -> dict:
    try:
        header = decode_canonical(line)
    except CanonicalError as error:
        raise _bad(f"the header is damaged ({error})", "export.damaged") from None
    if not isinstance(header, dict) or header.get("type") != HEADER_TYPE:
        raise _bad("this is not a Röstkiosk export file", "export.not_an_export")
    if header.get("v") == 1:
        raise _bad("this export file has format version 1, from an older Röstkiosk version "
                   "whose records carry the voter's outer envelope inside the station's "
                   "signature; this version cannot take it (count it with the version that "
                   "made it)", "export.old_version")
    if header.get("v") != FORMAT_VERSION:
        raise _bad(f"export format version {header.get('v')!r} is not supported")
    if header.get("election") != election.id:
        raise _bad(f"the file is from election {header.get('election')!r}, not {election.id!r}",
                   "export.wrong_election")
    for key in ("first_seq", "last_seq", "count"):
        if not isinstance(header.get(key), int) or isinstance(header.get(key), bool):
            raise _bad(f"the header's {key} is malformed", "export.damaged")
    return header


_CERTIFICATES: dict[tuple[bytes, bytes, str], StationCertificate] = {}


def _verified_certificate(envelope: object, authority: VerifyKey,
                          election_id: str) -> StationCertificate:
    """`verify_certificate`, remembering certificates that verified (a station sends the same
    one with every batch; the tally's intake would otherwise check it again each time)."""
    try:
        key = (canonical(envelope), authority.raw, election_id)
    except (CanonicalError, TypeError, ValueError):
        return verify_certificate(envelope, authority, election_id)
    known = _CERTIFICATES.get(key)
    if known is None:
        known = verify_certificate(envelope, authority, election_id)
        if len(_CERTIFICATES) >= 4096:
            _CERTIFICATES.clear()
        _CERTIFICATES[key] = known
    return known


def verify_export(data: bytes, election: Election, authority: VerifyKey,
                  outer_required: bool = True) -> VerifiedExport:
    """Verify an export file completely, on its own; VerificationError with one reason.

    `outer_required` False: a published copy, whose records leave their outer envelopes out
    (every other check is the same)."""
    if len(data) > MAX_EXPORT_BYTES:
        raise _bad("the file is larger than 2 GB")
    if not data.endswith(b"\n"):
        raise _bad("the file is incomplete (it does not end where a complete file ends)",
                   "export.truncated")
    lines = data.split(b"\n")  # not data[:-1]: a copy of the whole file, ~2 µs a record
    lines.pop()  # the empty text after the last newline
    if len(lines) < 3:
        raise _bad("the file is incomplete (it has no records or no signature)",
                   "export.truncated")
    header = _parse_header(lines[0], election)
    try:
        certificate = _verified_certificate(header.get("certificate"), authority, election.id)
    except KioskError as error:
        raise _bad(f"station {str(header.get('station'))[:4]}: {error.text}",
                   "export.uncertified") from None
    station = certificate.short_id
    if header.get("station") != certificate.station_id:
        raise _bad(f"station {station}: the header names another station than its certificate")

    try:
        trailer = decode_canonical(lines[-1])
        if not isinstance(trailer, dict) or trailer.get("type") != SIGNATURE_TYPE or set(
            trailer) != {"type", "v", "digest", "sig"}:
            raise CanonicalError("not a signature line")
        signature = unb64(trailer["sig"])
    except CanonicalError:
        raise _bad(f"station {station}: the file's signature line is missing or damaged "
                   "(the file may be truncated)", "export.truncated") from None
    hasher = hashlib.sha256(lines[0] + b"\n")
    for line in lines[1:-1]:
        hasher.update(_signed_part(line) + b"\n")
    digest = hasher.hexdigest()
    if trailer["digest"] != digest:
        raise _bad(f"station {station}: the file's content does not match its signed digest "
                   "(a byte was changed, added or removed)", "export.tampered")
    signed = canonical({"type": DIGEST_TYPE, "v": FORMAT_VERSION, "digest": digest})
    if not certificate.station_key.verify(signature, signed):
        raise _bad(f"station {station}: the file's signature does not verify", "export.tampered")

    record_lines = lines[1:-1]
    first, last = header["first_seq"], header["last_seq"]
    if first < 1 or last < first or header["count"] != last - first + 1 or len(
        record_lines) != header["count"]:
        raise _bad(f"station {station}: the header's sequence numbers {first}..{last} do not "
                   f"match the {len(record_lines)} records in the file")
    try:
        prev = bytes.fromhex(header.get("prev_hash", ""))
    except ValueError:
        raise _bad(f"station {station}: the header's previous hash is malformed") from None
    test = header.get("test")
    if not isinstance(test, bool):
        raise _bad(f"station {station}: the header's test flag is malformed")
    if "district" in header and not (isinstance(header["district"], str) and header["district"]):
        raise _bad(f"station {station}: the header's district is malformed")
    if first == 1 and prev != record_genesis(election.id, certificate.station_id, test):
        raise _bad(f"station {station}: record 1 does not start the station's chain")
    records = []
    key = certificate.station_key
    shape = RecordShape(election.id, certificate.station_id, test)
    expected_seq = first
    for line in record_lines:
        records.append(_verify_record(line, expected_seq, prev, key, election.id, certificate,
                                      test, shape, outer_required))
        prev = records[-1].hash
        expected_seq += 1
    if header.get("head_hash") != prev.hex():
        raise _bad(f"station {station}: the chain head in the header does not match record {last}")
    return VerifiedExport(header, certificate, records, hashlib.sha256(data).hexdigest())


def _verify_record(line: bytes, seq: int, prev: bytes, key: VerifyKey, election_id: str,
                   certificate: StationCertificate, test: bool,
                   shape: RecordShape, outer_required: bool) -> ExportRecord:
    station = certificate.short_id
    try:
        parts = line.split(b".")
        if len(parts) not in (2, 3):
            raise ValueError("not two or three parts")
        body, sig = unb64url(parts[0]), unb64url(parts[1])
        outer = unb64url(parts[2]) if len(parts) == 3 else None
    except (ValueError, CanonicalError):
        raise _bad(f"station {station}: record {seq} is damaged") from None
    read = shape.envelopes(body, seq, prev)
    if read is not None:  # canonical: every field checked by the comparison
        if not key.verify(sig, body):
            raise _bad(f"station {station}: record {seq}'s signature does not verify")
        inner, digest = read
        _check_outer(station, seq, digest, outer, outer_required)
        return ExportRecord(seq, hashlib.sha256(body).digest(), body, sig, (inner, outer),
                            outer, digest)
    try:
        fields = json.loads(body)
    except ValueError:
        raise _bad(f"station {station}: record {seq} is damaged") from None
    if not isinstance(fields, dict) or fields.get("type") != RECORD_TYPE:
        raise _bad(f"station {station}: record {seq} is not a ballot record")
    if fields.get("v") != RECORD_VERSION:
        raise _bad(f"station {station}: record {seq} has an unsupported version "
                   f"{fields.get('v')!r}")
    broken = link_break(fields, seq, prev)
    if broken:
        raise _bad(f"station {station}: {broken}")
    if fields.get("election") != election_id or fields.get("station") != certificate.station_id:
        raise _bad(f"station {station}: record {seq} belongs to another election or station")
    if fields.get("test") is not test:
        raise _bad(f"station {station}: record {seq} is {'not ' if test else ''}a test ballot "
                   f"in a {'test' if test else 'official'} file")
    if not key.verify(sig, body):
        raise _bad(f"station {station}: record {seq}'s signature does not verify")
    digest_text = fields.get("outer_hash")
    if digest_text is not None and not (isinstance(digest_text, str) and len(
            digest_text) == HASH_HEX and all(c in "0123456789abcdef" for c in digest_text)):
        raise _bad(f"station {station}: record {seq}'s outer envelope hash is malformed")
    digest = None if digest_text is None else bytes.fromhex(digest_text)
    _check_outer(station, seq, digest, outer, outer_required)
    return ExportRecord(seq, sha256(body), body, sig, None, outer, digest)


def _check_outer(station: str, seq: int, digest: bytes | None, outer: bytes | None,
                 outer_required: bool) -> None:
    if outer is not None and outer_hash(outer) != digest:
        raise _bad(f"station {station}: record {seq}'s outer envelope is not the one its "
                   "station signed", "export.tampered")
    if outer is None and digest is not None and outer_required:
        raise _bad(f"station {station}: record {seq}'s outer envelope is missing (a published "
                   "copy, not the station's file?)")
