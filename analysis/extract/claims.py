"""Hedged and forward-looking claims, with their cue and the ICD 203 likelihood band it
expresses; vague cues (could, may, might) are flagged as vague and carry no band."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import Knowledge
from ..model import Article
from .records import ClaimRecord, QuoteRecord

__all__ = ["find_claims"]


@lru_cache(maxsize=8)
def _cues(kb: Knowledge) -> tuple[re.Pattern, dict[str, dict], re.Pattern | None]:
    table = {c["cue"].lower(): c for c in kb.claims["cues"]}
    alternation = "|".join(re.escape(c) for c in sorted(table, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)
    not_cues = kb.claims["not_cues"]
    exclude = re.compile("|".join(f"(?:{p})" for p in not_cues)) if not_cues else None
    return pattern, table, exclude


def _strength(spec: dict) -> int:
    """Explicit bands outrank vague words, which outrank plain futures ("will")."""
    if spec.get("band"):
        return 2
    return 1 if spec.get("vague") else 0


def find_claims(article: Article, kb: Knowledge, quotes: list[QuoteRecord]) -> list[ClaimRecord]:
    pattern, table, exclude = _cues(kb)
    claims = []
    for sentence in article.sentences:
        if article.paragraphs[sentence.paragraph].kind in ("title", "heading"):
            continue
        hits = []
        for m in pattern.finditer(sentence.text):
            if exclude and exclude.search(sentence.text[max(0, m.start() - 8):m.end() + 3]):
                continue
            if m.group(0) == "May" and m.start() > 0:  # the month
                continue
            hits.append(table[m.group(0).lower()] | {"_text": m.group(0)})
        if not hits:
            continue
        best = max(hits, key=_strength)
        speaker = next((q.speaker for q in quotes if q.start <= sentence.start < q.end
                        or sentence.start <= q.start < sentence.end), None)
        claims.append(ClaimRecord(
            text=sentence.text, cue=best["_text"], likelihood=best.get("band"),
            vague=bool(best.get("vague")), sentence=sentence.index, speaker=speaker,
        ))
    return claims
