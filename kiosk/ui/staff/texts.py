"""Staff-mode strings: English sources, Qt Linguist files `translations/rostkiosk_staff_<tag>.ts`.

Staff strings are marked with `staff_text("Context", "Source")`, not the voter UI's
`translate(...)`, so they live in their own `.ts` files (staff wording is not voter wording, and
the voter files stay the voter UI engineer's). pyside6-lupdate does not see `staff_text`; the
files are refreshed with `python -m kiosk.ui.staff.ts_update`. The `.qm` files are built by the
voter UI's `compile_translations()` (it compiles every `rostkiosk_*.ts`) and loaded here by name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk.ui.i18n import Text, compile_translations, substitute
from kiosk.ui.staff.languages import staff_file_language


def staff_text(context: str, source: str) -> Text:
    """Mark a staff-mode string (found by `kiosk.ui.staff.ts_update`)."""
    return Text(context, source)


class StaffCatalog:
    """Loaded staff translators; renders a `Text` in one language (English when missing)."""

    def __init__(self, qm_folder: Path | None = None) -> None:
        self.folder = qm_folder if qm_folder is not None else compile_translations()
        self._translators: dict[str, QTranslator | None] = {}

    def translator(self, tag: str) -> QTranslator | None:
        tag = staff_file_language(tag)  # lättläst reads plain Swedish, never English
        if tag not in self._translators:
            translator = QTranslator()
            path = self.folder / f"rostkiosk_staff_{tag}.qm"
            self._translators[tag] = translator if path.exists() and \
                translator.load(str(path)) else None
        return self._translators[tag]

    def render(self, text: Text | str, tag: str) -> str:
        if not isinstance(text, Text):
            return str(text)
        translator = self.translator(tag)
        found = translator.translate(text.context, text.source) if translator else ""
        values = [self.render(v, tag) if isinstance(v, Text) else str(v) for v in text.args]
        return substitute(found or text.source, values)


SOMETHING_WRONG = staff_text("StaffErrors", "Something unexpected went wrong. Nothing was "
                             "changed. The details are in the station's log.")
REFUSED = staff_text("StaffErrors", "The station refused this (%1).")

_ERRORS: dict[str, tuple[Text, tuple[str, ...]]] = {
    "pin.wrong": (staff_text("StaffErrors", "Wrong PIN. Tries left before a wait: %1."),
                  ("tries_left",)),
    "pin.locked": (staff_text("StaffErrors", "Too many wrong PINs. Wait %1 seconds."),
                   ("seconds",)),
    "pin.not_set": (staff_text("StaffErrors", "No staff PIN is set on this station. Run the "
                               "station set-up first."), ()),
    "pin.digits_only": (staff_text("StaffErrors", "A staff PIN has digits only."), ()),
    "pin.too_short": (staff_text("StaffErrors", "A staff PIN needs at least %1 digits."),
                      ("minimum",)),
    "pin.too_simple": (staff_text("StaffErrors", "This PIN is too easy to guess (like 123456, "
                                  "111111 or 121212). Choose another."), ()),
    "pin.mismatch": (staff_text("StaffErrors", "The two PINs are not the same. Type them "
                                "again."), ()),
    "export.media_full": (staff_text("StaffErrors", "The USB stick is full. Nothing was "
                                     "exported. Use another stick or free some space."), ()),
    "export.read_only": (staff_text("StaffErrors", "The USB stick cannot be written to "
                                    "(read-only or locked). Nothing was exported."), ()),
    "export.media_gone": (staff_text("StaffErrors", "The USB stick is gone (was it pulled "
                                     "out?). Nothing was exported. Put it back and try "
                                     "again."), ()),
    "export.write_failed": (staff_text("StaffErrors", "The file could not be written to the "
                                       "USB stick. Nothing was exported. Try another stick."),
                            ()),
    "export.readback_failed": (staff_text("StaffErrors", "The file read back from the stick "
                                          "differs from what was written. The stick may be "
                                          "faulty: use another one."), ()),
    "export.not_enrolled": (staff_text("StaffErrors", "The station is not enrolled yet, so it "
                                       "cannot export. Finish the station set-up."), ()),
    "export.no_medium": (staff_text("StaffErrors", "Choose a USB stick or folder first."), ()),
    "polls.not_enrolled": (staff_text("StaffErrors", "The station is not enrolled yet: the "
                                      "polls cannot open. Finish the station set-up."), ()),
    "polls.lna_failed": (staff_text("StaffErrors", "This station's test (L&A) failed, so the "
                                    "polls cannot open. Switch to test mode, cast the test deck "
                                    "again and record a passing result."), ()),
    "polls.bad_transition": (staff_text("StaffErrors", "The polls cannot change like that now "
                                        "(they are %1)."), ("current",)),
    "polls.must_be_closed": (staff_text("StaffErrors", "Close the polls first."), ()),
    "polls.not_open": (staff_text("StaffErrors", "The polls are not open."), ()),
    "session.unknown": (staff_text("StaffErrors", "That voter session has already ended."), ()),
    "paper.sheet_range": (staff_text("StaffErrors", "Sheet %1 is not one of this station's "
                                     "sheets (%2). It may belong to another station's pile, or "
                                     "the number is mistyped. Nothing was saved."),
                          ("sheet", "ranges")),
    "paper.range_format": (staff_text("StaffErrors", "“%1” is not a range of sheet numbers. "
                                      "Write the first and the last number, like 1-500."),
                           ("range",)),
    "paper.range_overlap": (staff_text("StaffErrors", "The sheet numbers %1 and %2 overlap. "
                                       "Give each sheet number once."), ("first", "second")),
    "paper.range_keyed": (staff_text("StaffErrors", "Sheets keyed here already that are not in "
                                     "%1: %2. Nothing was changed. Give sheet numbers that "
                                     "include them."), ("ranges", "count")),
    "sync.bad_server": (staff_text("StaffErrors", "A server address starts with http:// or "
                                   "https://."), ()),
    "box.disk_full": (staff_text("StaffErrors", "The station's disk is full. Voting is "
                                 "suspended. Free some space, then resume."), ()),
    "station.exists": (staff_text("StaffErrors", "This folder already holds a station."), ()),
    "station.missing": (staff_text("StaffErrors", "This folder holds no station yet."), ()),
    "station.read_only": (staff_text("StaffErrors", "The station folder is read-only, so this "
                                     "station cannot record votes. Nothing was changed. Ask "
                                     "the election office to make the folder writable."), ()),
    "package.unreadable": (staff_text("StaffErrors", "The election package cannot be read."),
                           ()),
    "package.missing": (staff_text("StaffErrors", "The election package file is not there."),
                        ()),
    "package.damaged": (staff_text("StaffErrors", "The election package is damaged or was "
                                   "changed. Do not use it."), ()),
    "package.not_a_package": (staff_text("StaffErrors", "This file is not a Röstkiosk election "
                                         "package."), ()),
    "package.unsigned": (staff_text("StaffErrors", "The election package is not signed. Do not "
                                    "use it."), ()),
    "package.bad_signature": (staff_text("StaffErrors", "The election package's signature does "
                                         "not match its content. Do not use it."), ()),
    "package.wrong_authority": (staff_text("StaffErrors", "The election package is signed by "
                                           "another authority than expected. Do not use it."),
                                ()),
    "package.refused": (staff_text("StaffErrors", "The election package was refused: %1"),
                        ("reason",)),
    "codes.issued_refused": (staff_text("StaffErrors", "The list of issued voting codes was "
                                        "refused: %1"), ("reason",)),
    "certificate.unreadable": (staff_text("StaffErrors", "This is not a readable certificate "
                                          "file."), ()),
    "certificate.invalid": (staff_text("StaffErrors", "The certificate is not signed by this "
                                       "election's authority. Do not use it."), ()),
    "certificate.wrong_election": (staff_text("StaffErrors", "The certificate is for another "
                                              "election."), ()),
    "certificate.other_station": (staff_text("StaffErrors", "The certificate belongs to another "
                                             "station."), ()),
    "certificate.no_token_key": (staff_text("StaffErrors", "This certificate file carries no "
                                            "token key. Ask the election authority to certify "
                                            "the station again with this version."), ()),
    "certificate.token_key": (staff_text("StaffErrors", "The token key in this certificate file "
                                         "cannot be used with this station. Ask the election "
                                         "authority for the right file."), ()),
}


def error_text(error: BaseException) -> Text:
    """What staff read for an error: by message id, never the exception's own text."""
    message_id = getattr(error, "message_id", None)
    if not message_id:
        return SOMETHING_WRONG
    entry = _ERRORS.get(message_id)
    if entry is None:
        return REFUSED.arg(message_id)
    text, names = entry
    params = getattr(error, "params", {}) or {}
    return text.arg(*(str(params.get(name, "")) for name in names))


def known_error_ids() -> set[str]:
    return set(_ERRORS)
