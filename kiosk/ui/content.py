"""Election content from the package, per language, with a visible fallback to the default.

Proposal and election texts are not UI chrome: they come from the signed election package. When
a text is missing in the voter's language the default language's text is shown together with a
note such as "(shown in Swedish)", never a blank.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPixmap

from kiosk.domain.election import Election, Proposal, ProposalText
from kiosk.domain.languages import LANGUAGES
from kiosk.ui.i18n import Text, translate

FALLBACK_NOTES = {
    "sv": translate("Content", "(shown in Swedish)"),
    "en": translate("Content", "(shown in English)"),
    "fi": translate("Content", "(shown in Finnish)"),
}
GENERIC_FALLBACK = translate("Content", "(not available in your language)")
LARGE_BOX_PX = 300 * 200  # a picture box larger than a card's
LARGE_KEPT = 2  # the large pictures last shown stay cached (back and forth between two)


class ElectionContent:
    """Read-only helpers over an immutable Election and its package assets (GUI-thread safe)."""

    def __init__(self, election: Election, assets: dict[str, bytes]) -> None:
        self.election = election
        self.assets = assets
        self.default = election.default_language
        self._pixmaps: OrderedDict[tuple[str, int, int], QPixmap] = OrderedDict()

    # -- texts ------------------------------------------------------------------------------
    def proposal_text(self, proposal: Proposal, language: str) -> tuple[ProposalText, bool]:
        return proposal.text(language, self.default)

    def fallback_note(self) -> Text:
        return FALLBACK_NOTES.get(self.default, GENERIC_FALLBACK)

    def title(self, language: str) -> str:
        return self.election.title(language)

    def intro(self, language: str) -> str:
        texts = self.election.texts.get(language) or self.election.texts[self.default]
        return texts.intro

    def category_name(self, category: str, language: str) -> str:
        texts = self.election.texts.get(language)
        if texts and category in texts.categories:
            return texts.categories[category]
        return self.election.texts[self.default].categories.get(category, category)

    def categories(self) -> list[str]:
        seen: list[str] = []
        for proposal in self.election.proposals:
            if proposal.category not in seen:
                seen.append(proposal.category)
        return seen

    def languages(self) -> list[str]:
        return [tag for tag in self.election.languages if tag in LANGUAGES]

    # -- images -----------------------------------------------------------------------------
    def pixmap(self, path: str | None, width: int, height: int) -> QPixmap | None:
        """The proposal image scaled to fit the box (cached: images are not voter data). Every
        card-sized picture is kept (the cards show them anyway); of the large ones (the detail
        screen's) only the last few, so reading many proposals does not fill the memory."""
        if not path or path not in self.assets:
            return None
        key = (path, width, height)
        if key in self._pixmaps:
            self._pixmaps.move_to_end(key)
            return self._pixmaps[key]
        image = QImage.fromData(QByteArray(self.assets[path]))
        if image.isNull():
            return None
        scaled = image.scaled(QSize(width, height), Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)
        pixmap = self._pixmaps[key] = QPixmap.fromImage(scaled)
        large = [k for k in self._pixmaps if k[1] * k[2] > LARGE_BOX_PX]
        for old in large[:-LARGE_KEPT]:
            del self._pixmaps[old]
        return pixmap

    def audio_clip(self, proposal_id: str, language: str) -> bytes | None:
        path = self.election.audio.get(language, {}).get(proposal_id)
        return self.assets.get(path) if path else None
