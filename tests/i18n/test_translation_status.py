"""translations/STATUS.md is generated from the files and must be current."""

from __future__ import annotations

import shutil

from kiosk.ui import translation_status as status


def test_status_md_is_current():
    assert status.STATUS.read_text(encoding="utf-8") == status.render(), (
        "translations/STATUS.md is stale: run python -m kiosk.ui.translation_status")


def test_counts_follow_the_files(tmp_path):
    translations = tmp_path / "translations"
    shutil.copytree(status.TRANSLATIONS, translations)
    texts = tmp_path / "texts"
    shutil.copytree(status.TEXTS, texts)
    before = status.render(translations, texts)
    assert "| `se` |" in before and "(1 unfinished)" not in before
    staff = translations / "rostkiosk_staff_se.ts"
    staff.write_text(staff.read_text(encoding="utf-8").replace(
        "<translation>", '<translation type="unfinished">', 1), encoding="utf-8")
    fit = texts / "fit.toml"
    fit.write_text(fit.read_text(encoding="utf-8").replace("[proposals.p12]", "[proposals.p13]"),
                   encoding="utf-8")
    (translations / "rostkiosk_staff_ar.ts").unlink()
    reviews = translations / "review-status.toml"
    reviews.write_text(reviews.read_text(encoding="utf-8") + '\n[[review]]\nlanguage = "fi"\n'
                       'kinds = ["texts"]\nreviewed_by = "Älvmora kommun"\n'
                       'reviewed_on = "2027-01-15"\n', encoding="utf-8")
    after = status.render(translations, texts)
    row = {line.split("|")[1].strip(): line for line in after.splitlines()
           if line.startswith("| `")}
    assert "(1 unfinished)" in row["`se`"]
    assert "52 of 56 fields" in row["`fit`"]
    assert "none: shown in English" in row["`ar`"]
    assert "Älvmora kommun, 2027-01-15 (texts)" in row["`fi`"]
    assert "no human review" in row["`sv`"]
    assert "has been reviewed by a human yet" not in after


def test_check_mode_reports_a_stale_file(tmp_path, monkeypatch, capsys):
    stale = tmp_path / "STATUS.md"
    stale.write_text("old\n", encoding="utf-8")
    monkeypatch.setattr(status, "STATUS", stale)
    assert status.main(["--check"]) == 1
    assert "run python -m kiosk.ui.translation_status" in capsys.readouterr().err
    assert stale.read_text(encoding="utf-8") == "old\n"
