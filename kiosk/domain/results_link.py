"""Where a voter checks a tracking code: the package's signed `[results]` address.

election.toml:

    [results]
    url = "https://val.example.se/medborgarbudget/kolla?kod={code}"   # https only
    from = 2027-04-28                                                # optional: from this day

`{code}` marks where the tracking code goes; without it the code is added as `?code=` (or
`&code=`). The receipt's QR code then opens the check page with the code filled in. A package
without `[results]` still works: the QR code holds the tracking code alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, urlsplit

from kiosk.domain.errors import PackageError

PLACEHOLDER = "{code}"
MAX_URL = 300


def _fail(reason: str) -> PackageError:
    return PackageError("package.invalid", f"results: {reason}", place="results", reason=reason)


@dataclass(frozen=True)
class ResultsLink:
    url: str
    available_from: date | None = None

    def for_code(self, code: str) -> str:
        """The address with this tracking code in it (URL-quoted)."""
        quoted = quote(code, safe="")
        if PLACEHOLDER in self.url:
            return self.url.replace(PLACEHOLDER, quoted)
        joiner = "&" if "?" in self.url else "?"
        return f"{self.url}{joiner}code={quoted}"

    @property
    def site(self) -> str:
        """What a person reads and types: host and path, without https:// and the code part."""
        parts = urlsplit(self.url.split(PLACEHOLDER)[0])
        return (parts.netloc + parts.path).rstrip("/?#&=") or parts.netloc

    def to_dict(self) -> dict:
        out: dict = {"url": self.url}
        if self.available_from is not None:
            out["from"] = self.available_from.isoformat()
        return out


def parse_results(raw: object, opens: date) -> ResultsLink | None:
    """The manifest's `results` table, checked; None when the package has none."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _fail("must be a table with url (and optionally from)")
    extra = sorted(set(raw) - {"url", "from"})
    if extra:
        raise _fail(f"unknown setting '{extra[0]}'")
    url = raw.get("url")
    if not isinstance(url, str) or not url.startswith("https://") or len(url) > MAX_URL \
            or any(c.isspace() for c in url):
        raise _fail(f"url must be an https:// address without spaces, at most {MAX_URL} "
                    f"characters, got {url!r}")
    if not urlsplit(url.replace(PLACEHOLDER, "x")).netloc:
        raise _fail(f"url has no host name: {url!r}")
    if url.count(PLACEHOLDER) > 1:
        raise _fail("url may contain {code} only once")
    if PLACEHOLDER not in url and "#" in url:
        raise _fail("a url with '#' must say where the code goes with {code}")
    available = raw.get("from")
    if available is not None:
        try:
            available = date.fromisoformat(str(available))
        except ValueError:
            raise _fail(f"from must be a date like 2027-04-28, got {available!r}") from None
        if available < opens:
            raise _fail(f"from ({available}) is before voting opens ({opens})")
    return ResultsLink(url, available)
