"""Bad election sources are refused with one sentence, and nothing is left on disk: nesting
depth, invisible or direction-control titles, stray direction controls in texts, images and
audio checked by content, budgets and costs within sane bounds, the package size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.domain.errors import PackageError
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.media_checks import MediaProblem, check_image
from kiosk.package.signed_package import build_package
from tests.conftest import example_source
from tests.media_samples import jpeg_shell, png, png_claiming


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    key_path, _pub, _fp = create_authority(root / "authority")
    _k, tally_pub, _keys = create_tally(root / "tally", "pw", "pw")
    return {"authority": load_authority(key_path), "key_path": key_path, "tally_pub": tally_pub}


@pytest.fixture
def source(tmp_path, keys) -> Path:
    folder = example_source(tmp_path / "src")
    (folder / "tally.pub").write_bytes(keys["tally_pub"].read_bytes())
    return folder


def _replace(path: str, old: str, new: str):
    def apply(folder: Path) -> None:
        target = folder / path
        text = target.read_text(encoding="utf-8")
        assert old in text, f"edit does not apply: {old!r}"
        target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return apply


def _image(data: bytes, name: str = "p1.png"):
    def apply(folder: Path) -> None:
        (folder / "images").mkdir(exist_ok=True)
        (folder / "images" / name).write_bytes(data)
        _replace("election.toml", 'category = "play"',
                 f'category = "play"\nimage = "images/{name}"')(folder)
    return apply


def _audio(data: bytes, name: str = "p1.ogg"):
    def apply(folder: Path) -> None:
        (folder / "audio" / "en").mkdir(parents=True)
        (folder / "audio" / "en" / name).write_bytes(data)
    return apply


def _deep(folder: Path) -> None:
    (folder / "texts" / "en.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n",
                                              encoding="utf-8")


def _fairly_deep(folder: Path) -> None:
    text = (folder / "texts" / "en.toml").read_text(encoding="utf-8")
    (folder / "texts" / "en.toml").write_text(text + "deep = " + "[" * 40 + "]" * 40 + "\n",
                                              encoding="utf-8")


TITLE = 'title = "Ny lekplats vid skolan"'
BROKEN = [
    ("deeply nested texts (RecursionError before)", _deep,
     "en.toml: is nested more than 12 levels deep"),
    ("nested below the recursion limit", _fairly_deep,
     "en.toml: is nested more than 12 levels deep"),
    ("title of a right-to-left override only", _replace("texts/sv.toml", TITLE,
                                                       'title = "\\u202e"'),
     "proposal p1, sv text: title contains a hidden text-direction control (U+202E)"),
    ("title of invisible characters only", _replace("texts/sv.toml", TITLE,
                                                   'title = "\\u200b\\u200f\\u2063\\u3164"'),
     "proposal p1, sv text: title has no visible characters"),
    ("stray isolate in a body", _replace("texts/en.toml", "A meadow",
                                         "A \\u2066meadow\\u2069"),
     "proposal p2, en text: summary contains a hidden text-direction control (U+2066)"),
    ("override in the election title", _replace("texts/sv.toml", 'title = "Medborgarbudget',
                                                'title = "\\u202dMedborgarbudget'),
     "texts sv: title contains a hidden text-direction control (U+202D)"),
    ("control character in a text", _replace("texts/sv.toml", TITLE,
                                             'title = "Ny lekplats\\u0007"'),
     "proposal p1, sv text: title contains a control character (U+0007)"),
    ("text file posing as an image", _image(b"just some text, not an image at all"),
     "proposal p1: 'images/p1.png' is not a PNG or JPEG image"),
    ("PNG cut in half", _image(png()[:60]),
     "proposal p1: 'images/p1.png' is a damaged PNG image"),
    ("PNG with a changed pixel byte", _image(png()[:50] + b"\x00" + png()[51:]),
     "proposal p1: 'images/p1.png' is a damaged PNG image"),
    ("PNG of 1×1 pixel", _image(png(1, 1)),
     "proposal p1: 'images/p1.png' is 1×1 pixels; an image must be 16 to 8192 pixels"),
    ("PNG bomb header 60000×60000", _image(png_claiming(60000, 60000)),
     "proposal p1: 'images/p1.png' is 60000×60000 pixels; an image must be 16 to 8192 pixels "
     "wide and high, at most 40 000 000 pixels"),
    ("PNG whose data is smaller than its header says", _image(png_claiming(100, 100)),
     "proposal p1: 'images/p1.png' is a damaged PNG image (its image data has the wrong size)"),
    ("JPEG without its end", _image(jpeg_shell()[:-2], "p1.jpg"),
     "proposal p1: 'images/p1.jpg' is a damaged JPEG image"),
    ("huge JPEG frame", _image(jpeg_shell(20000, 20000), "p1.jpg"),
     "proposal p1: 'images/p1.jpg' is 20000×20000 pixels"),
    ("audio clip that is not audio", _audio(b"<html>not a clip</html>"),
     "audio/en/p1.ogg: 'audio/en/p1.ogg' is not an Ogg, Opus, MP3 or WAV clip"),
    ("budget beyond ten billion", _replace("election.toml", "budget = 500000",
                                           "budget = 5000000000000"),
     "rule: budget must be at most 10 000 000 000 kronor, got 5 000 000 000 000"),
    ("cost beyond ten billion", _replace("election.toml", 'kind = "knapsack"\nbudget = 500000\n'
                                         "min_spent_percent = 0",
                                         'kind = "approval"\nmax_choices = 2'),
     None),  # (set up below together with the cost)
    ("points beyond a thousand", _replace("election.toml", 'kind = "knapsack"\nbudget = 500000\n'
                                          "min_spent_percent = 0",
                                          'kind = "cumulative"\ntotal_points = 100000'),
     "rule: total_points must be at most 1 000, got 100 000"),
]
BROKEN = [b for b in BROKEN if b[2] is not None]
BROKEN.append(("cost beyond ten billion", lambda f: (
    _replace("election.toml", 'kind = "knapsack"\nbudget = 500000\nmin_spent_percent = 0',
             'kind = "approval"\nmax_choices = 2')(f),
    _replace("election.toml", "cost = 180000", "cost = 99000000000")(f)),
    "proposal p1: cost must be at most 10 000 000 000 kronor, got 99 000 000 000"))


@pytest.mark.parametrize(("name", "edit", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_bad_source_is_refused_with_one_sentence(source, keys, name, edit, message):
    edit(source)
    with pytest.raises(PackageError) as error:
        build_package(source, keys["authority"])
    assert str(error.value).startswith(message), f"{name}: {error.value}"
    assert "\n" not in str(error.value)


def test_good_media_pass(source, keys):
    assert check_image(png(32, 24)) == (32, 24)
    assert check_image(png(33, 17, interlaced=True)) == (33, 17)
    assert check_image(jpeg_shell(64, 48)) == (64, 48)
    with pytest.raises(MediaProblem):
        check_image(png(32, 24)[:-12])  # no IEND
    _image(png(64, 64))(source)
    _audio(b"OggS\x00\x02" + bytes(40))(source)
    build_package(source, keys["authority"])  # both accepted


def test_direction_marks_that_arabic_needs_are_allowed(source, keys):
    _replace("texts/sv.toml", TITLE, 'title = "Ny lekplats \\u200f(2027)\\u200e vid skolan"')(
        source)
    build_package(source, keys["authority"])


@pytest.mark.parametrize("edit", [_deep, _image(b"GIF89a not allowed")])
def test_cli_build_leaves_nothing_behind(source, keys, tmp_path, edit):
    edit(source)
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run([sys.executable, "-m", "kiosk", "election", "build", str(source),
                           "--key", str(keys["key_path"]), "-o", str(out / "election.pkg")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stdout
    assert done.stderr.startswith("kiosk: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert list(out.iterdir()) == []  # no package, no partial file


def test_a_package_over_the_size_limit_is_never_written(source, keys, tmp_path, monkeypatch):
    from kiosk.package import signed_package

    _image(png(64, 64))(source)
    monkeypatch.setattr(signed_package, "MAX_PACKAGE_BYTES", 2000)
    with pytest.raises(PackageError, match="would be larger than 256 MB"):
        build_package(source, keys["authority"])
