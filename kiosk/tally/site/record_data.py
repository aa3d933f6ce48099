"""What the site shows, taken from the signed results and the election package only, with
small turnout cells suppressed before anything is written."""

from __future__ import annotations

from collections import Counter

from kiosk.domain.election import Election

SMALL_CELL = 5  # no turnout number from 1 to SMALL_CELL - 1 is published on the site
RESULT_FIELDS = ("rule", "budget", "seed", "seed_source", "tie_break", "ballot_kind", "records",
                 "excluded", "opened", "valid", "invalid", "projects", "funded", "spent",
                 "counted_at", "tally_key", "duplicate_policy", "election")
HASHED_FILES = ("election.pkg", "bulletin.csv", "ballots.jsonl", "results.json", "results.pb")


def shown(count: int, threshold: int) -> int | None:
    """The count, or None where it is too small to publish (0 reveals nobody)."""
    return None if 0 < count < threshold else count


def turnout(results: dict, threshold: int) -> dict:
    stations, languages = [], Counter()
    assisted = 0
    for station in results["stations"]:
        languages.update(station["languages"])
        assisted += station["assisted"]
        stations.append({
            "label": station["label"] or station["id"][:4],
            "opened": shown(station["opened"], threshold),
            "assisted": shown(station["assisted"], threshold),
        })
    return {"threshold": threshold, "stations": stations,
            "languages": {lang: shown(n, threshold) for lang, n in sorted(languages.items())},
            **by_channel(results, threshold),
            "assisted": shown(assisted, threshold)}


def by_channel(results: dict, threshold: int) -> dict:
    """Opened ballots by channel. Without paper ballots (or in results from before them) only
    "touchscreen"; with them "paper" and "together" too. A small count of one channel hides
    the other's as well, or together minus one would give it away."""
    channels = results.get("channels")
    if not channels or not channels["paper"]["opened"]:
        return {"touchscreen": shown(results["opened"], threshold)}
    touch, paper = channels["touch"]["opened"], channels["paper"]["opened"]
    hidden = shown(touch, threshold) is None or shown(paper, threshold) is None
    return {"touchscreen": None if hidden else touch, "paper": None if hidden else paper,
            "together": shown(results["opened"], threshold)}


def record_data(election: Election, results: dict, sums: dict[str, str],
                authority: str, threshold: int = SMALL_CELL) -> dict:
    fallback = election.default_language
    return {
        "election": {
            "id": election.id, "currency": election.currency, "district": election.district,
            "languages": list(election.languages), "default_language": fallback,
            "titles": {lang: election.title(lang) for lang in election.languages},
        },
        "proposals": [{
            "id": p.id, "cost": p.cost,
            "titles": {lang: p.text(lang, fallback)[0].title for lang in election.languages},
        } for p in election.proposals],
        "results": {key: results[key] for key in RESULT_FIELDS + ("options",) if key in results}
        | ({"pots": results["pots"]} if results.get("pots") else {}),
        "turnout": turnout(results, threshold),
        "hashes": {name: sums[name] for name in HASHED_FILES if name in sums},
        "authority": authority,
    }
