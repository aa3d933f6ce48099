"""`kiosk tally publish --out DIR`: the public election record, checkable without any key.

    README.txt          what is here and how to check it
    election.pkg        the signed election package
    certificates/       each station's certificate, signed by the election authority
    exports/            every export file that brought ballots, as received but without the
                        outer envelopes (voter tokens): each record signs its outer envelope's
                        hash, so the files verify without them (kiosk.ledger.export_file)
    outer-envelopes.txt whether and when the tally destroyed the outer envelopes
    forks/              (only after a fork) the files of a station copy the officials ruled
                        not genuine, without their outer envelopes; results.json's "forks"
                        says why
    bulletin.csv        every record's tracking code, station, sequence number and status
    ballots.jsonl       the opened ballots in the shuffled order (no station, no time)
    site/               the public results site (kiosk/tally/site; open site/index.html)
    results.json        the results, signed by the tally key (covers bulletin and ballots)
    results.pb          the valid ballots and the result as a Pabulib file (a package with
                        pots: results-<pot>.pb, one per pot)
    SHA256SUMS          SHA-256 of every file above
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kiosk.crypto.canonical import canonical
from kiosk.domain.errors import KioskError
from kiosk.domain.tracking import tracking_code
from kiosk.ledger.export_file import strip_outer
from kiosk.package.files import write_atomic
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import stored_files
from kiosk.tally.count_pots import pot_ballots, pot_view_of_results
from kiosk.tally.counting import results_of
from kiosk.tally.outer_destroy import outers_destroyed
from kiosk.tally.pb_export import pb_text
from kiosk.tally.record_format import BULLETIN_HEADER, COUNTED, bulletin_line, valid_ballots
from kiosk.tally.site import write_site
from kiosk.tally.store import TallyStore

README = """Röstkiosk election record: {election}

Check all of it, with no key, on any computer with Röstkiosk installed:

    kiosk tally verify {folder} --authority <the authority's fingerprint, as the municipality
                                             publishes it>
    kiosk tally check-code {folder} <your tracking code>

Or open site/index.html in any browser: the results, a tracking-code lookup and a re-count.

What verify checks: the package's signature; every export file's station certificate,
signatures and hash chain, and that the files of each station fit together without gaps or
forks; that no file carries an outer envelope (the voters' tokens are not published); that
bulletin.csv lists exactly the records in the files; the tally's signature on results.json,
which fixes bulletin.csv and ballots.jsonl by their SHA-256; that every published ballot's
validity, every score and the rule's outcome follow from ballots.jsonl; how duplicate voters
were resolved, given the published times. What it cannot check without the tally's keys:
that ballots.jsonl holds exactly the contents of the counted sealed envelopes (the shuffle hides
which is which), and that the records set aside as duplicates really shared a voter.
outer-envelopes.txt says whether and when the tally destroyed the outer envelopes.
See docs/tally.md in the Röstkiosk source for the formats.
"""


class PublishError(KioskError):
    """The record cannot be written."""


def publish_record(store: TallyStore, package: LoadedPackage, out: Path) -> Path:
    results_envelope = store.results()
    results = results_of(store)
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise PublishError("publish.not_empty", f"{out} is not empty; publish into a new folder")
    (out / "certificates").mkdir(parents=True, exist_ok=True)
    (out / "exports").mkdir(exist_ok=True)
    sums: dict[str, str] = {}

    def put(name: str, data: bytes) -> None:
        write_atomic(out / name, data)
        sums[name] = hashlib.sha256(data).hexdigest()

    put("election.pkg", package.raw)
    for station in store.station_rows():
        put(f"certificates/{station['station_id']}.json",
            canonical(json.loads(station["certificate"])) + b"\n")
    destroyed = outers_destroyed(store)
    for row in store.file_rows():
        name = (f"exports/{row['station_id'][:4]}-{row['first_seq']:07d}-"
                f"{row['last_seq']:07d}-{row['file_hash'][:12]}.export")
        put(name, _as_published(store, package, row, destroyed is not None))
    put(OUTER_FILE, outer_statement(destroyed).encode())
    for row in store.fork_file_rows():  # a copy of a forked station ruled not genuine
        (out / "forks").mkdir(exist_ok=True)
        put(f"forks/{row['station_id'][:4]}-{row['first_seq']:07d}-{row['last_seq']:07d}-"
            f"{row['file_hash'][:12]}.export", strip_outer(row["data"]))
    bulletin = _bulletin(store)
    if hashlib.sha256(bulletin).hexdigest() != results["bulletin_sha256"]:
        raise PublishError("publish.inconsistent", "the bulletin no longer matches the signed "
                           "results; the tally database was changed after counting")
    put("bulletin.csv", bulletin)
    ballots_digest = _write_ballots(store, out / "ballots.jsonl")
    if ballots_digest != results["ballots_sha256"]:
        raise PublishError("publish.inconsistent", "the opened ballots no longer match the "
                           "signed results; the tally database was changed after counting")
    sums["ballots.jsonl"] = ballots_digest
    put("results.json", canonical(results_envelope) + b"\n")
    election = package.election
    if election.pots:  # one Pabulib file per pot, each with that pot's ballots
        for pot in election.pots:
            put(f"results-{pot.id}.pb", pb_text(
                election.pot_view(pot.id), pot_view_of_results(results, pot.id),
                pot_ballots(valid_ballots(store.iter_opened()), pot.id)).encode())
    else:
        put("results.pb", pb_text(election, results, valid_ballots(store.iter_opened())).encode())
    put("README.txt", README.format(election=package.election.id, folder=out).encode())
    sums.update(write_site(out, package, results, bulletin, sums))
    put_sums = "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items()))
    write_atomic(out / "SHA256SUMS", put_sums.encode("ascii"))
    return out


OUTER_FILE = "outer-envelopes.txt"


def outer_statement(destroyed_at: str | None) -> str:
    """outer-envelopes.txt: what became of the outer envelopes (record_verify reads it)."""
    if destroyed_at:
        return (f"Outer envelopes destroyed: {destroyed_at}\n"
                "The tally replaced every outer envelope (voter token) by its SHA-256 after "
                "the count (kiosk tally destroy-outer).\n")
    return ("Outer envelopes destroyed: not yet\n"
            "The tally database still holds the outer envelopes (voter tokens); the officers "
            "destroy them after the count with `kiosk tally destroy-outer`.\n")


def _as_published(store: TallyStore, package: LoadedPackage, row: dict,
                  destroyed: bool) -> bytes:
    """An accepted export file as received, less its outer envelopes."""
    if row["form"] == stored_files.STRIPPED:
        return row["data"]
    if row["form"] == stored_files.PACKED and destroyed:
        try:
            return stored_files.unpack(row["data"], store.file_records(
                row["station_id"], row["first_seq"], row["last_seq"]), package.election.id,
                row["station_id"], with_outer=False, outer_is_hash=True)
        except (stored_files.RebuildError, ValueError, KeyError) as error:
            raise PublishError("publish.inconsistent", f"export file {row['file_hash'][:12]} "
                               f"cannot be rebuilt: {error}; the tally database was changed "
                               "after the import") from None
    return strip_outer(as_received(store, package, row))


def as_received(store: TallyStore, package: LoadedPackage, row: dict) -> bytes:
    """An accepted export file, byte for byte as it was received."""
    data = row["data"]
    if row["form"] == stored_files.PACKED:
        try:
            data = stored_files.unpack(data, store.file_records(
                row["station_id"], row["first_seq"], row["last_seq"]), package.election.id,
                row["station_id"])
        except (stored_files.RebuildError, ValueError, KeyError) as error:
            raise PublishError("publish.inconsistent", f"export file {row['file_hash'][:12]} "
                               f"cannot be rebuilt: {error}; the tally database was changed "
                               "after the import") from None
    if hashlib.sha256(data).hexdigest() != row["file_hash"]:
        raise PublishError("publish.inconsistent", f"export file {row['file_hash'][:12]} no "
                           "longer matches its hash; the tally database was changed after the "
                           "import")
    return data


def _bulletin(store: TallyStore) -> bytes:
    excluded = {(station, seq): reason for station, seq, reason in store.excluded_rows()}
    parts = [BULLETIN_HEADER]
    for rows in store.iter_record_index():
        for station, seq, record_hash in rows:
            parts.append(bulletin_line(tracking_code(record_hash), station, seq,
                                       excluded.get((station, seq), COUNTED)))
    return b"".join(parts)


def _write_ballots(store: TallyStore, path: Path) -> str:
    digest = hashlib.sha256()
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb") as handle:
        for block in store.iter_opened():
            digest.update(block)
            handle.write(block)
    partial.replace(path)
    return digest.hexdigest()
