"""Assets shipped with the kiosk UI: fonts (and later icons)."""
