"""Who did what to whom: relation cues (verbs and nominalisations) between actor mentions.

Patterns of English news writing, not sentences of one article:
  * a verb cue with its subject before it and its object after it in the same clause
    ("Russia formally recognised the Taliban", "Iran and India engage with the regime");
  * a nominalisation with a genitive or "by" agent ("Russia's recognition of the Taliban",
    "the UN's sanctions against the group", "Pakistan's tensions with Kabul");
  * negation between subject and cue ("has not recognised", "stopped short of recognising",
    "declined to", "neither X nor Y has ...").
Symmetric types are stored once with source and target in alphabetical order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge import Knowledge
from ..model import Article
from .records import ActorRecord, Mention, RelationRecord

__all__ = ["find_relations"]

# Clause boundaries inside a sentence: a new subject may start after them.
_CLAUSE = re.compile(r";|:|—|–(?=\s)|\s-\s|,\s+(?:while|whereas|but|although|though|yet|which|who)\b|\s(?:while|whereas|but)\s")
_SUBJECT_WINDOW = 110  # characters between a subject and its verb
_OBJECT_WINDOW = 70  # characters between a cue and its object
_GENITIVE = re.compile(r"^(?:’s|'s|’|')")


@dataclass(frozen=True)
class _Cue:
    type: str
    phrase: str
    kind: str  # verb | noun
    plover: str
    symmetric: bool


def _verb_forms(lemma: str) -> set[str]:
    words = lemma.split()
    head, rest = words[0], words[1:]
    forms = {head}
    if head.endswith("e"):
        forms |= {head + "s", head + "d", head[:-1] + "ing"}
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {head + "es", head + "ed", head + "ing"}
    else:
        forms |= {head + "s", head + "ed", head + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", head) and len(head) <= 4:
            forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    irregular = {"meet": {"met"}, "sign": set(), "strike": {"struck"}, "hold": {"held"},
                 "build": {"built"}, "sell": {"sold"}, "fall": {"fell", "fallen"},
                 "lend": {"lent"}, "forge": set(), "keep": {"kept"}, "seek": {"sought"},
                 "bring": {"brought"}, "take": {"took", "taken"}, "make": {"made"},
                 "enter": set(), "reach": set(), "ink": set()}
    forms |= irregular.get(head, set())
    return {" ".join([f, *rest]) for f in forms}


@lru_cache(maxsize=8)
def _cues(kb: Knowledge) -> tuple[re.Pattern, dict[str, _Cue], re.Pattern]:
    table: dict[str, _Cue] = {}
    for rtype, spec in kb.relations.items():
        plover, symmetric = spec.get("plover", ""), bool(spec.get("symmetric"))
        for lemma in spec.get("verbs") or []:
            for form in _verb_forms(lemma):
                table.setdefault(form.lower(), _Cue(rtype, form, "verb", plover, symmetric))
        for noun in spec.get("nouns") or []:
            table.setdefault(noun.lower(), _Cue(rtype, noun, "noun", plover, symmetric))
    # allow up to two modifiers inside a multi-word cue: "entered into significant oil deals"
    parts = []
    for phrase in sorted(table, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        if len(words) > 1:
            parts.append(r"\s+(?:[\w’'-]+\s+){0,2}?".join(words[:-1]) + r"\s+(?:[\w’'-]+\s+){0,2}?" + words[-1])
        else:
            parts.append(words[0])
    pattern = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(parts), re.I)
    negations = sorted(kb.negation, key=len, reverse=True)
    negation = re.compile(r"(?<![\w])(?:%s)(?![\w])" % "|".join(re.escape(n) for n in negations), re.I)
    return pattern, table, negation


def _lookup(table: dict[str, _Cue], matched: str) -> _Cue | None:
    key = re.sub(r"\s+", " ", matched.lower())
    if key in table:
        return table[key]
    words = key.split()
    for phrase, cue in table.items():
        pw = phrase.split()
        if len(pw) > 1 and words[0] == pw[0] and words[-1] == pw[-1]:
            return cue
    return None


def _clauses(sentence_text: str, base: int) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for m in _CLAUSE.finditer(sentence_text):
        bounds.append((base + pos, base + m.start()))
        pos = m.end()
    bounds.append((base + pos, base + len(sentence_text)))
    return bounds


def find_relations(article: Article, kb: Knowledge, actors: list[ActorRecord]) -> list[RelationRecord]:
    pattern, table, negation = _cues(kb)
    text = article.text
    by_sentence: dict[int, list[tuple[Mention, ActorRecord]]] = {}
    for actor in actors:
        for mention in actor.mentions:
            by_sentence.setdefault(mention.sentence, []).append((mention, actor))
    found: dict[tuple, RelationRecord] = {}
    for sentence in article.sentences:
        mentions = sorted(by_sentence.get(sentence.index, []), key=lambda x: x[0].start)
        if len(mentions) < 2:
            continue
        for clause_start, clause_end in _clauses(sentence.text, sentence.start):
            for cm in pattern.finditer(text, clause_start, clause_end):
                cue = _lookup(table, cm.group(0))
                if cue is None:
                    continue
                for rel in _relate(text, cm, cue, mentions, clause_start, clause_end, sentence, negation):
                    key = (rel.source, rel.type, rel.target, rel.negated)
                    if key in found:
                        if sentence.index not in found[key].sentences:
                            found[key].sentences.append(sentence.index)
                    else:
                        found[key] = rel
    return list(found.values())


def _relate(text, cm, cue: _Cue, mentions, clause_start, clause_end, sentence, negation):
    cue_start, cue_end = cm.start(), cm.end()
    in_clause = [(m, a) for m, a in mentions if clause_start <= m.start < clause_end]
    targets = _objects(text, cue_end, in_clause, cue)
    if not targets:
        return []
    # "the UN's sanctions against X": a genitive agent makes the cue a noun, whatever its form
    sources = _genitive_agent(text, cue_start, in_clause)
    if not sources:
        sources = _subjects(text, cue_start, in_clause, clause_start, cue)
    if not sources:
        return []
    negated = _negated(text, sources[0][0].end, cue_start, negation, sentence)
    relations = []
    for s_mention, source in sources:
        for t_mention, target in targets:
            if source.id == target.id or target.type == "person" and source.type != "person":
                continue
            a, b = source.name, target.name
            if cue.symmetric and b < a:
                a, b = b, a
            relations.append(RelationRecord(
                source=a, type=cue.type, target=b, negated=negated, plover=cue.plover,
                cue=cm.group(0), evidence=sentence.text, sentences=[sentence.index],
                symmetric=cue.symmetric,
            ))
    return relations


def _coordinated(text: str, chosen: tuple[Mention, ActorRecord], pool, *, before: bool):
    """Extend one mention to its coordinated list: "Iran and India", "X, Y and Z", "neither X nor Y"."""
    group = [chosen]
    ordered = sorted(pool, key=lambda x: x[0].start, reverse=before)
    current = chosen[0]
    for m, a in ordered:
        if (before and m.start >= current.start) or (not before and m.start <= current.start):
            continue
        gap = text[m.end:current.start] if before else text[current.end:m.start]
        if re.fullmatch(r"(?:’s|'s)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+(?:the\s+)?|,\s*the\s+)", gap):
            group.append((m, a))
            current = m
        else:
            break
    return group


def _objects(text, cue_end, in_clause, cue: _Cue):
    after = [(m, a) for m, a in in_clause if m.start >= cue_end and m.start - cue_end <= _OBJECT_WINDOW]
    if not after:
        return []
    first_m, first_a = after[0]
    gap = text[cue_end:first_m.start]
    if cue.kind == "noun":
        # "recognition of X", "deals with X", "sanctions against X": a preposition must link them
        if not re.match(r"^\s*(?:[\w’'-]+\s+){0,2}?(?:of|with|against|on|to|for|between|in|into|targeting|from|over|by)\s", gap):
            return []
    elif re.search(r"[,.]\s", gap) or re.search(r"\b(?:who|which|that)\b", gap):
        return []
    if re.search(r"\b(?:in|near|at)\s+$", gap) and first_a.type == "state" and cue.type != "invests_in":
        # "the Taliban government in Afghanistan": a place modifier, keep the head before it
        return []
    group = _coordinated(text, (first_m, first_a), after, before=False)
    return group


def _subjects(text, cue_start, in_clause, clause_start, cue):
    before = [(m, a) for m, a in in_clause if m.end <= cue_start]
    if not before:
        return []
    # nearest mention before the cue that is not a modifier in a prepositional phrase
    for m, a in reversed(before):
        left = text[max(clause_start, m.start - 12):m.start]
        gap = text[m.end:cue_start]
        if re.search(r"\b(?:of|in|against|from|on|with|to|by)\s+(?:the\s+)?$", left) and not re.match(r"(?:’s|'s)", gap):
            continue
        if cue.kind == "verb" and _GENITIVE.match(gap) and not gap.startswith("’s") and not gap.startswith("'s"):
            continue  # "the United Nations’ sanctions ...": a determiner, not the subject
        if cue.kind == "verb" and re.match(r"(?:’s|'s)\s+[a-z]", gap) and not re.match(r"(?:’s|'s)\s+(?:been|got|had|not|never|already|also)\b", gap):
            continue  # "Pakistan's tensions ... engage": a possessive, not the subject
        if cue_start - m.end > _SUBJECT_WINDOW:
            return []
        if cue.kind == "noun" and not re.fullmatch(r"(?:’s|'s|’)?\s*(?:[\w’'-]+\s+){0,6}?", gap):
            return []
        return _coordinated(text, (m, a), before, before=True)
    return []


def _genitive_agent(text, cue_start, in_clause):
    for m, a in reversed(in_clause):
        if m.end > cue_start:
            continue
        between = text[m.end:cue_start]
        if _GENITIVE.match(between) and len(between.split()) <= 3:
            return [(m, a)]
        break
    return []


def _negated(text: str, subject_end: int, cue_start: int, negation: re.Pattern, sentence) -> bool:
    window_start = max(subject_end, cue_start - 40)
    window = text[window_start:cue_start]
    if re.search(r"\b(?:and|but|then)\b", window):
        window = re.split(r"\b(?:and|but|then)\b", window)[-1]
    if negation.search(window):
        return True
    head = text[sentence.start:cue_start]
    return bool(re.search(r"\bneither\b", head, re.I) and re.search(r"\bnor\b", head, re.I))
