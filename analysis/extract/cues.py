"""The relation cues a knowledge base defines, compiled once per knowledge base: every verb form
and noun of relations.yaml in one pattern per first word, the bare verbs that can also be nouns,
the commitments a deal names and the prepositions that introduce each relation's object."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import Knowledge
from .clauses import _AMOUNT_AT, _CURRENCY_WORDS, _Cue, _cue_for
from .lexicon import TermMatcher

__all__ = ["IRREGULAR_PAST", "aid_purposes", "compile_cues", "deal_commitments", "lookup_cue", "object_prepositions",
           "verb_forms", "verb_lemmas"]

# an amount of money after a money verb: "$40 million", "€1.8bn", "about $300m"
_AMOUNT = (r"(?:(?:about|nearly|almost|roughly|some|around|over|more\s+than|up\s+to|another|a\s+further|"
           r"an\s+extra|an\s+additional|a|an)\s+)?(?:[$€£¥]\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn|m)\b)?"
           r"|\d[\d.,]*\s*(?:million\s+|billion\s+|trillion\s+|bn\s+|mn\s+)?" + _CURRENCY_WORDS + ")")
# past forms that end in neither -ed nor -s ("met", "sold"): a verb still
IRREGULAR_PAST = (r"quit|met|sent|sold|bought|paid|won|lost|led|left|put|set|cut|hit|held|took|gave|made|said|told|"
                  r"began|became|kept|struck|fought|sought|brought|lent|spent|built|shut|ran|rose|fell|grew|drew|saw")

_IRREGULAR = {"meet": {"met"}, "strike": {"struck"}, "hold": {"held"}, "build": {"built"},
              "sell": {"sold"}, "fall": {"fell", "fallen"}, "lend": {"lent"}, "keep": {"kept"},
              "seek": {"sought"}, "bring": {"brought"}, "take": {"took", "taken"}, "make": {"made"},
              "pour": set(), "ship": {"shipped", "shipping"}, "spar": {"sparred", "sparring"},
              "pay": {"paid"}, "spend": {"spent"}, "buy": {"bought"}, "send": {"sent"}, "give": {"gave", "given"},
              "win": {"won", "winning"}, "put": {"putting"}, "cut": {"cutting"}, "bid": {"bidding"},
              "shoot": {"shot"}, "fight": {"fought"}, "seize": set(), "withdraw": {"withdrew", "withdrawn"},
              "drive": {"drove", "driven"}, "lead": {"led"}, "begin": {"began", "begun"}, "choose": {"chose", "chosen"},
              "leave": {"left"}, "quit": {"quitting"}, "freeze": {"froze"}, "deal": {"dealt"}, "feed": {"fed"},
              "speak": {"spoke", "spoken"}, "write": {"wrote", "written"}, "run": {"ran"}, "break": {"broke", "broken"},
              "withhold": {"withheld"}}


# regular forms that belong to another verb: "spared", "sparing" are spare's, not spar's
_NOT_FORMS = {"spar": {"spared", "sparing"}, "leave": {"leaved"}, "quit": {"quited", "quiting"}}


def verb_forms(lemma: str) -> set[str]:
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
        if re.search(r"[^aeiou][aeiou][bdglmnprt]$", head):
            # ram → rammed, expel → expelled, commit → committed (a doubled form that English
            # never writes, "visitted", simply never matches)
            forms |= {head + head[-1] + "ed", head + head[-1] + "ing"}
    forms |= _IRREGULAR.get(head, set())
    forms -= _NOT_FORMS.get(head, set())
    return {" ".join([f, *rest]) for f in forms}


@lru_cache(maxsize=8)
def compile_cues(kb: Knowledge) -> tuple[dict[str, re.Pattern], dict[str, _Cue], dict, re.Pattern, frozenset,
                                         TermMatcher, dict[str, _Cue]]:
    """Per first word, the pattern of every cue starting with it; the cue of each phrase; the
    multi-word cues by first and last word; negation; the state nouns; the first words as one
    matcher; and the noun reading of each cue word."""
    table: dict[str, _Cue] = {}
    for rtype, spec in kb.relations.items():
        for lemma in spec.get("verbs") or []:
            for form in verb_forms(lemma):
                table.setdefault(form.lower(), _cue_for(kb, rtype, form, "verb", lemma=lemma))
        for lemma in spec.get("reverse_verbs") or []:
            for form in verb_forms(lemma):
                table.setdefault(form.lower(), _cue_for(kb, rtype, form, "verb", reverse=True))
        for noun in spec.get("nouns") or []:
            table.setdefault(noun.lower(), _cue_for(kb, rtype, noun))
        for noun in spec.get("reverse_nouns") or []:  # "India's purchases of Russian oil"
            table.setdefault(noun.lower(), _cue_for(kb, rtype, noun, reverse=True))
    # up to three modifiers inside a multi-word cue: "entered into significant oil deals",
    # "buy a 40% stake in"; one pattern per first word, tried only where that word stands
    money_cues: dict[str, _Cue] = {}
    for rtype, spec in kb.relations.items():
        for lemma in spec.get("money_verbs") or []:
            for form in verb_forms(lemma):
                money_cues[form.lower()] = _cue_for(kb, rtype, form, "verb")
    groups: dict[str, list[str]] = {}
    for form in money_cues:  # "announced $40 million": a money verb with its amount, tried first
        groups.setdefault(form.split()[0], []).append(rf"{re.escape(form)}\s+{_AMOUNT}")
        # "has given the two countries €40 million": the recipient between the verb and the amount
        groups[form.split()[0]].append(rf"{re.escape(form)}(?=\s+(?:[\w’'-]+\s+){{1,4}}?{_AMOUNT})")
    for phrase in sorted(table, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        gap = r"\s+(?:[\w’'$€£%.,-]+\s+){0,4}?"
        groups.setdefault(phrase.split()[0], []).append(gap.join(words) if len(words) > 1 else words[0])
    patterns = {first: re.compile(r"(?:%s)(?![\w-])" % "|".join(parts), re.I) for first, parts in groups.items()}
    negations = sorted(kb.negation, key=len, reverse=True)
    negation = re.compile(r"(?<![\w])(?:%s)(?![\w])" % "|".join(re.escape(n) for n in negations), re.I)
    state_nouns = frozenset(w.lower() for w in kb.people.get("state_nouns") or [])
    # the first word of every cue: where the (slower) cue pattern is worth trying
    first_words = TermMatcher({first: first for first in patterns})
    table = {**table, **{f"{form} $": cue for form, cue in money_cues.items()}}
    ends: dict[tuple[str, str], list[tuple[list[str], _Cue]]] = {}
    for phrase, cue in table.items():
        words = phrase.split()
        if len(words) > 1:
            ends.setdefault((words[0], words[-1]), []).append((words, cue))
    nouns = {noun.lower(): _cue_for(kb, rtype, noun, reverse=True) for rtype, spec in kb.relations.items()
             for noun in spec.get("reverse_nouns") or []}
    nouns.update({noun.lower(): _cue_for(kb, rtype, noun) for rtype, spec in kb.relations.items() for noun in spec.get("nouns") or []})
    return patterns, table, ends, negation, state_nouns, first_words, nouns


@lru_cache(maxsize=8)
def verb_lemmas(kb: Knowledge) -> frozenset:
    """The bare forms of one-word verb cues ("ship", "fund", "back")."""
    past = set(IRREGULAR_PAST.split("|")) | {f for forms in _IRREGULAR.values() for f in forms}
    return frozenset(lemma.lower() for spec in kb.relations.values()
                     for key in ("verbs", "reverse_verbs", "money_verbs") for lemma in spec.get(key) or []
                     if " " not in lemma and not lemma.endswith("ed") and lemma.lower() not in past)


def lookup_cue(table: dict[str, _Cue], ends: dict, matched: str) -> _Cue | None:
    """The cue a matched phrase stands for; a phrase with modifiers inside ("entered into
    significant oil deals", "imposed tariffs of 100% on") is the cue whose words it holds in order."""
    key = " ".join(matched.lower().split())
    cue = table.get(key)
    if cue is not None:
        return cue
    words = key.split()
    if _AMOUNT_AT.search(key) or len(words) == 1:
        # "announced $40 million": a money verb with its amount; "gave X $5m": the verb alone
        cue = table.get(words[0] + " $")
        if cue is not None:
            return cue
    for cue_words, cue in sorted(ends.get((words[0], words[-1]), []), key=lambda x: -len(x[0])):
        rest = iter(words)
        if all(w in rest for w in cue_words):
            return cue
    return None


@lru_cache(maxsize=8)
def deal_commitments(kb: Knowledge) -> re.Pattern | None:
    """What a deal commits to, right after its cue: "agreed (last month) to buy", "a deal to supply"."""
    verbs = (kb.relations.get("deal_with") or {}).get("commitments") or []
    if not verbs:
        return None
    return re.compile(r"(?:\s+(?:on|in|at|last|this|next|early|late)\s+[\w,]+){0,2}\s+to\s+(?:%s)\b"
                      % "|".join(re.escape(v) for v in verbs))


@lru_cache(maxsize=8)
def aid_purposes(kb: Knowledge) -> re.Pattern | None:
    """The purpose right after an amount given: "(pledged $2 billion) on Thursday to rebuild"."""
    verbs = (kb.relations.get("aids") or {}).get("purposes") or []
    if not verbs:
        return None
    return re.compile(r"(?:\s+(?:on|in|last|this|next)\s+[\w,]+){0,2}\s+to\s+(?:help\s+)?(?:%s)\b"
                      % "|".join(re.escape(v) for v in verbs))


@lru_cache(maxsize=8)
def object_prepositions(kb: Knowledge) -> dict[str, re.Pattern]:
    """Per relation type, its object prepositions ("to" for supplies and aid, "in" for
    investment) as a pattern that ends right before the object: "to the", "in southern"."""
    out = {}
    for rtype, spec in kb.relations.items():
        preps = ["on" if p is True else str(p) for p in spec.get("objects") or []]  # YAML 1.1 reads on as true
        # "from" names a source for supplies and aid, but the victim of a seizure or ban (other)
        preps = [p for p in preps if p not in ("of", "by", "between", "for", "over") and (p != "from" or rtype == "other")]
        if preps:
            out[rtype] = re.compile(r"\b(?:%s)\s+(?:the\s+)?$" % "|".join(map(re.escape, preps)))
    return out
