"""The public results site that `kiosk tally publish` writes into `record/site/`.

Static files only: it works opened from a USB stick (file://, no server, no network) and on any
static web server. Data travel as small JavaScript files that assign it (browsers refuse
fetch() of file:// URLs). See docs/results-site.md.
"""

from kiosk.tally.site.writer import SITE_FOLDER, SiteError, write_site

__all__ = ["SITE_FOLDER", "SiteError", "write_site"]
