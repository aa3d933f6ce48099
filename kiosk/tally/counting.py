"""`kiosk tally count`: two steps, each with its own key, so that no step needs both.

Step "dedup", with the **outer-envelope key** (outer.key or its shares):
1. Open every outer envelope (all cores), set aside ballots whose voting code nobody issued,
   find voter tokens on several records and apply the package's duplicate policy
   (kiosk.tally.dedup); then forget the tokens (kiosk.tally.count_scan). What is stored: the
   records set aside (station, seq, reason), the conflicts (station, seq, cast_at, kept) and
   how many records not set aside each station took per local hour (kiosk.tally.turnout) —
   never a token, never a record's time outside a conflict. State "deduplicated".

Step "open", with the **tally key** (tally.key or its shares; it also signs the results):
2. Put the inner envelopes of the records not set aside into cryptographically shuffled slots
   (kiosk.tally.shuffle) — only the sealed bytes and a station index travel on, no record id —
   open them on all cores, validate each against the ballot rule, store them by slot
   (kiosk.tally.count_slots).
3. Meanwhile (a second thread) hash the bulletin (every record's tracking code and status),
   from what the scan kept of each record (station, sequence number, the first 10 bytes of its
   hash); the tie-break seed is derived from it, unless a seed was given.
4. Count the valid ballots with the rule, sign the results (kiosk.tally.count_results) with
   the tally key. State "counted".

Each step is one transaction: it is stored whole or not at all, and a failed step can be run
again. An election that identifies no voter (open, staff-unlock) needs no dedup step. A package
made before outer keys existed seals both envelopes to the tally key, which then does both steps.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor

from kiosk.crypto.canonical import canonical
from kiosk.crypto.keys import SealKeyPair
from kiosk.crypto.signed import sign_object
from kiosk.package.authority_keys import TallyKeys
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import envelopes_open as opener
from kiosk.tally.count_pots import POTS_RULE, count_pots, interner_for, pot_plans, whole_outcome
from kiosk.tally.count_results import results_document
from kiosk.tally.count_scan import bulletin_digest, first_pass, record_ids
from kiosk.tally.count_slots import open_and_store, shuffled
from kiosk.tally.dedup import conflicts_from_rows
from kiosk.tally.evaluation import statistics_record
from kiosk.tally.forks import fork_set_aside
from kiosk.tally.issued import check_issued_present, issued_token_set
from kiosk.tally.parallel import InlineExecutor, cpu_count, process_pool
from kiosk.tally.record_format import derived_seed
from kiosk.tally.rule_run import CountError, budget_for, rule_for, run_count
from kiosk.tally.shuffle import secure_permutation
from kiosk.tally.store import TallyStore, now_iso

PARALLEL_FROM = 3000  # below this, a process pool costs more than it saves


DEDUP, OPEN = "dedup", "open"
DEDUPLICATED = "deduplicated"  # the tally's state between the two steps


def needs_dedup(package: LoadedPackage) -> bool:
    return package.election.eligibility.has_voter_token


def check_countable(store: TallyStore, package: LoadedPackage, rule: str | None,
                    budget: int | None, step: str = OPEN) -> tuple[str, int, int]:
    """(rule, budget, records) if the step can start; else the one reason it cannot.

    Checked before the keys are asked for, so no officer types a passphrase in vain.
    """
    state = store.meta()["state"]
    if state == "open":
        raise CountError("tally.not_closed", "intake is still open; close it first with "
                         "`kiosk tally close`")
    if state == "counted":
        raise CountError("tally.counted", "this election has been counted already; its "
                         "results stand (kiosk tally report / publish)")
    if step == DEDUP and state == DEDUPLICATED:
        raise CountError("tally.deduplicated", "the duplicate check is done already; next: "
                         "`kiosk tally count --step open` with the tally key")
    if step == DEDUP and not needs_dedup(package):
        raise CountError("tally.no_dedup", f"election {package.election.id} identifies no "
                         "voter, so it has no duplicate check; run `kiosk tally count --step "
                         "open` with the tally key")
    if step == OPEN and state != DEDUPLICATED and needs_dedup(package):
        raise CountError("tally.not_deduplicated", "the duplicate check has not been run; "
                         "first `kiosk tally count --step dedup` with the outer-envelope key")
    if step != OPEN:
        rule_name, budget_value = "", 0
    elif package.election.pots:  # each pot: its own rule and budget (kiosk.tally.count_pots)
        plans = pot_plans(package.manifest, package.election, rule, budget)
        rule_name, budget_value = POTS_RULE, sum(plan[2] for plan in plans)
    else:
        rule_name = rule_for(package.manifest, rule)
        budget_value = budget_for(package.election, budget)
    total = store.record_count()
    if total == 0:
        raise CountError("tally.empty", "no ballots were imported; there is nothing to count")
    check_issued_present(store, package)
    return rule_name, budget_value, total


def _executor(total: int, private: bytes, package: LoadedPackage):
    if total >= PARALLEL_FROM and cpu_count() > 1:
        return process_pool(opener.init_opener, (private, package.raw))
    opener.init_opener(private, package.raw)
    return InlineExecutor()


def dedup_election(store: TallyStore, package: LoadedPackage, outer: SealKeyPair, *,
                   show_progress: bool = True) -> dict:
    """Step "dedup" with the outer-envelope key: what is set aside, and the conflicts."""
    _rule, _budget, total = check_countable(store, package, None, None, DEDUP)
    election = package.election
    excluded: dict[int, str] = {}
    issued = issued_token_set(store, package)
    with _executor(total, outer.to_bytes(), package) as executor:
        scanned, conflicts = first_pass(store, executor, election, excluded, total,
                                        show_progress, issued, fork_set_aside(store.fork_rows()),
                                        keep_inner=False, count_hours=True)
    opener.forget_key()
    names = scanned.names
    set_aside = sorted((names[scanned.stations[i]], scanned.seqs[i], reason)
                       for i, reason in excluded.items())
    with store.counting() as tx:
        tx.add_excluded(set_aside)
        tx.add_conflicts((n, m.station_id, m.seq, m.cast_at_text, m is c.kept)
                         for n, c in enumerate(conflicts, start=1) for m in c.members)
        tx.add_turnout_hours(scanned.hours.rows(names) if scanned.hours else [])
        tx.set_meta("deduplicated_at", now_iso())
        tx.set_meta("state", DEDUPLICATED)
    return {"records": total, "excluded": dict(sorted(Counter(excluded.values()).items())),
            "conflicts": len(conflicts)}


def count_election(store: TallyStore, package: LoadedPackage, keys: TallyKeys, *,
                   rule: str | None = None, budget: int | None = None, seed: str | None = None,
                   show_progress: bool = True, outer: SealKeyPair | None = None) -> dict:
    """Step "open" (and, with `outer`, step "dedup" first; the outer key is dropped before
    the inner envelopes are touched); `rule` None means the package's own rule."""
    if outer is not None and store.meta()["state"] != DEDUPLICATED and needs_dedup(package):
        dedup_election(store, package, outer, show_progress=show_progress)
    del outer
    rule_name, budget_value, total = check_countable(store, package, rule, budget)
    election = package.election
    with _executor(total, keys.seal.to_bytes(), package) as executor, \
            ThreadPoolExecutor(1, "count-side") as side:
        # a second thread draws the shuffle while the records are read, and hashes the
        # bulletin while the inner envelopes are opened
        permutation = side.submit(secure_permutation, total)
        forked: dict[int, str] = {}  # a forked station's records (an election without dedup)
        scanned, _none = first_pass(store, executor, election, forked, total, show_progress,
                                    None, fork_set_aside(store.fork_rows()), open_outer=False)
        stored = record_ids(scanned, store.excluded_rows())
        excluded = forked | stored
        conflicts = conflicts_from_rows(store.conflict_rows())
        slots = shuffled(scanned, excluded, permutation.result())
        names = scanned.names
        fork_rows = sorted((names[scanned.stations[i]], scanned.seqs[i], reason)
                           for i, reason in forked.items() if i not in stored)
        with store.counting() as tx:
            tx.add_excluded(fork_rows)  # (the dedup step stored its own, forks included)
            # only now: a pure-Python thread holding the GIL would slow these writes
            bulletin = side.submit(bulletin_digest, scanned, excluded)
            del scanned
            opened = open_and_store(tx, executor, slots, names, interner_for(election),
                                    show_progress)
            bulletin_sha, per_station = bulletin.result()
            seed_value = seed if seed else derived_seed(election.id, bulletin_sha)
            pots: list[dict] = []
            if election.pots:
                pots, _ = count_pots(election, pot_plans(package.manifest, election, rule,
                                                         budget), seed_value, opened["interner"])
                outcome = whole_outcome(election, pots)
            else:
                outcome = run_count(election, rule_name, budget_value, seed_value,
                                    opened["interner"].profile())
            results = results_document(store, package, keys, rule_name, budget_value, seed_value,
                                       bool(seed), total, excluded, conflicts, per_station,
                                       opened, outcome, bulletin_sha)
            if pots:
                results["pots"] = pots
            signed = sign_object(keys.sign, results)
            tx.set_meta("results", canonical(signed).decode("utf-8"))
            tx.set_meta("statistics", statistics_record(opened["cells"]))
            tx.set_meta("state", "counted")
    opener.forget_key()
    return results


def results_of(store: TallyStore) -> dict:
    envelope = store.results()
    if envelope is None:
        raise CountError("tally.not_counted", "the election has not been counted yet; run "
                         "`kiosk tally count` first")
    return envelope["signed"]

