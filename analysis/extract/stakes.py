"""Sectors and themes at stake: lexicon terms per sentence, scored, with evidence sentences,
and the actor × sector matrix (how many evidence sentences name each actor).

One pass over the article with a single alternation of every term; hits are bucketed by
sentence."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..knowledge import Knowledge, fold, fold_text
from ..model import Article
from .lexicon import TermMatcher
from .records import ActorRecord, RelationRecord, StakeRecord

__all__ = ["find_stakes"]

_STRONG, _WEAK = 2.0, 1.0
# The author's own summary (title, standfirst, key points) says what is at stake: its sentences
# count twice, as evidence weight and as evidence sentences.
_SUMMARY_KINDS = {"title": 2, "standfirst": 2, "key_point": 2}


@lru_cache(maxsize=8)
def _lexicon(kb: Knowledge, group: str) -> tuple[TermMatcher, dict[str, str]]:
    """One matcher for all terms of the group (term → [(item id, weight)]); item id → label."""
    terms: dict[str, list[tuple[str, float]]] = {}
    labels: dict[str, str] = {}
    for item_id, spec in kb.stakes[group].items():
        labels[item_id] = spec.get("label", item_id)
        weights: dict[str, float] = {}
        for term in spec.get("weak") or []:
            weights[term.lower().replace("’", "'")] = _WEAK
        for term in spec.get("strong") or []:
            weights[term.lower().replace("’", "'")] = _STRONG
        for term, weight in weights.items():
            terms.setdefault(fold(term), []).append((item_id, weight))
    return TermMatcher({term: (term, hits) for term, hits in terms.items()}), labels


@lru_cache(maxsize=8)
def _own_floors(kb: Knowledge, group: str) -> dict[str, tuple[float, str]]:
    """The items with a higher floor of their own: item id → (min_score, the item's label folded)."""
    return {item_id: (spec["min_score"], fold(spec.get("label", item_id)))
            for item_id, spec in kb.stakes[group].items() if "min_score" in spec}


def find_stakes(article: Article, kb: Knowledge, actors: list[ActorRecord],
                relations: list[RelationRecord] = ()) -> tuple[list[StakeRecord], list[StakeRecord]]:
    """The sectors and the themes at stake, strongest first."""
    by_sentence: dict[int, set[str]] = {}
    for actor in actors:
        for sentence in actor.sentences:
            by_sentence.setdefault(sentence, set()).add(actor.name)
    structural: dict[str, tuple[list[int], float]] = {}

    def add(theme: str, indices) -> None:  # structural evidence sentences, each weighing as a weak term
        structural[theme] = (sorted(set(indices) | set(structural.get(theme, ((), 0))[0])), _WEAK)

    for theme, indices in [*_contest(kb, actors).items(), *_stated(kb, relations).items()]:
        add(theme, indices)
    starts = [s.start for s in article.sentences]
    boost = [_SUMMARY_KINDS.get(article.paragraphs[s.paragraph].kind, 1) for s in article.sentences]
    sectors = _group(article, kb, by_sentence, "sectors", starts, boost)
    for sector in sectors:  # a sector at stake puts its theme at stake: defence is about security
        theme = (kb.stakes.get("sector_themes") or {}).get(sector.id)
        if theme:
            add(theme, sector.sentences)
    return sectors, _group(article, kb, by_sentence, "themes", starts, boost, structural)


def _stated(kb: Knowledge, relations) -> dict[str, list[int]]:
    """The sentences that state a relation whose type puts a theme at stake (stakes.yaml
    relation_themes): a sanction is about sanctions, a recognition about recognition."""
    themes = kb.stakes.get("relation_themes") or {}
    unless = {w.lower() for w in kb.stakes.get("relation_themes_unless") or []}
    out: dict[str, list[int]] = {}
    for r in relations:
        if r.type in themes and not unless & set(r.cue.lower().split()):
            out.setdefault(themes[r.type], []).extend(r.sentences)
    return {theme: sorted(set(indices)) for theme, indices in out.items()}


def _contest(kb: Knowledge, actors: list[ActorRecord]) -> dict[str, list[int]]:
    """Major powers among several states: the sentences that name a power beside another state
    are evidence of the contest theme (regional influence), whatever words they use."""
    rule = kb.stakes.get("contest") or {}
    if not rule.get("theme"):
        return {}
    powers = {p.lower() for p in rule.get("powers") or []}
    states = [a for a in actors if a.type == "state"]
    present = [a for a in actors if (a.iso3 or "").lower() in powers or a.name.lower() in powers]
    if len(present) < rule.get("min_powers", 2) or len(states) < rule.get("min_states", 3):
        return {}
    power_ids = {a.id for a in present}
    sentence_actors: dict[int, set[str]] = {}
    for actor in {a.id: a for a in [*states, *present]}.values():
        for index in actor.sentences:
            sentence_actors.setdefault(index, set()).add(actor.id)
    evidence = sorted(i for i, ids in sentence_actors.items() if ids & power_ids and len(ids) >= 2)
    return {rule["theme"]: evidence} if evidence else {}


def _group(article: Article, kb: Knowledge, by_sentence: dict[int, set[str]], group: str, starts: list[int],
           boost: list[float], structural: dict[str, tuple[list[int], float]] | None = None) -> list[StakeRecord]:
    """Lexicon hits per item, plus ``structural`` evidence sentences with their weight (kept
    whatever the score); ``starts`` and ``boost`` are each sentence's offset and weight."""
    kind = group[:-1]
    rule = kb.stakes["rules"].get(group, {})
    matcher, labels = _lexicon(kb, group)
    raw: dict[str, float] = {}
    support: dict[str, int] = {}
    sentences: dict[str, list[int]] = {}
    found_terms: dict[str, set[str]] = {}
    for start, _end, (term, entries) in matcher.finditer(fold_text(article.text)):
        index = bisect_right(starts, start) - 1
        if index < 0:
            continue
        for item_id, weight in entries:
            raw[item_id] = raw.get(item_id, 0.0) + boost[index] * weight
            found_terms.setdefault(item_id, set()).add(term)
            hits = sentences.setdefault(item_id, [])
            if not hits or hits[-1] != index:
                hits.append(index)
                support[item_id] = support.get(item_id, 0) + boost[index]
    for item_id, (indices, weight) in (structural or {}).items():
        for index in indices:
            raw[item_id] = raw.get(item_id, 0.0) + boost[index] * weight
            hits = sentences.setdefault(item_id, [])
            if index not in hits:
                hits.append(index)
                support[item_id] = support.get(item_id, 0) + boost[index]
        sentences[item_id].sort()
        found_terms.setdefault(item_id, set())
    tests = rule.get("any_of") or [rule]
    floor = min(t.get("min_score", 2) for t in tests)
    records = []
    own_floor = _own_floors(kb, group)
    for item_id, score in raw.items():
        if item_id in own_floor and score < own_floor[item_id][0] and own_floor[item_id][1] not in found_terms[item_id]:
            continue  # (unless the article names the item: "sectors like energy and transport")
        if item_id not in (structural or {}) and (score < floor or support[item_id] < rule.get("min_sentences", 1)):
            continue
        actor_counts: dict[str, int] = {}
        for index in sentences[item_id]:
            for name in by_sentence.get(index, ()):
                actor_counts[name] = actor_counts.get(name, 0) + 1
        records.append(StakeRecord(
            id=item_id, label=labels[item_id], kind=kind, score=0.0, raw=score,
            evidence=[article.sentences[i].text for i in sentences[item_id]], sentences=sentences[item_id],
            terms=sorted(found_terms[item_id]),
            actors=dict(sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0]))),  # ties by name: the same order every run
        ))
    top = max((r.raw for r in records), default=0.0)
    # at least one test's score and share of the strongest (structural evidence needs the share only)
    records = [r for r in records if any((r.raw >= t.get("min_score", 2) or r.id in (structural or {}))
                                         and r.raw >= t.get("min_share", 0.0) * top for t in tests)]
    for r in records:
        r.score = round(r.raw / top, 3) if top else 0.0
    records.sort(key=lambda r: (-r.raw, r.id))
    return records
