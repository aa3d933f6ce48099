"""The set-up wizard's work, run in the background: read a station folder's state, write the
enrolment request, keep the list of issued codes, set the staff PIN."""

from __future__ import annotations

from pathlib import Path

from kiosk.station.setup import write_enrolment_request


def existing_station(data_dir: Path) -> tuple:
    """(package, station id, enrolled, PIN set, codes missing, district) of a station folder,
    via the station service; `codes missing` is True for a codes election without a list of
    codes; `district` is the district pot the station stands in (None: voters choose)."""
    from kiosk.domain.election import EligibilityMode
    from kiosk.station import StationService

    with StationService.open(data_dir) as service:
        status = service.status()
        uses_codes = service.election.eligibility.mode is EligibilityMode.CODES
        return (service.package, status.station_id, status.enrolled,
                bool(service.settings.get("staff_pin")),
                uses_codes and service.issued_codes is None, service.district)


def load_issued_codes(data_dir: Path, source: Path) -> int:
    """Check a list of issued codes against the station's pinned authority and keep it."""
    from kiosk.station import StationService
    from kiosk.station.issued_codes import install_issued_list

    with StationService.open(data_dir) as service:
        return install_issued_list(service.paths.root, service.package, source)


def write_request(data_dir: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_enrolment_request(data_dir, target)


def set_pin(data_dir: Path, pin: str) -> None:
    from kiosk.station import StationService

    with StationService.open(data_dir) as service:
        service.set_staff_pin(pin)
