"""The station service: the one API the UI and the CLI call. No Qt below this line."""

from kiosk.station.service import StationService
from kiosk.station.status import StationStatus
from kiosk.station.voting import Receipt

__all__ = ["Receipt", "StationService", "StationStatus"]
