"""`kiosk tally status`: per station files, ballots, last record; gaps and conflicts so far."""

from __future__ import annotations

from kiosk.tally.forks import fork_entry
from kiosk.tally.store import TallyStore


def tally_status(store: TallyStore) -> dict:
    meta = store.meta()
    stations = store.station_rows()
    last_seq = {s["station_id"]: s["last_seq"] for s in stations}
    rejected = store.intake_rows("rejected")
    gaps, forks = [], []
    for row in rejected:
        station = row["station_id"]
        if row["message_id"] == "tally.gap" and station:
            known = last_seq.get(station, 0)
            if row["first_seq"] > known + 1:  # still missing: nothing filled it since
                gaps.append({"station": station, "from": known + 1, "to": row["first_seq"] - 1,
                             "file": row["file_name"]})
        elif row["message_id"] in ("tally.conflict", "tally.forked"):
            forks.append({"station": station, "file": row["file_name"], "reason": row["reason"]})
    results = store.results()
    out = {
        "election": meta["election"],
        "state": meta["state"],
        "ballots": sum(s["ballots"] for s in stations),
        "files": sum(s["files"] for s in stations),
        "stations": [{
            "id": s["station_id"], "short_id": s["station_id"][:4], "label": s["label"],
            "files": s["files"], "ballots": s["ballots"], "last_seq": s["last_seq"],
            "head_hash": s["head_hash"],
            "gaps": [[g["from"], g["to"]] for g in gaps if g["station"] == s["station_id"]],
        } for s in stations],
        "gaps": _merge_gaps(gaps),
        "conflicts": forks,
        "forks": fork_status(store, rejected),
        "rejected_files": len(rejected),
        "duplicate_voters": None if results is None else len(results["signed"]["conflicts"]),
    }
    return out


def fork_status(store: TallyStore, rejected: list[dict]) -> list[dict]:
    """Each station two copies claim (kiosk.tally.forks): where they part, what was decided,
    and which files conflict — those the tally holds from the fork point on (copy A, imported
    first) and those it refused for the station since (copy B, or A's later batches)."""
    out = []
    taken_out = store.fork_file_rows() if any(not f.is_open for f in store.fork_rows()) else []
    held = store.file_index()
    for fork in store.fork_rows():
        station = fork.station_id
        entry = fork_entry(fork, taken_out)
        entry["held_files"] = [
            {"file": f["name"], "hash": f["file_hash"], "records": [f["first_seq"], f["last_seq"]]}
            for f in held if f["station_id"] == station and f["last_seq"] >= fork.fork_seq]
        entry["refused_files"] = [
            {"file": r["file_name"], "hash": r["file_hash"], "at": r["at"],
             "records": [r["first_seq"], r["last_seq"]], "reason": r["reason"]}
            for r in rejected if r["station_id"] == station
            and r["message_id"] in ("tally.conflict", "tally.forked")]
        out.append(entry)
    return out


def _merge_gaps(gaps: list[dict]) -> list[dict]:
    """One entry per station and missing range (a file refused twice is one gap)."""
    seen, out = set(), []
    for gap in gaps:
        key = (gap["station"], gap["from"], gap["to"])
        if key not in seen:
            seen.add(key)
            out.append(gap)
    return out


def status_lines(status: dict) -> list[str]:
    state = {"open": "intake open", "closed": "intake closed, not counted yet",
             "deduplicated": "intake closed, duplicate check done, ballots not opened yet",
             "counted": "intake closed, counted"}.get(status["state"], status["state"])
    lines = [f"Election {status['election']}: {state}, "
             f"{status['ballots']} ballots from {len(status['stations'])} stations "
             f"in {status['files']} files"]
    for s in status["stations"]:
        lines.append(f"  station {s['short_id']} ({s['label']}): files {s['files']}, "
                     f"ballots {s['ballots']}, last record {s['last_seq']}")
    for gap in status["gaps"]:
        lines.append(f"  GAP: station {gap['station'][:4]} records {gap['from']}..{gap['to']} "
                     f"are missing (file {gap['file']} was refused for it)")
    for fork in status["forks"]:
        lines += fork_lines(fork)
    if status["conflicts"] and not status["forks"]:
        for fork in status["conflicts"]:
            lines.append(f"  CONFLICT: {fork['reason']} (file {fork['file']})")
    if status["rejected_files"]:
        lines.append(f"  {status['rejected_files']} file(s) refused so far (a refused file "
                     "changes nothing; gaps and conflicts above are what is still open)")
    if status["duplicate_voters"] is not None:
        lines.append(f"  counted; {status['duplicate_voters']} duplicate-voter conflict(s) "
                     "resolved")
    return lines


def fork_lines(fork: dict) -> list[str]:
    station, seq = fork["station"][:4], fork["fork_seq"]
    if fork["resolution"] == "open":
        head = (f"  FORK: station {station}: two copies of its chain disagree from record {seq} "
                f"on; both are set aside from there (copy A, imported first: record {seq} "
                f"{fork['copy_a'][:12]}; copy B: {fork['copy_b'][:12]}). The election office "
                f"decides: kiosk tally resolve-fork --station {station} --keep FILE|none "
                "--evidence TEXT")
    else:
        head = (f"  FORK (decided {fork['resolved_at']}): station {station} from record {seq}: "
                f"{fork['resolution']} — {fork['evidence']}")
    lines = [head]
    for f in fork["held_files"]:
        lines.append(f"    held (copy A): {f['file']} {f['hash'][:12]} records "
                     f"{f['records'][0]}..{f['records'][1]}")
    for f in fork["refused_files"]:
        lines.append(f"    refused {f['at']}: {f['file']} {f['hash'][:12]} records "
                     f"{f['records'][0]}..{f['records'][1]}: {f['reason']}")
    return lines
