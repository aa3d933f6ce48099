"""Translations are complete and keep their placeholders; the bundled fonts cover every letter."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.fonts import FONT_FILES, SAMI_LETTERS, missing_glyphs
from kiosk.ui.i18n import REPO_TRANSLATIONS, Catalog, compile_translations, translate, ts_path

UI = Path(__file__).resolve().parents[2] / "kiosk" / "ui"


def source_strings() -> set[tuple[str, str]]:
    """Every translate("Context", "Source") call in kiosk/ui (what lupdate extracts)."""
    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate" \
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args):
                found.add((node.args[0].value, node.args[1].value))
    return found


def ts_messages(tag: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    root = ET.parse(ts_path(tag)).getroot()
    out = {}
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "",
                                                      translation.get("type"))
    return out


def test_source_strings_are_found():
    assert len(source_strings()) > 80


@pytest.mark.parametrize("tag", list(LANGUAGES))
def test_every_string_translated_with_its_placeholders(tag):
    messages = ts_messages(tag)
    sources = source_strings()
    assert sources - set(messages) == set(), "strings missing from the .ts file"
    for key in sources:
        text, kind = messages[key]
        assert text.strip() and kind not in ("unfinished", "vanished", "obsolete"), key
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", key[1])), key


def test_qm_files_build_and_load(tmp_path):
    folder = compile_translations(REPO_TRANSLATIONS, tmp_path)
    catalog = Catalog(folder)
    for tag in LANGUAGES:
        assert (folder / f"rostkiosk_{tag}.qm").exists()
    text = translate("Meter", "Left: %1 of %2").arg("1 kr", "2 kr")
    assert catalog.render(text, "sv") == "Kvar: 1 kr av 2 kr"
    assert catalog.render(text, "fit") == "Jäljelä: 1 kr / 2 kr"  # Qt does not know fit
    assert catalog.render(text, "ar") == "المتبقي: 1 kr من 2 kr"
    assert catalog.render(text, "en") == "Left: 1 kr of 2 kr"


def test_placeholder_values_are_not_substituted_twice(tmp_path):
    catalog = Catalog(compile_translations(REPO_TRANSLATIONS, tmp_path))
    assert catalog.render(translate("Meter", "Left: %1 of %2").arg("%2", "x"), "en") == \
        "Left: %2 of x"


def test_sami_letters_render_in_the_bundled_latin_font(qapp):
    assert missing_glyphs("NotoSans-Regular.ttf", SAMI_LETTERS) == []
    assert missing_glyphs("NotoSans-Bold.ttf", SAMI_LETTERS) == []


@pytest.mark.parametrize("tag", list(LANGUAGES))
def test_every_translated_character_is_in_a_bundled_font(qapp, tag):
    text = "".join(t for t, _k in ts_messages(tag).values())
    latin = set(missing_glyphs("NotoSans-Regular.ttf", text))
    arabic = set(missing_glyphs("NotoSansArabic-Regular.ttf", "".join(latin)))
    assert not arabic, f"no bundled font has {sorted(arabic)}"


def test_fonts_are_registered_with_qt(qapp):
    from PySide6.QtGui import QFontDatabase, QFontInfo

    from kiosk.ui.app import application

    application()
    families = QFontDatabase.families()
    assert "Noto Sans" in families and "Noto Sans Arabic" in families
    assert QFontInfo(qapp.font()).family() == "Noto Sans"
    assert len(FONT_FILES) == 4
