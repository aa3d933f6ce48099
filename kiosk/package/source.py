"""Read an election folder (election.toml, texts/<lang>.toml, images/, audio/) into a manifest.

Errors name the file and place: "texts/fi.toml: proposal p3 is not in election.toml".
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk.domain.errors import PackageError
from kiosk.domain.manifest import MANIFEST_TYPE, MANIFEST_VERSION, PROPOSAL_ID_PATTERN, fail
from kiosk.domain.voting_places import parse_places, places_manifest
from kiosk.package.media_checks import MediaProblem, check_audio, check_image

AUDIO_SUFFIXES = {".ogg", ".mp3", ".wav", ".opus"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}
MAX_ASSET_BYTES = 20 * 1024 * 1024
# base64 makes assets 4/3 larger; the package must stay under MAX_PACKAGE_BYTES (256 MB)
MAX_ALL_ASSETS_BYTES = 180 * 1024 * 1024
MAX_TOML_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 12  # election.toml needs 4 levels; nothing deeper is read


@dataclass
class Source:
    manifest: dict
    assets: dict[str, bytes]


def _load_toml(path: Path) -> dict:
    try:
        if path.stat().st_size > MAX_TOML_BYTES:
            raise fail(path.name, f"is larger than {MAX_TOML_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as handle:
            doc = tomllib.load(handle)
    except FileNotFoundError:
        raise fail(path.name, "the file is missing") from None
    except tomllib.TOMLDecodeError as error:
        raise fail(path.name, f"is not valid TOML ({error})") from None
    except RecursionError:
        raise fail(path.name, f"is nested more than {MAX_DEPTH} levels deep") from None
    except (OSError, UnicodeDecodeError) as error:
        raise fail(path.name, f"cannot be read ({error})") from None
    if _depth(doc) > MAX_DEPTH:
        raise fail(path.name, f"is nested more than {MAX_DEPTH} levels deep")
    return doc


def _depth(doc: object) -> int:
    """How deeply tables and arrays nest (without recursion)."""
    deepest, stack = 0, [(doc, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, level)
            children = value.values() if isinstance(value, dict) else value
            stack.extend((child, level + 1) for child in children)
    return deepest


def _iso(value: object) -> object:
    """TOML dates and date-times become ISO text in the manifest."""
    return value.isoformat() if isinstance(value, datetime | date) else value


def _table(config: dict, name: str, default: dict) -> dict:
    value = config.get(name, default)
    if not isinstance(value, dict):
        raise fail("election.toml", f"[{name}] must be a table")
    return {key: _iso(item) for key, item in value.items()}


def _read_asset(root: Path, rel: str, place: str) -> bytes:
    data = _read_asset_file(root, rel, place)
    try:
        if rel.split("/")[0] == "audio" or Path(rel).suffix.lower() in AUDIO_SUFFIXES:
            check_audio(data)
        else:
            check_image(data)
    except MediaProblem as problem:
        raise fail(place, f"'{rel}' {problem}") from None
    return data


def _read_asset_file(root: Path, rel: str, place: str) -> bytes:
    path = (root / rel).resolve()
    if root.resolve() not in path.parents:
        raise fail(place, f"'{rel}' points outside the election folder")
    if path.suffix.lower() not in IMAGE_SUFFIXES | AUDIO_SUFFIXES:
        raise fail(place, f"'{rel}' is not a PNG/JPEG image or an OGG/MP3/WAV/Opus clip")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise fail(place, f"the file '{rel}' does not exist") from None
    except OSError as error:
        raise fail(place, f"'{rel}' cannot be read ({error})") from None
    if len(data) > MAX_ASSET_BYTES:
        raise fail(place, f"'{rel}' is larger than {MAX_ASSET_BYTES // (1024 * 1024)} MB")
    return data


def _check_total(assets: dict[str, bytes]) -> None:
    if sum(len(data) for data in assets.values()) > MAX_ALL_ASSETS_BYTES:
        raise fail("election folder", f"images and audio together are larger than "
                   f"{MAX_ALL_ASSETS_BYTES // (1024 * 1024)} MB; make them smaller")


def read_source(folder: Path, tally_public: dict | None = None) -> Source:
    """Read a source folder. `tally_public` overrides the [tally] public_key file if given."""
    root = Path(folder)
    if not root.is_dir():
        raise PackageError("package.no_folder", f"{root}: not an election folder",
                           place=str(root), reason="not a folder")
    config = _load_toml(root / "election.toml")
    known = {"format", "id", "district", "currency", "languages", "default_language", "period",
             "rule", "counting", "eligibility", "duplicates", "tally", "proposals", "results",
             "pots", "places", "options", "survey"}
    unknown = sorted(set(config) - known)
    if unknown:
        raise fail("election.toml", f"unknown setting '{unknown[0]}'")
    if config.get("format", 1) != 1:
        raise fail("election.toml", f"format {config.get('format')!r} is not supported (use 1)")
    period = config.get("period", {})
    if not isinstance(period, dict):
        raise fail("election.toml", "[period] must be a table")
    tally_cfg = config.get("tally", {})
    if not isinstance(tally_cfg, dict):
        raise fail("election.toml", "[tally] must be a table")
    if tally_public is None:
        key_name = tally_cfg.get("public_key")
        if not isinstance(key_name, str):
            raise fail("election.toml", "[tally] public_key must name the tally's public key file")
        tally_public = read_tally_public(root / key_name)
    tally = {"seal": tally_public.get("seal"), "sign": tally_public.get("sign")}
    if tally_public.get("outer") is not None:
        tally["outer"] = tally_public["outer"]
    elif _identifies_voters(config):
        raise fail("election.toml", "an election that identifies voters (codes or "
                   "personnummer) needs a tally public key with a separate outer-envelope "
                   "key; make the tally keys again with this version (kiosk keys tally)")
    if tally_cfg.get("server"):
        tally["server"] = tally_cfg["server"]

    assets: dict[str, bytes] = {}
    proposals = []
    raw_proposals = config.get("proposals", [])
    if not isinstance(raw_proposals, list):
        raise fail("election.toml", "proposals must be written as [[proposals]] tables")
    for index, raw in enumerate(raw_proposals):
        if not isinstance(raw, dict):
            raise fail("election.toml", f"proposal #{index + 1} must be a table")
        extra = sorted(set(raw) - {"id", "cost", "category", "image", "pot"})
        if extra:
            raise fail(f"election.toml, proposal {raw.get('id', index + 1)}",
                       f"unknown setting '{extra[0]}'")
        pid = raw.get("id")
        if not isinstance(pid, str) or not PROPOSAL_ID_PATTERN.fullmatch(pid):
            raise fail(f"proposal #{index + 1}",
                       f"id must be 1-32 letters, digits, '-', '_' or '.', got {pid!r}")
        if any(p["id"] == pid for p in proposals):
            raise fail(f"proposal {pid}", "the id is used twice")
        entry = {k: raw[k] for k in ("id", "cost", "category", "pot") if k in raw}
        if raw.get("image"):
            image = str(raw["image"])
            assets[image] = _read_asset(root, image, f"proposal {raw.get('id')}")
            _check_total(assets)
            entry["image"] = image
        entry["texts"] = {}
        proposals.append(entry)
    by_id = {p.get("id"): p for p in proposals}

    texts: dict[str, dict] = {}
    texts_dir = root / "texts"
    files = sorted(texts_dir.glob("*.toml")) if texts_dir.is_dir() else []
    if not files:
        raise fail("texts", "the folder has no <language>.toml files")
    for path in files:
        lang = path.stem
        doc = _load_toml(path)
        place = f"texts/{path.name}"
        head = doc.get("election", {})
        if not isinstance(head, dict):
            raise fail(place, "[election] must be a table")
        texts[lang] = {"title": head.get("title"), "intro": head.get("intro", ""),
                       "categories": doc.get("categories", {})}
        if "pots" in doc:  # the pots' names (several pots in one visit), only when given
            texts[lang]["pots"] = doc["pots"]
        if "survey" in doc:  # the follow-up's texts (kiosk/domain/survey.py)
            texts[lang]["survey"] = doc["survey"]
        entries = doc.get("proposals", {})
        if not isinstance(entries, dict):
            raise fail(place, "proposals must be written as [proposals.<id>] tables")
        for pid, entry in entries.items():
            if pid not in by_id:
                raise fail(place, f"proposal {pid} is not in election.toml")
            if not isinstance(entry, dict):
                raise fail(place, f"[proposals.{pid}] must be a table")
            extra = sorted(set(entry) - {"title", "summary", "body", "place", "image_alt"})
            if extra:
                raise fail(f"{place}, proposal {pid}", f"unknown field '{extra[0]}'")
            by_id[pid]["texts"][lang] = entry

    audio: dict[str, dict[str, str]] = {}
    audio_dir = root / "audio"
    if audio_dir.is_dir():
        for path in sorted(audio_dir.glob("*/*")):
            if path.suffix.lower() not in AUDIO_SUFFIXES:
                continue
            lang, pid = path.parent.name, path.stem
            rel = f"audio/{lang}/{path.name}"
            if pid not in by_id:
                raise fail(rel, f"proposal {pid} is not in election.toml")
            assets[rel] = _read_asset(root, rel, rel)
            _check_total(assets)
            audio.setdefault(lang, {})[pid] = rel

    head = {
        "id": config.get("id"),
        "district": config.get("district"),
        "currency": config.get("currency", "SEK"),
        "opens": _iso(period.get("opens")),
        "closes": _iso(period.get("closes")),
        "languages": config.get("languages"),
        "default_language": config.get("default_language", "sv"),
        "rule": config.get("rule"),
        "eligibility": _table(config, "eligibility", {"mode": "open"}),
        "duplicates": _table(config, "duplicates", {}).get("policy", "keep-last"),
        "tally": tally,
    }
    if "pots" in config:  # several pots in one visit: each pot has its own rule
        raw_pots = config["pots"]
        if not isinstance(raw_pots, list):
            raise fail("election.toml", "pots must be written as [[pots]] tables")
        head["pots"] = raw_pots
        if "rule" not in config:
            del head["rule"]
    if "counting" in config:  # older folders name no counting rule; the tally then asks
        head["counting"] = config["counting"]
    if "results" in config:  # where voters check tracking codes; signed with the rest
        head["results"] = _table(config, "results", {})
    if "places" in config:  # where one can vote (code cards, verify); signed with the rest
        head["places"] = places_manifest(parse_places(config["places"]))
    if "options" in config:  # rule options (kiosk/domain/rule_options.py); absent = none
        head["options"] = _table(config, "options", {})
    if "survey" in config:  # the follow-up questions (kiosk/domain/survey.py); absent = none
        head["survey"] = _table(config, "survey", {})
    manifest = {
        "type": MANIFEST_TYPE,
        "v": MANIFEST_VERSION,
        "election": head,
        "texts": texts,
        "proposals": proposals,
        "audio": audio,
        "assets": {path: hashlib.sha256(data).hexdigest() for path, data in sorted(assets.items())},
    }
    return Source(manifest, assets)


def _identifies_voters(config: dict) -> bool:
    table = config.get("eligibility", {})
    return isinstance(table, dict) and table.get("mode") in ("codes", "personnummer")


def read_tally_public(path: Path) -> dict:
    import json

    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise fail("election.toml", f"the tally public key file '{path.name}' does not exist") \
            from None
    except (OSError, ValueError) as error:
        raise fail(path.name, f"is not a tally public key file ({error})") from None
    if not isinstance(doc, dict) or doc.get("type") != "kiosk/tally-public-key":
        raise fail(path.name, "is not a tally public key file")
    return doc
