"""The signed result of a logic-and-accuracy test (`kiosk tally lna` writes it, `kiosk station
lna-record` reads it).

    {"signed": {"type": "kiosk/lna-result", "v": 1, "election": ID, "package_hash": HEX,
                "deck_sha256": HEX, "checked_at": ISO,
                "stations": [{"station": FINGERPRINT, "label": TEXT, "passed": BOOL,
                              "ballots": N, "test_head": HEX}, ...]},
     "sig": base64}

Signed with the tally signing key the election package names, so a station accepts only a
result the tally made for this election and package; it keeps its own entry. `test_head` is the
hash of the station's last test record the tally opened: a station still holding its test
ballots checks that the result is about them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from kiosk.crypto.canonical import canonical
from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.crypto.signed import sign_object, verify_object
from kiosk.domain.errors import KioskError

LNA_TYPE = "kiosk/lna-result"
MAX_BYTES = 1024 * 1024


class LnaResultError(KioskError):
    """A result file a station cannot take."""


@dataclass(frozen=True)
class StationLna:
    """One station's entry, as the station keeps it."""

    station: str
    label: str
    passed: bool
    ballots: int
    test_head: str
    checked_at: str
    deck_sha256: str

    def settings_value(self) -> str:
        return canonical({"station": self.station, "label": self.label, "passed": self.passed,
                          "ballots": self.ballots, "test_head": self.test_head,
                          "checked_at": self.checked_at,
                          "deck_sha256": self.deck_sha256}).decode("utf-8")

    @classmethod
    def from_settings(cls, text: str | None) -> StationLna | None:
        if not text:
            return None
        try:
            return cls(**json.loads(text))
        except (TypeError, ValueError):
            return None


def make_lna_result(key: SigningKey, *, election: str, package_hash: str, deck_sha256: str,
                    checked_at: str, stations: list[dict]) -> bytes:
    document = sign_object(key, {"type": LNA_TYPE, "v": 1, "election": election,
                                 "package_hash": package_hash, "deck_sha256": deck_sha256,
                                 "checked_at": checked_at, "stations": stations})
    return canonical(document) + b"\n"


def read_lna_result(data: bytes, tally_key: VerifyKey, *, election: str, package_hash: str,
                    station: str) -> StationLna:
    """This station's entry of a genuine result for this election and package."""
    if len(data) > MAX_BYTES:
        raise LnaResultError("lna.invalid", "this is not an L&A result file (too large)")
    try:
        envelope = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise LnaResultError("lna.invalid", "this is not an L&A result file (not JSON)") from None
    content = verify_object(tally_key, envelope, LNA_TYPE)
    if content is None or content.get("v") != 1:
        raise LnaResultError("lna.signature", "the L&A result is not signed by this election's "
                             "tally key (or was changed after signing)")
    if content.get("election") != election or content.get("package_hash") != package_hash:
        raise LnaResultError("lna.other_election", "the L&A result is for another election "
                             "or another election package")
    for entry in content.get("stations") or []:
        if isinstance(entry, dict) and entry.get("station") == station:
            try:
                return StationLna(station, str(entry["label"]), entry["passed"] is True,
                                  int(entry["ballots"]), str(entry["test_head"]),
                                  str(content["checked_at"]), str(content["deck_sha256"]))
            except (KeyError, TypeError, ValueError):
                break
    raise LnaResultError("lna.other_station", "the L&A result does not name this station: "
                         "its test file was not checked")
