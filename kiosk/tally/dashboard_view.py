"""What the officials' dashboard shows: the intake's progress, never a choice or a total.

Per station — every station the tally knows: those that delivered (their certificate came
with their files) and those enrolled with `kiosk tally enrol` that never synced (`last_sync`
None, `synced` false) — label, records received, files, the last sequence number, when it last
synced, the records still missing; the refused batches with their reasons; the conflicts; the
forked stations (two copies of one chain, kiosk.tally.forks: where they part, the decision, the
files that conflict); whether the intake is open. Nothing here reads ballots or results: the
numbers are counts of sealed records, as `kiosk tally status` prints them.
"""

from __future__ import annotations

from kiosk.tally.status import tally_status
from kiosk.tally.store import TallyStore

REFUSED_SHOWN = 50  # the latest refusals; the full list is in `kiosk tally status --json`


def dashboard_view(store: TallyStore) -> dict:
    status = tally_status(store)
    last_sync = store.last_received()  # when each station's latest accepted file arrived
    refused = [{"at": row["at"], "station": (row["station_id"] or "")[:4],
                "file": row["file_name"], "reason": row["reason"] or row["message_id"] or ""}
               for row in store.intake_rows("rejected")]
    stations = {s["id"]: {
        "short_id": s["short_id"], "label": s["label"], "records": s["ballots"],
        "files": s["files"], "last_seq": s["last_seq"], "synced": True,
        "last_sync": last_sync.get(s["id"]), "gaps": s["gaps"],
    } for s in status["stations"]}
    for row in store.enrolled_rows():  # certified, told to the tally, nothing delivered yet
        stations.setdefault(row["station_id"], {
            "short_id": row["station_id"][:4], "label": row["label"], "records": 0, "files": 0,
            "last_seq": 0, "synced": False, "last_sync": None,
            "gaps": _gaps_of(status, row["station_id"]),
        })
    return {
        "election": status["election"],
        "intake": status["state"],
        "records": status["ballots"],
        "synced": len(status["stations"]),
        "stations": sorted(stations.values(), key=lambda s: (s["label"], s["short_id"])),
        "conflicts": [{"station": (c["station"] or "")[:4], "file": c["file"],
                       "reason": c["reason"]} for c in status["conflicts"]],
        "forks": [{
            "station": f["station"][:4], "fork_seq": f["fork_seq"],
            "resolution": f["resolution"],
            "files": [f"held (copy A): {h['file']} {h['hash'][:12]} "
                      f"{h['records'][0]}\u2013{h['records'][1]}" for h in f["held_files"]]
            + [f"refused: {r['file']} {r['hash'][:12]} {r['records'][0]}\u2013"
               f"{r['records'][1]}" for r in f["refused_files"]],
        } for f in status["forks"]],
        "refused": refused[-REFUSED_SHOWN:][::-1],
        "refused_total": len(refused),
    }


def _gaps_of(status: dict, station_id: str) -> list[list[int]]:
    """Missing ranges of a station that delivered nothing yet (its later files were refused)."""
    return [[g["from"], g["to"]] for g in status["gaps"] if g["station"] == station_id]
