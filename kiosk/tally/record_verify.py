"""`kiosk tally verify RECORD_DIR` and `kiosk tally check-code RECORD_DIR CODE`: no keys needed.

verify re-does, from the published files alone, everything that can be re-done without the
tally's private key (see CANNOT_CHECK), and stops at the first mismatch with one sentence
naming the file and the place. It shares the import checks (`check_export`) and the counting
rules with the tally itself, but recomputes every number on its own.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter
from pathlib import Path

from kiosk.crypto.canonical import CanonicalError, canonical, decode_canonical
from kiosk.crypto.keys import VerifyKey
from kiosk.crypto.signed import verify_object
from kiosk.domain.ballot import Ballot
from kiosk.domain.election import DuplicatePolicy, Election
from kiosk.domain.errors import BallotError, KioskError
from kiosk.domain.pots import PotsBallot, validate_any
from kiosk.domain.tracking import normalize_code, tracking_code
from kiosk.ledger.links import continuation_break
from kiosk.package.pinning import pinned_fingerprint
from kiosk.package.signed_package import LoadedPackage, load_package_bytes, load_stored_package
from kiosk.tally.count_pots import PotsInterner, count_pots, interner_for, whole_outcome
from kiosk.tally.file_check import check_export
from kiosk.tally.parallel import InlineExecutor, Progress, cpu_count, ordered_map, process_pool
from kiosk.tally.record_format import (
    BULLETIN_HEADER,
    COUNTED,
    DUPLICATE,
    FORK,
    NOT_ISSUED,
    RESULT_TYPE,
    STATUSES,
    derived_seed,
    parse_ballot_line,
)
from kiosk.tally.rule_run import BallotInterner, options_part, run_count

CANNOT_CHECK = [
    "that ballots.jsonl holds exactly the contents of the counted sealed envelopes (opening "
    "them needs the tally key, and the shuffle hides which opened ballot was which envelope)",
    "that records set aside as duplicates really shared a voter, and the cast_at times used "
    "to choose between them (both are inside sealed outer envelopes)",
    "why a ballot whose envelope could not be opened or read was invalid",
]
_PACKAGE: LoadedPackage | None = None


class RecordMismatch(KioskError):
    """The published record contradicts itself."""


def _fail(text: str) -> RecordMismatch:
    return RecordMismatch("record.mismatch", f"verify failed: {text}")


def _read(folder: Path, name: str) -> bytes:
    try:
        return (folder / name).read_bytes()
    except OSError as error:
        raise _fail(f"{name} cannot be read ({error.strerror})") from None


def _init(package_raw: bytes) -> None:
    global _PACKAGE
    _PACKAGE = load_stored_package(package_raw)


def _check_file(path: str) -> tuple:
    try:
        checked = check_export(Path(path).read_bytes(), _PACKAGE, published=True)
    except (KioskError, OSError) as error:
        return ("bad", str(error))
    return ("ok", checked.station_id, checked.certificate, checked.hashes(), checked.prev_hash)


def verify_record(folder: Path, authority: str | Path | None,
                  show_progress: bool = True) -> dict:
    pinned_fingerprint(authority)  # refuse an unpinned check before reading anything
    folder = Path(folder)
    if not folder.is_dir():
        raise _fail(f"{folder} is not a folder")
    if not (folder / "SHA256SUMS").is_file():
        raise _fail(f"{folder} is not an election record (it has no SHA256SUMS; "
                    "`kiosk tally publish --out DIR` writes one)")
    lines = []
    _check_sums(folder)
    lines.append("SHA256SUMS: every file present and unchanged")
    try:
        package = load_package_bytes(_read(folder, "election.pkg"), authority)
    except KioskError as error:
        raise _fail(f"election.pkg: {error}") from None
    election = package.election
    lines.append(f"election.pkg: signed by authority {package.authority_fingerprint}")
    results = _signed_results(folder, package)
    lines.append(f"results.json: signed by the tally key {results['tally_key']}")
    chains = _verify_exports(folder, package, show_progress)
    lines.append(f"exports: {len(chains)} stations, {sum(len(c) for c in chains.values())} "
                 "records, every signature and chain verified, no gaps or forks, no outer "
                 "envelope published")
    lines.append(f"outer envelopes: {_outer_statement(folder)}")
    statuses = _verify_bulletin(folder, chains, results)
    lines.append("bulletin.csv: exactly the records in the export files")
    _verify_conflicts(results, statuses, election.duplicate_policy)
    if "forks" in results:
        lines.append(_verify_forks(folder, results, statuses))
    lines.append(f"duplicates: {len(results['conflicts'])} conflict(s) resolved by the "
                 f"published policy {results['duplicate_policy']}")
    interner = _verify_ballots(folder, election, results)
    lines.append(f"ballots.jsonl: {results['opened']} ballots, validity re-checked")
    _verify_outcome(election, results, interner)
    lines.append(f"result: scores and the {results['rule']} outcome recomputed: funded "
                 f"{', '.join(results['funded']) or 'none'}")
    lines.append("OK: the record is consistent. Not checkable without the tally key: "
                 + "; ".join(CANNOT_CHECK) + ".")
    return {"ok": True, "election": election.id, "records": results["records"],
            "opened": results["opened"], "funded": results["funded"], "lines": lines,
            "cannot_check": CANNOT_CHECK}


def _outer_statement(folder: Path) -> str:
    """The first line of outer-envelopes.txt, after its label (a record published before it
    existed has none)."""
    path = folder / "outer-envelopes.txt"
    if not path.is_file():
        return "the record does not say"
    first = path.read_text(encoding="utf-8", errors="replace").partition("\n")[0]
    return first.partition(": ")[2][:80] or "the record does not say"


def _check_sums(folder: Path) -> None:
    listed = {}
    for line in _read(folder, "SHA256SUMS").decode("ascii", "replace").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    present.discard("SHA256SUMS")
    for name in sorted(present - set(listed)):
        raise _fail(f"{name} is not listed in SHA256SUMS (a file was added)")
    for name, digest in sorted(listed.items()):
        if name not in present:
            raise _fail(f"{name} is listed in SHA256SUMS but missing")
        actual = hashlib.sha256()
        with open(folder / name, "rb") as handle:
            for block in iter(lambda h=handle: h.read(1 << 20), b""):
                actual.update(block)
        if actual.hexdigest() != digest:
            raise _fail(f"{name}: its SHA-256 does not match SHA256SUMS (the file was changed)")


def _signed_results(folder: Path, package: LoadedPackage) -> dict:
    try:
        envelope = decode_canonical(_read(folder, "results.json").rstrip(b"\n"))
    except CanonicalError as error:
        raise _fail(f"results.json is damaged ({error})") from None
    results = verify_object(VerifyKey(package.election.tally.sign_public), envelope, RESULT_TYPE)
    if results is None:
        raise _fail("results.json: the tally's signature does not verify")
    if results.get("election") != package.election.id or results.get(
            "package_hash") != package.package_hash:
        raise _fail("results.json is for another election or package")
    return results


def _verify_exports(folder: Path, package: LoadedPackage,
                    show_progress: bool) -> dict[str, dict[int, bytes]]:
    paths = sorted(str(p) for p in (folder / "exports").glob("*.export"))
    parallel = len(paths) > 1 and cpu_count() > 1 and sum(
        Path(p).stat().st_size for p in paths) > 16 * 1024 * 1024
    global _PACKAGE
    if parallel:
        executor = process_pool(_init, (package.raw,))
    else:
        _PACKAGE = package
        executor = InlineExecutor()
    chains: dict[str, dict[int, bytes]] = {}
    links: list[tuple[str, str, int, bytes]] = []  # (file, station, first record, its prev)
    certificates: dict[str, str] = {}
    progress = Progress("verifying export files", len(paths), show_progress and parallel)
    with executor:
        for path, outcome in zip(paths, ordered_map(executor, _check_file, paths,
                                                    2 * cpu_count()), strict=True):
            name = Path(path).name
            if outcome[0] == "bad":
                raise _fail(f"exports/{name}: {outcome[1]}")
            _, station, certificate, records, prev = outcome
            links.append((name, station, records[0][0], prev))
            certificates[station] = certificate
            chain = chains.setdefault(station, {})
            for seq, digest in records:
                if chain.setdefault(seq, digest) != digest:
                    raise _fail(f"exports/{name}: station {station[:4]} record {seq} differs "
                                "from the same record in another file (a fork)")
            progress.advance(1)
    for station, chain in chains.items():
        if len(chain) != max(chain):
            missing = next(s for s in range(1, max(chain) + 1) if s not in chain)
            raise _fail(f"exports: station {station[:4]} record {missing} is missing (a gap)")
    for name, station, first, prev in links:
        broken = continuation_break(first, prev, first - 1, chains[station].get(first - 1, b""))
        if broken:
            raise _fail(f"exports/{name}: station {station[:4]} {broken} in another file "
                        "(a fork)")
    published = {p.stem: p for p in (folder / "certificates").glob("*.json")}
    if set(published) != set(certificates):
        raise _fail("certificates/ does not hold exactly one certificate per station in exports/")
    for station, certificate in certificates.items():
        if published[station].read_bytes() != certificate.encode() + b"\n":
            raise _fail(f"certificates/{station}.json differs from the certificate in the "
                        "station's export files")
    return chains


def _verify_bulletin(folder: Path, chains: dict, results: dict) -> dict[tuple[str, int], str]:
    data = _read(folder, "bulletin.csv")
    if hashlib.sha256(data).hexdigest() != results["bulletin_sha256"]:
        raise _fail("bulletin.csv is not the bulletin the tally signed in results.json")
    if not data.startswith(BULLETIN_HEADER):
        raise _fail("bulletin.csv has no header line")
    expected = iter(sorted((station, seq, digest) for station, chain in chains.items()
                           for seq, digest in chain.items()))
    statuses = {}
    for number, row in enumerate(csv.reader(io.StringIO(data.decode("ascii"))), start=1):
        if number == 1:
            continue
        station, seq, digest = next(expected, (None, None, None))
        if station is None or row[:3] != [tracking_code(digest), station, str(seq)]:
            raise _fail(f"bulletin.csv line {number} does not match the records in exports/ "
                        f"(expected station {str(station)[:4]} record {seq})")
        if row[3] not in STATUSES:
            raise _fail(f"bulletin.csv line {number}: unknown status {row[3]!r}")
        statuses[(station, seq)] = row[3]
    if next(expected, None) is not None:
        raise _fail("bulletin.csv lists fewer records than the export files hold")
    counts = Counter(statuses.values())
    if counts[COUNTED] != results["opened"] or len(statuses) != results["records"]:
        raise _fail(f"bulletin.csv counts {counts[COUNTED]} counted records of {len(statuses)};"
                    f" results.json says {results['opened']} of {results['records']}")
    if {k: v for k, v in counts.items() if k != COUNTED} != results["excluded"]:
        raise _fail("bulletin.csv's records set aside do not match results.json")
    return statuses


def _verify_conflicts(results: dict, statuses: dict, policy: DuplicatePolicy) -> None:
    if results["duplicate_policy"] != policy.value:
        raise _fail("results.json names another duplicate policy than the election package")
    not_kept = set()
    for number, conflict in enumerate(results["conflicts"], start=1):
        members = [(r["cast_at"], r["station"], r["seq"]) for r in conflict["records"]]
        ordered = sorted(members, key=lambda m: ("" if m[0] == "unknown" else m[0], m[1], m[2]))
        expect = {DuplicatePolicy.KEEP_FIRST: ordered[0], DuplicatePolicy.KEEP_LAST: ordered[-1],
                  DuplicatePolicy.REJECT_ALL: None}[policy]
        kept = conflict["kept"]
        if (None if kept is None else (kept["station"], kept["seq"])) != (
                None if expect is None else expect[1:]):
            raise _fail(f"results.json conflict {number}: the kept ballot does not follow the "
                        f"{policy.value} policy")
        for _at, station, seq in members:
            if expect is None or (station, seq) != expect[1:]:
                not_kept.add((station, seq))
            elif statuses.get((station, seq)) != COUNTED:
                raise _fail(f"conflict {number}: the kept record is not counted in bulletin.csv")
    duplicates = {key for key, status in statuses.items() if status == DUPLICATE}
    if duplicates != not_kept:
        raise _fail("the records marked duplicate in bulletin.csv are not exactly those the "
                    "conflicts in results.json set aside")


def _verify_forks(folder: Path, results: dict, statuses: dict) -> str:
    """Records marked `fork` are exactly those of a forked station from its fork point on,
    while the fork was open or neither copy was kept; forks/ holds only files of copies not
    kept (kiosk.tally.forks)."""
    setting_aside = {f["station"]: f["fork_seq"] for f in results["forks"]
                     if f["resolution"] in ("open", "kept-neither")}
    expected = {key for key in statuses
                if key[0] in setting_aside and key[1] >= setting_aside[key[0]]}
    marked = {key for key, status in statuses.items() if status == FORK}
    if marked != expected:
        raise _fail("the records marked fork in bulletin.csv are not exactly those of the "
                    "forked stations in results.json from their fork points on")
    not_kept = {h for f in results["forks"] for h in f["files_not_kept"]}
    for path in sorted((folder / "forks").glob("*.export")):
        if hashlib.sha256(path.read_bytes()).hexdigest() not in not_kept:
            raise _fail(f"forks/{path.name} is not a file results.json names as not kept")
    decided = sum(f["resolution"] != "open" for f in results["forks"])
    return (f"forks: {len(results['forks'])} station(s) claimed by two copies, {decided} "
            f"decided by the election office; {len(marked)} record(s) set aside as fork")


def _verify_ballots(folder: Path, election: Election, results: dict) -> BallotInterner:
    digest = hashlib.sha256()
    interner = interner_for(election)
    invalid: Counter = Counter()
    verdicts: dict[str, str | None] = {}
    count = 0
    with open(folder / "ballots.jsonl", "rb") as handle:
        for count, line in enumerate(handle, start=1):
            digest.update(line)
            try:
                ballot = parse_ballot_line(line)
            except ValueError:
                raise _fail(f"ballots.jsonl line {count} is not canonical JSON") from None
            if ballot.get("n") != count:
                raise _fail(f"ballots.jsonl line {count} is numbered {ballot.get('n')}")
            reason, choices = ballot.get("reason"), ballot.get("choices")
            if choices is not None:
                key = canonical(choices).decode()
                if key not in verdicts:
                    verdicts[key] = _verdict(election, choices)
                if verdicts[key] != reason:
                    raise _fail(f"ballots.jsonl line {count}: the ballot is marked "
                                f"{reason or 'valid'} but the rule says "
                                f"{verdicts[key] or 'valid'}")
            elif reason is None:
                raise _fail(f"ballots.jsonl line {count}: a valid ballot without choices")
            if reason is None:
                interner.add(key)
            else:
                invalid[reason] += 1
    if digest.hexdigest() != results["ballots_sha256"]:
        raise _fail("ballots.jsonl is not the list of ballots the tally signed in results.json")
    if count != results["opened"]:
        raise _fail(f"ballots.jsonl holds {count} ballots; results.json says {results['opened']}")
    if dict(invalid) != results["invalid"] or count - sum(invalid.values()) != results["valid"]:
        raise _fail("the invalid ballots in ballots.jsonl do not add up to results.json")
    return interner


def _verdict(election: Election, choices: object) -> str | None:
    try:
        ballot = PotsBallot.from_json(choices) if election.pots else Ballot.from_json(choices)
        validate_any(election, ballot)
    except BallotError as error:
        return error.message_id
    return None


def _verify_outcome(election: Election, results: dict, interner: BallotInterner) -> None:
    if results["seed_source"] == "bulletin" and results["seed"] != derived_seed(
            election.id, results["bulletin_sha256"]):
        raise _fail("results.json: the tie-break seed is not the one derived from the bulletin")
    if election.pots:
        _verify_pots(election, results, interner)
        return
    if election.rule.budget is not None and results["budget"] != election.rule.budget:
        raise _fail("results.json counts with another budget than the election package's")
    outcome = run_count(election, results["rule"], results["budget"], results["seed"],
                        interner.profile())
    for project in results["projects"]:
        if outcome.scores.get(project["id"]) != project["score"]:
            raise _fail(f"proposal {project['id']}: results.json says {project['score']}, the "
                        f"ballots give {outcome.scores.get(project['id'])}")
        if (project["id"] in outcome.funded) != project["funded"]:
            raise _fail(f"proposal {project['id']}: the rule {results['rule']} "
                        f"{'funds' if project['id'] in outcome.funded else 'does not fund'} it")
    if list(outcome.funded) != results["funded"] or outcome.spent != results["spent"]:
        raise _fail(f"the rule {results['rule']} funds {list(outcome.funded)}, results.json "
                    f"says {results['funded']}")
    if results.get("options") != options_part(election, outcome).get("options"):
        raise _fail("results.json: the rule options or what they set aside differ from the "
                    "election package's and the ballots'")


def _verify_pots(election: Election, results: dict, interner: PotsInterner) -> None:
    """Each pot recounted on its own from the ballots, with the package's budget, counting
    rule and rule options for that pot (kiosk.tally.count_pots), must give results.json's pots
    exactly (their options and what the options set aside included)."""
    given = results.get("pots")
    if not isinstance(given, list) or [e.get("id") for e in given if isinstance(e, dict)] != [
            pot.id for pot in election.pots]:
        raise _fail("results.json does not list the election package's pots in its order")
    plans = [(pot.id, election.pot_view(pot.id).counting or entry.get("rule"), pot.money)
             for pot, entry in zip(election.pots, given, strict=True)]
    entries, _ = count_pots(election, plans, results["seed"], interner)
    for entry, claimed in zip(entries, given, strict=True):
        if entry != claimed:
            differs = sorted(k for k in entry if entry[k] != claimed.get(k))
            raise _fail(f"pot {entry['id']}: results.json says another "
                        f"{', '.join(differs) or 'entry'} than the ballots give")
    whole = whole_outcome(election, entries)
    if list(whole.funded) != results["funded"] or whole.spent != results["spent"] or [
            p["score"] for p in results["projects"]] != [
            whole.scores.get(p["id"]) for p in results["projects"]]:
        raise _fail("results.json's projects, funded and spent are not its pots' together")


def check_code(folder: Path, code: str) -> dict:
    normalized = normalize_code(code)
    if normalized is None:
        raise KioskError("code.malformed", f"{code!r} is not a tracking code (16 letters and "
                         "digits, like 7K2M-Q9XD-4TNB-8C1F)")
    if not (Path(folder) / "bulletin.csv").is_file():
        raise KioskError("record.not_a_record", f"{folder} is not an election record (it has "
                         "no bulletin.csv)")
    data = _read(Path(folder), "bulletin.csv").decode("ascii", "replace")
    for row in csv.reader(io.StringIO(data)):
        if row and row[0] == normalized:
            station, seq, status = row[1], int(row[2]), row[3]
            what = {COUNTED: "counted",
                    DUPLICATE: "set aside: the same voter voted on more than one ballot and "
                               "the election's duplicate policy kept another one (or none)",
                    NOT_ISSUED: "set aside unopened: its voting code is on no list of codes "
                                "the election authority issued",
                    FORK: "set aside unopened: two copies of this station's chain claimed "
                          "this ballot number (a copied station), see results.json's forks"}
            return {"found": True, "code": normalized, "station": station, "seq": seq,
                    "status": status,
                    "sentence": f"{normalized}: found — station {station[:4]}, ballot #{seq}: "
                                f"{what.get(status, 'set aside before opening: ' + status)}."}
    return {"found": False, "code": normalized,
            "sentence": f"{normalized}: not in this election record."}
