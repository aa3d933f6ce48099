"""`kiosk tally import FILE…`: many files, verified on all cores, committed one by one.

Files are committed in chain order (station, first record), whatever order they were named in,
so `kiosk tally import usb/*.export` works however the names sort. Each file is accepted whole
or refused whole; one refusal never stops the others.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kiosk.crypto.hashing import sha256
from kiosk.domain.errors import KioskError
from kiosk.package.signed_package import LoadedPackage
from kiosk.tally import check_pool
from kiosk.tally.importer import (
    CheckedExport,
    ImportRefused,
    ImportResult,
    commit_checked,
    log_rejection,
)
from kiosk.tally.parallel import InlineExecutor, Progress, cpu_count, ordered_map, process_pool
from kiosk.tally.store import TallyStore

PARALLEL_FROM_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class FileOutcome:
    path: str
    result: ImportResult | None = None
    error: str | None = None  # one sentence


def _chain_order(path: str) -> tuple:
    """(station, first record) from the file's first line, unverified: only for ordering."""
    try:
        with open(path, "rb") as handle:
            header = json.loads(handle.readline(1 << 20))
        return (str(header["station"]), int(header["first_seq"]), -int(header["last_seq"]))
    except (OSError, ValueError, KeyError, TypeError):
        return ("", 0, 0)


def import_files(store: TallyStore, package: LoadedPackage, paths: list[str],
                 show_progress: bool = True) -> list[FileOutcome]:
    order = sorted(range(len(paths)), key=lambda i: (_chain_order(paths[i]), i))
    ordered = [paths[i] for i in order]
    sizes = sum(Path(p).stat().st_size for p in paths if Path(p).is_file())
    parallel = len(paths) > 1 and cpu_count() > 1 and sizes >= PARALLEL_FROM_BYTES
    if parallel:
        executor = process_pool(check_pool.init_worker, (package.raw,))
    else:
        check_pool.use_package(package)
        executor = InlineExecutor()
    progress = Progress("verifying files", len(paths), show_progress and parallel)
    outcomes = {}
    with executor:
        checked_all = ordered_map(executor, check_pool.check_path, ordered,
                                  window=2 * cpu_count())
        for path, checked in zip(ordered, checked_all, strict=True):
            outcomes[path] = _commit(store, path, checked)
            progress.advance(1)
    return [outcomes[p] for p in paths]


def _commit(store: TallyStore, path: str, checked: tuple) -> FileOutcome:
    name = Path(path).name
    if checked[0] != "ok":
        _, message_id, text, file_hash = checked
        if file_hash:
            log_rejection(store, file_hash, name, KioskError(message_id, text))
        return FileOutcome(path, error=text)
    verified: CheckedExport = checked[1]
    try:
        data = None  # a packed file is stored from what the worker verified
        if verified.packed is None:
            data = Path(path).read_bytes()
            if sha256(data).hex() != verified.file_hash:
                raise ImportRefused("tally.changed", "the file changed while it was being "
                                    "imported")
        return FileOutcome(path, commit_checked(store, verified, data, name))
    except ImportRefused as error:
        log_rejection(store, verified.file_hash, name, error, verified)
        return FileOutcome(path, error=error.text)
    except OSError as error:
        return FileOutcome(path, error=f"cannot read the file ({error.strerror})")
