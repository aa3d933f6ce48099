"""Follow-up questions in an election folder ([survey] in election.toml, texts per language):
built into the signed manifest, each mistake one sentence naming its place; the answers a
station takes and the tally reads."""

from __future__ import annotations

import pytest

from kiosk.crypto.canonical import decode_canonical
from kiosk.domain.errors import BallotError, PackageError
from kiosk.domain.survey import check_answers, read_answers
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.signed_package import build_package, load_package_bytes
from kiosk.package.survey_example import add_example_survey
from tests.conftest import example_source


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    key_path, _pub, _fp = create_authority(root / "authority")
    _k, tally_pub, _keys = create_tally(root / "tally", "pw", "outer-pw")
    return {"authority": load_authority(key_path), "tally_pub": tally_pub}


@pytest.fixture
def source(tmp_path, keys):
    folder = example_source(tmp_path / "src")
    (folder / "tally.pub").write_bytes(keys["tally_pub"].read_bytes())
    add_example_survey(folder)
    return folder


def _edit(folder, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_survey_is_signed_and_read_back(source, keys):
    package = build_package(source, keys["authority"])
    manifest = decode_canonical(package)["manifest"]
    assert [q["id"] for q in manifest["election"]["survey"]["questions"]] == [
        "age_band", "first_time", "heard_from"]
    election = load_package_bytes(package, keys["authority"].public.fingerprint).election
    survey = election.survey
    assert survey.asks and survey.min_cell == 5
    assert survey.text("en", "sv").answers["age_band"]["65-plus"] == "65 or older"
    assert set(survey.texts) == set(election.languages)


def test_a_folder_without_survey_has_no_survey_key(tmp_path, keys):
    folder = example_source(tmp_path / "plain")
    (folder / "tally.pub").write_bytes(keys["tally_pub"].read_bytes())
    manifest = decode_canonical(build_package(folder, keys["authority"]))["manifest"]
    assert "survey" not in manifest["election"]
    assert all("survey" not in texts for texts in manifest["texts"].values())


BROKEN = [
    ("min_cell zero", "election.toml", "min_cell = 5", "min_cell = 0",
     "survey: min_cell must be a whole number from 1 to 100, got 0"),
    ("one answer", "election.toml", 'answers = ["yes", "no"]', 'answers = ["yes"]',
     "survey question first_time: answers must list 2 to 12 ids"),
    ("answer twice", "election.toml", 'answers = ["yes", "no"]', 'answers = ["yes", "yes"]',
     "survey question first_time: an answer id is listed twice"),
    ("bad id", "election.toml", 'id = "age_band"', 'id = "Age band"',
     "survey question #1: id must be 1-32 lowercase letters, digits, '-' or '_', got 'Age band'"),
    ("unknown key", "election.toml", "min_cell = 5", "min_cell = 5\nanonymous = true",
     "survey: unknown setting 'anonymous'"),
    ("missing answer text", "texts/en.toml", '"65-plus" = "65 or older"\n', "",
     "texts/en.toml [survey.questions.age_band]: answer 65-plus has no text"),
    ("unknown answer text", "texts/sv.toml", '"yes" = "Ja"', '"maybe" = "Kanske"',
     "texts/sv.toml [survey.questions.first_time]: answer maybe is not in election.toml"),
    ("missing question", "texts/sv-simple.toml", "[survey.questions.heard_from]",
     "[survey.questions.heard_fromx]",
     "texts/sv-simple.toml [survey]: question heard_fromx is not in election.toml"),
    ("empty question", "texts/en.toml", 'question = "How old are you?"', 'question = " "',
     "texts/en.toml [survey.questions.age_band]: question must be a non-empty text"),
]


@pytest.mark.parametrize(("name", "file", "old", "new", "message"), BROKEN,
                         ids=[b[0] for b in BROKEN])
def test_each_mistake_gets_one_sentence(source, keys, name, file, old, new, message):
    _edit(source, file, old, new)
    with pytest.raises(PackageError) as error:
        build_package(source, keys["authority"])
    assert str(error.value).startswith(message), f"{name}: {error.value}"
    assert "\n" not in str(error.value)


def test_a_language_without_survey_texts_is_refused(source, keys):
    path = source / "texts" / "en.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("\n[survey]")] + "\n", encoding="utf-8")
    with pytest.raises(PackageError, match=r"^texts/en.toml \[survey\]: is missing: every "
                       "election language needs the survey's texts$"):
        build_package(source, keys["authority"])


def test_survey_texts_without_questions_are_refused(source, keys):
    path = source / "election.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("\n# The follow-up")] + "\n", encoding="utf-8")
    with pytest.raises(PackageError, match="survey texts are given but election.toml has no"):
        build_package(source, keys["authority"])


def test_answers_checked_at_the_station_and_read_leniently_at_the_tally(source, keys):
    election = load_package_bytes(build_package(source, keys["authority"]),
                                  keys["authority"].public.fingerprint).election
    survey = election.survey
    assert check_answers(survey, {"age_band": "16-24"}) == {"age_band": "16-24"}
    assert check_answers(survey, None) == {}
    with pytest.raises(BallotError) as error:
        check_answers(survey, {"age_band": "16-25"})
    assert error.value.message_id == "survey.unknown_answer"
    assert read_answers(survey, {"age_band": "16-25", "first_time": "no", "x": "y"}) == {
        "first_time": "no"}
    assert read_answers(survey, ["16-24"]) == {}
