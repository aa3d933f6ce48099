"""The station set-up wizard's texts (English sources; translations in rostkiosk_staff_*.ts)."""

from __future__ import annotations

from kiosk.ui.staff.texts import staff_text

TITLE = staff_text("StaffSetup", "Station set-up")
STEP = staff_text("StaffSetup", "Step %1 of %2")
BACK = staff_text("StaffCommon", "Back")
NEXT = staff_text("StaffSetup", "Next")
WORKING = staff_text("StaffCommon", "Working…")

PKG_HEADING = staff_text("StaffSetup", "Choose the election package")
PKG_EXPLAIN = staff_text("StaffSetup", "The election authority gives you the election package "
                         "on a USB stick (a file ending in .pkg). Put the stick in and choose "
                         "the file.")
PKG_NONE = staff_text("StaffSetup", "No election package found on a USB stick. Put the stick "
                      "in, then press Look again, or choose the file yourself.")
OTHER_FILE = staff_text("StaffSetup", "Choose a file…")
RESCAN = staff_text("StaffExport", "Look again")
CHOSEN = staff_text("StaffSetup", "Chosen: %1")
CHECK = staff_text("StaffSetup", "Check the package")

FP_HEADING = staff_text("StaffSetup", "Compare the fingerprint")
FP_ELECTION = staff_text("StaffSetup", "Election: %1")
FP_EXPLAIN = staff_text("StaffSetup", "The package's signature is correct. It was signed by "
                        "the election authority with this fingerprint:")
FP_ASK = staff_text("StaffSetup", "Is it exactly the same as the fingerprint on the paper from "
                    "the election authority?")
FP_TYPE = staff_text("StaffSetup", "Type the fingerprint from the paper here (dashes and "
                     "spaces do not matter):")
FP_MISMATCH = staff_text("StaffSetup", "What you typed is not this package's fingerprint. Check "
                         "every character against the paper.")
FP_SAME = staff_text("StaffSetup", "Yes, the same: create the station")
FP_DIFFERENT = staff_text("StaffSetup", "No, it is different")
FP_STOP = staff_text("StaffSetup", "Stop. Do not use this package. Call the election "
                     "authority.")
LABEL = staff_text("StaffSetup", "Where the station stands (for example Hagaby bibliotek)")

REQ_HEADING = staff_text("StaffSetup", "Enrolment request")
REQ_CREATED = staff_text("StaffSetup", "The station is created. Its fingerprint:")
REQ_EXPLAIN = staff_text("StaffSetup", "Write the enrolment request to a USB stick and give it "
                         "to the election authority. They give you a certificate file back.")
REQ_WRITE = staff_text("StaffSetup", "Write the enrolment request")
REQ_DONE = staff_text("StaffSetup", "Written: %1")

CERT_HEADING = staff_text("StaffSetup", "Certificate from the election authority")
CERT_EXPLAIN = staff_text("StaffSetup", "Put in the USB stick with the certificate file and "
                          "choose it.")
CERT_NONE = staff_text("StaffSetup", "No certificate file found on a USB stick.")
CERT_INSTALL = staff_text("StaffSetup", "Read the certificate")
CERT_DONE = staff_text("StaffSetup", "The station is enrolled.")
CERT_LATER = staff_text("StaffSetup", "Later (the polls cannot open before this)")

PIN_HEADING = staff_text("StaffSetup", "Staff PIN")
PIN_EXPLAIN = staff_text("StaffSetup", "Choose the PIN that staff type to reach staff mode: at "
                         "least 6 digits, not easy to guess. Type it twice.")
PIN_FIRST = staff_text("StaffSetup", "New staff PIN")
PIN_SECOND = staff_text("StaffSetup", "The same PIN again")
PIN_SET = staff_text("StaffSetup", "Set the PIN")

DONE_HEADING = staff_text("StaffSetup", "The station is ready")
DONE_TEXT = staff_text("StaffSetup", "Station %1 is set up for %2. Open the polls in staff "
                       "mode when voting starts.")
DONE_NOT_ENROLLED = staff_text("StaffSetup", "The station is not enrolled yet: read the "
                               "certificate before the polls can open (start the set-up "
                               "again).")
FINISH = staff_text("StaffSetup", "Finish")

CODES_HEADING = staff_text("StaffSetup", "List of issued voting codes")
CODES_EXPLAIN = staff_text("StaffSetup", "This election uses voting codes. The station accepts "
                           "only codes on the election authority's list. Put in the USB stick "
                           "with the list (issued-codes.json) and choose it.")
CODES_NONE = staff_text("StaffSetup", "No list of issued voting codes found on a USB stick.")
CODES_INSTALL = staff_text("StaffSetup", "Read the list of issued codes")
CODES_DONE = staff_text("StaffSetup", "Issued voting codes that the station accepts: %1.")
