"""Getting ballots off the station: signed export files (USB) and, later, background sync."""
