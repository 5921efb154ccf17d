"""Whole-word lookup of many terms at once (Aho-Corasick over case- and diacritic-folded text).

Python's regular expressions try every alternative at every position; an automaton reads the
text once whatever the number of terms, which keeps extraction fast on large corpora."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import ahocorasick

from ..knowledge import fold

__all__ = ["TermMatcher"]


# a character that ends a word; "." is kept so that "Dr." and "U.S." stay whole (a term right
# after a full stop with no space is no word start, a case news copy does not write)
_BREAK = re.compile(r"[^\w.-]")


@lru_cache(maxsize=4)
def _spaced(folded: str) -> str:
    """The folded text with a space in front and every word break as a space: a term keyed
    " term" then matches only where a word starts, so the automaton reports no hit inside a
    word ("aid" in "said") for Python to discard. Offsets shift by one."""
    return " " + _BREAK.sub(" ", folded)


class TermMatcher:
    """Find terms as whole words in folded text. ``terms`` maps a term to any value."""

    def __init__(self, terms: dict[str, object]):
        self._automaton = ahocorasick.Automaton()
        for term, value in terms.items():
            key = fold(term)
            # "women's" is keyed "women s", as the spaced text reads it
            self._automaton.add_word(" " + _BREAK.sub(" ", key), (len(key) + 1, value))
        self.empty = not terms
        if not self.empty:
            self._automaton.make_automaton()

    def finditer(self, folded: str, *, longest: bool = True) -> Iterator[tuple[int, int, object]]:
        """(start, end, value) for each whole-word hit, left to right; with ``longest``, a hit
        inside a longer overlapping one is dropped."""
        if self.empty:
            return iter(())
        n = len(folded)
        spaced = _spaced(folded)
        found = self._automaton.iter_long(spaced) if longest else self._automaton.iter(spaced)
        hits = []
        append = hits.append
        for end, (length, value) in found:  # the spaced text's last index is the folded text's end
            if end < n:
                c = folded[end]
                if c.isalnum() or c == "_" or c == "-":
                    continue
            append((end - length + 1, end, value))
        if not longest:
            hits.sort()
        return iter(hits)
