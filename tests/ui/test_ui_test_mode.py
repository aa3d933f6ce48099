"""While the station is in test mode every voter screen says so, and ballots land apart."""

from __future__ import annotations


def test_test_mode_banner_on_every_screen(make_kiosk):
    driver = make_kiosk("knapsack")
    service = driver.service
    service.close_polls()
    service.set_test_mode(True)
    service.open_polls()
    driver.window.go("welcome")
    banner = driver.find("topbar-test-mode")
    assert banner.isVisible()
    driver.start_voting("sv")
    assert driver.find("topbar-test-mode").isVisible()
    status = service.status()
    assert status.mode == "test"
    service.close_polls()
    service.set_test_mode(False)
    service.open_polls()
    driver.window.go("welcome")
    assert not driver.window.topbar.test_mode.isVisible()
