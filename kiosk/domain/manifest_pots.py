"""The pots of a manifest (several pots in one visit), validated; see kiosk.domain.pots.

A manifest with pots has `election.pots` (a list of {id, kind, rule, counting?, options?,
budget?}; `budget` is the money of an approval or cumulative pot, `options` the pot's own rule
options, kiosk.domain.rule_options), a `pot` on
every proposal and the pots' names under each language's texts (`texts.<lang>.pots`). A
manifest without pots has none of these, and is read exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kiosk.domain.election import COUNTING_RULES, BallotRule, Pot, PotKind, RuleKind
from kiosk.domain.errors import PackageError
from kiosk.domain.rule_options import parse_options
from kiosk.domain.text_checks import text_problem

POT_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,31}$")
MAX_POTS = 30
MAX_POT_NAME = 60
MAX_KRONOR = 10_000_000_000  # as kiosk.domain.manifest's


def _fail(place: str, reason: str) -> PackageError:
    return PackageError("package.invalid", f"{place}: {reason}", place=place, reason=reason)


def parse_pots(raw: object, proposals_raw: list, texts_raw: dict, default: str,
               parse_rule: Callable[[object], BallotRule],
               package_counting: str | None = None) -> tuple[Pot, ...]:
    """The pots, each with its proposals (in package order) and names; every mistake one
    sentence naming its place."""
    if not isinstance(raw, list) or len(raw) < 2:
        raise _fail("pots", "a package with pots needs at least two (say a city-wide pot and "
                            "a district pot); a package with one pot has no [[pots]]")
    if len(raw) > MAX_POTS:
        raise _fail("pots", f"{len(raw)} pots, at most {MAX_POTS} are allowed")
    members: dict[str, list[str]] = {}
    for index, entry in enumerate(proposals_raw):
        pot_id = entry.get("pot") if isinstance(entry, dict) else None
        pid = entry.get("id") if isinstance(entry, dict) else index + 1
        if not isinstance(pot_id, str):
            raise _fail(f"proposal {pid}", "must name its pot (pot = \"...\") in a package "
                                          "with pots")
        members.setdefault(pot_id, []).append(pid)
    pots: list[Pot] = []
    for index, entry in enumerate(raw):
        if not isinstance(entry, dict):
            raise _fail(f"pot #{index + 1}", "must be a table")
        pot_id = entry.get("id")
        if not isinstance(pot_id, str) or not POT_ID_PATTERN.fullmatch(pot_id):
            raise _fail(f"pot #{index + 1}", f"id must be 1-32 lowercase letters, digits and "
                                             f"'-', got {pot_id!r}")
        place = f"pot {pot_id}"
        if any(p.id == pot_id for p in pots):
            raise _fail(place, "the id is used twice")
        extra = sorted(set(entry) - {"id", "kind", "rule", "counting", "options", "budget"})
        if extra:
            raise _fail(place, f"unknown setting '{extra[0]}'")
        try:
            kind = PotKind(entry.get("kind"))
        except ValueError:
            raise _fail(place, f"kind must be city or district, got {entry.get('kind')!r}") \
                from None
        if "rule" not in entry:
            raise _fail(place, "'rule' is missing: every pot names its own ballot rule")
        try:
            rule = parse_rule(entry["rule"])
        except PackageError as error:
            raise _fail(place, error.params.get("reason", str(error))) from None
        counting = entry.get("counting")
        if counting is not None and counting not in COUNTING_RULES:
            raise _fail(place, f"counting must be one of {', '.join(COUNTING_RULES)}, "
                               f"got {counting!r}")
        ids = tuple(members.pop(pot_id, ()))
        if not ids:
            raise _fail(place, "has no proposals (give proposals pot = \"" + pot_id + "\")")
        names = _names(texts_raw, pot_id, default)
        budget = _budget(place, rule, entry.get("budget"))
        try:
            options = parse_options(entry.get("options"), ids, counting or package_counting,
                                    within=place)
        except PackageError as error:
            raise _fail(f"{place}, options", error.params.get("reason", str(error))) from None
        pots.append(Pot(pot_id, kind, rule, ids, names, counting, options, budget))
    if members:
        stray = sorted(members)[0]
        raise _fail(f"proposal {members[stray][0]}", f"names the pot '{stray}', which is not "
                                                     "among the package's pots")
    return tuple(pots)


def _budget(place: str, rule: BallotRule, raw: object) -> int | None:
    """The money of an approval or cumulative pot; a knapsack pot has it in its rule."""
    if rule.kind is RuleKind.KNAPSACK:
        if raw is not None:
            raise _fail(place, "a knapsack pot's money is its rule's budget; remove the pot's "
                               "own budget = ...")
        return None
    if raw is None:
        article = "an" if rule.kind is RuleKind.APPROVAL else "a"
        raise _fail(place, f"a pot with {article} {rule.kind.value} rule needs the money it has "
                           "to fund proposals: add budget = N (kronor) to the pot")
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_KRONOR:
        raise _fail(place, f"budget must be a whole number of kronor from 1 to {MAX_KRONOR}, "
                           f"got {raw!r}")
    return raw


def _names(texts_raw: dict, pot_id: str, default: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for lang, entry in texts_raw.items():
        given = entry.get("pots", {}) if isinstance(entry, dict) else {}
        if not isinstance(given, dict):
            raise _fail(f"texts {lang}", "pots must map each pot id to its name")
        name = given.get(pot_id)
        if name is None:
            continue
        place = f"texts {lang}, pot {pot_id}"
        if not isinstance(name, str) or not name.strip():
            raise _fail(place, "the name must be a non-empty text")
        if len(name) > MAX_POT_NAME:
            raise _fail(place, f"the name is {len(name)} characters long, at most "
                               f"{MAX_POT_NAME} are allowed")
        problem = text_problem(name)
        if problem:
            raise _fail(place, f"the name {problem}")
        names[lang] = name.strip()
    if default not in names:
        raise _fail(f"pot {pot_id}", f"has no name in the default language {default}")
    return names


def check_pot_names(texts_raw: dict, pots: tuple[Pot, ...]) -> None:
    """Every name under texts.<lang>.pots belongs to a pot; without pots there are none."""
    known = {pot.id for pot in pots}
    for lang, entry in texts_raw.items():
        given = entry.get("pots") if isinstance(entry, dict) else None
        if given is None:
            continue
        if not pots:
            raise _fail(f"texts {lang}", "names pots, but the election has no [[pots]]")
        for pot_id in given if isinstance(given, dict) else ():
            if pot_id not in known:
                raise _fail(f"texts {lang}", f"names the pot '{pot_id}', which is not among "
                                             "the package's pots")


def check_pot_rules(pots: tuple[Pot, ...], costs: dict[str, int]) -> None:
    """What a one-pot package checks of its rule, for each pot on its own proposals."""
    for pot in pots:
        rule = pot.rule
        if rule.kind is RuleKind.KNAPSACK:
            too_big = [pid for pid in pot.proposal_ids if costs[pid] > rule.budget]
            if too_big:
                raise _fail(f"proposal {too_big[0]}", f"cost {costs[too_big[0]]} kr is more "
                            f"than the whole budget of pot {pot.id}, {rule.budget} kr")
        elif pot.budget is not None:
            too_big = [pid for pid in pot.proposal_ids if costs[pid] > pot.budget]
            if too_big:
                raise _fail(f"proposal {too_big[0]}", f"cost {costs[too_big[0]]} kr is more "
                            f"than the whole budget of pot {pot.id}, {pot.budget} kr")
        if rule.kind is RuleKind.APPROVAL and rule.max_choices > len(pot.proposal_ids):
            raise _fail(f"pot {pot.id}", f"max_choices ({rule.max_choices}) is more than the "
                                         f"number of its proposals ({len(pot.proposal_ids)})")
