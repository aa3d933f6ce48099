"""Headless Chromium (Debian's chromium and chromium-driver) driven by Selenium: the one place
that imports Selenium (a development dependency), for `kiosk bench site` and tests/site."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")


def available() -> bool:
    if CHROMIUM is None or DRIVER is None:
        return False
    try:
        import selenium  # noqa: F401
    except ImportError:
        return False
    return True


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


def select_language(driver, lang: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element("id", "language")).select_by_value(lang)
