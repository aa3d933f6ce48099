"""Staff mode (funktionärsläge): the PIN pad, the staff panel and the station set-up wizard.

    from kiosk.ui.staff import attach_staff_mode
    staff = attach_staff_mode(kiosk.window, service)   # gesture + Ctrl+Alt+S open the PIN pad

See docs/staff-ui.md.
"""

from kiosk.ui.staff.context import StaffSettings
from kiosk.ui.staff.entry import StaffMode, attach_staff_mode
from kiosk.ui.staff.panel import StaffPanel

__all__ = ["StaffMode", "StaffPanel", "StaffSettings", "attach_staff_mode"]
