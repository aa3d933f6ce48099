"""LIX (läsbarhetsindex), the Swedish readability measure used for lättläst texts.

LIX = words / sentences + 100 × long words / words, where a long word has more than six letters.
Below 30 is very easy text (children's books, lättläst), 30–40 easy, 40–50 medium.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?")
_SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)|\n\s*\n")


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        if not self.words:
            return 0.0
        return self.words / max(self.sentences, 1) + 100 * self.long_words / self.words

    @property
    def words_per_sentence(self) -> float:
        return self.words / max(self.sentences, 1)


def readability(text: str) -> Readability:
    """Words, sentences (ended by . ! ? : or a blank line; the last one counts unended) and
    long words (more than six letters; numbers are never long)."""
    words = _WORD.findall(text)
    pieces = [p for p in _SENTENCE_END.split(text.strip()) if _WORD.search(p or "")]
    long_words = sum(1 for w in words if not w[0].isdigit()
                     and sum(ch.isalpha() for ch in w) > 6)
    return Readability(len(words), len(pieces), long_words)
