"""The station service: the one API the UI and the CLI call. No Qt below this line."""

from kiosk.station.service import Receipt, StationService, StationStatus

__all__ = ["Receipt", "StationService", "StationStatus"]
