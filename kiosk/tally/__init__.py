"""The central tally: import and verify export files, count with PB rules, reports, record."""
