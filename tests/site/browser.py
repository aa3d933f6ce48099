"""The browser tests' helpers: headless Chromium from kiosk.bench.site_browser, and axe-core."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.bench.site_browser import available, chromium, select_language, site_url, wait_for

__all__ = ["axe_violations", "chromium", "needs_chromium", "select_language", "site_url",
           "wait_for"]

AXE = Path(__file__).with_name("fixtures") / "axe.min.js"
needs_chromium = pytest.mark.skipif(
    not available(), reason="Debian's chromium and chromium-driver (installed by .ci/run) or "
    "Selenium (the dev extra) are missing")


def axe_violations(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        " 'wcag21aa', 'wcag22aa']}}).then(r => done(r.violations.map(v => ({id: v.id,"
        " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))));")
