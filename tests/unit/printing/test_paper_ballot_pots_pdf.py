"""Printed paper ballots of a package with pots: one PDF per language and district, the
district's name at the top, then one part per pot with its own rule, budget and proposals; a
package with only city-wide pots prints one PDF per language with every part."""

from __future__ import annotations

import base64
import re
import shutil

import pytest

from kiosk.domain.manifest import election_from_manifest
from kiosk.package.scaffold import scaffold_election
from kiosk.package.source import read_source
from kiosk.printing.paper_ballots import SheetRange, write_all_languages
from tests.unit.printing.test_paper_ballot_pdf import pdf_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")
_KEY = base64.b64encode(bytes(32)).decode()


def election_of(folder, city_only: bool = False):
    scaffold_election(folder, "districts")
    if city_only:
        toml = folder / "election.toml"
        toml.write_text(toml.read_text(encoding="utf-8").replace('kind = "district"',
                                                                 'kind = "city"'),
                        encoding="utf-8")
    return election_from_manifest(read_source(folder, {"seal": _KEY, "sign": _KEY}).manifest)


def words(path, page: int | None = None) -> str:
    """The text, bidi embedding marks that pdftotext adds left out, spaces collapsed."""
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", "", pdf_text(path, page))
    return " ".join(text.split())


def test_one_pdf_per_language_and_district_with_both_parts(tmp_path):
    election = election_of(tmp_path / "src")
    written = write_all_languages(tmp_path / "out", election, SheetRange.of(11, 12))
    names = sorted(path.name for path, _pages in written)
    assert names == sorted(f"paper-ballots-exempelstad-2027-{lang}-{district}-11-12.pdf"
                           for lang in election.languages for district in ("north", "south"))
    assert all(pages == 2 for _path, pages in written)  # one page per sheet
    north = tmp_path / "out" / "paper-ballots-exempelstad-2027-sv-north-11-12.pdf"
    text = words(north, 2)
    assert "Röstsedel nr 12" in text and "Område: Norra området" in text
    city, part2 = text.index("Del 1 av 2: Hela staden"), text.index("Del 2 av 2: Norra området")
    assert text.index("Område: Norra området") < city < part2
    assert "Budget: 1 000 000 kr" in text[city:part2] and "Budget: 250 000 kr" in text[part2:]
    for pid in ("c1", "c2", "c3", "c4"):
        title = election.proposal(pid).texts["sv"].title
        assert city < text.index(title) < part2
    for pid in ("n1", "n2", "n3"):
        assert election.proposal(pid).texts["sv"].title in text[part2:]
    for pid in ("s1", "s2", "s3"):  # the south district's proposals are on its own sheets
        assert election.proposal(pid).texts["sv"].title not in text
    english = words(tmp_path / "out" / "paper-ballots-exempelstad-2027-en-south-11-12.pdf", 1)
    assert "Part 1 of 2" in english and "Part 2 of 2" in english
    south = english[english.index("Part 2 of 2: South district"):]  # an approval pot
    assert "at most 2 proposals" in south and "Budget:" not in south
    assert "Flower meadow by the stream 80 000 kr" in south
    arabic = words(tmp_path / "out" / "paper-ballots-exempelstad-2027-ar-south-11-12.pdf", 1)
    assert "المنطقة الجنوبية" in arabic and "مقترحات على الأكثر" in arabic  # district, its rule


def test_only_city_pots_one_pdf_per_language_with_every_part(tmp_path):
    election = election_of(tmp_path / "src", city_only=True)
    assert not election.district_pots
    written = write_all_languages(tmp_path / "out", election, SheetRange.of(1, 1))
    assert sorted(path.name for path, _ in written) == sorted(
        f"paper-ballots-exempelstad-2027-{lang}-1-1.pdf" for lang in election.languages)
    text = words(tmp_path / "out" / "paper-ballots-exempelstad-2027-sv-1-1.pdf")
    assert "Del 1 av 3: Hela staden" in text and "Del 3 av 3: Södra området" in text
    assert "Område:" not in text
    for proposal in election.proposals:
        assert proposal.texts["sv"].title in text


def test_a_long_part_goes_on_over_pages_with_its_heads(tmp_path):
    folder = tmp_path / "src"
    scaffold_election(folder, "districts")
    toml = folder / "election.toml"
    extra = "".join(f'\n[[proposals]]\nid = "x{i}"\npot = "north"\ncost = 1000\n'
                    f'category = "play"\n' for i in range(25))
    toml.write_text(toml.read_text(encoding="utf-8") + extra, encoding="utf-8")
    for lang in ("sv", "sv-simple", "en", "ar"):
        texts = folder / "texts" / f"{lang}.toml"
        texts.write_text(texts.read_text(encoding="utf-8") + "".join(
            f'\n[proposals.x{i}]\ntitle = "Extra förslag {i}"\nsummary = "Kort."\n'
            'body = "Text."\n' for i in range(25)), encoding="utf-8")
    election = election_from_manifest(read_source(folder, {"seal": _KEY, "sign": _KEY})
                                      .manifest)
    written = dict(write_all_languages(tmp_path / "out", election, SheetRange.of(5, 5)))
    path = tmp_path / "out" / "paper-ballots-exempelstad-2027-sv-north-5-5.pdf"
    pages = written[path]
    assert pages >= 2
    texts = [words(path, page) for page in range(1, pages + 1)]
    for page, text in enumerate(texts, start=1):
        assert f"Röstsedel nr 5 ({page}/{pages})" in text
        assert "Förslag Kostnad" in text  # the column heads on every page
    assert "Del 1 av 2" in texts[0] and "Extra förslag 24" in texts[-1]
    every = " ".join(texts)
    assert all(every.count(f"Extra förslag {i} ") == 1 for i in range(25))


def test_each_part_prints_its_own_pot_rule(tmp_path):
    folder = tmp_path / "src"
    scaffold_election(folder, "districts")
    toml = folder / "election.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'rule = { kind = "knapsack", budget = 1000000 }',
        'rule = { kind = "approval", max_choices = 2 }\nbudget = 1000000', 1).replace(
        'rule = { kind = "knapsack", budget = 250000 }',
        'rule = { kind = "cumulative", total_points = 5, max_per_proposal = 3 }\n'
        'budget = 250000', 1),
        encoding="utf-8")
    election = election_from_manifest(read_source(folder, {"seal": _KEY, "sign": _KEY})
                                      .manifest)
    write_all_languages(tmp_path / "out", election, SheetRange.of(1, 1))
    text = words(tmp_path / "out" / "paper-ballots-exempelstad-2027-sv-north-1-1.pdf")
    part2 = text.index("Del 2 av 2")
    assert "högst 2 förslag" in text[:part2] and "Budget:" not in text[:part2]
    assert "högst 5 poäng sammanlagt och högst 3 poäng på ett förslag" in text[part2:]
    assert "Poäng" in text[part2:] and "Budget:" not in text[part2:]
