"""The demo election's pictures are what kiosk/demo/make_images.py draws, byte for byte."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from kiosk.demo.make_images import OUT_DIR, PICTURES, main  # noqa: E402


def test_the_committed_pictures_are_the_drawn_ones(tmp_path, capsys):
    assert main(["--out", str(tmp_path)]) == 0
    drawn = sorted(p.name for p in tmp_path.glob("*.png"))
    assert drawn == sorted(f"p{n}.png" for n in range(1, len(PICTURES) + 1))
    for name in drawn:
        size = (tmp_path / name).stat().st_size
        assert size < 40 * 1024, f"{name} is {size} bytes"
        assert (tmp_path / name).read_bytes() == (OUT_DIR / name).read_bytes(), name
    assert capsys.readouterr().out.count("KB") == len(PICTURES)
