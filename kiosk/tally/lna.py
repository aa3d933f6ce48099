"""Logic-and-accuracy test: the result a test deck must produce, and the check of a station's
test-mode export files against it (`kiosk election test-deck`, `kiosk tally lna`).

This module owns expected.json and both writes and reads it:

    {"type": "kiosk/lna-expected", "v": 1, "election": ID, "package_hash": HEX,
     "deck_sha256": HEX, "rule": NAME, "budget": KR, "seed": TEXT, "measure": "approvals" |
     "points", "ballots": N, "empty": N, "totals": {proposal: N}, "languages": {tag: N},
     "funded": [proposal, ...]}

Test files are opened only here, never by the count (kiosk.tally.file_check refuses them, and
the count marks a test ballot invalid): the L&A checks each station on its own, because every
station casts the whole deck (or its district's rows, see kiosk.tally.lna_pots). A station
passes when its test ballots are exactly the deck's — the same number, the same choices in the
same languages, a voter token for each deck identity — and the rule gives the same funded
proposals.

A package with pots has "rule": "pots" and per-pot expected results ("pots", "districts"; see
kiosk.tally.lna_pots); each pot is compared on its own and every difference names its pot.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kiosk.crypto.codes import token_for
from kiosk.crypto.hashing import sha256_hex
from kiosk.crypto.sealing import OpenError, open_sealed
from kiosk.crypto.token_keys import TEST_MODE_TOKEN_KEY
from kiosk.domain import personnummer, voting_codes
from kiosk.domain.ballot import Ballot, validate_ballot
from kiosk.domain.election import Election, EligibilityMode, RuleKind
from kiosk.domain.errors import BallotError, KioskError
from kiosk.domain.pots import PotsBallot, validate_pots_ballot
from kiosk.domain.test_deck import DeckBallot, ballot_text
from kiosk.domain.test_deck_pots import district_rows, number_ranges
from kiosk.ledger.envelopes import read_inner, read_outer
from kiosk.ledger.export_file import verify_export
from kiosk.package.authority_keys import TallyKeys
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally.count_pots import POTS_RULE
from kiosk.tally.lna_pots import (
    district_summary,
    districts_of,
    pot_differences,
    pots_expected,
    pots_side_by_side,
    station_district,
)
from kiosk.tally.rule_run import run_count
from kiosk.tally.rules import Profile

EXPECTED_TYPE = "kiosk/lna-expected"
KEYS = ("election", "package_hash", "deck_sha256", "rule", "budget", "seed", "measure",
        "ballots", "empty", "totals", "languages", "funded", "pots", "districts", "by_district")


class LnaError(KioskError):
    """The L&A cannot run as asked (a file that is not a test file, a deck that is changed)."""


def deck_seed(election: Election) -> str:
    """The fixed tie-break seed of an L&A count, so expected and actual break ties alike."""
    return f"lna:{election.id}"


def expected_result(package: LoadedPackage, ballots: list[tuple[str, Ballot]], *, rule: str,
                    budget: int, deck_sha256: str,
                    plans: list[tuple[str, str, int]] | None = None) -> dict:
    """What `ballots` ((language, ballot) pairs) must give under the rule (with pots: each
    pot under its (pot id, rule, budget) of `plans`)."""
    election = package.election
    if election.pots:
        return _expected_pots(package, ballots, plans or [], deck_sha256)
    approval = election.rule.kind is not RuleKind.CUMULATIVE
    totals = dict.fromkeys(election.proposal_ids, 0)
    for _language, ballot in ballots:
        for pid, points in ballot.choices:
            totals[pid] += points
    profile = Profile(tuple(frozenset(b.chosen) if approval else dict(b.choices)
                            for _language, b in ballots), approval=approval)
    seed = deck_seed(election)
    outcome = run_count(election, rule, budget, seed, profile)
    languages = Counter(tag for tag, _ballot in ballots)
    return {"type": EXPECTED_TYPE, "v": 1, "election": election.id,
            "package_hash": package.package_hash, "deck_sha256": deck_sha256, "rule": rule,
            "budget": budget, "seed": seed, "measure": "approvals" if approval else "points",
            "ballots": len(ballots), "empty": sum(1 for _l, b in ballots if not b.choices),
            "totals": totals, "languages": dict(sorted(languages.items())),
            "funded": [p for p in election.proposal_ids if p in outcome.funded_set]}


def _expected_pots(package: LoadedPackage, ballots: list[tuple[str, PotsBallot]],
                   plans: list[tuple[str, str, int]], deck_sha256: str) -> dict:
    election = package.election
    seed = deck_seed(election)
    pots = pots_expected(election, ballots, plans, seed)
    return {"type": EXPECTED_TYPE, "v": 1, "election": election.id,
            "package_hash": package.package_hash, "deck_sha256": deck_sha256,
            "rule": POTS_RULE, "budget": sum(budget for _p, _r, budget in plans), "seed": seed,
            "measure": "per pot", "ballots": len(ballots),
            "empty": sum(1 for _l, b in ballots if not b.choices),
            "totals": {pid: n for pot in pots.values() for pid, n in pot["totals"].items()},
            "languages": dict(sorted(Counter(tag for tag, _b in ballots).items())),
            "funded": [pid for pot in pots.values() for pid in pot["funded"]],
            "pots": pots, "districts": districts_of(election, ballots)}


def expected_for_deck(package: LoadedPackage, deck: tuple[DeckBallot, ...], deck_bytes: bytes,
                      rule: str, budget: int,
                      plans: list[tuple[str, str, int]] | None = None) -> dict:
    """The deck's expected result; with district pots also each district's rows' result
    ("by_district": what a station placed in that district must give)."""
    digest = sha256_hex(deck_bytes)
    out = expected_result(package, [(b.language, b.ballot) for b in deck], rule=rule,
                          budget=budget, deck_sha256=digest, plans=plans)
    election = package.election
    if election.district_pots:
        out["by_district"] = {}
        for pot in election.district_pots:
            rows = district_rows(deck, pot.id)
            one = expected_result(package, [(b.language, b.ballot) for b in rows], rule=rule,
                                  budget=budget, deck_sha256=digest, plans=plans)
            out["by_district"][pot.id] = district_summary(
                election, pot.id, number_ranges([b.number for b in rows]), one)
    return out


def station_scope(package: LoadedPackage, deck: tuple[DeckBallot, ...], expected: dict,
                  opened: StationBallots) -> tuple[str | None, str, tuple[DeckBallot, ...], dict]:
    """(district or None, why, the deck rows and the expected result) a station is checked
    against: a station placed in a district casts only that district's rows."""
    district, why = station_district(package.election, opened.district, opened.ballots)
    if district is None:
        return None, why, deck, expected
    rows = district_rows(deck, district)
    scoped = expected_result(package, [(b.language, b.ballot) for b in rows],
                             rule=expected["rule"], budget=expected["budget"],
                             deck_sha256=expected["deck_sha256"],
                             plans=plans_of(expected, package.election))
    return district, why, rows, scoped


def plans_of(expected: dict, election: Election) -> list[tuple[str, str, int]] | None:
    """Each pot's (id, rule, budget) as expected.json names them (None: no pots)."""
    if not election.pots:
        return None
    pots = expected.get("pots")
    try:
        plans = [(pot.id, pots[pot.id]["rule"], pots[pot.id]["budget"])
                 for pot in election.pots]
    except (TypeError, KeyError):
        raise LnaError("lna.expected", "expected.json has no result for every pot of the "
                       "election; make the deck again with `kiosk election test-deck`") from None
    if not all(isinstance(r, str) and isinstance(b, int) for _p, r, b in plans):
        raise LnaError("lna.expected", "expected.json names no rule or budget for a pot")
    return plans


def write_expected(expected: dict) -> bytes:
    return json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"


def read_expected(data: bytes, package: LoadedPackage, deck: tuple[DeckBallot, ...],
                  deck_bytes: bytes) -> dict:
    """expected.json, which must be what the deck gives (a hand-edited file is refused)."""
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise LnaError("lna.expected", "expected.json is not JSON") from None
    if not isinstance(value, dict) or value.get("type") != EXPECTED_TYPE or value.get("v") != 1:
        raise LnaError("lna.expected", "expected.json is not an L&A expected result")
    if value.get("package_hash") != package.package_hash:
        raise LnaError("lna.expected", "the deck was made for another election package; make "
                       "a new one with `kiosk election test-deck`")
    rule, budget = value.get("rule"), value.get("budget")
    if not isinstance(rule, str) or not isinstance(budget, int):
        raise LnaError("lna.expected", "expected.json names no rule or budget")
    again = expected_for_deck(package, deck, deck_bytes, rule, budget,
                              plans_of(value, package.election))
    if {k: value.get(k) for k in KEYS} != {k: again.get(k) for k in KEYS}:
        raise LnaError("lna.expected", "expected.json does not match deck.csv (one of them "
                       "was changed); make the deck again with `kiosk election test-deck`")
    return again


@dataclass
class StationBallots:
    """What one station's test files hold, opened."""

    station: str
    label: str
    ballots: list[tuple[str, Ballot | PotsBallot]] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # envelopes that are not good ballots
    records: int = 0
    head: str = ""
    district: str | None = None  # the district the station's test files say it stands in


def open_test_files(files: list[tuple[str, bytes]], package: LoadedPackage,
                    keys: TallyKeys) -> dict[str, StationBallots]:
    """Verify each file, demand test mode and an unbroken chain per station, open it all."""
    election = package.election
    by_station: dict[str, list] = {}
    for name, data in files:
        verified = verify_export(data, election, package.authority)
        header = verified.header
        if not header.get("test"):
            raise LnaError("lna.official_file", f"{name}: this is an official file, not a "
                           "test-mode file; the L&A opens only test ballots (official ballots "
                           "are opened only by the count)")
        if header.get("package_hash") != package.package_hash:
            raise LnaError("lna.wrong_package", f"{name}: the file was made with another "
                           "election package")
        by_station.setdefault(verified.station_id, []).append((name, verified))
    out = {}
    for station, parts in by_station.items():
        parts.sort(key=lambda part: part[1].first_seq)
        opened = StationBallots(station, parts[0][1].certificate.label)
        opened.district = _district_of(election, station, parts)
        expected_seq, previous = 1, None
        for name, verified in parts:
            if verified.first_seq != expected_seq or (
                    previous is not None and verified.header["prev_hash"] != previous):
                raise LnaError("lna.chain", f"{name}: station {station[:4]}'s test files do "
                               f"not continue each other (expected record {expected_seq} "
                               "next); give every test file of the station, once")
            for record in verified.records:
                inner, outer = record.sealed or _sealed(record.fields)
                _open_one(keys, election, opened, record.seq, inner, outer)
            opened.records += len(verified.records)
            expected_seq, previous = verified.last_seq + 1, verified.header["head_hash"]
        opened.head = previous or ""
        out[station] = opened
    return out


def _district_of(election: Election, station: str, parts: list) -> str | None:
    """The district a station's test files name (None: none); they must agree with the
    election."""
    named = {verified.header.get("district") for _name, verified in parts}
    known = {pot.id for pot in election.district_pots}
    if len(named) > 1 or not named <= known | {None}:
        raise LnaError("lna.district", f"station {station[:4]}'s test files name district(s) "
                       f"{', '.join(sorted(str(d) for d in named))}, not one district of the "
                       "election")
    return named.pop()


def _sealed(fields: dict) -> tuple[bytes, bytes | None]:
    import base64

    outer = fields.get("outer")
    return base64.b64decode(fields["inner"]), None if outer is None else base64.b64decode(outer)


def _open_one(keys: TallyKeys, election: Election, opened: StationBallots, seq: int,
              inner: bytes, outer: bytes | None) -> None:
    try:
        content = read_inner(open_sealed(keys.seal, "inner", election.id, inner))
    except (OpenError, ValueError):
        opened.problems.append(f"record {seq}: the inner envelope cannot be opened")
        return
    if content.get("test") is not True or content.get("election") != election.id:
        opened.problems.append(f"record {seq}: the inner envelope is not a test ballot of "
                               "this election")
        return
    try:
        if election.pots:
            ballot = PotsBallot.from_json(content.get("pots"))
            validate_pots_ballot(election, ballot)
        else:
            ballot = Ballot.from_json(content.get("choices"))
            validate_ballot(election, ballot)
    except BallotError as error:
        opened.problems.append(f"record {seq}: not a valid ballot ({error})")
        return
    opened.ballots.append((str(content.get("language")), ballot))
    if outer is not None:
        try:
            token = read_outer(open_sealed(keys.seal, "outer", election.id, outer))["voter_token"]
            opened.tokens.append(str(token))
        except (OpenError, ValueError, KeyError):
            opened.problems.append(f"record {seq}: the outer envelope cannot be opened")


def deck_tokens(election: Election, deck: tuple[DeckBallot, ...]) -> Counter:
    """The voter token each deck identity must give (none for elections without identities)."""
    mode = election.eligibility.mode
    tokens: Counter = Counter()
    for entry in deck:
        if mode is EligibilityMode.PERSONNUMMER:
            normal = personnummer.parse(entry.identity, date.today()).canonical
        elif mode is EligibilityMode.CODES:
            normal = voting_codes.normalize(entry.identity) or entry.identity
        else:
            continue
        tokens[token_for(TEST_MODE_TOKEN_KEY, election.id, mode.value, normal)] += 1
    return tokens


def compare(package: LoadedPackage, deck: tuple[DeckBallot, ...], expected: dict,
            opened: StationBallots, district: str | None = None) -> tuple[dict, list[str]]:
    """(the station's actual result, every difference from the expected one in words).
    `district`: `deck` and `expected` are that district's rows (see station_scope)."""
    election = package.election
    actual = expected_result(package, opened.ballots, rule=expected["rule"],
                             budget=expected["budget"], deck_sha256=expected["deck_sha256"],
                             plans=plans_of(expected, election))
    differences = list(opened.problems)
    if actual["ballots"] != expected["ballots"]:
        differences.append(f"ballots: expected {expected['ballots']}, actual {actual['ballots']}")
    if election.pots:
        differences += pot_differences(election, expected, actual, district)
    for pid in [] if election.pots else election.proposal_ids:
        want, got = expected["totals"][pid], actual["totals"][pid]
        if want != got:
            differences.append(f"proposal {pid}: expected {want} {expected['measure']}, "
                               f"actual {got}")
    for tag in sorted(set(expected["languages"]) | set(actual["languages"])):
        want, got = expected["languages"].get(tag, 0), actual["languages"].get(tag, 0)
        if want != got:
            differences.append(f"language {tag}: expected {want} ballots, actual {got}")
    if expected["funded"] != actual["funded"] and not election.pots:
        differences.append(f"funded: expected {' '.join(expected['funded']) or 'none'}, actual "
                           f"{' '.join(actual['funded']) or 'none'}")

    def key(language: str, ballot: Ballot | PotsBallot) -> str:
        district = next((p for p in getattr(ballot, "pot_ids", ())
                         if p in {d.id for d in election.district_pots}), None)
        return f"{language}, choices: {ballot_text(election, ballot, district) or '(empty)'}"

    want = Counter(key(b.language, b.ballot) for b in deck)
    got = Counter(key(language, ballot) for language, ballot in opened.ballots)
    numbers: dict[str, list[int]] = {}
    for entry in deck:
        numbers.setdefault(key(entry.language, entry.ballot), []).append(entry.number)
    for text, count in sorted((want - got).items()):
        same = numbers[text]  # deck ballots with these very choices, any of which is missing
        listed = ", ".join(str(n) for n in same)
        which = f"deck ballot {listed}" if len(same) == 1 else \
            f"deck ballots {listed}" if count == len(same) else f"one of deck ballots {listed}"
        differences.append(f"missing at the station ({count}×): {which} ({text})")
    for text, count in sorted((got - want).items()):
        where = f"district {district}'s rows of the deck" if district else "the deck"
        differences.append(f"extra at the station ({count}×), not in {where}: {text}")
    tokens_want, tokens_got = deck_tokens(election, deck), Counter(opened.tokens)
    if election.eligibility.has_voter_token and tokens_want != tokens_got:
        differences.append(f"voter tokens: {sum((tokens_want - tokens_got).values())} deck "
                           f"identities have no ballot, {sum((tokens_got - tokens_want).values())}"
                           " ballots carry an identity that is not in the deck (or twice)")
    return actual, differences


def side_by_side(package: LoadedPackage, expected: dict, actual: dict) -> list[str]:
    election = package.election
    default = election.default_language
    lines = [f"  {'':<44} {'expected':>9} {'actual':>9}",
             f"  {'ballots':<44} {expected['ballots']:>9} {actual['ballots']:>9}",
             f"  {'empty ballots':<44} {expected['empty']:>9} {actual['empty']:>9}"]
    for proposal in [] if election.pots else election.proposals:
        title = proposal.text(default, default)[0].title
        name = f"{proposal.id} {title}"[:44]
        lines.append(f"  {name:<44} {expected['totals'][proposal.id]:>9} "
                     f"{actual['totals'][proposal.id]:>9}")
    for tag in sorted(set(expected["languages"]) | set(actual["languages"])):
        lines.append(f"  {'language ' + tag:<44} {expected['languages'].get(tag, 0):>9} "
                     f"{actual['languages'].get(tag, 0):>9}")
    if election.pots:
        return lines + pots_side_by_side(election, expected, actual)
    lines.append(f"  funded, expected: {' '.join(expected['funded']) or 'none'}")
    lines.append(f"  funded, actual:   {' '.join(actual['funded']) or 'none'}")
    return lines


def station_entry(opened: StationBallots, passed: bool) -> dict:
    return {"station": opened.station, "label": opened.label, "passed": passed,
            "ballots": len(opened.ballots), "test_head": opened.head}
