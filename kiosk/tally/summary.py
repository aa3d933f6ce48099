"""Plain-text summaries of a count, for the terminal (the reports hold the full detail)."""

from __future__ import annotations

from kiosk.tally.record_format import DUPLICATE


def kronor(amount: int) -> str:
    """'1 995 000 kr' (Swedish thousands separator: a space)."""
    return f"{amount:,} kr".replace(",", "\u00a0")


def result_lines(results: dict, titles: dict[str, str] | None = None) -> list[str]:
    """The terminal summary; `titles` (proposal id -> title) makes the table readable."""
    titles = titles or {}
    lines = [
        f"Counted election {results['election']} with rule {results['rule']} "
        f"(budget {kronor(results['budget'])}, tie-break seed {results['seed']}).",
        f"Records {results['records']}, set aside before opening "
        f"{sum(results['excluded'].values())}, opened {results['opened']}, valid "
        f"{results['valid']}, invalid {sum(results['invalid'].values())}.",
    ]
    for reason, count in results["invalid"].items():
        lines.append(f"  invalid ({reason}): {count}")
    channels = results.get("channels")
    if channels and channels["paper"]["opened"]:
        lines.append("  by channel: " + "; ".join(
            f"{name} {channels[key]['opened']} opened, {channels[key]['valid']} valid, "
            f"{channels[key]['invalid']} invalid" for name, key in
            (("touchscreen", "touch"), ("paper", "paper"), ("together", "all"))))
    conflicts = results["conflicts"]
    if conflicts:
        lines.append(f"{len(conflicts)} voter(s) found on more than one ballot "
                     f"(policy {results['duplicate_policy']}; "
                     f"{results['excluded'].get(DUPLICATE, 0)} ballot(s) set aside):")
        for conflict in conflicts:
            kept = conflict["kept"]
            parts = [f"station {r['station'][:4]} #{r['seq']} ({r['cast_at']})"
                     for r in conflict["records"]]
            lines.append(f"  {', '.join(parts)}: "
                         + (f"kept station {kept['station'][:4]} #{kept['seq']}" if kept
                            else "none kept"))
    for pot in results.get("pots") or [results]:  # a package with pots: each pot apart
        if pot is not results:
            lines.append(f"Pot {pot['id']} ({pot['kind']}, {pot['names'].get('sv') or ''}): "
                         f"{pot['ballots']} ballots, rule {pot['rule']}, budget "
                         f"{kronor(pot['budget'])}.".replace(", )", ")"))
        lines.extend(_outcome_lines(pot, titles))
    return lines


def _outcome_lines(results: dict, titles: dict[str, str]) -> list[str]:
    lines = ["Results (score, cost, funded):"]
    for project in sorted(results["projects"], key=lambda p: -p["score"]):
        lines.append(f"  {project['id']:>8}  {project['score']:>8}  {kronor(project['cost']):>13}  "
                     f"{'FUNDED' if project['funded'] else '-':<6}  "
                     f"{_short(titles.get(project['id'], ''))}".rstrip())
    lines.append(f"Funded: {', '.join(results['funded']) or 'none'}; "
                 f"spent {kronor(results['spent'])} of {kronor(results['budget'])}.")
    options = results.get("options")  # the package's (or the pot's) rule options did this
    if options and (options.get("set_aside") or options.get("incompatible_skipped")):
        lines.append("Rule options: " + "; ".join(
            [f"{pid} set aside ({why})" for pid, why in options.get("set_aside", {}).items()]
            + [f"{pid} not funded, {rival} of its incompatible group is" for pid, rival in
               options.get("incompatible_skipped", {}).items()]) + ".")
    return lines


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
