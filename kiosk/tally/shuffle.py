"""The shuffle that separates the order of casting from the opened ballots.

A uniformly random permutation from the operating system's cryptographic random source
(`random.SystemRandom`, i.e. os.urandom): Fisher–Yates, every draw unpredictable. It is never
stored; after counting, nothing links position n in ballots.jsonl to a record.
"""

from __future__ import annotations

import random


def secure_permutation(n: int) -> list[int]:
    positions = list(range(n))
    random.SystemRandom().shuffle(positions)
    return positions
