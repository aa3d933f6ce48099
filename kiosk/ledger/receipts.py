"""Signed sync receipts: the tally's word that it holds a station's records up to `last_seq`.

A station marks records as synced only when a receipt verifies under the tally signing key
pinned in the election package and names exactly the batch it sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.crypto.signed import sign_object, verify_object

RECEIPT_TYPE = "kiosk/sync-receipt"


@dataclass(frozen=True)
class BatchReceipt:
    election: str
    station: str
    batch_hash: str
    first_seq: int
    last_seq: int
    head_hash: str
    envelope: dict


def make_receipt(key: SigningKey, *, election: str, station: str, batch_hash: str,
                 first_seq: int, last_seq: int, head_hash: str, received_at: str) -> dict:
    return sign_object(key, {
        "type": RECEIPT_TYPE, "v": 1, "election": election, "station": station,
        "batch_hash": batch_hash, "first_seq": first_seq, "last_seq": last_seq,
        "head_hash": head_hash, "received_at": received_at,
    })


def check_receipt(envelope: object, tally_key: VerifyKey, *, election: str, station: str,
                  batch_hash: str, last_seq: int, head_hash: str) -> BatchReceipt | None:
    """The receipt if it is genuine and covers exactly this batch; otherwise None."""
    content = verify_object(tally_key, envelope, RECEIPT_TYPE)
    if content is None:
        return None
    expected = {"election": election, "station": station, "batch_hash": batch_hash,
                "last_seq": last_seq, "head_hash": head_hash}
    if any(content.get(k) != v for k, v in expected.items()):
        return None
    if not isinstance(content.get("first_seq"), int):
        return None
    return BatchReceipt(election, station, batch_hash, content["first_seq"], last_seq, head_hash,
                        envelope)
