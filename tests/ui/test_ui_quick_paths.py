"""What keeps the voter's screens quick and small changes nothing the voter sees or can do."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.content import LARGE_BOX_PX, LARGE_KEPT
from kiosk.ui.widgets.basic import Panel
from kiosk.ui.widgets.card import IMAGE_H, IMAGE_W


def test_review_lists_each_choice_once_however_fast_the_voter_goes_back_and_forth(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    kiosk.click("choose-p1")
    kiosk.click("choose-p2")
    window = kiosk.window
    for _ in range(3):  # no return to the event loop in between
        window.show_review()
        window.show_proposals()
    window.show_review()
    review = window.screens["review"]

    def rows(shown_only: bool) -> list[str]:
        return sorted(row.objectName() for row in review.findChildren(Panel)
                      if row.objectName().startswith("review-row-")
                      and (row.isVisible() or not shown_only))

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()  # the next return to the event loop, before anything is drawn
    assert rows(shown_only=True) == ["review-row-p1", "review-row-p2"]  # what the voter sees
    assert rows(shown_only=False) == ["review-row-p1", "review-row-p2"]  # the old rows are gone


def test_a_card_follows_a_choice_made_and_undone_on_the_detail_screen(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    kiosk.click("more-p4")
    kiosk.click("detail-choose")
    kiosk.click("detail-back")
    assert kiosk.find("chosen-p4").isVisible() and kiosk.find("remove-p4").isVisible()
    assert not kiosk.window.findChildren(QWidget, "choose-p4")[0].isVisible()
    kiosk.click("more-p4")
    kiosk.click("detail-remove")
    kiosk.click("detail-back")
    assert kiosk.find("choose-p4").isVisible()
    assert not any(w.isVisible() for name in ("chosen-p4", "remove-p4")
                   for w in kiosk.window.findChildren(QWidget, name))


def test_reading_every_proposal_keeps_only_the_last_large_pictures(make_kiosk):
    kiosk = make_kiosk("knapsack")
    kiosk.to_proposals("sv")
    content = kiosk.ui.content
    pictured = [p.id for p in kiosk.ui.election.proposals if p.image in content.assets]
    assert len(pictured) > LARGE_KEPT
    for pid in pictured:
        kiosk.window.show_detail(pid)
        shown = kiosk.window.screens["detail"].image.pixmap()
        assert not shown.isNull() and shown.width() <= 560 and shown.height() <= 350
    sizes = [(w, h) for _path, w, h in content._pixmaps]
    assert sum(w * h > LARGE_BOX_PX for w, h in sizes) == LARGE_KEPT
    assert sizes.count((IMAGE_W, IMAGE_H)) == len(pictured)  # every card keeps its picture
