"""The set-up wizard's work, run in the background: read a station folder's state, write the
enrolment request, set the staff PIN."""

from __future__ import annotations

from pathlib import Path

from kiosk.station.setup import write_enrolment_request


def existing_station(data_dir: Path) -> tuple:
    """(package, station id, enrolled, PIN set) of a station folder, via the station service."""
    from kiosk.station import StationService

    with StationService.open(data_dir) as service:
        status = service.status()
        return (service.package, status.station_id, status.enrolled,
                bool(service.settings.get("staff_pin")))


def write_request(data_dir: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_enrolment_request(data_dir, target)


def set_pin(data_dir: Path, pin: str) -> None:
    from kiosk.station import StationService

    with StationService.open(data_dir) as service:
        service.set_staff_pin(pin)
