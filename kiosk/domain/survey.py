"""The follow-up questions a package may define (election.toml `[survey]`, texts per language).

    # election.toml
    [survey]
    min_cell = 5                       # statistics hide counts below this (default 5)
    [[survey.questions]]
    id = "age_band"
    answers = ["16-24", "25-44", "45-64", "65-plus"]

    # texts/sv.toml
    [survey]
    intro = "Några frågor om dig, för kommunens uppföljning. Du kan hoppa över dem."
    [survey.questions.age_band]
    question = "Hur gammal är du?"
    answers = { "16-24" = "16–24 år", "25-44" = "25–44 år", "45-64" = "45–64 år",
                "65-plus" = "65 år eller äldre" }

Every question and answer needs a text in every election language. The voter may skip any
question or all of them; the answers travel inside the sealed inner envelope as
{question id: answer id} and are only ever counted in suppressed tables (kiosk/tally/statistics).
This module owns the manifest form (`to_dict`, `parse_survey`) and the answers' check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kiosk.domain.errors import BallotError, PackageError
from kiosk.domain.text_checks import text_problem

ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
MAX_QUESTIONS = 6
MAX_ANSWERS = 12
MAX_TEXT = 200
DEFAULT_MIN_CELL = 5


@dataclass(frozen=True)
class SurveyQuestion:
    id: str
    answers: tuple[str, ...]


@dataclass(frozen=True)
class SurveyText:
    intro: str
    questions: dict[str, str]  # question id -> question
    answers: dict[str, dict[str, str]]  # question id -> answer id -> text


@dataclass(frozen=True)
class Survey:
    questions: tuple[SurveyQuestion, ...] = ()
    min_cell: int = DEFAULT_MIN_CELL
    texts: dict[str, SurveyText] = field(default_factory=dict)  # language -> texts

    @property
    def asks(self) -> bool:
        return bool(self.questions)

    def question(self, question_id: str) -> SurveyQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    def text(self, language: str, fallback: str) -> SurveyText:
        return self.texts.get(language) or self.texts[fallback]

    def to_dict(self) -> dict:
        return {"min_cell": self.min_cell,
                "questions": [{"id": q.id, "answers": list(q.answers)} for q in self.questions]}


def _fail(place: str, reason: str) -> PackageError:
    return PackageError("package.invalid", f"{place}: {reason}", place=place, reason=reason)


def _text(value: object, place: str, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(place, f"{what} must be a non-empty text")
    if len(value) > MAX_TEXT:
        raise _fail(place, f"{what} is {len(value)} characters long, at most {MAX_TEXT}")
    problem = text_problem(value)
    if problem:
        raise _fail(place, f"{what} {problem}")
    return value.strip()


def parse_survey(raw: object, texts: dict[str, object], languages: tuple[str, ...]) -> Survey:
    """Validate the manifest's `survey` (None when absent) and each language's survey texts."""
    if raw is None:
        if any(isinstance(t, dict) and "survey" in t for t in texts.values()):
            raise _fail("texts", "survey texts are given but election.toml has no [survey]")
        return Survey()
    place = "survey"
    if not isinstance(raw, dict):
        raise _fail(place, "must be a table")
    unknown = sorted(set(raw) - {"min_cell", "questions"})
    if unknown:
        raise _fail(place, f"unknown setting '{unknown[0]}'")
    min_cell = raw.get("min_cell", DEFAULT_MIN_CELL)
    if isinstance(min_cell, bool) or not isinstance(min_cell, int) or not 1 <= min_cell <= 100:
        raise _fail(place, f"min_cell must be a whole number from 1 to 100, got {min_cell!r}")
    questions_raw = raw.get("questions", [])
    if not isinstance(questions_raw, list) or not 1 <= len(questions_raw) <= MAX_QUESTIONS:
        raise _fail(place, f"needs 1 to {MAX_QUESTIONS} [[survey.questions]]")
    questions = []
    for number, q in enumerate(questions_raw, start=1):
        qid = q.get("id") if isinstance(q, dict) else None
        if not isinstance(qid, str) or not ID.fullmatch(qid):
            raise _fail(f"survey question #{number}", "id must be 1-32 lowercase letters, "
                        f"digits, '-' or '_', got {qid!r}")
        if any(qid == other.id for other in questions):
            raise _fail(f"survey question {qid}", "the id is used twice")
        extra = sorted(set(q) - {"id", "answers"})
        if extra:
            raise _fail(f"survey question {qid}", f"unknown setting '{extra[0]}'")
        answers = q.get("answers")
        if not isinstance(answers, list) or not 2 <= len(answers) <= MAX_ANSWERS:
            raise _fail(f"survey question {qid}", f"answers must list 2 to {MAX_ANSWERS} ids")
        for answer in answers:
            if not isinstance(answer, str) or not ID.fullmatch(answer):
                raise _fail(f"survey question {qid}", "each answer id must be 1-32 lowercase "
                            f"letters, digits, '-' or '_', got {answer!r}")
        if len(set(answers)) != len(answers):
            raise _fail(f"survey question {qid}", "an answer id is listed twice")
        questions.append(SurveyQuestion(qid, tuple(answers)))
    parsed = {lang: _parse_text(texts.get(lang), lang, questions) for lang in languages}
    return Survey(tuple(questions), min_cell, parsed)


def _parse_text(entry: object, lang: str, questions: list[SurveyQuestion]) -> SurveyText:
    place = f"texts/{lang}.toml [survey]"
    raw = entry.get("survey") if isinstance(entry, dict) else None
    if not isinstance(raw, dict):
        raise _fail(place, "is missing: every election language needs the survey's texts")
    unknown = sorted(set(raw) - {"intro", "questions"})
    if unknown:
        raise _fail(place, f"unknown field '{unknown[0]}'")
    intro = _text(raw["intro"], place, "intro") if raw.get("intro") else ""
    by_id = raw.get("questions", {})
    if not isinstance(by_id, dict):
        raise _fail(place, "questions must be [survey.questions.<id>] tables")
    extra = sorted(set(by_id) - {q.id for q in questions})
    if extra:
        raise _fail(place, f"question {extra[0]} is not in election.toml")
    asked, answered = {}, {}
    for q in questions:
        qplace = f"texts/{lang}.toml [survey.questions.{q.id}]"
        item = by_id.get(q.id)
        if not isinstance(item, dict):
            raise _fail(qplace, "is missing")
        asked[q.id] = _text(item.get("question"), qplace, "question")
        answers = item.get("answers")
        if not isinstance(answers, dict):
            raise _fail(qplace, "answers must map each answer id to its text")
        for aid in answers:
            if aid not in q.answers:
                raise _fail(qplace, f"answer {aid} is not in election.toml")
        answered[q.id] = {}
        for aid in q.answers:
            if aid not in answers:
                raise _fail(qplace, f"answer {aid} has no text")
            answered[q.id][aid] = _text(answers[aid], qplace, f"answer {aid}")
    return SurveyText(intro, asked, answered)


def check_answers(survey: Survey, answers: object) -> dict[str, str]:
    """The voter's answers as {question id: answer id}; skipped questions are simply absent."""
    if answers is None:
        return {}
    if not isinstance(answers, dict):
        raise BallotError("survey.malformed", "the follow-up answers are malformed")
    out = {}
    for qid, aid in answers.items():
        try:
            question = survey.question(qid)
        except KeyError:
            raise BallotError("survey.unknown_question",
                              f"the follow-up has no question {qid!r}") from None
        if aid not in question.answers:
            raise BallotError("survey.unknown_answer",
                              f"question {qid!r} has no answer {aid!r}")
        out[qid] = aid
    return out


def read_answers(survey: Survey, value: object) -> dict[str, str]:
    """The tally's reading of an opened envelope's `survey`: what does not fit the package's
    questions counts as not answered (the ballot itself still counts)."""
    if not isinstance(value, dict):
        return {}
    out = {}
    for question in survey.questions:
        answer = value.get(question.id)
        if isinstance(answer, str) and answer in question.answers:
            out[question.id] = answer
    return out
