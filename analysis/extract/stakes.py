"""Sectors and themes at stake: lexicon terms per sentence, scored, with evidence sentences,
and the actor × sector matrix (how many evidence sentences name each actor)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import Knowledge
from ..model import Article
from .records import ActorRecord, StakeRecord

__all__ = ["find_stakes"]

_STRONG, _WEAK = 2.0, 1.0
# The author's own summary (title, standfirst, key points) says what is at stake: its sentences
# count twice, as evidence weight and as evidence sentences.
_SUMMARY_KINDS = {"title": 2, "standfirst": 2, "key_point": 2}


@lru_cache(maxsize=8)
def _patterns(kb: Knowledge, group: str) -> list[tuple[str, str, re.Pattern, dict[str, float]]]:
    compiled = []
    for item_id, spec in kb.stakes[group].items():
        weights: dict[str, float] = {}
        for term in spec.get("weak") or []:
            weights[term.lower().replace("’", "'")] = _WEAK
        for term in spec.get("strong") or []:
            weights[term.lower().replace("’", "'")] = _STRONG
        alternation = "|".join(re.escape(t) for t in sorted(weights, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)
        compiled.append((item_id, spec.get("label", item_id), pattern, weights))
    return compiled


def find_stakes(article: Article, kb: Knowledge, actors: list[ActorRecord], group: str) -> list[StakeRecord]:
    """``group`` is "sectors" or "themes"; returns the items at stake, strongest first."""
    kind = group[:-1]
    rule = kb.stakes["rules"].get(group, {})
    by_sentence: dict[int, set[str]] = {}
    for actor in actors:
        for sentence in actor.sentences:
            by_sentence.setdefault(sentence, set()).add(actor.name)
    records = []
    boost = [_SUMMARY_KINDS.get(article.paragraphs[s.paragraph].kind, 1) for s in article.sentences]
    for item_id, label, pattern, weights in _patterns(kb, group):
        raw, support, sentences, terms = 0.0, 0, [], []
        for sentence in article.sentences:
            hits = pattern.findall(sentence.text.replace("’", "'"))
            if not hits:
                continue
            raw += boost[sentence.index] * sum(weights.get(h.lower(), _WEAK) for h in hits)
            support += boost[sentence.index]
            sentences.append(sentence.index)
            terms.extend(h.lower() for h in hits)
        if raw < rule.get("min_score", 2) or support < rule.get("min_sentences", 1):
            continue
        actor_counts: dict[str, int] = {}
        for index in sentences:
            for name in by_sentence.get(index, ()):
                actor_counts[name] = actor_counts.get(name, 0) + 1
        records.append(StakeRecord(
            id=item_id, label=label, kind=kind, score=0.0, raw=raw,
            evidence=[article.sentences[i].text for i in sentences], sentences=sentences,
            terms=sorted(set(terms)), actors=dict(sorted(actor_counts.items(), key=lambda kv: -kv[1])),
        ))
    top = max((r.raw for r in records), default=0.0)
    records = [r for r in records if r.raw >= rule.get("min_share", 0.0) * top]
    for r in records:
        r.score = round(r.raw / top, 3) if top else 0.0
    records.sort(key=lambda r: -r.raw)
    return records
