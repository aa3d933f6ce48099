"""Election manifest (the signed, JSON-shaped content of a package) <-> Election, with validation.

Every problem is reported as one sentence naming its place, e.g.
"proposal p7: cost must be a positive whole number of kronor, got -5".
The same validation runs when a package is built and every time one is loaded.
"""

from __future__ import annotations

import base64
import re
from datetime import date, datetime

from kiosk.domain.election import (
    COUNTING_RULES,
    BallotRule,
    DuplicatePolicy,
    Election,
    ElectionTexts,
    Eligibility,
    EligibilityMode,
    Proposal,
    ProposalText,
    RuleKind,
    TallyKeys,
)
from kiosk.domain.errors import PackageError
from kiosk.domain.languages import LANGUAGES
from kiosk.domain.manifest_pots import check_pot_names, check_pot_rules, parse_pots
from kiosk.domain.results_link import parse_results
from kiosk.domain.rule_options import RuleOptions, parse_options
from kiosk.domain.survey import parse_survey
from kiosk.domain.text_checks import text_problem
from kiosk.domain.voting_places import parse_places

MANIFEST_TYPE = "kiosk/election-manifest"
MANIFEST_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
PROPOSAL_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
ASSET_PATTERN = re.compile(r"^(images|audio)/[A-Za-z0-9_./-]{1,200}$")
MAX_PROPOSALS = 500
MAX_KRONOR = 10_000_000_000  # ten billion: no municipal budget or proposal comes near
MAX_POINTS = 1000
MAX_TEXT = {"title": 120, "summary": 400, "body": 8000, "place": 120, "intro": 600,
            "image_alt": 300}


def fail(place: str, reason: str) -> PackageError:
    return PackageError("package.invalid", f"{place}: {reason}", place=place, reason=reason)


def _require(mapping: dict, key: str, place: str) -> object:
    if not isinstance(mapping, dict):
        raise fail(place, f"must be a table, got {type(mapping).__name__}")
    if key not in mapping:
        raise fail(place, f"'{key}' is missing")
    return mapping[key]


def _positive_int(value: object, place: str, what: str, unit: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise fail(place, f"{what} must be a positive whole number{unit}, got {value!r}")
    return value


def _at_most(value: int, limit: int, place: str, what: str, unit: str = "") -> int:
    if value > limit:
        def spaced(number: int) -> str:
            return f"{number:,}".replace(",", " ")

        raise fail(place, f"{what} must be at most {spaced(limit)}{unit}, got {spaced(value)}")
    return value


def _text(value: object, place: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail(place, f"{what} must be a non-empty text")
    limit = MAX_TEXT.get(what)
    if limit and len(value) > limit:
        raise fail(place, f"{what} is {len(value)} characters long, at most {limit} are allowed")
    problem = text_problem(value)
    if problem:
        raise fail(place, f"{what} {problem}")
    return value.strip()


def _datetime(value: object, place: str) -> datetime:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise fail(place,
                       f"'{value}' is not a date and time like 2027-04-01T08:00:00+02:00") \
                from None
    if not isinstance(value, datetime):
        raise fail(place, f"must be a date and time, got {value!r}")
    if value.tzinfo is None:
        raise fail(place, "needs a time zone, like 2027-04-01T08:00:00+02:00")
    return value


def _key(value: object, place: str) -> bytes:
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise fail(place, "must be a 32-byte public key in base64")
    return raw


def parse_rule(raw: object) -> BallotRule:
    place = "rule"
    kind_name = _require(raw, "kind", place)
    try:
        kind = RuleKind(kind_name)
    except ValueError:
        raise fail(place,
                   f"kind must be approval, knapsack or cumulative, got {kind_name!r}") from None
    allowed = {
        RuleKind.APPROVAL: {"kind", "max_choices", "min_choices"},
        RuleKind.KNAPSACK: {"kind", "budget", "min_spent_percent"},
        RuleKind.CUMULATIVE: {"kind", "total_points", "max_per_proposal"},
    }[kind]
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise fail(place, f"'{unknown[0]}' does not belong to a {kind.value} rule")
    if kind is RuleKind.APPROVAL:
        k = _positive_int(_require(raw, "max_choices", place), place, "max_choices")
        minimum = raw.get("min_choices", 0)
        if isinstance(minimum, bool) or not isinstance(minimum, int) or not 0 <= minimum <= k:
            raise fail(place, f"min_choices must be a whole number from 0 to {k}, got {minimum!r}")
        return BallotRule(kind, max_choices=k, min_choices=minimum)
    if kind is RuleKind.KNAPSACK:
        budget = _at_most(_positive_int(_require(raw, "budget", place), place, "budget",
                                        " of kronor"), MAX_KRONOR, place, "budget", " kronor")
        share = raw.get("min_spent_percent", 0)
        if isinstance(share, bool) or not isinstance(share, int) or not 0 <= share <= 100:
            raise fail(place, f"min_spent_percent must be a whole number from 0 to 100, "
                              f"got {share!r}")
        return BallotRule(kind, budget=budget, min_spent_percent=share)
    total = _at_most(_positive_int(_require(raw, "total_points", place), place, "total_points"),
                     MAX_POINTS, place, "total_points")
    per = _positive_int(raw.get("max_per_proposal", total), place, "max_per_proposal")
    if per > total:
        raise fail(place, f"max_per_proposal ({per}) cannot be more than total_points ({total})")
    return BallotRule(kind, total_points=total, max_per_proposal=per)


def parse_eligibility(raw: object) -> Eligibility:
    place = "eligibility"
    name = _require(raw, "mode", place)
    try:
        mode = EligibilityMode(name)
    except ValueError:
        raise fail(place, f"mode must be open, staff-unlock, codes or personnummer, "
                          f"got {name!r}") from None
    minimum_age = raw.get("minimum_age")
    reference = raw.get("age_reference_date")
    if mode is EligibilityMode.PERSONNUMMER:
        if minimum_age is None:
            raise fail(place, "personnummer mode needs minimum_age")
        if isinstance(minimum_age, bool) or not isinstance(minimum_age, int) or not (
            0 <= minimum_age <= 120
        ):
            raise fail(place, f"minimum_age must be a whole number from 0 to 120, "
                              f"got {minimum_age!r}")
        if reference is not None:
            if isinstance(reference, date):
                reference = reference.isoformat()
            try:
                date.fromisoformat(str(reference))
            except ValueError:
                raise fail(place, f"age_reference_date must be a date like 2027-04-21, "
                                  f"got {reference!r}") from None
    elif minimum_age is not None:
        raise fail(place, "minimum_age only applies to personnummer mode")
    if "code_key" in raw:
        raise fail(place, "code_key is no longer used: voting codes are checked against the "
                          "authority's signed list of issued codes; remove it")
    return Eligibility(mode, minimum_age, str(reference) if reference else None)


def _parse_texts(raw: object, languages: tuple[str, ...], default: str) -> dict[str, ElectionTexts]:
    if not isinstance(raw, dict):
        raise fail("texts", "must be a table of languages")
    out = {}
    for lang, entry in raw.items():
        place = f"texts {lang}"
        if lang not in languages:
            raise fail(place, f"language '{lang}' is not in the election's languages")
        cats = entry.get("categories", {}) if isinstance(entry, dict) else None
        if not isinstance(cats, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in cats.items()
        ):
            raise fail(place, "categories must map each category key to a non-empty name")
        for key, name in cats.items():
            problem = text_problem(name)
            if problem:
                raise fail(place, f"category {key} {problem}")
        out[lang] = ElectionTexts(
            title=_text(_require(entry, "title", place), place, "title"),
            intro=_text(entry.get("intro", "") or " ", place, "intro") if entry.get("intro")
            else "",
            categories={k: v.strip() for k, v in cats.items()},
        )
    if default not in out:
        raise fail(f"texts {default}", "the default language needs the election's title")
    return out


def _parse_proposal(raw: object, index: int, election_texts: dict, default: str,
                    assets: dict) -> Proposal:
    pid = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(pid, str) or not PROPOSAL_ID_PATTERN.fullmatch(pid):
        raise fail(f"proposal #{index + 1}",
                   f"id must be 1-32 letters, digits, '-', '_' or '.', got {pid!r}")
    place = f"proposal {pid}"
    cost = raw.get("cost")
    if isinstance(cost, bool) or not isinstance(cost, int) or cost <= 0:
        raise fail(place, f"cost must be a positive whole number of kronor, got {cost!r}")
    _at_most(cost, MAX_KRONOR, place, "cost", " kronor")
    category = raw.get("category")
    if not isinstance(category, str) or not category:
        raise fail(place, "category is missing")
    if category not in election_texts[default].categories:
        raise fail(place, f"category '{category}' has no name in the {default} texts")
    image = raw.get("image")
    if image is not None and image not in assets:
        raise fail(place, f"image '{image}' is not among the package's assets")
    texts_raw = raw.get("texts")
    if not isinstance(texts_raw, dict):
        raise fail(place, "has no texts")
    texts = {}
    for lang, entry in texts_raw.items():
        tplace = f"proposal {pid}, {lang} text"
        if lang not in election_texts:
            raise fail(tplace, f"language '{lang}' has no election texts")
        texts[lang] = ProposalText(
            title=_text(_require(entry, "title", tplace), tplace, "title"),
            summary=_text(_require(entry, "summary", tplace), tplace, "summary"),
            body=_text(_require(entry, "body", tplace), tplace, "body"),
            place=_text(entry["place"], tplace, "place") if entry.get("place") else "",
            image_alt=_text(entry["image_alt"], tplace, "image_alt")
            if entry.get("image_alt") else "",
        )
    if default not in texts:
        raise fail(place, f"has no text in the default language {default}")
    return Proposal(pid, cost, category, image, texts)


def election_from_manifest(manifest: object) -> Election:
    """Validate a manifest and build the Election; raises PackageError naming the place."""
    if not isinstance(manifest, dict):
        raise fail("manifest", "must be a JSON object")
    if manifest.get("type") != MANIFEST_TYPE or manifest.get("v") != MANIFEST_VERSION:
        raise fail("manifest", f"is not a version {MANIFEST_VERSION} election manifest")
    head = _require(manifest, "election", "manifest")
    eid = _require(head, "id", "election")
    if not isinstance(eid, str) or not ID_PATTERN.fullmatch(eid):
        raise fail("election", f"id must be lowercase letters, digits and '-', got {eid!r}")
    district = _text(_require(head, "district", "election"), "election", "district")
    currency = _require(head, "currency", "election")
    if currency != "SEK":
        raise fail("election", f"currency must be SEK, got {currency!r}")
    opens = _datetime(_require(head, "opens", "election"), "election opens")
    closes = _datetime(_require(head, "closes", "election"), "election closes")
    if closes <= opens:
        raise fail("election", "the voting period must close after it opens")
    languages = _require(head, "languages", "election")
    if not isinstance(languages, list) or not languages:
        raise fail("election", "languages must be a non-empty list")
    for lang in languages:
        if lang not in LANGUAGES:
            raise fail("election", f"unknown language '{lang}'; known: {', '.join(LANGUAGES)}")
    if len(set(languages)) != len(languages):
        raise fail("election", "languages lists a language twice")
    default = head.get("default_language", "sv")
    if default not in languages:
        raise fail("election", f"default_language '{default}' is not in languages")
    pots_raw = head.get("pots")
    if pots_raw is not None and "rule" in head:
        raise fail("election", "with pots, each pot names its own rule; remove the election's "
                               "own rule")
    rule = parse_rule(_require(head, "rule", "election")) if pots_raw is None else None
    eligibility = parse_eligibility(_require(head, "eligibility", "election"))
    policy_name = head.get("duplicates", "keep-last")
    try:
        policy = DuplicatePolicy(policy_name)
    except ValueError:
        raise fail("election", f"duplicates policy must be keep-first, keep-last or "
                               f"reject-all, got {policy_name!r}") from None
    counting = head.get("counting")
    if counting is not None and counting not in COUNTING_RULES:
        raise fail("election", f"counting must be one of {', '.join(COUNTING_RULES)}, "
                               f"got {counting!r}")
    tally_raw = _require(head, "tally", "election")
    outer = tally_raw.get("outer")
    tally = TallyKeys(_key(_require(tally_raw, "seal", "tally"), "tally seal key"),
                      _key(_require(tally_raw, "sign", "tally"), "tally signing key"),
                      None if outer is None else _key(outer, "tally outer-envelope key"))
    if tally.outer_public == tally.seal_public:
        raise fail("tally", "the outer-envelope key must not be the inner-envelope key")
    server = tally_raw.get("server")
    if server is not None and not (isinstance(server, str) and re.match(r"^https?://", server)):
        raise fail("tally", f"server must be an http(s) address, got {server!r}")
    assets = manifest.get("assets", {})
    if not isinstance(assets, dict) or not all(
        isinstance(p, str) and ASSET_PATTERN.fullmatch(p) and ".." not in p
        and isinstance(h, str) and re.fullmatch(r"[0-9a-f]{64}", h)
        for p, h in assets.items()
    ):
        raise fail("assets", "must map images/... or audio/... paths to sha256 hashes")
    languages_t = tuple(languages)
    texts = _parse_texts(_require(manifest, "texts", "manifest"), languages_t, default)
    proposals_raw = _require(manifest, "proposals", "manifest")
    if not isinstance(proposals_raw, list) or not proposals_raw:
        raise fail("election", "has no proposals")
    if len(proposals_raw) > MAX_PROPOSALS:
        raise fail("election", f"has {len(proposals_raw)} proposals, at most {MAX_PROPOSALS}")
    proposals = []
    seen = set()
    for i, raw in enumerate(proposals_raw):
        proposal = _parse_proposal(raw, i, texts, default, assets)
        if proposal.id in seen:
            raise fail(f"proposal {proposal.id}", "the id is used twice")
        seen.add(proposal.id)
        proposals.append(proposal)
    texts_raw = manifest["texts"]
    pots = parse_pots(pots_raw, proposals_raw, texts_raw, default, parse_rule, counting) \
        if pots_raw is not None else ()
    if pots and "options" in head:
        raise fail("options", "with pots, each pot has its own rule options: move [options] "
                              "into the pot's entry as options = { ... } (or [pots.options])")
    check_pot_names(texts_raw, pots)
    if pots:
        check_pot_rules(pots, {p.id: p.cost for p in proposals})
        rule = pots[0].rule
    else:
        with_pot = [p for p in proposals_raw if "pot" in p]
        if with_pot:
            raise fail(f"proposal {with_pot[0]['id']}", "names a pot, but the election has no "
                                                      "[[pots]]")
    if rule.kind is RuleKind.KNAPSACK and not pots:
        too_big = [p for p in proposals if p.cost > rule.budget]
        if too_big:
            raise fail(f"proposal {too_big[0].id}",
                       f"cost {too_big[0].cost} kr is more than the whole budget {rule.budget} kr")
    if rule.kind is RuleKind.APPROVAL and not pots and rule.max_choices > len(proposals):
        raise fail("rule", f"max_choices ({rule.max_choices}) is more than the number of "
                           f"proposals ({len(proposals)})")
    # with pots, each pot has its own options (kiosk.domain.manifest_pots)
    options = RuleOptions() if pots else parse_options(
        head.get("options"), tuple(p.id for p in proposals), counting)
    survey = parse_survey(head.get("survey"), manifest["texts"], languages_t)
    audio = manifest.get("audio", {})
    if not isinstance(audio, dict) or not all(
        lang in languages_t and isinstance(clips, dict)
        and all(pid in seen and path in assets for pid, path in clips.items())
        for lang, clips in audio.items()
    ):
        raise fail("audio", "every clip must belong to a language, a proposal and an asset")
    return Election(
        id=eid, district=district, currency=currency, opens=opens, closes=closes,
        languages=languages_t, default_language=default, rule=rule, eligibility=eligibility,
        duplicate_policy=policy, proposals=tuple(proposals), texts=texts, tally=tally,
        tally_server=server, counting=counting, assets=dict(assets), audio=audio,
        results=parse_results(head.get("results"), opens.date()), pots=pots,
        places=parse_places(head.get("places")), options=options, survey=survey,
    )
