"""Recording the result of a logic-and-accuracy test at a station (`kiosk station lna-record`).

The station takes its own entry of a result the tally signed (kiosk.ledger.lna_result) for this
election and package, keeps it in its settings with an audit event, and the zero report shows
it. While the station still holds test ballots, the result must be about exactly those (the
hash of its last test record); after it has gone official they are wiped, and the signature,
the election, the package and the station's fingerprint are what bind the result to it.
"""

from __future__ import annotations

from kiosk.crypto.keys import VerifyKey
from kiosk.domain.audit import AuditEvent
from kiosk.ledger.lna_result import LnaResultError, StationLna, read_lna_result
from kiosk.package.signed_package import LoadedPackage
from kiosk.station.audit_log import AuditLog
from kiosk.station.ballot_chain import BallotChain
from kiosk.station.station_state import StationState

SETTING = "lna"


def record_lna(data: bytes, *, package: LoadedPackage, station_id: str, state: StationState,
               chain: BallotChain, audit: AuditLog) -> StationLna:
    election = package.election
    result = read_lna_result(data, VerifyKey(election.tally.sign_public), election=election.id,
                             package_hash=package.package_hash, station=station_id)
    recorded = recorded_lna(state)
    if recorded is not None and result.checked_at < recorded.checked_at:
        raise LnaResultError("lna.older", f"this L&A result ({result.checked_at}) is older than "
                             f"the one the station already holds ({recorded.checked_at}); an "
                             "older result cannot replace a newer one")
    head = chain.head(True)
    if state.test_mode and head.seq and head.hash.hex() != result.test_head:
        raise LnaResultError("lna.other_ballots", "the L&A result is about other test ballots "
                             "than the ones this station holds now (cast and exported after "
                             "the check?); run the L&A again with its latest test file")
    value = result.settings_value()
    audit.write(AuditEvent.LNA_RECORDED, {"passed": result.passed, "ballots": result.ballots},
                settings={SETTING: value})
    state.settings[SETTING] = value
    return result


def recorded_lna(state: StationState) -> StationLna | None:
    return StationLna.from_settings(state.settings.get(SETTING))
