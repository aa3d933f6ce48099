"""Station enrolment, offline: the station writes a request, the authority certifies it.

request:     signed by the station's own key (proof that it holds the key)
certificate: signed by the election authority; names the election, the station key and a label
The tally accepts ballots only from certified stations.

The certificate *file* the authority hands back (`certificate_file`) also carries the election's
token key (kiosk.crypto.token_keys), sealed to that one station and signed by the authority:

    {"signed": {certificate}, "sig": …,
     "token_key": {"signed": {"type": "kiosk/token-key", "v": 1, "election": E, "station": S,
                              "sealed": base64}, "sig": …}}

The station opens it at enrolment, keeps the key in its data folder (token.key, mode 0600) and
keeps the certificate without it: exports and the published record never carry a token key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.crypto.canonical import CanonicalError, b64, unb64
from kiosk.crypto.keys import SigningKey, VerifyKey
from kiosk.crypto.sealing import OpenError
from kiosk.crypto.signed import sign_object, verify_object
from kiosk.crypto.token_keys import open_as_station, seal_to_station, token_key_for
from kiosk.domain.errors import VerificationError

REQUEST_TYPE = "kiosk/enrolment-request"
CERTIFICATE_TYPE = "kiosk/station-certificate"
TOKEN_KEY_TYPE = "kiosk/token-key"


@dataclass(frozen=True)
class StationCertificate:
    station_key: VerifyKey
    station_id: str  # the station key's fingerprint
    election_id: str
    label: str
    authority: str  # authority fingerprint
    envelope: dict  # the signed certificate as written to files

    @property
    def short_id(self) -> str:
        return self.station_id[:4]


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def make_request(station_key: SigningKey, election_id: str, label: str) -> dict:
    return sign_object(station_key, {
        "type": REQUEST_TYPE, "v": 1, "election": election_id, "label": label,
        "station_key": b64(station_key.public.raw), "station": station_key.public.fingerprint,
        "created": now_iso(),
    })


def read_request(envelope: object, election_id: str) -> dict:
    """Check a request's self-signature and election; returns its content."""
    try:
        key = VerifyKey(unb64(envelope["signed"]["station_key"]))
    except (KeyError, TypeError, ValueError, CanonicalError):
        raise VerificationError("enrolment.malformed", "the enrolment request is malformed") \
            from None
    content = verify_object(key, envelope, REQUEST_TYPE)
    if content is None:
        raise VerificationError("enrolment.bad_signature",
                                "the enrolment request's signature does not verify")
    if content.get("election") != election_id:
        raise VerificationError("enrolment.wrong_election",
                                f"the request is for election {content.get('election')!r}, "
                                f"not {election_id!r}")
    return content


def certify(request: object, authority: SigningKey, election_id: str) -> dict:
    content = read_request(request, election_id)
    return sign_object(authority, {
        "type": CERTIFICATE_TYPE, "v": 1, "election": election_id,
        "station_key": content["station_key"], "station": content["station"],
        "label": str(content.get("label", ""))[:80], "authority": authority.public.fingerprint,
        "issued": now_iso(),
    })


def verify_certificate(envelope: object, authority: VerifyKey,
                       election_id: str) -> StationCertificate:
    content = verify_object(authority, envelope, CERTIFICATE_TYPE)
    if content is None:
        raise VerificationError("certificate.invalid", "the station certificate is not signed "
                                "by this election's authority")
    if content.get("election") != election_id:
        raise VerificationError("certificate.wrong_election",
                                f"the station certificate is for election "
                                f"{content.get('election')!r}, not {election_id!r}")
    try:
        key = VerifyKey(unb64(content["station_key"]))
    except (KeyError, ValueError, CanonicalError):
        raise VerificationError("certificate.invalid", "the station certificate is malformed") \
            from None
    if content.get("station") != key.fingerprint:
        raise VerificationError("certificate.invalid",
                                "the certificate's station id does not match its key")
    return StationCertificate(key, key.fingerprint, election_id, str(content.get("label", "")),
                              authority.fingerprint, envelope)


def certificate_file(request: object, authority: SigningKey, election_id: str) -> dict:
    """What the authority hands back to a station: its certificate and the election's token
    key sealed to it (see the module's docstring)."""
    certificate = certify(request, authority, election_id)
    station = VerifyKey(unb64(certificate["signed"]["station_key"]))
    sealed = seal_to_station(station.raw, election_id, token_key_for(authority, election_id))
    delivery = sign_object(authority, {"type": TOKEN_KEY_TYPE, "v": 1, "election": election_id,
                                       "station": station.fingerprint, "sealed": b64(sealed)})
    return {**certificate, "token_key": delivery}


def split_certificate_file(envelope: object) -> tuple[object, object | None]:
    """(the certificate envelope, the token key delivery or None) of a certificate file."""
    if isinstance(envelope, dict) and "token_key" in envelope:
        rest = {k: v for k, v in envelope.items() if k != "token_key"}
        return rest, envelope["token_key"]
    return envelope, None


def open_token_key(delivery: object, authority: VerifyKey, election_id: str,
                   station: SigningKey) -> bytes:
    """The token key from its delivery, checked: signed by the authority, for this election
    and this station, and opened with the station's own key."""
    content = verify_object(authority, delivery, TOKEN_KEY_TYPE)
    if content is None or content.get("v") != 1:
        raise VerificationError("certificate.token_key", "the token key in the certificate "
                                "file is not signed by this election's authority")
    if content.get("election") != election_id or \
            content.get("station") != station.public.fingerprint:
        raise VerificationError("certificate.token_key", "the token key in the certificate "
                                "file is for another election or station")
    try:
        key = open_as_station(station, election_id, unb64(content["sealed"]))
    except (OpenError, CanonicalError, KeyError, TypeError):
        raise VerificationError("certificate.token_key", "the token key in the certificate "
                                "file cannot be opened with this station's key") from None
    if len(key) != 32:
        raise VerificationError("certificate.token_key", "the token key in the certificate "
                                "file is malformed")
    return key
