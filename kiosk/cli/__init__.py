"""The `kiosk` command."""
