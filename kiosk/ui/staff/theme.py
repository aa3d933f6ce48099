"""Staff-panel additions to the kiosk's style sheet (kiosk.ui.theme): the staff bar, the test-mode
banner, lists, progress bar, chosen navigation button. Same colours and contrast pairs as the
voter UI; the chosen navigation button is marked by a thick border and a ▸, not colour alone."""

from __future__ import annotations

from kiosk.ui.theme import BY_NAME, Theme, relative_luminance, sizes, stylesheet


def banner_colours(theme: Theme) -> tuple[str, str]:
    """(text, background) of the test-mode banner: the theme's warning colour as background."""
    text = "#FFFFFF" if relative_luminance(theme.warn) < 0.18 else "#000000"
    return text, theme.warn


def staff_stylesheet(theme_name: str, text_size: str = "normal") -> str:
    t = BY_NAME[theme_name]
    s = sizes(text_size)
    banner_text, banner_bg = banner_colours(t)
    return f"""
QWidget#StaffPanel, QWidget#SetupWizard, QWidget#staff-main, QWidget#staff-nav,
    QStackedWidget#staff-pages
    {{ background: {t.window}; }}
QFrame#StaffBar {{ background: {t.bar}; }}
QFrame#StaffBar QLabel[role="title"] {{ color: {t.bar_text}; font-weight: bold; }}
QLabel#staff-test-banner {{ background: {banner_bg}; color: {banner_text}; font-weight: bold;
    font-size: {s['card']}px; padding: 10px; }}
QPushButton[nav="true"]:checked {{ border: 6px solid {t.secondary_text}; }}
QPushButton[nav="true"]:checked:focus {{ border: 6px solid {t.focus}; }}
QPushButton[chosen="true"] {{ border: 6px solid {t.secondary_text}; background: {t.chosen}; }}
QPushButton[chosen="true"] QLabel {{ color: {t.chosen_text}; font-weight: bold; }}
QPushButton[chosen="true"]:focus {{ border: 6px solid {t.focus}; }}
QLabel[differs="true"] {{ color: {t.warn}; font-weight: bold; }}
QListWidget {{ background: {t.surface}; color: {t.surface_text}; border: 2px solid {t.line};
    font-size: {s['small']}px; }}
QListWidget::item {{ padding: 6px; }}
QListWidget::item:selected {{ background: {t.chosen}; color: {t.chosen_text}; }}
QListWidget:focus {{ border: 6px solid {t.focus}; }}
QProgressBar {{ background: {t.meter_empty}; color: {t.text}; border: 2px solid {t.line};
    border-radius: 6px; text-align: center; font-weight: bold; }}
QProgressBar::chunk {{ background: {t.meter_fill}; }}
QWidget#staff-report-table QLabel {{ font-size: {s['small']}px; }}
QLabel#setup-fingerprint, QLabel#setup-station-fingerprint {{ font-size: {s['huge'] * 3 // 2}px;
    font-weight: bold; }}
"""


def full_stylesheet(theme_name: str, target_px: int, text_size: str = "normal") -> str:
    """The kiosk's application style sheet (for staff windows shown on their own)."""
    return stylesheet(BY_NAME[theme_name], text_size, target_px)
