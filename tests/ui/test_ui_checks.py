"""Every screen, every language: contrast, target size, names and tab order, nothing cut off.

Run at the smallest supported screen (1280×800) and the largest text size, in both themes.
"""

from __future__ import annotations

import pytest

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.theme import BY_NAME, THEMES, contrast_ratio
from kiosk.ui.tour import tour
from tests.ui.checks import screen_problems


@pytest.mark.parametrize("theme", THEMES)
def test_every_theme_pair_has_enough_contrast(theme):
    for name, (fg, bg) in BY_NAME[theme].text_pairs().items():
        ratio = contrast_ratio(fg, bg)
        assert ratio >= 4.5, f"{theme}/{name}: {ratio:.2f}"
        if theme == "default":
            assert ratio >= 7.0, f"{theme}/{name}: {ratio:.2f}"


def run_checks(kiosk, language: str, theme: str, text_size: str) -> list[str]:
    window = kiosk.window
    window.resize(1280, 800)
    screen = window.screen()
    dpi = screen.physicalDotsPerInch() if screen else 96.0
    problems = []
    kiosk.ui.state.set_look(theme=theme, text_size=text_size)
    for where in tour(window, language):
        assert kiosk.ui.state.look.text_size == text_size
        for problem in screen_problems(window, theme, kiosk.ui.settings.target_px, dpi):
            problems.append(f"{language}/{theme}/{text_size}/{where}: {problem}")
    return problems


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_screen_largest_text(make_kiosk, language):
    kiosk = make_kiosk("knapsack")
    problems = run_checks(kiosk, language, "default", "largest")
    problems += run_checks(kiosk, language, "contrast", "largest")
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("text_size", ["normal", "large"])
def test_smaller_text_sizes(make_kiosk, text_size):
    kiosk = make_kiosk("knapsack")
    problems = run_checks(kiosk, "sv", "default", text_size)
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("kind", ["approval", "cumulative", "personnummer", "codes"])
def test_other_rules_and_keypads(make_kiosk, kind):
    kiosk = make_kiosk(kind)
    problems = run_checks(kiosk, "sv-simple", "default", "largest")
    assert not problems, "\n".join(problems[:40])
