"""Worker pools: large public start-up data reaches every worker intact, by file, and the file
is gone when the pool is."""

from __future__ import annotations

import glob
import os
import tempfile

from kiosk.tally import parallel

_SEEN: bytes = b""


def _remember(big: bytes, small: bytes) -> None:
    global _SEEN
    _SEEN = big + small


def _seen(_item) -> tuple[int, str]:
    import hashlib

    return len(_SEEN), hashlib.sha256(_SEEN).hexdigest()


def test_large_start_up_data_reaches_the_workers_and_its_file_is_removed():
    import hashlib

    big = os.urandom(parallel.PIPE_SAFE_BYTES * 8)
    small = b"k" * 32  # a key-sized argument stays in the pipe
    before = set(glob.glob(os.path.join(tempfile.gettempdir(), "kiosk-pool-*")))
    with parallel.process_pool(_remember, (big, small), workers=2) as pool:
        during = set(glob.glob(os.path.join(tempfile.gettempdir(), "kiosk-pool-*"))) - before
        assert len(during) == 1
        files = os.listdir(during.pop())
        assert files == ["arg-0"]  # only the large argument went through a file
        answers = set(pool.map(_seen, range(8)))
    assert answers == {(len(big) + 32, hashlib.sha256(big + small).hexdigest())}
    after = set(glob.glob(os.path.join(tempfile.gettempdir(), "kiosk-pool-*"))) - before
    assert after == set()
