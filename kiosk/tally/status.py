"""`kiosk tally status`: per station files, ballots, last record; gaps and conflicts so far."""

from __future__ import annotations

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
        elif row["message_id"] == "tally.conflict":
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
        "rejected_files": len(rejected),
        "duplicate_voters": None if results is None else len(results["signed"]["conflicts"]),
    }
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
    for fork in status["conflicts"]:
        lines.append(f"  CONFLICT: {fork['reason']} (file {fork['file']})")
    if status["rejected_files"]:
        lines.append(f"  {status['rejected_files']} file(s) refused so far (a refused file "
                     "changes nothing; gaps and conflicts above are what is still open)")
    if status["duplicate_voters"] is not None:
        lines.append(f"  counted; {status['duplicate_voters']} duplicate-voter conflict(s) "
                     "resolved")
    return lines
