"""Tone per sentence and per actor, scored with the VADER lexicon that ships inside the
vaderSentiment package (nothing is downloaded).

The scoring follows VADER's main rules at a fraction of its cost: word valences summed, a
negation in the three words before a word flips and damps it (×-0.74), "but" shifts weight to
the clause after it, and the sum is normalised to a compound score in [-1, 1] with VADER's
alpha = 15."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

__all__ = ["sentence_tone", "lexicon"]

_ALPHA = 15.0
_NEGATION_SCALAR = -0.74
_BUT_BEFORE, _BUT_AFTER = 0.5, 1.5
_NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor without cannot isn't aren't wasn't weren't "
    "don't doesn't didn't hasn't haven't hadn't won't wouldn't can't couldn't shouldn't".split()
)
_TOKEN = re.compile(r"[a-z][a-z'’-]*")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    data = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    table: dict[str, float] = {}
    for line in data.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                table[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return table


def sentence_tone(text: str) -> float:
    lex = lexicon()
    lowered = text.lower().replace("’", "'")
    tokens = _TOKEN.findall(lowered)
    scored = [(i, v) for i, v in enumerate(map(lex.get, tokens)) if v is not None]
    if not scored:
        return 0.0
    but_at = tokens.index("but") if "but" in tokens else -1
    negations = "n't" in lowered or not _NEGATIONS.isdisjoint(tokens)  # most sentences have none
    total = 0.0
    for i, valence in scored:
        if negations and any(t in _NEGATIONS or t.endswith("n't") for t in tokens[max(0, i - 3):i]):
            valence *= _NEGATION_SCALAR
        if but_at >= 0:
            valence *= _BUT_BEFORE if i < but_at else _BUT_AFTER
        total += valence
    if total == 0.0:
        return 0.0
    return round(total / math.sqrt(total * total + _ALPHA), 4)
