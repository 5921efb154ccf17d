"""Whole-word lookup of many terms at once (Aho-Corasick over case- and diacritic-folded text).

Python's regular expressions try every alternative at every position; an automaton reads the
text once whatever the number of terms, which keeps extraction fast on large corpora."""

from __future__ import annotations

from collections.abc import Iterator

import ahocorasick

from ..knowledge import fold

__all__ = ["TermMatcher"]


class TermMatcher:
    """Find terms as whole words in folded text. ``terms`` maps a term to any value."""

    def __init__(self, terms: dict[str, object]):
        self._automaton = ahocorasick.Automaton()
        for term, value in terms.items():
            key = fold(term)
            self._automaton.add_word(key, (len(key), value))
        self.empty = not terms
        if not self.empty:
            self._automaton.make_automaton()

    def finditer(self, folded: str, *, longest: bool = True) -> Iterator[tuple[int, int, object]]:
        """(start, end, value) for each whole-word hit, left to right; with ``longest``, a hit
        inside a longer overlapping one is dropped."""
        if self.empty:
            return iter(())
        n = len(folded)
        found = self._automaton.iter_long(folded) if longest else self._automaton.iter(folded)
        hits = []
        for end_index, (length, value) in found:
            start, end = end_index - length + 1, end_index + 1
            if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_-"):
                continue
            if end < n and (folded[end].isalnum() or folded[end] in "_-"):
                continue
            hits.append((start, end, value))
        if not longest:
            hits.sort()
        return iter(hits)
