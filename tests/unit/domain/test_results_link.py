"""The package's `[results]` address: built into the signed package, checked with one-sentence
errors, and turned into the receipt's QR address with the tracking code in it."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.errors import PackageError
from kiosk.domain.results_link import ResultsLink, parse_results
from kiosk.package.authority_keys import create_authority, create_tally, load_authority
from kiosk.package.signed_package import build_package, load_package_bytes
from tests.conftest import example_source

OPENS = date(2027, 4, 1)
CODE = "KNYK-MTCH-9QP1-FQRG"


@pytest.fixture(scope="module")
def authority(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    key_path, _pub, _fp = create_authority(root / "authority")
    _k, tally_pub, _keys = create_tally(root / "tally", "pw", "pw")
    return load_authority(key_path), tally_pub


def folder_with(tmp_path, authority, results: str):
    folder = example_source(tmp_path / "src")
    (folder / "tally.pub").write_bytes(authority[1].read_bytes())
    toml = (folder / "election.toml").read_text(encoding="utf-8")
    (folder / "election.toml").write_text(toml + results, encoding="utf-8")
    return folder


def test_results_address_is_signed_into_the_package(tmp_path, authority):
    folder = folder_with(tmp_path, authority, '\n[results]\nurl = "https://val.example.se/'
                         'kolla?kod={code}"\nfrom = 2027-04-28\n')
    data = build_package(folder, authority[0])
    election = load_package_bytes(data, authority[0].public.fingerprint).election
    assert election.results == ResultsLink("https://val.example.se/kolla?kod={code}",
                                           date(2027, 4, 28))
    assert election.results.for_code(CODE) == f"https://val.example.se/kolla?kod={CODE}"
    assert election.results.site == "val.example.se/kolla"
    assert b"val.example.se" in data
    # the address is covered by the signature: a package pointing elsewhere is refused
    tampered = data.replace(b"val.example.se", b"bad.example.se")
    assert tampered != data
    with pytest.raises(PackageError):
        load_package_bytes(tampered, authority[0].public.fingerprint)


def test_packages_without_results_still_build_and_load(tmp_path, authority):
    folder = folder_with(tmp_path, authority, "")
    package = load_package_bytes(build_package(folder, authority[0]),
                                 authority[0].public.fingerprint)
    assert package.election.results is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://a.example/check", f"https://a.example/check?code={CODE}"),
    ("https://a.example/check?lang=sv", f"https://a.example/check?lang=sv&code={CODE}"),
    ("https://a.example/check#{code}", f"https://a.example/check#{CODE}"),
    ("https://a.example/c/{code}", f"https://a.example/c/{CODE}"),
])
def test_the_code_goes_where_the_address_says(url, expected):
    assert parse_results({"url": url}, OPENS).for_code(CODE) == expected


def test_a_code_with_odd_characters_is_quoted():
    link = parse_results({"url": "https://a.example/c?k={code}"}, OPENS)
    assert link.for_code("A B&C") == "https://a.example/c?k=A%20B%26C"


@pytest.mark.parametrize(("raw", "message"), [
    ("https://x", None),
    ({"url": "http://val.example.se/{code}"}, "url must be an https:// address"),
    ({"url": "https://val.example.se/a b"}, "url must be an https:// address"),
    ({"url": "https:///kolla"}, "url has no host name"),
    ({"url": "https://v.example/{code}/{code}"}, "url may contain {code} only once"),
    ({"url": "https://v.example/kolla#top"}, "a url with '#' must say where the code goes"),
    ({"url": "https://v.example/", "from": "soon"}, "from must be a date like 2027-04-28"),
    ({"url": "https://v.example/", "from": "2027-03-01"}, "from (2027-03-01) is before voting"),
    ({"url": "https://v.example/", "when": "2027-05-01"}, "unknown setting 'when'"),
])
def test_bad_results_settings_get_one_clear_sentence(raw, message):
    with pytest.raises(PackageError) as error:
        parse_results(raw, OPENS)
    text = str(error.value)
    assert text.startswith("results: ") and "\n" not in text
    if message:
        assert message in text


def test_a_bad_results_address_stops_the_build_and_names_the_place(tmp_path, authority):
    folder = folder_with(tmp_path, authority, '\n[results]\nurl = "http://val.example.se"\n')
    with pytest.raises(PackageError, match=r"^results: url must be an https:// address"):
        build_package(folder, authority[0])
