"""The duplicate-voter index finds the same groups whether records come one by one or a chunk
at a time (voters twice in one chunk, across chunks, three times)."""

from __future__ import annotations

import random

from kiosk.tally.dedup import TokenIndex, pack


def _groups(index: TokenIndex) -> list[list[tuple[int, int]]]:
    return sorted(sorted(group) for group in index.groups())


def test_chunks_give_the_groups_records_one_by_one_give():
    rng = random.Random(3)
    for _ in range(200):
        records = [(rid, rng.randrange(40).to_bytes(2, "big"), rng.choice([0, 5, 1_700_000_000]))
                   for rid in range(1, rng.randrange(1, 120))]
        one_by_one, chunked = TokenIndex(), TokenIndex()
        for rid, token, cast_at in records:
            one_by_one.add(rid, token, cast_at)
        start = 0
        while start < len(records):
            size = rng.randrange(1, 30)
            part = records[start:start + size]
            chunked.add_many([t for _r, t, _c in part], [pack(r, c) for r, _t, c in part])
            start += size
        assert _groups(chunked) == _groups(one_by_one)


def test_a_voter_in_two_chunks_and_twice_in_one():
    index = TokenIndex()
    index.add_many([b"a", b"b"], [pack(1, 10), pack(2, 10)])
    index.add_many([b"c", b"a", b"c"], [pack(3, 11), pack(4, 12), pack(5, 13)])
    assert _groups(index) == [[(1, 10), (4, 12)], [(3, 11), (5, 13)]]
    index.forget()
    assert index.groups() == []
