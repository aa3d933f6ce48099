"""The translation kit: export one language as XLIFF 2.0, check and merge it back."""

from __future__ import annotations

import shutil
import tomllib
import xml.etree.ElementTree as ET

import pytest

from kiosk.ui import translation_kit as kit

NS = {"x": kit.NS}


@pytest.fixture()
def project(tmp_path):
    translations = tmp_path / "translations"
    texts = tmp_path / "texts"
    shutil.copytree(kit.TRANSLATIONS, translations)
    shutil.copytree(kit.DEMO_TEXTS, texts)
    return translations, texts


def edit(path, unit_id, target):
    tree = ET.parse(path)
    unit = tree.getroot().find(f".//x:unit[@id='{unit_id}']", NS)
    assert unit is not None, unit_id
    unit.find(".//x:target", NS).text = target
    tree.write(path, encoding="utf-8", xml_declaration=True)


def staff_unit(path, source):
    for unit in ET.parse(path).getroot().iterfind(".//x:unit", NS):
        if unit.get("id").startswith("staff:") and unit.find(".//x:source", NS).text == source:
            return unit.get("id")
    raise AssertionError(source)


def test_export_has_everything_a_translator_needs(tmp_path, project):
    translations, texts = project
    ui, election = kit.export_kit("se", tmp_path / "kit", texts, translations)
    root = ET.parse(ui).getroot()
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "se")
    ids = [u.get("id") for u in root.iterfind(".//x:unit", NS)]
    assert any(i.startswith("voter:") for i in ids) and any(i.startswith("staff:") for i in ids)
    assert "poster:funded" in ids and "protocol:signature" in ids
    doc = ET.parse(election).getroot()
    assert doc.get("srcLang") == "sv"
    summary = doc.find(".//x:unit[@id='text:proposals.p1.summary']", NS)
    assert summary.find(".//x:note[@category='max-length']", NS).text == "160"
    assert summary.find(".//x:source", NS).text.startswith("Belysning")


def test_round_trip_merges_and_records_the_review(tmp_path, project):
    translations, texts = project
    ui, election = kit.export_kit("se", tmp_path / "kit", texts, translations)
    unit = staff_unit(ui, "Leave staff mode")
    edit(ui, unit, "Guođe bargiid dili")
    edit(election, "text:proposals.p2.summary", "Gávcci beaŋka Skolvägena guoras.")
    lines = kit.import_kit([ui, election], "Sámediggi, giellaossodat", "2027-01-15", texts,
                           translations)
    assert any("rostkiosk_staff_se.ts" in line for line in lines)
    staff = (translations / "rostkiosk_staff_se.ts").read_text(encoding="utf-8")
    assert "<translation>Guođe bargiid dili</translation>" in staff
    doc = tomllib.loads((texts / "se.toml").read_text(encoding="utf-8"))
    assert doc["proposals"]["p2"]["summary"] == "Gávcci beaŋka Skolvägena guoras."
    assert doc["proposals"]["p1"]["body"]  # the rest is untouched and still reads
    assert (texts / "se.toml").read_text(encoding="utf-8").startswith("#")  # comments kept
    status = (translations / "STATUS.md").read_text(encoding="utf-8")
    row = next(line for line in status.splitlines() if line.startswith("| `se` |"))
    assert "Sámediggi, giellaossodat, 2027-01-15 (staff, texts)" in row


@pytest.mark.parametrize(("tag", "unit", "target", "says"), [
    ("se", "staff", "Bargiid dilli", "placeholders"),
    ("se", "text:proposals.p3.summary", "x" * 161, "at most 160"),
    ("sma", "text:proposals.p3.title", "Čuoggá", "not written in South Sami"),
    ("se", "voter:Nope:123", "x", "unknown id"),
])
def test_bad_file_is_refused_whole(tmp_path, project, tag, unit, target, says):
    translations, texts = project
    ui, election = kit.export_kit(tag, tmp_path / "kit", texts, translations)
    good = staff_unit(ui, "Leave staff mode")
    edit(ui, good, "something new")
    if unit == "staff":
        edit(ui, staff_unit(ui, "Staff mode – %1"), target)
    elif unit.startswith("voter:"):
        tree = ET.parse(ui)
        file = tree.getroot().find("x:file", NS)
        new = ET.SubElement(file, f"{{{kit.NS}}}unit", {"id": unit})
        segment = ET.SubElement(new, f"{{{kit.NS}}}segment")
        ET.SubElement(segment, f"{{{kit.NS}}}source").text = "x"
        ET.SubElement(segment, f"{{{kit.NS}}}target").text = target
        tree.write(ui, encoding="utf-8", xml_declaration=True)
    else:
        edit(election, unit, target)
    before = {p: p.read_bytes() for p in list(translations.iterdir()) + list(texts.iterdir())
              if p.is_file()}
    with pytest.raises(kit.KitError, match=says) as refused:
        kit.import_kit([ui, election], "Someone", "2027-01-15", texts, translations)
    assert str(refused.value).startswith("nothing was merged")
    after = {p: p.read_bytes() for p in before}
    assert after == before


def test_cli_round_trip_and_one_sentence_errors(tmp_path, capsys):
    from kiosk.cli.translations_cmd import main

    assert main(["export", "--language", "zz", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip().count("\n") == 0
    (tmp_path / "bad.xlf").write_text("<not xliff", encoding="utf-8")
    assert main(["import", str(tmp_path / "bad.xlf"), "--reviewed-by", "X"]) == 1
    assert "not a readable XLIFF file" in capsys.readouterr().err
