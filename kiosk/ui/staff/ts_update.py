"""Refresh `translations/rostkiosk_staff_<tag>.ts` from the `staff_text(...)` calls in this package.

    python -m kiosk.ui.staff.ts_update [TAG ...]      (default: every existing staff .ts file)

Keeps every existing translation, adds new strings as "unfinished" (English is filled with the
source and marked finished), and drops strings no longer used. pyside6-lupdate cannot do this:
it does not know `staff_text`.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

PACKAGE = Path(__file__).resolve().parent
TRANSLATIONS = PACKAGE.parents[2] / "translations"
QT_LANGUAGE = {"sv": "sv_SE", "en": "en_GB", "fi": "fi_FI", "se": "se_NO", "smj": "smj_SE",
               "sma": "sma_SE", "ar": "ar", "fit": "fit", "sv-simple": "sv_SE"}


def staff_ts_path(tag: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"rostkiosk_staff_{tag}.ts"


def source_strings(package: Path = PACKAGE) -> list[tuple[str, str]]:
    """Every staff_text("Context", "Source") call, in file order, without repeats."""
    found: list[tuple[str, str]] = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "staff_text" \
                    and len(node.args) == 2 \
                    and all(isinstance(a, ast.Constant) for a in node.args):
                key = (node.args[0].value, node.args[1].value)
                if key not in found:
                    found.append(key)
    return found


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "",
                                                      translation.get("type"))
    return out


def write_ts(path: Path, tag: str, entries: dict[tuple[str, str], tuple[str, str | None]],
             note: str) -> None:
    contexts: dict[str, list[tuple[str, str, str | None]]] = {}
    for (context, source), (text, kind) in entries.items():
        contexts.setdefault(context, []).append((source, text, kind))
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{QT_LANGUAGE.get(tag, tag)}" sourcelanguage="en">',
             f"<!-- {escape(note)} -->"]
    for context in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, text, kind in contexts[context]:
            kind_attr = f' type="{kind}"' if kind else ""
            lines += ["    <message>", f"        <source>{escape(source)}</source>",
                      f"        <translation{kind_attr}>{escape(text)}</translation>",
                      "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update(tag: str, folder: Path = TRANSLATIONS, note: str | None = None) -> tuple[int, int]:
    """(strings, unfinished) after refreshing one language's file."""
    path = staff_ts_path(tag, folder)
    old = read_ts(path)
    entries = {}
    for key in source_strings():
        text, kind = old.get(key, ("", "unfinished"))
        if tag == "en" and not text:
            text, kind = key[1], None
        entries[key] = (text, kind if text else "unfinished")
    default_note = (f'Röstkiosk staff-mode strings, language "{tag}". See translations/STATUS.md '
                    "(staff section) for who wrote them and their review status.")
    write_ts(path, tag, entries, note or default_note)
    return len(entries), sum(1 for _t, k in entries.values() if k == "unfinished")


def main(argv: list[str] | None = None) -> int:
    tags = list(sys.argv[1:] if argv is None else argv) or sorted(
        p.stem.removeprefix("rostkiosk_staff_") for p in TRANSLATIONS.glob("rostkiosk_staff_*.ts"))
    for tag in tags:
        total, unfinished = update(tag)
        print(f"{staff_ts_path(tag).name}: {total} strings, {unfinished} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
