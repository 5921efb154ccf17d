"""Hedged and forward-looking claims, with their cue and the ICD 203 likelihood band it
expresses; vague cues (could, may, might) are flagged as vague and carry no band."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..knowledge import Knowledge, fold_text
from ..model import Article
from .lexicon import TermMatcher
from .records import ClaimRecord, QuoteRecord

__all__ = ["find_claims"]

_NOT_A_CLAIM = ("title", "heading")


@lru_cache(maxsize=8)
def _cues(kb: Knowledge) -> tuple[TermMatcher, re.Pattern | None]:
    matcher = TermMatcher({c["cue"]: c for c in kb.claims["cues"]})
    not_cues = kb.claims["not_cues"]
    exclude = re.compile("|".join(f"(?:{p})" for p in not_cues)) if not_cues else None
    return matcher, exclude


def _strength(spec: dict) -> int:
    """Explicit bands outrank vague words, which outrank plain futures ("will")."""
    if spec.get("band"):
        return 2
    return 1 if spec.get("vague") else 0


def find_claims(article: Article, kb: Knowledge, quotes: list[QuoteRecord]) -> list[ClaimRecord]:
    matcher, exclude = _cues(kb)
    text = article.text
    starts = [s.start for s in article.sentences]
    hits: dict[int, list[tuple[dict, str]]] = {}
    for start, end, spec in matcher.finditer(fold_text(text)):
        index = bisect_right(starts, start) - 1
        if index < 0 or article.paragraphs[article.sentences[index].paragraph].kind in _NOT_A_CLAIM:
            continue
        written = text[start:end]
        if written == "May" and start != starts[index]:
            continue  # the month
        if exclude and exclude.search(text[max(0, start - 8):end + 3]):
            continue
        hits.setdefault(index, []).append((spec, written))
    claims = []
    for index in sorted(hits):
        sentence = article.sentences[index]
        spec, written = max(hits[index], key=lambda h: _strength(h[0]))
        speaker = next((q.speaker for q in quotes if q.start <= sentence.start < q.end
                        or sentence.start <= q.start < sentence.end), None)
        claims.append(ClaimRecord(
            text=sentence.text, cue=written, likelihood=spec.get("band"),
            vague=bool(spec.get("vague")), sentence=index, speaker=speaker,
        ))
    return claims
