"""The translation kit: everything a translator needs for one language as XLIFF 2.0 files, and
the checked merge of a reviewed file back into the project.

    kiosk translations export --language fit --out DIR [--election FOLDER]
    kiosk translations import FILE... --reviewed-by NAME [--date YYYY-MM-DD] [--election FOLDER]

Two files per language, because XLIFF 2.0 has one source language per document:
`<tag>-ui.xlf` (English sources: voter and staff strings, poster and protocol words) and
`<tag>-election.xlf` (Swedish sources: the election texts). Each unit carries its context and,
where the screen limits it, a maximum length. Import checks every unit before it writes
anything (placeholders kept, lengths that fit, letters valid for the language, no unknown ids),
then merges UI strings into the .ts files and election texts into `texts/<tag>.toml`, records
the review in translations/review-status.toml and regenerates STATUS.md. Poster and protocol
words live in Python modules: they are exported for review and their changes are listed for a
developer to apply.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.domain.errors import KioskError
from kiosk.domain.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
DEMO_TEXTS = ROOT / "kiosk" / "demo" / "election" / "texts"
NS = "urn:oasis:names:tc:xliff:document:2.0"
LIMITS = {"title": 45, "summary": 160}  # the voter screen's cards (see STATUS.md)
FORBIDDEN_LETTERS = {"smj": "čšđŧžČŠĐŦŽ", "sma": "čšđŧžŋČŠĐŦŽŊ", "se": "ïÏæÆ"}
PLACEHOLDER = re.compile(r"%\d")
ET.register_namespace("", NS)


@dataclass(frozen=True)
class Unit:
    id: str
    source: str
    target: str
    context: str
    max_length: int | None = None


class KitError(KioskError):
    """A translation file that cannot be merged; nothing was written."""

    def __init__(self, message: str) -> None:
        super().__init__("translations.refused", message)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def _ts_units(path: Path, kind: str) -> list[Unit]:
    if not path.exists():
        return []
    units = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            units.append(Unit(f"{kind}:{name}:{_digest(source)}", source, text,
                              f"{kind} screen, {name}"))
    return units


def _label_units(tag: str) -> list[Unit]:
    from kiosk.tally.reports.labels import POSTER_WORDS
    from kiosk.tally.reports.protocol_labels import PROTOCOL_LABELS

    units = []
    english, own = POSTER_WORDS["en"], POSTER_WORDS.get(tag)
    for field in vars(english):
        units.append(Unit(f"poster:{field}", getattr(english, field),
                          getattr(own, field) if own else "", "results poster"))
    labels = PROTOCOL_LABELS.get(tag, {})
    for key, source in PROTOCOL_LABELS["en"].items():
        units.append(Unit(f"protocol:{key}", source, labels.get(key, ""),
                          "tally protocol (printed beside the Swedish label)"))
    return units


def _text_fields(doc: dict) -> dict[str, str]:
    fields = {f"election.{k}": v for k, v in doc.get("election", {}).items()}
    fields |= {f"categories.{k}": v for k, v in doc.get("categories", {}).items()}
    for pid, proposal in doc.get("proposals", {}).items():
        fields |= {f"proposals.{pid}.{k}": v for k, v in proposal.items()}
    return {k: str(v) for k, v in fields.items()}


def _election_units(tag: str, texts: Path) -> list[Unit]:
    source = _text_fields(tomllib.loads((texts / "sv.toml").read_text(encoding="utf-8")))
    path = texts / f"{tag}.toml"
    own = _text_fields(tomllib.loads(path.read_text(encoding="utf-8"))) if path.exists() else {}
    return [Unit(f"text:{key}", text, own.get(key, ""), f"election text {key}",
                 LIMITS.get(key.rsplit(".", 1)[-1])) for key, text in source.items()]


def ui_units(tag: str, translations: Path = TRANSLATIONS) -> list[Unit]:
    return (_ts_units(translations / f"rostkiosk_{tag}.ts", "voter")
            + _ts_units(translations / f"rostkiosk_staff_{tag}.ts", "staff")
            + _label_units(tag))


def _xliff(tag: str, source_language: str, units: list[Unit], name: str) -> bytes:
    root = ET.Element(f"{{{NS}}}xliff", {"version": "2.0", "srcLang": source_language,
                                         "trgLang": tag})
    file = ET.SubElement(root, f"{{{NS}}}file", {"id": name})
    for unit in units:
        element = ET.SubElement(file, f"{{{NS}}}unit", {"id": unit.id})
        notes = ET.SubElement(element, f"{{{NS}}}notes")
        ET.SubElement(notes, f"{{{NS}}}note", {"category": "context"}).text = unit.context
        if unit.max_length:
            ET.SubElement(notes, f"{{{NS}}}note",
                          {"category": "max-length"}).text = str(unit.max_length)
        segment = ET.SubElement(element, f"{{{NS}}}segment",
                                {"state": "translated" if unit.target else "initial"})
        ET.SubElement(segment, f"{{{NS}}}source").text = unit.source
        ET.SubElement(segment, f"{{{NS}}}target").text = unit.target
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8")


def export_kit(tag: str, out: Path, texts: Path = DEMO_TEXTS,
               translations: Path = TRANSLATIONS) -> list[Path]:
    if tag not in LANGUAGES or tag == "en":
        raise KitError(f"there is no language '{tag}' to translate into; choose one of "
                       f"{', '.join(t for t in LANGUAGES if t != 'en')}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, source_language, units in (
            (f"{tag}-ui.xlf", "en", ui_units(tag, translations)),
            (f"{tag}-election.xlf", "sv", _election_units(tag, texts))):
        path = out / name
        tmp = path.with_suffix(".xlf.tmp")
        tmp.write_bytes(_xliff(tag, source_language, units, name))
        tmp.replace(path)
        written.append(path)
    return written


# -- import --------------------------------------------------------------------------------------

def read_kit(path: Path) -> tuple[str, dict[str, str]]:
    """(target language, {unit id: target}) of one XLIFF 2.0 file."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise KitError(f"{path.name}: not a readable XLIFF file ({error})") from None
    if root.tag != f"{{{NS}}}xliff" or root.get("version") != "2.0":
        raise KitError(f"{path.name}: not an XLIFF 2.0 file")
    tag = root.get("trgLang", "")
    targets = {}
    for unit in root.iter(f"{{{NS}}}unit"):
        target = unit.find(f".//{{{NS}}}target")
        targets[unit.get("id", "")] = (target.text or "") if target is not None else ""
    return tag, targets


def check_kit(tag: str, targets: dict[str, str], texts: Path = DEMO_TEXTS,
              translations: Path = TRANSLATIONS) -> list[str]:
    """Every problem of a translated file, one sentence each (empty when it can be merged)."""
    if tag not in LANGUAGES or tag == "en":
        return [f"the file's target language '{tag}' is not one of the election languages"]
    known = {u.id: u for u in ui_units(tag, translations) + _election_units(tag, texts)}
    problems = []
    for unit_id, target in targets.items():
        unit = known.get(unit_id)
        if unit is None:
            problems.append(f"unit {unit_id}: unknown id (was the file made for another version?)")
            continue
        if not target.strip():
            continue  # left untranslated: the current text stays
        if sorted(PLACEHOLDER.findall(target)) != sorted(PLACEHOLDER.findall(unit.source)):
            problems.append(f"unit {unit_id}: the placeholders must stay as in the source "
                            f"({' '.join(PLACEHOLDER.findall(unit.source)) or 'none'})")
        if unit.id.startswith("poster:tie_break") and target.count("%s") != 1:
            problems.append(f"unit {unit_id}: keep the %s where the seed goes")
        if unit.id == "poster:count" and not ("{n}" in target and "{unit}" in target):
            problems.append(f"unit {unit_id}: keep {{n}} (the number) and {{unit}} (the word)")
        if unit.max_length and len(target) > unit.max_length:
            problems.append(f"unit {unit_id}: {len(target)} characters, at most "
                            f"{unit.max_length} fit on the screen")
        bad = sorted(set(target) & set(FORBIDDEN_LETTERS.get(tag, "")))
        if bad:
            problems.append(f"unit {unit_id}: the letters {' '.join(bad)} are not written in "
                            f"{LANGUAGES[tag].english_name}")
    return problems


def _set_ts(path: Path, kind: str, targets: dict[str, str]) -> bytes | None:
    if not path.exists():
        return None
    tree = ET.parse(path)
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            unit_id = f"{kind}:{name}:{_digest(message.findtext('source') or '')}"
            text = targets.get(unit_id, "")
            translation = message.find("translation")
            if text.strip() and translation is not None and (
                    translation.text != text or translation.get("type")):
                translation.text = text
                translation.attrib.pop("type", None)
                changed = True
    if not changed:
        return None
    return (b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            + ET.tostring(tree.getroot(), encoding="utf-8"))


def _toml_string(value: str, multiline: bool) -> str:
    if multiline:
        return '"""\n' + value.strip("\n").replace("\\", "\\\\").replace('"""', '\\"""') + '\n"""'
    return json.dumps(value, ensure_ascii=False)


def _set_toml(path: Path, targets: dict[str, str]) -> bytes | None:
    """The texts file with the changed values replaced in place (comments and layout kept)."""
    text = path.read_text(encoding="utf-8")
    current = _text_fields(tomllib.loads(text))
    changes = {k.removeprefix("text:"): v for k, v in targets.items()
               if k.startswith("text:") and v.strip()
               and (current.get(k[5:]) or "").strip("\n") != v.strip("\n")}
    if not changes:
        return None
    for key, value in changes.items():
        table, field = key.rsplit(".", 1)
        header = re.search(rf"^\[{re.escape(table)}\]\s*$", text, re.M)
        if header is None:
            raise KitError(f"{path.name}: there is no [{table}] to put {key} in")
        end = re.search(r"^\[", text[header.end():], re.M)
        stop = header.end() + (end.start() if end else len(text) - header.end())
        section = text[header.end():stop]
        line = re.search(rf'^{re.escape(field)} = ("""[\s\S]*?"""|".*")$', section, re.M)
        if line is None:
            raise KitError(f"{path.name}: {key} is not written as a plain string there")
        multiline = line.group(1).startswith('"""')
        new = f"{field} = {_toml_string(value, multiline)}"
        section = section[:line.start()] + new + section[line.end():]
        text = text[:header.end()] + section + text[stop:]
    merged = _text_fields(tomllib.loads(text))
    if any((merged.get(k) or "").strip("\n") != v.strip("\n") for k, v in changes.items()):
        raise KitError(f"{path.name}: the merged file would not read back the same")
    return text.encode("utf-8")


def import_kit(paths: list[Path], reviewed_by: str, reviewed_on: str | None = None,
               texts: Path = DEMO_TEXTS, translations: Path = TRANSLATIONS) -> list[str]:
    """Check every file, then merge them all; returns what changed, one line each."""
    if not reviewed_by.strip():
        raise KitError("say who reviewed the translation (--reviewed-by NAME)")
    when = reviewed_on or date.today().isoformat()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        raise KitError(f"the review date must be written YYYY-MM-DD, got '{when}'")
    loaded = [read_kit(p) for p in paths]
    tags = {tag for tag, _t in loaded}
    if len(tags) != 1:
        raise KitError("import the files of one language at a time")
    tag = tags.pop()
    targets: dict[str, str] = {}
    for _tag, found in loaded:
        targets |= found
    problems = check_kit(tag, targets, texts, translations)
    if problems:
        raise KitError(f"nothing was merged: {problems[0]}"
                       + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    writes: dict[Path, bytes] = {}
    for kind, name in (("voter", f"rostkiosk_{tag}.ts"), ("staff", f"rostkiosk_staff_{tag}.ts")):
        data = _set_ts(translations / name, kind, targets)
        if data is not None:
            writes[translations / name] = data
    if (texts / f"{tag}.toml").exists():
        data = _set_toml(texts / f"{tag}.toml", targets)
        if data is not None:
            writes[texts / f"{tag}.toml"] = data
    label_changes = [uid for uid, value in targets.items() if value.strip()
                     and uid.startswith(("poster:", "protocol:"))
                     and value != {u.id: u.target for u in _label_units(tag)}.get(uid)]
    kinds = sorted({"voter" if "rostkiosk_" in p.name and "staff" not in p.name else
                    "staff" if "staff" in p.name else "texts" for p in writes})
    review = (f'\n[[review]]\nlanguage = "{tag}"\nkinds = {json.dumps(kinds or ["none"])}\n'
              f"reviewed_by = {json.dumps(reviewed_by, ensure_ascii=False)}\n"
              f'reviewed_on = "{when}"\n')
    status_file = translations / "review-status.toml"
    writes[status_file] = status_file.read_bytes() + review.encode("utf-8")
    for path, data in writes.items():  # each file whole: written beside, then renamed
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
    for path in writes:
        path.with_name(path.name + ".tmp").replace(path)
    from kiosk.ui.translation_status import render

    status = translations / "STATUS.md"
    status.with_name("STATUS.md.tmp").write_text(render(translations, texts), encoding="utf-8")
    status.with_name("STATUS.md.tmp").replace(status)
    report = [f"merged: {p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}" for p in writes]
    report += [f"for a developer (kiosk/tally/reports): {uid} changed" for uid in label_changes]
    return report
