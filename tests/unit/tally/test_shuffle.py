"""The count's shuffle: a true permutation, every ordering equally likely, draws exact."""

from __future__ import annotations

from collections import Counter
from itertools import permutations

from kiosk.tally import shuffle
from kiosk.tally.shuffle import secure_permutation


def test_a_permutation_of_every_size():
    for n in (0, 1, 2, 3, 10, 1000):
        assert sorted(secure_permutation(n)) == list(range(n))


def test_every_ordering_of_four_is_equally_likely():
    draws = 48_000
    seen = Counter(tuple(secure_permutation(4)) for _ in range(draws))
    assert set(seen) == set(permutations(range(4)))  # all 24 (Sattolo's slip gives only 6)
    expected = draws / 24
    chi2 = sum((count - expected) ** 2 / expected for count in seen.values())
    assert chi2 < 60  # 23 degrees of freedom: p < 1e-5 that a fair shuffle fails this


def test_a_word_in_the_biased_tail_is_drawn_again(monkeypatch):
    """With m = 3, words from 2^64 - (2^64 mod 3) up would favour some j: they are redrawn."""
    top = 1 << 64
    tail = top - 1  # >= 2^64 - (2^64 mod 3): must be rejected
    words = iter([tail.to_bytes(8, "little") * 3, (5).to_bytes(8, "little")])
    monkeypatch.setattr(shuffle.os, "urandom", lambda size: next(words))
    # i = 2 (m = 3): the tail word is rejected, the redraw 5 gives j = 2 (kept in place; the
    # tail word itself would have given j = (2^64 - 1) % 3 = 0, a swap). i = 1 (m = 2 divides
    # 2^64, nothing is rejected): j = (2^64 - 1) % 2 = 1.
    assert secure_permutation(3) == [0, 1, 2]


def test_the_counts_slots_are_uniform_and_hold_only_counted_records():
    """The count draws a permutation of every record before duplicates are known and keeps
    the values below the number counted: the counted records still land in uniformly random
    slots, and a record set aside lands nowhere."""
    from array import array

    from kiosk.tally.count_scan import Scanned as _Scanned
    from kiosk.tally.count_slots import shuffled as _shuffled
    from kiosk.tally.record_blocks import split_envelopes

    seen = Counter()
    draws = 24_000
    for _ in range(draws):
        scanned = _Scanned(stations=array("I", [0, 1, 2, 3]))
        scanned.add_inner(b"ab", array("I", [1, 2]).tobytes(), 2)  # two blocks
        scanned.add_inner(b"dupc", array("I", [3, 4]).tobytes(), 2)
        slots = _shuffled(scanned, {2: "duplicate"}, secure_permutation(4))
        joined, ends = slots.envelopes(0, len(slots))
        blobs = split_envelopes(joined, ends, len(slots))
        assert sorted(blobs) == [b"a", b"b", b"c"]
        assert [{b"a": 0, b"b": 1, b"c": 3}[b] for b in blobs] == list(slots.stations)
        seen[tuple(blobs)] += 1
    assert len(seen) == 6
    expected = draws / 6
    assert sum((n - expected) ** 2 / expected for n in seen.values()) < 30  # 5 d.f., p < 1e-5
