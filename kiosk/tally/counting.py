"""`kiosk tally count`: outer envelopes, duplicates, shuffle, inner envelopes, the rule.

1. Open every outer envelope (all cores), find voter tokens on several records and apply the
   package's duplicate policy (kiosk.tally.dedup); then forget the tokens (kiosk.tally.count_scan).
   The same scan keeps every record's (still sealed) inner envelope for step 2.
2. Put the inner envelopes of the counted records into cryptographically shuffled slots
   (kiosk.tally.shuffle) — only the sealed bytes and a station index travel on, no record id —
   open them on all cores, validate each against the ballot rule, store them by slot
   (kiosk.tally.count_slots).
3. Meanwhile (a second thread) hash the bulletin (every record's tracking code and status),
   from what the scan of step 1 kept of each record (station, sequence number, the first 10
   bytes of its hash); the tie-break seed is derived from it, unless a seed was given.
4. Count the valid ballots with the rule, sign the results (kiosk.tally.count_results) with
   the tally key.

Everything from step 1 on is written in one transaction: a count is stored whole or not at all.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from kiosk.crypto.canonical import canonical
from kiosk.crypto.signed import sign_object
from kiosk.package.authority_keys import TallyKeys
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import envelopes_open as opener
from kiosk.tally.count_pots import POTS_RULE, count_pots, interner_for, pot_plans, whole_outcome
from kiosk.tally.count_results import results_document
from kiosk.tally.count_scan import bulletin_digest, first_pass
from kiosk.tally.count_slots import open_and_store, shuffled
from kiosk.tally.evaluation import statistics_record
from kiosk.tally.forks import fork_set_aside
from kiosk.tally.issued import check_issued_present, issued_token_set
from kiosk.tally.parallel import InlineExecutor, cpu_count, process_pool
from kiosk.tally.record_format import derived_seed
from kiosk.tally.rule_run import CountError, budget_for, rule_for, run_count
from kiosk.tally.shuffle import secure_permutation
from kiosk.tally.store import TallyStore

PARALLEL_FROM = 3000  # below this, a process pool costs more than it saves


def check_countable(store: TallyStore, package: LoadedPackage, rule: str | None,
                    budget: int | None) -> tuple[str, int, int]:
    """(rule, budget, records) if a count can start; else the one reason it cannot.

    Checked before the keys are asked for, so no officer types a passphrase in vain.
    """
    state = store.meta()["state"]
    if state == "open":
        raise CountError("tally.not_closed", "intake is still open; close it first with "
                         "`kiosk tally close`")
    if state == "counted":
        raise CountError("tally.counted", "this election has been counted already; its "
                         "results stand (kiosk tally report / publish)")
    if package.election.pots:  # each pot: its own rule and budget (kiosk.tally.count_pots)
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


def count_election(store: TallyStore, package: LoadedPackage, keys: TallyKeys, *,
                   rule: str | None = None, budget: int | None = None, seed: str | None = None,
                   show_progress: bool = True) -> dict:
    """Count; `rule` None means the package's own rule (an error if it names none)."""
    rule_name, budget_value, total = check_countable(store, package, rule, budget)
    election = package.election
    excluded: dict[int, str] = {}
    issued = issued_token_set(store, package)
    parallel = total >= PARALLEL_FROM and cpu_count() > 1
    if parallel:
        executor = process_pool(opener.init_opener, (keys.seal.to_bytes(), package.raw))
    else:
        opener.init_opener(keys.seal.to_bytes(), package.raw)
        executor = InlineExecutor()
    with executor, ThreadPoolExecutor(1, "count-side") as side:
        # a second thread draws the shuffle while the outer envelopes are opened, and hashes
        # the bulletin while the inner ones are
        permutation = side.submit(secure_permutation, total)
        scanned, conflicts = first_pass(store, executor, election, excluded, total,
                                         show_progress, issued,
                                         fork_set_aside(store.fork_rows()))
        slots = shuffled(scanned, excluded, permutation.result())
        names = scanned.names
        set_aside = sorted((names[scanned.stations[i]], scanned.seqs[i], reason)
                           for i, reason in excluded.items())
        with store.counting() as tx:
            tx.add_excluded(set_aside)
            tx.add_conflicts((n, m.station_id, m.seq, m.cast_at_text, m is c.kept)
                             for n, c in enumerate(conflicts, start=1) for m in c.members)
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
                               bool(seed), total, excluded, conflicts, per_station, opened,
                               outcome, bulletin_sha)
            if pots:
                results["pots"] = pots
            signed = sign_object(keys.sign, results)
            tx.set_meta("results", canonical(signed).decode("utf-8"))
            tx.set_meta("statistics", statistics_record(opened["cells"]))
            tx.set_meta("state", "counted")
    return results


def results_of(store: TallyStore) -> dict:
    envelope = store.results()
    if envelope is None:
        raise CountError("tally.not_counted", "the election has not been counted yet; run "
                         "`kiosk tally count` first")
    return envelope["signed"]

