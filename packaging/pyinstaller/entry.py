"""Entry point of the bundled `kiosk` executable (same command line as the `kiosk` script)."""

from kiosk.cli.main import main

raise SystemExit(main())
