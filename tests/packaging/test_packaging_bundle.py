"""The bundle's size helpers: the ICU data filter (packaging/pyinstaller/slim_icu.py) and the
unreferenced-library pruning (prune_libs.py). The bundle itself is built and run by
`make bundle-smoke`."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


slim_icu = _load("slim_icu")
prune_libs = _load("prune_libs")


def _qt_lib_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib"


def _icu_data() -> Path:
    lib = _qt_lib_dir()
    found = sorted(lib.glob("libicudata.so.*")) if lib and lib.is_dir() else []
    if not found:
        pytest.skip("this PySide6 has no bundled libicudata (not a Linux wheel)")
    return found[0]


@pytest.mark.parametrize(("name", "kept"), [
    ("root.res", True), ("sv.res", True), ("sv_SE.res", True), ("ar.res", True),
    ("en_US_POSIX.res", True), ("uprops.icu", True), ("nfkc.nrm", True), ("pool.res", True),
    ("coll/ucadata.icu", True), ("coll/sv.res", True), ("coll/root.res", True),
    ("brkitr/line.brk", True), ("cnvalias.icu", True),
    ("de.res", False), ("en_AU.res", False), ("zh_Hant.res", False), ("coll/zh.res", False),
    ("ibm-943_P15A-2003.cnv", False), ("brkitr/cjdict.dict", False),
    ("translit/root.res", False), ("curr/ja.res", False),
])
def test_icu_items_kept(name, kept):
    assert slim_icu.keep_item(name) is kept


def test_icu_data_round_trips_byte_for_byte():
    _, blob = slim_icu.read_blob(_icu_data())
    header, items = slim_icu.parse(blob)
    assert len(items) > 1000
    assert slim_icu.build(header, items) == blob


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None,
                    reason="no C compiler")
def test_slim_icu_library_exports_the_kept_items(tmp_path):
    source = _icu_data()
    out = tmp_path / source.name
    before, after = slim_icu.slim(source, out)
    assert after < before / 4
    assert out.stat().st_size < source.stat().st_size / 4
    symbol, blob = slim_icu.read_blob(out)
    assert symbol == slim_icu.read_blob(source)[0]
    names = {name.split("/", 1)[1] for name, _ in slim_icu.parse(blob)[1]}
    assert {"root.res", "sv.res", "ar.res", "coll/ucadata.icu", "cnvalias.icu"} <= names
    assert not any(name.endswith(".cnv") for name in names)
    assert prune_libs.needed(out) == []  # a pure data library, like the original


def test_needed_reads_qt_core_dependencies():
    lib = _qt_lib_dir()
    core = sorted(lib.glob("libQt6Core.so.*")) if lib and lib.is_dir() else []
    if not core:
        pytest.skip("no Linux Qt Core library here")
    assert any(name.startswith("libicuuc") for name in prune_libs.needed(core[0]))


def test_prune_keeps_only_reachable_libraries(monkeypatch):
    graph = {"/s/ext.so": ["liba.so"], "/s/liba.so": ["libb.so"], "/s/libb.so": [],
             "/s/liborphan.so": ["liba.so"], "/s/plugin.so": ["libc.so"], "/s/libc.so": []}
    monkeypatch.setattr(prune_libs, "needed", lambda path: graph[path])
    toc = [("mod/ext.cpython-311-x86_64-linux-gnu.so", "/s/ext.so", "EXTENSION"),
           ("liba.so", "/s/liba.so", "BINARY"), ("libb.so", "/s/libb.so", "BINARY"),
           ("liborphan.so", "/s/liborphan.so", "BINARY"),
           ("PySide6/Qt/plugins/platforms/plugin.so", "/s/plugin.so", "BINARY"),
           ("libc.so", "/s/libc.so", "BINARY")]
    kept, dropped = prune_libs.prune(toc)
    assert dropped == ["liborphan.so"]
    assert len(kept) == 5
