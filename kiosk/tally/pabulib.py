"""Strict reader and writer for Pabulib ``.pb`` files (https://pabulib.org/format).

A file has three sections, in this order: ``META`` (``key;value`` rows), ``PROJECTS`` (a header
row with at least ``project_id`` and ``cost``) and ``VOTES`` (a header row with at least
``voter_id`` and ``vote``; ``points`` too for cumulative and scoring votes). Fields are separated
by ``;`` and may be quoted with ``"`` (a quoted field may hold ``;``, ``"`` doubled, newlines).

Anything malformed raises :class:`PabulibError` with the line number and a one-sentence reason.
Ids, numbers and vote lists are read with surrounding spaces stripped; other text is kept as is.
Ordinal votes keep the ranking; :func:`to_rules_model` turns rank i (0 = first) into
``L - i`` points, L being META ``max_length`` or else the longest ranking (Kraków's 3-2-1).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from os import PathLike

from kiosk.tally.rules.model import Instance, Profile, Project

VOTE_TYPES = ("approval", "choose-1", "cumulative", "scoring", "ordinal")
SECTIONS = ("meta", "projects", "votes")
_WHOLE = re.compile(r"[0-9]+")
_INTEGER = re.compile(r"-?[0-9]+")


class PabulibError(ValueError):
    """A malformed Pabulib file: `line` (1-based, None if unknown) and a one-sentence reason."""

    def __init__(self, line: int | None, reason: str):
        self.line = line
        self.reason = reason
        super().__init__(f"line {line}: {reason}" if line is not None else reason)


@dataclass(frozen=True, slots=True)
class PbProject:
    project_id: str
    cost: int
    fields: dict[str, str] = field(default_factory=dict)  # the other columns, e.g. name, votes


@dataclass(frozen=True, slots=True)
class PbVote:
    voter_id: str
    vote: tuple[str, ...]  # project ids as written (the ranking, best first, for ordinal)
    points: tuple[int, ...] | None = None  # cumulative and scoring votes only
    fields: dict[str, str] = field(default_factory=dict)  # the other columns, e.g. age, sex


@dataclass(slots=True)
class PbElection:
    meta: dict[str, str]
    projects: list[PbProject]
    votes: list[PbVote]
    project_columns: tuple[str, ...] = ("project_id", "cost")
    vote_columns: tuple[str, ...] = ("voter_id", "vote")

    @property
    def vote_type(self) -> str:
        return self.meta["vote_type"]

    @property
    def budget(self) -> int:
        return int(self.meta["budget"])

    @property
    def rule(self) -> str | None:
        return self.meta.get("rule")

    @property
    def min_project_score_threshold(self) -> int | None:
        value = self.meta.get("min_project_score_threshold")
        return int(value) if value not in (None, "") else None

    @property
    def official_selected(self) -> frozenset[str] | None:
        """Projects marked ``selected`` = 1 (None if the file has no such column)."""
        if "selected" not in self.project_columns:
            return None
        return frozenset(p.project_id for p in self.projects if p.fields["selected"].strip() == "1")


# ---------------------------------------------------------------- reading


def read_pb(path: str | PathLike) -> PbElection:
    """Read a ``.pb`` file (UTF-8, an optional BOM is ignored)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        raise PabulibError(None, f"cannot read {path}: {error.strerror or error}") from None
    return parse_pb_bytes(data)


def parse_pb_bytes(data: bytes) -> PbElection:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise PabulibError(line, "the file is not valid UTF-8 text") from None
    return parse_pb(text)


def parse_pb(text: str) -> PbElection:
    return _Parser().parse(text)


class _Parser:
    def __init__(self) -> None:
        self.meta: dict[str, str] = {}
        self.projects: list[PbProject] = []
        self.votes: list[PbVote] = []
        self.project_index: dict[str, PbProject] = {}
        self.voter_ids: set[str] = set()
        self.project_columns: tuple[str, ...] = ()
        self.vote_columns: tuple[str, ...] = ()

    def records(self, text: str):
        reader = csv.reader(
            io.StringIO(text, newline=""), delimiter=";", quotechar='"', strict=True
        )
        previous = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                raise PabulibError(previous + 1, f"badly quoted field ({error})") from None
            start, previous = previous + 1, reader.line_num
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            yield start, row

    def parse(self, text: str) -> PbElection:
        section = None
        header: tuple[str, ...] | None = None
        last_line = 0
        seen: list[str] = []
        for line, row in self.records(text):
            last_line = line
            marker = _marker(row)
            if marker is not None:
                expected = SECTIONS[len(seen)] if len(seen) < len(SECTIONS) else None
                if marker in seen:
                    raise PabulibError(line, f"section {marker.upper()} appears a second time")
                if marker != expected:
                    raise PabulibError(
                        line, f"section {marker.upper()} must come after {expected.upper()}"
                    )
                if section is not None:
                    if header is None:
                        raise PabulibError(line, f"the {section.upper()} section has no header row")
                    self.end_section(section, line)
                seen.append(marker)
                section, header = marker, None
                continue
            if section is None:
                raise PabulibError(line, "a Pabulib file must start with the line META")
            if header is None:
                header = self.start_section(section, row, line)
                continue
            if len(row) != len(header):
                raise PabulibError(
                    line,
                    f"this {section.upper()} row has {len(row)} fields but the header has "
                    f"{len(header)} (a ';' inside a value must be quoted)",
                )
            if section == "meta":
                self.meta_row(row, line)
            elif section == "projects":
                self.project_row(header, row, line)
            else:
                self.vote_row(header, row, line)
        if not seen:
            raise PabulibError(1, "the file is empty; a Pabulib file starts with the line META")
        if len(seen) < len(SECTIONS):
            missing = SECTIONS[len(seen)].upper()
            raise PabulibError(last_line, f"the file ends before the {missing} section")
        if header is None:
            raise PabulibError(last_line, "the VOTES section has no header row")
        self.end_section("votes", last_line)
        return PbElection(
            self.meta, self.projects, self.votes, self.project_columns, self.vote_columns
        )

    def start_section(self, section: str, row: list[str], line: int) -> tuple[str, ...]:
        columns = tuple(c.strip() for c in row)
        if section == "meta":
            if columns != ("key", "value"):
                raise PabulibError(line, "the META section must start with the header 'key;value'")
            return columns
        if any(not c for c in columns) or len(set(columns)) != len(columns):
            raise PabulibError(
                line, f"the {section.upper()} header has an empty or repeated column"
            )
        required = ["project_id", "cost"] if section == "projects" else ["voter_id", "vote"]
        if section == "votes" and self.meta["vote_type"] in ("cumulative", "scoring"):
            required.append("points")
        for name in required:
            if name not in columns:
                raise PabulibError(line, f"the {section.upper()} header has no '{name}' column")
        if section == "projects":
            self.project_columns = columns
        else:
            self.vote_columns = columns
        return columns

    def end_section(self, section: str, line: int) -> None:
        if section == "meta":
            for key in ("budget", "vote_type"):
                if key not in self.meta:
                    raise PabulibError(line, f"META has no '{key}' row")
            if not _WHOLE.fullmatch(self.meta["budget"]):
                raise PabulibError(line, "META budget must be a whole number of currency units")
            if self.meta["vote_type"] not in VOTE_TYPES:
                raise PabulibError(line, f"META vote_type must be one of {', '.join(VOTE_TYPES)}")
            for key in (
                "num_projects",
                "num_votes",
                "min_length",
                "max_length",
                "min_project_score_threshold",
            ):
                value = self.meta.get(key)
                if value is not None and not _WHOLE.fullmatch(value):
                    raise PabulibError(line, f"META {key} must be a whole number")
            return
        counted = {"projects": len(self.projects), "votes": len(self.votes)}[section]
        declared = self.meta.get(f"num_{section}")
        if declared is not None and int(declared) != counted:
            raise PabulibError(
                line, f"META num_{section} is {declared} but the file lists {counted} {section}"
            )

    def meta_row(self, row: list[str], line: int) -> None:
        key, value = row[0].strip(), row[1].strip()
        if not key:
            raise PabulibError(line, "a META row has an empty key")
        if key in self.meta:
            raise PabulibError(line, f"META key '{key}' appears twice")
        self.meta[key] = value

    def project_row(self, header: tuple[str, ...], row: list[str], line: int) -> None:
        values = dict(zip(header, row, strict=True))
        project_id = values.pop("project_id").strip()
        cost = values.pop("cost").strip()
        if not project_id or "," in project_id:
            raise PabulibError(line, "a project_id must be non-empty and contain no ','")
        if project_id in self.project_index:
            raise PabulibError(line, f"project_id '{project_id}' appears twice")
        if not _WHOLE.fullmatch(cost):
            raise PabulibError(line, f"the cost of project '{project_id}' is not a whole number")
        project = PbProject(project_id, int(cost), values)
        self.projects.append(project)
        self.project_index[project_id] = project

    def vote_row(self, header: tuple[str, ...], row: list[str], line: int) -> None:
        values = dict(zip(header, row, strict=True))
        voter_id = values.pop("voter_id").strip()
        if not voter_id:
            raise PabulibError(line, "a vote has an empty voter_id")
        if voter_id in self.voter_ids:
            raise PabulibError(line, f"voter_id '{voter_id}' appears twice")
        vote_text = values.pop("vote").strip()
        vote = tuple(v.strip() for v in vote_text.split(",")) if vote_text else ()
        for project_id in vote:
            if project_id not in self.project_index:
                raise PabulibError(line, f"the vote names project '{project_id}', not in PROJECTS")
        if len(set(vote)) != len(vote):
            raise PabulibError(line, "the vote names the same project twice")
        vote_type = self.meta["vote_type"]
        if vote_type == "choose-1" and len(vote) > 1:
            raise PabulibError(line, "a choose-1 vote names more than one project")
        max_length = self.meta.get("max_length")
        if vote_type == "ordinal" and max_length is not None and len(vote) > int(max_length):
            raise PabulibError(line, "the ranking is longer than META max_length")
        points = None
        if vote_type in ("cumulative", "scoring"):
            points_text = values.pop("points").strip()
            parts = [p.strip() for p in points_text.split(",")] if points_text else []
            pattern = _WHOLE if vote_type == "cumulative" else _INTEGER
            if len(parts) != len(vote) or not all(pattern.fullmatch(p) for p in parts):
                raise PabulibError(
                    line, "points must be whole numbers, one per project named in the vote"
                )
            points = tuple(int(p) for p in parts)
        self.voter_ids.add(voter_id)
        self.votes.append(PbVote(voter_id, vote, points, values))


def _marker(row: list[str]) -> str | None:
    name = row[0].strip().lower()
    if name in SECTIONS and all(not cell.strip() for cell in row[1:]):
        return name
    return None


# ---------------------------------------------------------------- writing


def dumps_pb(election: PbElection) -> str:
    """The election as ``.pb`` text. num_projects / num_votes are set to the real counts."""
    meta = dict(election.meta)
    meta["num_projects"] = str(len(election.projects))
    meta["num_votes"] = str(len(election.votes))
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\n"
    )
    buffer.write("META\n")
    writer.writerow(["key", "value"])
    for key, value in meta.items():
        writer.writerow([key, value])
    buffer.write("PROJECTS\n")
    writer.writerow(election.project_columns)
    for project in election.projects:
        _check_id(project.project_id, "project_id")
        known = {"project_id": project.project_id, "cost": str(project.cost)}
        writer.writerow([known.get(c, project.fields.get(c, "")) for c in election.project_columns])
    buffer.write("VOTES\n")
    writer.writerow(election.vote_columns)
    for vote in election.votes:
        _check_id(vote.voter_id, "voter_id")
        known = {"voter_id": vote.voter_id, "vote": ",".join(vote.vote)}
        if vote.points is not None:
            known["points"] = ",".join(str(p) for p in vote.points)
        writer.writerow([known.get(c, vote.fields.get(c, "")) for c in election.vote_columns])
    return buffer.getvalue()


def write_pb(election: PbElection, path: str | PathLike) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(dumps_pb(election))


def _check_id(value: str, what: str) -> None:
    if not value or value != value.strip() or "," in value:
        raise PabulibError(None, f"{what} {value!r} must be non-empty, unpadded and without ','")


# ---------------------------------------------------------------- to the rules' model


def ordinal_points_length(election: PbElection) -> int:
    if "max_length" in election.meta:
        return int(election.meta["max_length"])
    return max((len(v.vote) for v in election.votes), default=0)


def to_rules_model(election: PbElection) -> tuple[Instance, Profile]:
    """The counting rules' view: projects with costs, budget, threshold, ballots."""
    instance = Instance(
        tuple(Project(p.project_id, p.cost) for p in election.projects),
        election.budget,
        election.min_project_score_threshold,
    )
    vote_type = election.vote_type
    if vote_type in ("approval", "choose-1"):
        return instance, Profile.from_approvals(v.vote for v in election.votes)
    if vote_type == "ordinal":
        length = ordinal_points_length(election)
        ballots = [{p: length - i for i, p in enumerate(v.vote)} for v in election.votes]
    else:
        ballots = [dict(zip(v.vote, v.points or (), strict=True)) for v in election.votes]
    return instance, Profile.from_points(ballots)
