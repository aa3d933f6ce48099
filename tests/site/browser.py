"""Headless Chromium (Debian's chromium and chromium-driver) driven by Selenium."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
AXE = Path(__file__).with_name("fixtures") / "axe.min.js"
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="Debian's chromium and chromium-driver are not installed (.ci/run installs them)")


@contextmanager
def chromium(width: int = 1280, height: int = 900):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def site_url(record: Path, query: str = "") -> str:
    return (Path(record) / "site" / "index.html").resolve().as_uri() + query


def wait_for(driver, element_id: str, attribute: str = "data-status", timeout: float = 20):
    """The element's attribute once it is set (not empty)."""
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(
        lambda d: d.find_element("id", element_id).get_attribute(attribute) or False)


def axe_violations(driver) -> list[dict]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
        " 'wcag21aa', 'wcag22aa']}}).then(r => done(r.violations.map(v => ({id: v.id,"
        " help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))));")
    return result
