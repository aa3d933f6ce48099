"""The project's own language table.

Qt does not know Meänkieli and has no lättläst variant, so the UI loads translations by explicit
file name from this table, and number formatting uses `number_locale`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    tag: str
    english_name: str
    native_name: str
    qt_locale: str
    number_locale: str
    rtl: bool = False
    espeak_voice: str | None = None


LANGUAGES: dict[str, Language] = {
    lang.tag: lang
    for lang in (
        Language("sv", "Swedish", "Svenska", "sv_SE", "sv_SE", espeak_voice="sv"),
        Language("sv-simple", "Easy-to-read Swedish", "Lättläst svenska", "sv_SE", "sv_SE",
                 espeak_voice="sv"),
        Language("fi", "Finnish", "Suomi", "fi_FI", "fi_FI", espeak_voice="fi"),
        Language("fit", "Meänkieli", "Meänkieli", "sv_SE", "sv_SE"),
        Language("se", "North Sami", "Davvisámegiella", "se_SE", "sv_SE"),
        Language("smj", "Lule Sami", "Julevsámegiella", "smj_SE", "sv_SE", espeak_voice="smj"),
        Language("sma", "South Sami", "Åarjelsaemien gïele", "sma_SE", "sv_SE"),
        Language("en", "English", "English", "en_GB", "en_GB", espeak_voice="en"),
        Language("ar", "Arabic", "العربية", "ar", "ar", rtl=True, espeak_voice="ar"),
    )
}

DEFAULT_LANGUAGE = "sv"


def is_known(tag: str) -> bool:
    return tag in LANGUAGES
