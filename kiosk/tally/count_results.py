"""Step 4 of a count (kiosk.tally.counting): the results document that the tally key signs."""

from __future__ import annotations

from collections import Counter

from kiosk.tally.forks import fork_entry
from kiosk.tally.record_format import RESULT_TYPE
from kiosk.tally.rule_run import options_part
from kiosk.tally.store import now_iso

# In words, as the protocol says it (its English label is this constant); no file names in
# anything published.
TIE_BREAK = ("Higher score first; on equal score the cheaper proposal; on equal cost a draw: "
             "ascending SHA-256 of \"<seed>:<proposal id>\".")


def results_document(store, package, keys, rule_name, budget, seed, seed_given, total, excluded,
             conflicts, per_station, opened, outcome, bulletin_sha) -> dict:
    election = package.election
    labels = {s["station_id"]: s["label"] for s in store.station_rows()}
    excluded_counts = Counter(excluded.values())
    stations = []
    for station_id in sorted(per_station):
        counts = per_station[station_id]
        opened_n, assisted, bad, languages = opened["stations"].get(
            station_id, [0, 0, 0, Counter()])
        stations.append({
            "id": station_id, "label": labels.get(station_id, ""), "records": counts["records"],
            "excluded": {k: v for k, v in counts.items() if k != "records"},
            "opened": opened_n, "invalid": bad, "assisted": assisted,
            "languages": dict(sorted(languages.items()))})
    funded = set(outcome.funded)
    document = {
        "type": RESULT_TYPE, "v": 1, "election": election.id,
        "package_hash": package.package_hash, "counted_at": now_iso(),
        "tally_key": keys.sign.public.fingerprint, "ballot_kind": election.rule.kind.value,
        "rule": rule_name, "budget": budget, "seed": seed,
        "seed_source": "given" if seed_given else "bulletin", "tie_break": TIE_BREAK,
        "duplicate_policy": election.duplicate_policy.value,
        "records": total, "excluded": dict(sorted(excluded_counts.items())),
        "opened": opened["opened"], "valid": opened["opened"] - sum(opened["invalid"].values()),
        "invalid": dict(sorted(opened["invalid"].items())),
        "projects": [{"id": p.id, "cost": p.cost, "score": outcome.scores[p.id],
                      "funded": p.id in funded} for p in election.proposals],
        "funded": list(outcome.funded), "spent": outcome.spent,
        "stations": stations,
        "channels": opened.get("channels") or {},
        "conflicts": [{
            "records": [{"station": m.station_id, "seq": m.seq, "cast_at": m.cast_at_text}
                        for m in c.members],
            "kept": None if c.kept is None else {"station": c.kept.station_id,
                                                 "seq": c.kept.seq}} for c in conflicts],
        "bulletin_sha256": bulletin_sha, "ballots_sha256": opened["ballots_sha256"],
    }
    forks = store.fork_rows()
    if forks:  # two copies claimed a station: what was set aside, what was decided and why
        taken_out = store.fork_file_rows()
        document["forks"] = [fork_entry(fork, taken_out) for fork in forks]
    document.update(options_part(election, outcome))
    return document

