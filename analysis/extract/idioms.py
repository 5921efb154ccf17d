"""Sentence-level idioms of news writing that relate actors beyond one cue's subject and object:
a charge denied or a demand rejected ("..., a charge Beijing rejects"), talks hosted by a third
party, names added to a sanctions list, criticism reported in what an actor says, an act "angering"
others, a demand told ("told Kyiv to withdraw"), a demonym's goods going to another actor
("Russian gas still reaches Hungary"), reciprocal criticism ("accuse each other") and officials of
two states acting together, elliptical repeats ("and neither have Russia and China"), role
nouns ("China is Peru's largest buyer", "the United States, its largest donor"), and, tried only in
articles that have their words, terrorist listings, pacts signed by several parties, strikes by a
state's weapons, shares of exports, vows to retaliate and complaints (with the company presence and
stake rules of ``presence``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from ..knowledge import Knowledge, fold_text
from .clauses import (
    _ACT_OBJECT, _ACTS, _ALLEGED, _GENITIVE, _HEDGED, _MONEY_AFTER, _PASSIVE_AUX, _SPAN, Pair, _Cue, _Sentence, _between,
    _coordinated, _cue_for, _make, _negated, _opening, _pairwise, _subjects,
)
from .lexicon import TermMatcher
from .presence import presence_relations, stake_relations
from .records import RelationRecord

__all__ = ["article_idioms", "criticism_words", "idiom_relations", "role_relations"]

def _rejection(nouns: str, verbs: str) -> re.Pattern:
    """", a <noun> (that) X (both) <verb>": what is rejected, named in apposition, and who rejects it."""
    return re.compile(rf"(?:,|—|–)\s+(?:a|an|the)\s+(?:{nouns})s?\s+(?:that\s+|which\s+)?(?P<who>[^,;.]{{2,80}}?)\s+"
                      rf"(?:both\s+|all\s+|has\s+|have\s+|had\s+|strongly\s+|flatly\s+|swiftly\s+|quickly\s+)?(?:{verbs})\b")


# "…, a charge China denies", "…, an accusation Honiara and Beijing both reject"
_DENIAL = _rejection("charge|accusation|claim|allegation",
                     "denies|denied|deny|rejects|rejected|reject|dismisses|dismissed|dismiss|disputes|disputed|dispute")


# a verb of claiming before the apposition: what was claimed is the subject's
_CLAIMED = re.compile(r"\b(?:said|says|say|argues|argued|argue|claims|claimed|claim|alleges|alleged|allege|accused|accuses|"
                      r"accuse|insists|insisted|maintains|maintained|contends|contended|asserts|asserted)\b")
_APPOSED_ACT = re.compile(r"(?:,|—|–)\s+(?:a|an|the)\s")
# "…, a demand Iraqi officials rejected", "…, a request that Kyiv and Brussels both rejected"
_REFUSAL = _rejection("demand|request|call|proposal|condition|offer",
                      r"rejected|rejects|reject|refused|refuses|dismissed|dismisses|rebuffed|rebuffs|turned\s+down")


def _denials(ctx: _Sentence, here: list[RelationRecord], kb: Knowledge) -> list[RelationRecord]:
    """An accusation followed by ", a charge X denies", or a demand followed by ", a demand X
    rejected": X criticizes the accuser or the one who demanded."""
    if not _APPOSED_ACT.search(ctx.sentence.text):
        return []  # no ", a charge" or "— a demand" in the sentence
    dm = _DENIAL.search(ctx.text, ctx.sentence.start, ctx.sentence.end)
    accusers = {r.source for r in here if r.type == "criticizes" and not r.negated}
    if dm is not None and not accusers and _CLAIMED.search(ctx.text, ctx.sentence.start, dm.start()):
        # "Washington has said the port could serve the Chinese navy, a claim Lima rejects": the
        # one who claimed it, the sentence's opening actor
        accusers = {a.name for _, a in _opening(ctx, dm.start())[:1]}
    if dm is None:
        dm = _REFUSAL.search(ctx.text, ctx.sentence.start, ctx.sentence.end)
        accusers = {r.source for r in here if r.type == "other" and not r.negated}
    if not dm or not accusers:
        return []
    deniers = [(m, a) for m, a in ctx.mentions if dm.start("who") <= m.start and m.end <= dm.end("who")]
    cue = _cue_for(kb, "criticizes", dm.group(0))
    pool = [(m, a) for m, a in ctx.mentions if a.name in accusers]
    out = []
    for denier in deniers:
        out += _make(ctx, cue, dm, [denier], [p for p in pool[:1] if p[1].id != denier[1].id], False)
    return out


@lru_cache(maxsize=8)
def _criticism_patterns(kb: Knowledge) -> tuple[re.Pattern, TermMatcher] | None:
    """The speech verbs (a pattern) and the words of criticism (found once per article)."""
    spec = kb.reported_criticism
    if not spec.get("verbs") or not spec.get("words"):
        return None
    verbs = "|".join(re.escape(w) for w in sorted(spec["verbs"], key=len, reverse=True))
    return (re.compile(r"(?<![\w’'-])(?:%s)(?![\w’'-])" % verbs),
            TermMatcher({w: w for w in spec["words"]}))


def criticism_words(text: str, kb: Knowledge) -> list[tuple[int, int]]:
    """Where the article uses a word of criticism, as (start, end) in order."""
    patterns = _criticism_patterns(kb)
    return [] if patterns is None else [(s, e) for s, e, _ in patterns[1].finditer(fold_text(text))]


_ROLE_OF = re.compile(r"(?:’s|'s)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+")  # "'s energy minister, " before a name
_RELATIVE_ASIDE = re.compile(r"(?:\s*\([^)]{1,15}\))?\s*,\s*(?:which|who|whose)\s[^;:,]{1,120},\s*")
_DETERMINER_ONLY = re.compile(r"\s+(?:the|its|their|this|these|those)\s+")  # "called the Turkish manoeuvres"
_WORD = re.compile(r"\w+")
# "is", "has been", "remains": a copula before a role ("are among its largest donors", "is a NATO member")
_COPULA = r"(?:is|was|are|were|has\s+been|have\s+been|became|become|remains|remain)"
_ACT_AFTER = re.compile(r"[ \u00a0-](?:[a-z-]+\s+)?" + _ACTS + r"\b|\s+levy\b")  # "the US decision", "the EU levy"
_OWNED_ACT = re.compile(r"(?:’s|'s|’)\s+(?:[a-z-]+\s+)?" + _ACTS + r"\b")  # "Taipei's move"
_IT_OBJECT = re.compile(r"\s+(?:it|them)\b")
_REPORT_OPENS = re.compile(r"[:,]?\s+(?:(?:on|last|this|in)\s+\w+\s+|in\s+(?:a|an)\s+(?:[\w-]+\s+)?statement\s+)?(?:that\s+)?"
                           r"(?:[“\"]\s*)?(?:the\s+)?")


def _reported_criticism(ctx: _Sentence, kb: Knowledge, criticism: list[tuple[int, int]]) -> list[RelationRecord]:
    """"Canberra said it was disappointed with Honiara's decision": an actor says words of
    criticism about another actor, so it criticises that actor."""
    text, end = ctx.text, ctx.sentence.end
    first = bisect_left(criticism, (ctx.sentence.start, -1))
    words = [w for w in criticism[first:first + 8] if w[1] <= end]
    if not words:
        return []
    verbs = _criticism_patterns(kb)[0]
    out = []
    for vm in verbs.finditer(text, ctx.sentence.start, end):
        if vm.start() > words[0][0]:
            break
        nxt = verbs.search(text, vm.end(), end)
        stop = nxt.start() if nxt else end
        hit = next((w for w in words if vm.end() <= w[0] and w[1] <= stop), None)
        if hit is None:
            continue
        said = _SPAN.match(text, hit[0], hit[1])  # the word of criticism, as a match for _make
        before = [(m, a) for m, a in ctx.mentions if m.end <= vm.start() and vm.start() - m.end <= 60
                  and not re.search(r"[;:]", text[m.end:vm.start()])]
        if len(before) >= 2 and before[-1][1].type == "person" and before[-2][1].type != "person" \
                and _ROLE_OF.fullmatch(text, before[-2][0].end, before[-1][0].start):
            before = before[:-1]  # "France's energy minister, Julien Castagnet, called": France speaks
        if not before or before[-1][1].type == "person" \
                or _ALLEGED.search(text, max(ctx.sentence.start, vm.start() - 80), vm.start()):
            continue  # a person's words are the person's ("Treasury Under Secretary Mark Delaney said")
        speaker = before[-1:]
        relative = next((x for x in reversed(before) if _RELATIVE_ASIDE.fullmatch(text, x[0].end, vm.start())), None)
        if relative is not None and relative[1].type != "person":
            speaker = [relative]  # "The European Union, which Cyprus joined in 2004, called ..."
        gap = text[speaker[0][0].end:vm.start()]
        if relative is None and not re.fullmatch(r"(?:’s|'s)?(?:\s+[\w’'-]+){0,4}\s*(?:,\s*(?:[A-Z][\w’'.-]*\s*){1,4},\s*)?", gap):
            continue  # "Ukraine's foreign ministry said", "X, spokesman Y, said": nothing else between
        # the criticised opens what is said ("said that Taliban forces had opened fire"), owns what is
        # criticised ("disappointed with Honiara's decision") or is its agent ("piracy by Latvia")
        target = next(((m, a) for m, a in ctx.mentions if vm.end() <= m.start < stop and a.type != "person"
                       and a.id != speaker[0][1].id and (
                           _REPORT_OPENS.fullmatch(text, vm.end(), m.start)
                           or (m.kind == "demonym" and _DETERMINER_ONLY.fullmatch(text, vm.end(), m.start))
                           or (said.start() - 50 <= m.end and m.start <= said.end() + 50 and _GENITIVE.match(text[m.end:m.end + 2]))
                           or re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}(?:by|of|from)\s+(?:the\s+)?", text[said.end():m.start]))),
                      None)
        if target is None:
            # "called the US decision 'economic aggression'", "The US welcomed Taipei's move; Beijing called
            # it 'coercion'": the actor that modifies or owns the act
            target = next(((m, a) for m, a in ctx.mentions if a.type != "person" and a.id != speaker[0][1].id and (
                vm.end() <= m.start < stop and _DETERMINER_ONLY.fullmatch(text, vm.end(), m.start)
                and _ACT_AFTER.match(text, m.end)
                or m.end <= vm.start() and _OWNED_ACT.match(text, m.end) and _IT_OBJECT.match(text, vm.end()))), None)
        if target is None and _ACT_OBJECT.match(text, vm.end()):
            # "Russia's foreign ministry called the ban 'an openly hostile act' and said Moscow would
            # close its zone to Norwegian vessels": the act is the one other actor's
            others = {a.id: (m, a) for m, a in ctx.mentions if a.type != "person" and a.id != speaker[0][1].id}
            target = next(iter(others.values())) if len(others) == 1 else None
        if target is None:
            continue
        cue = _cue_for(kb, "criticizes", said.group(0))
        out += _make(ctx, cue, said, speaker, [target], _negated(ctx, speaker[0][0].end, vm.start()))
    return out


# "The United States removed South Africa from the African Growth and Opportunity Act": a state put out of
# a scheme or a body (not off a list: "removed the group from its list of banned organisations" is a delisting)
_REMOVED_WORDS = ("removed", "removes", "remove", "removing", "expelled", "expels", "expel", "suspended", "suspends",
                  "suspend", "excluded", "excludes", "exclude", "dropped", "drops")
_REMOVED = re.compile(rf"\b(?P<cue>{'|'.join(_REMOVED_WORDS)})\s+(?:the\s+)?$")
_FROM_SCHEME = re.compile(r"\s+from\s+(?:the\s+|its\s+|a\s+)?(?!(?:[\w-]+\s+){0,3}?(?:list|lists|register|blacklist)\b)"
                          r"(?:[A-Z][\w’'-]*|trade|preference|preferential|duty-free|free-trade|security|military|customs)")


def _removed_from(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"The United States removed South Africa from AGOA": a restrictive measure on the state removed."""
    if " from " not in ctx.sentence.text:
        return []
    return _verb_on(ctx, kb, "other", _REMOVED, 14, lambda m, a, vm: a.type == "state" and m.kind != "demonym"
                    and _FROM_SCHEME.match(ctx.text, m.end) is not None)


_AND_VERB_BEFORE = re.compile(r",?\s+and\s+(?:(?:has|have|had|then|later|also)\s+)*$")
_COMMA_BEFORE = re.compile(r",\s+$")


def _verb_on(ctx: _Sentence, kb: Knowledge, rtype: str, verb: re.Pattern, window: int, fits) -> list[RelationRecord]:
    """The clause's subjects act (``rtype``) on each actor that ``verb`` finds right before it, within
    ``window`` characters, and that ``fits(mention, actor, verb_match)`` accepts; the verb's "cue"
    group is the cue."""
    text, out = ctx.text, []
    for m, a in ctx.mentions:
        vm = verb.search(text, max(ctx.sentence.start, m.start - window), m.start)
        if vm is None or a.type == "person" or not fits(m, a, vm):
            continue
        cue = _cue_for(kb, rtype, vm.group("cue"), "verb")
        # a second verb's subject is the clause's first ("has barred X ... and awarded the contract to Y",
        # a headline's "Vietnam bars Chinese vendor, hands contract to ...")
        second = _AND_VERB_BEFORE.search(text, max(ctx.sentence.start, vm.start() - 30), vm.start()) or (
            _COMMA_BEFORE.search(text, max(ctx.sentence.start, vm.start() - 3), vm.start()) if ctx.sentence.index == 0 else None)
        subjects = [x for x in (_opening(ctx, second.start()) if second else
                                _subjects(ctx, vm.start(), ctx.mentions, ctx.sentence.start, cue)) if x[1].id != a.id]
        if subjects:
            out += _make(ctx, cue, _SPAN.match(text, *vm.span("cue")), subjects, [(m, a)],
                         _negated(ctx, subjects[0][0].end, vm.start()))
    return out


# "Latvia to close Belarus border crossing", "Poland shuts Belarus border", "cut the number of crossings on
# their borders with Belarus": a border closed to a neighbour
_CLOSES = re.compile(r"\b(?P<cue>close|closes|closed|closing|shut|shuts|shutting|seal|seals|sealed|sealing|cut|cuts|cutting)"
                     r"\s+(?:(?:the|its|their|a|an|two|three|four|five|some|all|most)\s+)?(?:(?:number\s+of\s+)?(?:crossings?|"
                     r"checkpoints?|border\s+posts?)\s+(?:on|along|at)\s+(?:its|their|the)\s+borders?\s+with\s+)?(?:the\s+)?$")
_BORDER_AFTER = re.compile(r"\s+border(?:\s+(?:crossings?|checkpoints?|posts?|points?))?\b")


def _border_closed(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Latvia to close Belarus border crossing", "cut the crossings on their borders with Belarus": a
    restrictive measure against the neighbour."""
    if "border" not in ctx.sentence.text:
        return []
    return _verb_on(ctx, kb, "other", _CLOSES, 80, lambda m, a, vm: a.type == "state" and (
        vm.group(0).rstrip().endswith("with") or _BORDER_AFTER.match(ctx.text, m.end) is not None))


# "Guyana took Venezuela to the International Court of Justice", "has never taken China to an
# international tribunal": a case brought against the one taken
_TOOK_WORDS = ("take", "takes", "took", "taken", "taking")
_TOOK = re.compile(rf"\b(?P<cue>{'|'.join(_TOOK_WORDS)})\s+(?:the\s+)?$")
_TO_COURT = re.compile(r"\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:[Cc]ourt|[Tt]ribunal|arbitration|ICJ|WTO|ICC|"
                       r"World\s+Trade\s+Organi[sz]ation|panel)\b")


def _taken_to_court(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Guyana took Venezuela to the ICJ": the claimant criticises the one it takes to court."""
    if " to " not in ctx.sentence.text:
        return []
    return _verb_on(ctx, kb, "criticizes", _TOOK, 10, lambda m, a, vm: _TO_COURT.match(ctx.text, m.end) is not None)


# "Belgrade has never recognised Kosovo, and neither have Russia and China": the same act, by others
_ELLIPSIS = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?P<kind>neither|nor|so|as)\s+(?:has|have|had|did|does|do|is|are|was|were|"
                       r"will|would|can|could)\s+(?:the\s+)?$")


def _elliptical(ctx: _Sentence, here: list[RelationRecord]) -> list[RelationRecord]:
    """"X has never recognised Y, and neither have A and B" (A and B do not either); "X has
    recognised Y, as have A and B" (they do too): the sentence's first one-way relation, repeated."""
    text, out = ctx.text, []
    first = next((r for r in here if not r.symmetric), None)
    if first is None:
        return out
    for i, (m, a) in enumerate(ctx.mentions):
        el = _ELLIPSIS.search(text, max(ctx.sentence.start, m.start - 40), m.start)
        if el is None or a.name in (first.source, first.target):
            continue
        subjects = [x for x in _coordinated(text, (m, a), ctx.mentions[i:], before=False) if x[1].name != first.target]
        negated = first.negated or el.group("kind") in ("neither", "nor")
        out += [replace(first, source=s.name, negated=negated, sentences=[ctx.sentence.index]) for _, s in subjects
                if s.type != "person"]
        break
    return out


# "Nigeria is the largest buyer of Icelandic mackerel, followed by Japan": the next in the ranking
_FOLLOWED_BY = re.compile(r",\s+(?:(?:closely|then)\s+)?followed\s+by\s+(?:the\s+)?$")


def _followed_by(ctx: _Sentence, here: list[RelationRecord]) -> list[RelationRecord]:
    """"Egypt bought a quarter of Ukraine's shipments, followed by Spain and China": those after
    "followed by" take the opening actor's part in the sentence's relations."""
    text, out = ctx.text, []
    if "followed by" not in ctx.sentence.text:
        return out
    here = ctx.roles + here
    if not here:
        return out
    opening = _opening(ctx)
    if not opening:
        return out
    first = opening[0][1].name
    for i, (m, a) in enumerate(ctx.mentions):
        if _FOLLOWED_BY.search(text, max(ctx.sentence.start, m.start - 20), m.start) is None:
            continue
        followers = [x for _, x in _coordinated(text, (m, a), ctx.mentions[i:], before=False) if x.type != "person"]
        for rel in here:
            if rel.type not in ("supplies", "invests_in", "aids") or first not in (rel.source, rel.target):
                continue
            for f in followers:
                if f.name not in (rel.source, rel.target):
                    out.append(replace(rel, source=f.name if rel.source == first else rel.source,
                                       target=f.name if rel.target == first else rel.target, sentences=[ctx.sentence.index]))
        break
    return out


# "Taiwan added 21 Chinese firms to its entity list": a listing is a sanction
_LISTED = re.compile(r"\b(?:added|adds|add|adding|put|puts|putting|placed|places|placing)(?=\s)", re.I)
_LIST_AFTER = re.compile(r"[^.;]{0,80}?\s(?:to|on)\s+(?:a|an|its|the|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?"
                         r"(?:list|blacklist|register)\b")


def _listed(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"X added Y (and Z) to its sanctions list / to a list of entities barred from ...": X sanctions Y."""
    text, out = ctx.text, []
    if text.find("list", ctx.sentence.start, ctx.sentence.end) < 0 and text.find("List", ctx.sentence.start, ctx.sentence.end) < 0:
        return out
    for lm in _LISTED.finditer(text, ctx.sentence.start, ctx.sentence.end):
        tail = _LIST_AFTER.match(text, lm.end())
        if not tail:
            continue
        listed = [(m, a) for m, a in ctx.mentions if lm.end() <= m.start and m.end <= tail.end()
                  and not re.search(r"\s(?:to|on)\s+(?:a|an|its|the|their|his|her)\s", text[lm.end():m.start])]
        if not listed:
            continue
        cue = _cue_for(kb, "sanctions", lm.group(0).strip(), "verb")
        subjects = _subjects(ctx, lm.start(), ctx.mentions, ctx.sentence.start, cue)
        if subjects and not _PASSIVE_AUX.search(text[max(ctx.sentence.start, lm.start() - 25):lm.start()]):
            out += _make(ctx, cue, lm, subjects, _coordinated(text, listed[0], listed, before=False),
                         _negated(ctx, subjects[0][0].end, lm.start()))
    return out


# "Hezbollah, which Washington lists as a terrorist organisation", "the Houthis, designated a terrorist
# group by the United States", "Ankara lists the PKK as a terrorist organisation": a terrorist listing
# is a sanction
_TERROR_VERB = r"(?P<verb>designat\w+|lists|listed|list|blacklist\w*|proscrib\w+|outlaw\w*|classif\w+)"
_TERROR_AS = re.compile(r"\s+(?:as\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:terrorist|terror)\b", re.I)
_TERROR_ACTIVE = re.compile(r"\s+(?:(?:has|have|had|formally|officially|also|already|long)\s+)*" + _TERROR_VERB + r"\b",
                            re.I)
_TERROR_RELATIVE = re.compile(r"(?:\s+[a-z-]+){0,3}\s*(?:\([^)]{1,15}\))?\s*,\s*(?:which|whom|that)\s+(?:the\s+)?")
_TERROR_PASSIVE = re.compile(r"(?:\s+[a-z-]+){0,3}\s*(?:\([^)]{1,15}\))?\s*,\s*(?:which\s+(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
                             + _TERROR_VERB + _TERROR_AS.pattern + r"[^,;]{0,40}?\s+by\s+(?:the\s+)?", re.I)


def _terror_listing(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"X, which Y lists (designated) as a terrorist organisation", "Y lists X as a terrorist
    organisation", "X, designated a terrorist group by Y": Y sanctions X."""
    text, out, mentions = ctx.text, [], ctx.mentions
    if "terror" not in ctx.sentence.text and "Terror" not in ctx.sentence.text:
        return out
    for i, (m, a) in enumerate(mentions):
        act = _TERROR_ACTIVE.match(text, m.end) if a.type != "person" else None
        if act is None:
            continue
        earlier = [x for x in mentions[:i] if x[1].id != a.id and x[0].end <= m.start]  # not the pair on the same words
        later = [x for x in mentions[i + 1:] if x[1].id != a.id]
        term = _TERROR_AS.match(text, act.end())
        if term and earlier and _TERROR_RELATIVE.fullmatch(text, earlier[-1][0].end, m.start):
            listed = earlier[-1]  # "Hezbollah, which Washington lists as a terrorist organisation"
        elif later and re.fullmatch(r"\s+(?:the\s+)?", text[act.end():later[0][0].start]) \
                and (term := _TERROR_AS.match(text, later[0][0].end)):
            listed = later[0]  # "Ankara lists the PKK as a terrorist organisation"
        else:
            continue
        cue = _SPAN.match(text, act.start("verb"), term.end())  # "lists as a terrorist"
        out += _make(ctx, _cue_for(kb, "sanctions", cue.group(0), "verb"), cue, [(m, a)], [listed], False)
    for i, (m, a) in enumerate(mentions):
        passive = _TERROR_PASSIVE.match(text, m.end)
        agent = next((x for x in mentions[i + 1:] if 0 <= x[0].start - passive.end() <= 4), None) if passive else None
        if agent is not None and agent[1].id != a.id and agent[1].type != "person":
            term = _TERROR_AS.match(text, passive.end("verb"))
            cue = _SPAN.match(text, passive.start("verb"), term.end())  # "designated a terrorist"
            out += _make(ctx, _cue_for(kb, "sanctions", cue.group(0), "verb"), cue, [agent], [(m, a)], False)
    return out


# "an agreement signed last year by Finland, Canada and the United States": the signatories deal
# with each other
_SIGNED_BY = re.compile(r"(?:\b(?:agreement|deal|pact|treaty|accord|memorandum|declaration|convention)s?\s+(?:(?:was|were|"
                        r"has\s+been|had\s+been|first|jointly)\s+)*signed|(?<=[\w)]),\s+(?:(?:which|that)\s+(?:was|were)\s+)?"
                        r"(?:jointly\s+)?(?:set\s+up|founded|created|established|formed|launched))\s+(?:[\w,]+\s+){0,4}?by\s+(?:the\s+)?",
                        re.I)


def _signed_by(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"an agreement signed last year by A, B and C", "the monitoring team, set up by A, B and C":
    each two of the signatories or founders deal."""
    text, out = ctx.text, []
    if " by " not in ctx.sentence.text:
        return out
    for sm in _SIGNED_BY.finditer(text, ctx.sentence.start, ctx.sentence.end):
        first = next((i for i, (m, _) in enumerate(ctx.mentions) if 0 <= m.start - sm.end() <= 4), None)
        if first is None:
            continue
        parties = [x for x in _coordinated(text, ctx.mentions[first], ctx.mentions[first:], before=False)
                   if x[1].type != "person"]
        if len(parties) >= 2:
            start = sm.start() + len(sm.group(0)) - len(sm.group(0).lstrip(", "))
            cue = _cue_for(kb, "deal_with", text[start:sm.end()].strip(), "noun")
            out += _pairwise(ctx, cue, _SPAN.match(text, start, sm.end() - 1), parties, False)
    return out


@lru_cache(maxsize=8)
def _strike_pattern(kb: Knowledge) -> re.Pattern | None:
    spec = kb.relations.get("tensions_with") or {}
    subjects, verbs = spec.get("strike_subjects") or [], spec.get("strike_verbs") or []
    if not subjects or not verbs:
        return None
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?:’s|'s)?[ \u00a0]+(?:[a-z-]+\s+)?(?:{alt(subjects)})\s+(?:(?:have|has|had|also|again|twice|once|"
                      rf"[a-z]+ly)\s+)*(?P<verb>{alt(verbs)})(?![\w-])")


def _strikes(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Russian drones hit Ukrainian power stations", "Israeli aircraft struck what Israel's military
    said were Hezbollah depots": the state whose weapons strike is at odds with the actor struck."""
    pattern = _strike_pattern(kb)
    text, out = ctx.text, []
    if pattern is None:
        return out
    for i, (m, a) in enumerate(ctx.mentions):
        if a.type != "state" or m.kind not in ("demonym", "name", "metonym", "alias"):
            continue
        sm = pattern.match(text, m.end)
        if sm is None:
            continue
        target = next(((n, b) for n, b in ctx.mentions[i + 1:] if n.start >= sm.end() and b.id != a.id
                       and b.type != "person"), None)
        if target is None or target[0].start - sm.end() > 80 or re.search(r"[;:]", text[sm.end():target[0].start]):
            continue
        cue = _cue_for(kb, "tensions_with", sm.group(0).strip(), "verb")
        out += _make(ctx, cue, _SPAN.match(text, m.start, sm.end()), [(m, a)], [target], _negated(ctx, m.end, sm.start("verb")))
    return out


# "Vehicles are South Africa's largest export to the United States": the possessor supplies the one after
# "to"; "The EU takes about three-quarters of Britain's steel exports": the possessor supplies the taker
_EXPORT_TO = re.compile(r"(?:’s|'s)\s+(?P<cue>(?:(?:largest|biggest|main|top|leading|chief|principal|single\s+largest|"
                        r"second[- ]largest|third[- ]largest)\s+)?export\s+to)\s+(?:the\s+)?")
# a share: "about 40 percent", "a third", "most"
_QUANTITY = (r"(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than)\s+)?(?:[\d.]+\s*(?:%|percent|"
             r"per\s+cent)|a\s+third|a\s+quarter|a\s+fifth|half|two-thirds|three-quarters|most|much)")
_TAKES_SHARE = re.compile(r"\s+(?:(?:now|still|already|alone)\s+)?(?P<cue>(?:takes|took|absorbs|absorbed|receives|received|"
                          rf"accounts\s+for|accounted\s+for)\s+{_QUANTITY}\s+of)\s+(?:the\s+)?")
_EXPORTS_AFTER = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:exports|output|production|shipments|sales)\b")


def _export_shares(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"X's largest export to Y", "Y takes three-quarters of X's steel exports": X supplies Y."""
    text, out, mentions = ctx.text, [], ctx.mentions
    if "export" not in ctx.sentence.text and "output" not in ctx.sentence.text:
        return out
    for (m, a), (n, b) in zip(mentions, mentions[1:]):
        if a.id == b.id or a.type == "person" or b.type == "person":
            continue
        to = _EXPORT_TO.fullmatch(text, m.end, n.start)
        if to:
            span = _SPAN.match(text, to.start("cue"), to.end("cue"))
            out += _make(ctx, _cue_for(kb, "supplies", span.group(0), "noun"), span, [(m, a)], [(n, b)],
                         _negated(ctx, m.end, n.start))
        take = _TAKES_SHARE.fullmatch(text, m.end, n.start)
        if take and _EXPORTS_AFTER.match(text, n.end):
            span = _SPAN.match(text, take.start("cue"), take.end("cue"))
            out += _make(ctx, _cue_for(kb, "supplies", span.group(0), "verb"), span, [(n, b)], [(m, a)],
                         _negated(ctx, m.end, n.start))
    return out


# "Mexico raises tariffs on Chinese steel, and Beijing vows to hit back", "US raises duties on Canadian
# lumber; Ottawa vows challenge": the one who vows to retaliate criticises the sentence's opening actor
_VOWS = re.compile(r"\s+(?:(?:has|have|had|also|again|quickly|swiftly)\s+)*(?:vow|vows|vowed|vowing|threaten|threatens|"
                   r"threatened|promise|promises|promised|pledge|pledges|pledged)\s+(?:to\s+)?(?:retaliate|retaliation|"
                   r"hit\s+back|respond\s+in\s+kind|take\s+countermeasures|impose\s+countermeasures|reciprocal\s+measures|"
                   r"reciprocate|challenge|a\s+challenge|legal\s+action|a\s+legal\s+challenge)\b", re.I)


def _retaliation(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"..., and Beijing vows to hit back": the one who vows criticises the sentence's opening actor."""
    text, out, opening = ctx.text, [], None
    if not any(word in ctx.sentence.text for word in ("vow", "threaten", "promise", "pledge")):
        return out
    for i, (m, a) in enumerate(ctx.mentions):
        vow = _VOWS.match(text, m.end) if i and a.type != "person" else None
        if vow is None:
            continue
        opening = opening if opening is not None else _opening(ctx)
        if not opening or any(a.id == o[1].id for o in opening):
            continue
        span = _SPAN.match(text, m.end + len(vow.group(0)) - len(vow.group(0).lstrip()), vow.end())  # "vows to hit back"
        out += _make(ctx, _cue_for(kb, "criticizes", span.group(0), "verb"), span, [(m, a)], opening, False)
    return out


# "Villagers have complained that Lusitania has not paid", "Fund staff have complained that Cairo has sold
# stakes in only three firms": a complaint about what someone did criticises them
_COMPLAINED = re.compile(r"\b(?:complain|complains|complained|complaining|alleged|alleges|protested|protests|grumbled|"
                         r"grumble|grumbles)\s+(?:(?:for\s+(?:years|months|weeks)|repeatedly|publicly|bitterly)\s+)?"
                         r"that\s+(?:the\s+)?$")


def _complaints(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"X has complained that Y has not paid": X criticises Y."""
    text, out = ctx.text, []
    if "complain" not in ctx.sentence.text and "alleg" not in ctx.sentence.text and "protest" not in ctx.sentence.text \
            and "grumbl" not in ctx.sentence.text:
        return out
    for i, (m, a) in enumerate(ctx.mentions):
        said = _COMPLAINED.search(text, max(ctx.sentence.start, m.start - 60), m.start)
        if said is None or a.type == "person":
            continue
        verb = _WORD.match(text, said.start())
        cue = _cue_for(kb, "criticizes", verb.group(0), "verb")
        subjects = _subjects(ctx, said.start(), ctx.mentions[:i], ctx.sentence.start, cue) or _opening(ctx, said.start())
        if subjects:
            out += _make(ctx, cue, verb, subjects, _coordinated(text, (m, a), ctx.mentions[i:], before=False),
                         _negated(ctx, subjects[0][0].end, said.start()))
    return out


@lru_cache(maxsize=8)
def _angering_pattern(kb: Knowledge) -> re.Pattern | None:
    words = kb.reported_criticism.get("angering") or []
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:,|—|–)\s+(?:{alt})\s+(?:the\s+)?", re.I)


def _angered(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"The EU moved to halve steel quotas, angering Ankara and New Delhi": the angered criticise
    the sentence's subject."""
    pattern = _angering_pattern(kb)
    am = pattern.search(ctx.text, ctx.sentence.start, ctx.sentence.end) if pattern else None
    if am is None:
        return []
    angered = [(i, x) for i, x in enumerate(ctx.mentions) if x[0].start == am.end()]
    subject = _opening(ctx, am.start())
    if not angered or not subject:
        return []
    i, first = angered[0]
    who = _coordinated(ctx.text, first, ctx.mentions[i:], before=False)
    return _make(ctx, _cue_for(kb, "criticizes", am.group(0)), am, who,
                 [s for s in subject if s[1].id not in {w[1].id for w in who}], False)


# "The EU has told Bangladesh it must improve labour rights", "told Kyiv to withdraw": a demand
_TOLD = re.compile(r"\b(?P<cue>told|tells|tell|telling|(?P<order>ordered|orders|order|ordering|instructed|instructs|"
                   r"directed|directs))\s+(?:the\s+)?$")
# "Senegal orders France to hand over its base": an order names what is to be done (not "orders jets from")
_ORDERED_TO = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z]+\b")
_TOLD_AFTER = re.compile(r"\s+(?:(?:that\s+)?(?:it|they|he|she)\s+(?:must|should|had\s+to|has\s+to|have\s+to|needed\s+to|"
                         r"needs\s+to|would\s+have\s+to|could\s+not)|to\s+(?:stop|end|halt|withdraw|lift|release|reverse|"
                         r"drop|scrap|pay|return|respect|comply|cut|keep|leave|pull|hand)\b)")


def _told(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"The EU has told Bangladesh it must improve labour rights", "Senegal orders France to hand
    over its base": a demand on the one told."""
    words = ctx.sentence.text
    if "told" not in words and "tell" not in words and "order" not in words and "direct" not in words \
            and "instruct" not in words:
        return []
    return _verb_on(ctx, kb, "other", _TOLD, 14, lambda m, a, vm: (
        _ORDERED_TO if vm.group("order") else _TOLD_AFTER).match(ctx.text, m.end) is not None)


@lru_cache(maxsize=8)
def _goods_pattern(kb: Knowledge) -> tuple[re.Pattern, re.Pattern] | None:
    """The goods right after a demonym (a quick test), and the goods with their flow up to the
    recipient."""
    spec = kb.relations.get("supplies") or {}
    goods, flows = spec.get("goods") or [], spec.get("flows") or []
    if not goods or not flows:
        return None
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    verbs = [f for f in flows if f != "to"]
    # a verb of flow may come a few words after the goods; a bare "to" right after them
    head = rf"[ \u00a0-](?:[a-z-]+\s+){{0,2}}?(?:{alt(goods)})\b"
    return re.compile(head), re.compile(rf"{head}(?:(?:\s+[a-z,-]+){{0,6}}?\s+(?:still\s+|now\s+|"
                                        rf"also\s+|mostly\s+|already\s+)?(?:{alt(verbs)})|(?:\s+[a-z-]+)?\s+to)\s+(?:the\s+)?$")


def _goods_flows(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Russian gas still reaches Hungary, Serbia and Slovakia", "carries mostly Swedish
    hydropower to Latvia": the demonym's state supplies the actor its goods go to."""
    patterns = _goods_pattern(kb)
    if patterns is None:
        return []
    head, pattern = patterns
    text, out = ctx.text, []
    for i, (m, a) in enumerate(ctx.mentions):
        if a.type != "state" or not (m.kind == "demonym" or m.text.isupper()) or not head.match(text, m.end) \
                or _ALLEGED.search(text, max(ctx.sentence.start, m.start - 80), m.start) \
                or _HEDGED.search(text, max(ctx.sentence.start, m.start - 30), m.start):
            continue  # "Russian gas", "US crude" (not "accused of moving North Korean coal to China", "a request to send")
        for j in range(i + 1, len(ctx.mentions)):
            n, b = ctx.mentions[j]
            if n.start - m.end > 90:
                break
            if b.id == a.id or b.type == "person":
                continue
            flow = pattern.fullmatch(text, m.end, n.start)
            if flow is None:
                continue
            words = text[m.start:n.start].rstrip()
            cue = _cue_for(kb, "supplies", words, "noun")
            span = _SPAN.match(text, m.start, m.start + len(words))
            out += _make(ctx, cue, span, [(m, a)], _coordinated(text, (n, b), ctx.mentions[j:], before=False),
                         _negated(ctx, m.end, n.start))
            break
    return out


# "Bishkek and Dushanbe accuse each other", "the US and China traded charges": criticism both ways
_RECIPROCAL = re.compile(r"\s+(?:(?:have|has|had|again|also|openly)\s+)*(?:(?:accus|blam|criticis|criticiz|condemn)\w*\s+"
                         r"(?:each\s+other|one\s+another)|(?:trade|trades|traded|trading|exchange|exchanged|exchanging)\s+"
                         r"(?:\w+\s+)?(?:charges|accusations|barbs|insults|blame|recriminations))\b")
_AND_ONLY = re.compile(r"\s+and\s+(?:the\s+)?")
# "Chinese and Kyrgyz officials broke ground", "Russian and Ukrainian negotiators met": both states act together
_JOINT_OFFICIALS = re.compile(r"\s+(?:(?:deputy|senior|foreign|defence|defense|trade|energy|finance|border|military|"
                              r"government)\s+){0,2}(?:officials|ministers|negotiators|delegations|diplomats|envoys|leaders|"
                              r"presidents|delegates|engineers|experts|teams)\b(?!\s+(?:\w+ly\s+)?(?:say|says|said|told|"
                              r"warned|warn|argue|argued|claim|claimed|fear|feared|worry|worried|believe|believed|will|would|"
                              r"(?:are|were)\s+(?:expected|due|set|scheduled|likely)|plan|plans|hope|hoped)\b)")


_SENTENCE_OPENING = re.compile(r"[\"“‘']?(?:(?:The|the)\s+)?")
_SUBJECT_PLACE = re.compile(r"(?:[,;:—–]\s+(?:and\s+|but\s+|while\s+)?|\b(?:and|but|while|as|after|when|before|where)\s+)"
                            r"(?:(?:the|The)\s+)?$")


def _reciprocal(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """Two actors joined by "and" that accuse each other (criticism both ways), or whose officials
    act together (engagement)."""
    text, out = ctx.text, []
    for (xm, xa), (ym, ya) in zip(ctx.mentions, ctx.mentions[1:]):
        if ym.start - xm.end > 9 or xa.id == ya.id or xa.type == "person" or ya.type == "person" \
                or not _AND_ONLY.fullmatch(text, xm.end, ym.start):
            continue  # (" and the " is nine characters)
        mutual = _RECIPROCAL.match(text, ym.end)
        if mutual is not None:
            cue = _cue_for(kb, "criticizes", mutual.group(0).strip(), "verb")
            span = _SPAN.match(text, mutual.start() + len(mutual.group(0)) - len(mutual.group(0).lstrip()), mutual.end())
            negated = _negated(ctx, ym.end, mutual.start())
            out += _make(ctx, cue, span, [(xm, xa)], [(ym, ya)], negated)
            out += _make(ctx, cue, span, [(ym, ya)], [(xm, xa)], negated)
        elif xm.kind == "demonym" and ym.kind == "demonym" and _JOINT_OFFICIALS.match(text, ym.end) \
                and (_SENTENCE_OPENING.fullmatch(text, ctx.sentence.start, xm.start)
                     or _SUBJECT_PLACE.search(text, max(ctx.sentence.start, xm.start - 20), xm.start)):
            # (as the clause's subject: "summons Indian and Chinese envoys" is no meeting between them)
            joint = _JOINT_OFFICIALS.match(text, ym.end)
            span = _SPAN.match(text, xm.start, joint.end())
            out += _make(ctx, _cue_for(kb, "engages", span.group(0)), span, [(xm, xa)], [(ym, ya)], False)
    return out


# "talks between Armenia and Azerbaijan, hosted by the United States"
_HOSTED_TALKS = re.compile(r"\b(?:talks|negotiations|meetings?|summit|dialogue|consultations)\b", re.I)
_HOSTED = r"\b(?:hosted|brokered|mediated|facilitated|convened|organi[sz]ed|chaired)\s+by"
_HOSTED_VERB = re.compile(_HOSTED + r"\b")
_HOSTED_BY = re.compile(r"[^.;]{0,80}?" + _HOSTED + r"\s+(?:the\s+)?$")


def _hosted(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """Talks between two parties "hosted by" or "brokered by" a third: the third hosts talks
    with each party."""
    text, out = ctx.text, []
    if " by " not in ctx.sentence.text or not _HOSTED_VERB.search(text, ctx.sentence.start, ctx.sentence.end):
        return out
    for tm in _HOSTED_TALKS.finditer(text, ctx.sentence.start, ctx.sentence.end):
        parties = _between(text, tm.end(), [x for x in ctx.mentions if x[0].start >= tm.end()])
        after = parties[-1][0].end if len(parties) >= 2 else tm.end()
        if len(parties) < 2:
            # "Sudan's army and the RSF agreed to a truce after talks in Jeddah hosted by Saudi
            # Arabia": the parties are the sentence's (coordinated) subject
            parties = _opening(ctx, tm.start())
            if not parties:
                continue
        for i, (m, a) in enumerate(ctx.mentions):
            if m.start > after and _HOSTED_BY.fullmatch(text, after, m.start):
                hosts = _coordinated(text, (m, a), ctx.mentions[i:], before=False)
                guests = [p for p in parties if p[1].id not in {h[1].id for h in hosts}]
                out += _make(ctx, _cue_for(kb, "hosts_talks", tm.group(0)), tm, hosts, guests, False)
                if len(guests) == 2 and tm.group(0).lower() in ("talks", "negotiations"):
                    # the parties to the talks engage each other
                    out += _make(ctx, _cue_for(kb, "engages", tm.group(0)), tm, guests[:1], guests[1:], False)
                break
    return out


_ROLE_LINK = re.compile(
    # the holder may be a state's body ("China's Export-Import Bank, Malawi's largest lender") or be
    # described first ("the ESM, the euro zone's rescue fund and by far Greece's largest creditor")
    r"(?:(?:’s|'s)\s+(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*(?=,))?(?:\)|\s*\([^)]{1,15}\))?"
    r"\s*(?:,\s*(?:which|who)\s+[^,;]{1,80},)?\s*(?P<link>(?:,\s*(?:which|who)\s+)?(?:is|was|are|were|has become|"
    r"have become|had become|became|remains|remained|remain|will become|would become|has been|have been|had been|as|"
    r",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){1,4}and|,)\s+(?:now\s+|also\s+|already\s+|"
    r"still\s+|long\s+|not\s+|no\s+longer\s+|once\s+|formerly\s+|traditionally\s+|historically\s+|by\s+far\s+)?(?:the\s+)?)$")


_PLURAL_LINK = re.compile(r"\s*(?:,|(?:are|were|have|remain)\b)")


def role_relations(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"The Philippines has become China's biggest supplier of nickel ore", "China, Peru's
    largest buyer, ...": the role noun after a possessive names the relation, recorded as any
    cue's relation is (symmetric types from the relation knowledge)."""
    roles = kb.role_nouns
    if not roles:
        return []
    text, out = ctx.text, []
    nouns = _role_noun_key(kb)
    pattern = _role_pattern(nouns)
    prep_pattern = _role_prep_pattern(nouns)
    for (xm, xa), (ym, ya) in zip(ctx.mentions, ctx.mentions[1:]):
        # "The UAE has emerged as a major investor in Egypt", "China, the largest lender to Laos"
        # (but "the largest source of visitors to Barbados" sends people, no goods)
        prep = _ROLE_PREP_LINK.fullmatch(text, xm.end, ym.start)
        if prep is not None and _PEOPLE_SENT.search(prep.group("role")):
            prep = None
        noun_match = prep_pattern.fullmatch(prep.group("role")) if prep is not None and xa.id != ya.id else None
        if noun_match is not None:
            cue, cm, link = _role_cue(kb, noun_match.group("noun")), prep, prep
        else:
            role = pattern.match(text, ym.end)
            link = _ROLE_LINK.fullmatch(text, xm.end, ym.start) if role is not None else None
            if link is None or xa.id == ya.id:
                continue
            cue, cm = _role_cue(kb, role.group("noun")), role
        # ("China and India, the largest buyers of OPEC+ crude", "Australia and Russia have been Kuwait's
        # main wheat suppliers": each of the coordinated)
        holders = _coordinated(text, (xm, xa), [x for x in ctx.mentions if x[0].end <= xm.end], before=True) \
            if _PLURAL_LINK.match(link.group("link")) else [(xm, xa)]
        out += _make(ctx, cue, cm, holders, [(ym, ya)], ctx.negation.search(link.group("link")) is not None)
    if " its " in ctx.sentence.text or " their " in ctx.sentence.text:
        # "Rwanda depends on aid, and the United States and the EU are among its largest donors": the
        # holders of a role of the sentence's opening actor
        copula_role = _copula_role_pattern(nouns)
        for i, (xm, xa) in enumerate(ctx.mentions):
            role = copula_role.match(text, xm.end) if xa.type != "person" else None
            if role is None:
                continue
            holders = _coordinated(text, (xm, xa), [x for x in ctx.mentions if x[0].end <= xm.end], before=True)
            ids = {a.id for _, a in holders}
            owner = next((x for x in ctx.mentions[:i] if x[1].id not in ids and x[1].type != "person"), None)
            if owner is not None and owner[0].start < min(m.start for m, _ in holders):
                span = _SPAN.match(text, role.start("cue"), role.end("cue"))
                out += _make(ctx, _role_cue(kb, role.group("noun")), span, holders, [owner], False)
    if ", its " in ctx.sentence.text:
        its_pattern = _its_role_pattern(nouns)
        for i, (xm, xa) in enumerate(ctx.mentions):
            role = its_pattern.match(text, xm.end) if xa.type != "person" else None
            if role is None:
                continue
            # "after the United States, its largest donor, cut ...", "China, its largest export market,
            # says ...": "its" is the body named before, or the one that opens the sentence before
            owner = next((x for x in reversed(ctx.mentions[:i]) if x[1].id != xa.id and x[1].type != "person"),
                         ctx.prior_opener)
            if owner is not None and owner[1].id != xa.id:
                span = _SPAN.match(text, role.start("cue"), role.end("cue"))
                out += _make(ctx, _role_cue(kb, role.group("noun")), span, [(xm, xa)], [owner], False)
    return out


@lru_cache(maxsize=8)
def _role_noun_key(kb: Knowledge) -> tuple[str, ...]:
    """The role nouns, sorted once per knowledge base (the key of the compiled patterns)."""
    return tuple(sorted(kb.role_nouns))


@lru_cache(maxsize=8)
def _its_role_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf",\s+(?P<cue>its\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{alt}))\s*,", re.I)


@lru_cache(maxsize=8)
def _copula_role_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\s+{_COPULA}\s+(?:(?:among|one\s+of)\s+)?"
                      rf"(?P<cue>(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{alt}))\b", re.I)


def _role_cue(kb: Knowledge, noun: str) -> _Cue:
    role = kb.role_nouns[noun.lower()]
    return _cue_for(kb, role["type"], noun.lower(), reverse=bool(role.get("reverse")))


_PEOPLE_SENT = re.compile(r"\bof\s+(?:[\w-]+\s+)?(?:visitors|tourists|migrants|refugees|asylum\s+seekers|workers|students|"
                          r"arrivals|remittances)\b")
_ROLE_PREP_LINK = re.compile(
    r"\s*(?P<link>,?\s*(?:(?:which|who)\s+|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:that|which)\s+)?(?:is|was|are|were|"
    r"has\s+become|have\s+become|had\s+become|became|remains|remain|has\s+been|have\s+been|had\s+been|"
    r"remained|has\s+emerged\s+as|emerged\s+as|ranks\s+as|as|,)\s+(?:now\s+|also\s+|already\s+|still\s+|long\s+|not\s+|"
    r"no\s+longer\s+|by\s+far\s+|once\s+)?)(?P<role>(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z]+s?\s+(?:of\s+(?:[\w-]+\s+){1,3}?(?=to\s))?"
    r"(?:in|to|of|for)\s+(?:the\s+)?)")


@lru_cache(maxsize=8)
def _role_prep_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    # "the largest supplier of refined copper to the United States": the goods may come between
    return re.compile(rf"(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{alt})\s+(?:of\s+(?:[\w-]+\s+){{1,3}}?(?=to\s))?"
                      rf"(?:in|to|of|for)\s+(?:the\s+)?", re.I)


@lru_cache(maxsize=8)
def _role_pattern(nouns: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"(?:’s|'s|’)\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{alt})\b", re.I)


# a sentence that opens "Under the agreement," / "Under Saturday's deal," / "Under the 1973 treaty that
# created Itaipu," tells what the parties of that agreement do
_UNDER_PACT = re.compile(r"Under\s+(?:the\s+|this\s+|that\s+|its\s+|their\s+|a\s+|an\s+|[A-Z]\w+(?:’s|'s)\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:agreement|treaty|contract|deal|accord|pact|concession|memorandum|"
                         r"arrangement)\b")


def _under_agreement(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Under the agreement, Benin will let loading resume, and Niger will reopen the crossing": the
    first two parties the sentence names deal with each other."""
    um = _UNDER_PACT.match(ctx.text, ctx.sentence.start)
    if um is None:
        return []
    parties: list = []
    for m, a in ctx.mentions:
        if a.type != "person" and m.start >= um.end() and a.id not in {p[1].id for p in parties}:
            parties.append((m, a))
    if len(parties) < 2:
        return []
    cue = _cue_for(kb, "deal_with", um.group(0))
    return _make(ctx, cue, um, parties[:1], parties[1:2], False)


# "Ghana's pharmaceutical imports ..., most of which come from India and China": the importer, then
# where the goods come from
_IMPORTS_OWNED = re.compile(r"(?:’s|'s|’)\s+(?:[\w-]+\s+){0,3}?(?P<imports>imports|purchases|supplies)\b")
_COME_FROM = re.compile(r"\b(?P<cue>(?:come|comes|came|coming|sourced|shipped|arrive|arrives|arrived)\s+from)\s+(?:the\s+)?")


def _imports_from(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"The list covers a third of Ghana's pharmaceutical imports, most of which come from India
    and China": the states the goods come from supply the importer."""
    text, out = ctx.text, []
    come = _COME_FROM.search(text, ctx.sentence.start, ctx.sentence.end)
    if come is None:
        return out
    owner = next(((m, a) for m, a in ctx.mentions if m.end < come.start() and a.type in ("state", "igo", "company")
                  and (om := _IMPORTS_OWNED.match(text, m.end)) is not None and om.end() <= come.start()), None)
    if owner is None:
        owner = _share_owner(ctx, kb, come.start())
    sources = [x for x in ctx.mentions if x[0].start == come.end()]
    if owner is None or not sources:
        return out
    suppliers = _coordinated(text, sources[0], [x for x in ctx.mentions if x[0].start >= come.end()], before=False)
    span = _SPAN.match(text, come.start("cue"), come.end("cue"))
    cue = _cue_for(kb, "supplies", span.group(0), "verb")
    return _make(ctx, cue, span, [x for x in suppliers if x[1].id != owner[1].id], [owner], False)


# "Thailand, which buys most of the electricity that Laos exports", "India buys almost all the power
# Bhutan produces": the goods the buyer takes from their maker
_BUYS_THE = re.compile(r"\b(?P<cue>buys|bought|buy|buying|imports|imported|import|importing|takes|took|purchases|purchased)\s+"
                       r"(?:(?:almost|nearly|virtually|roughly|about)\s+)?(?:(?:all|most|much|half|some|the\s+bulk|"
                       r"(?:a|one|two)\s+(?:third|quarter|fifth)s?|(?:a\s+)?(?:large|growing|big)\s+share|[\d.]+\s*"
                       r"(?:%|percent|per\s+cent))(?:\s+of)?\s+)?the\s+(?P<goods>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                       r"(?:(?:that|which)\s+)?(?:the\s+)?$")
_MAKES = re.compile(r"\s+(?:(?:still|also|now)\s+)?(?:exports|exported|produces|produced|sells|sold|generates|generated|"
                    r"pumps|pumped|mines|mined|grows|grew|makes|made|ships|shipped)\b")
_BUYER_GAP = re.compile(r"(?:\s*,\s*(?:which|who)\s+|\s+)(?:(?:already|also|still|now|currently|mostly)\s+)?")


def _buys_what_made(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Thailand, which buys most of the electricity that Laos exports": the maker supplies the buyer."""
    text, out = ctx.text, []
    words = ctx.sentence.text
    if "buy" not in words and "bought" not in words and "import" not in words and "take" not in words \
            and "took" not in words and "purchase" not in words:
        return out
    for j, (m, a) in enumerate(ctx.mentions):
        if a.type not in ("state", "company") or not _MAKES.match(text, m.end):
            continue
        bought = _BUYS_THE.search(text, max(ctx.sentence.start, m.start - 90), m.start)
        if bought is None or not _are_goods(kb, bought):
            continue
        buyer = next((x for x in reversed(ctx.mentions[:j]) if x[0].end <= bought.start()), None)
        if buyer is None or buyer[1].id == a.id or not _BUYER_GAP.fullmatch(text, buyer[0].end, bought.start()):
            continue
        span = _SPAN.match(text, bought.start("cue"), bought.end("cue"))
        out += _make(ctx, _cue_for(kb, "supplies", span.group(0), "verb"), span, [(m, a)], [buyer], False)
    return out


# "Gold makes up a third of Uzbekistan's exports, and most of it is sold to Switzerland", "Copper is 70
# percent of Zambia's exports, and China buys more of it than any other country": "it" is the exports
_IT_SOLD_TO = re.compile(r"\b(?:most|much|all|half|some|part|the\s+bulk|the\s+rest)\s+of\s+it\s+(?:is|was|goes|went)\s+"
                         r"(?:(?:mostly|mainly|largely|now|still|also)\s+)?(?P<cue>sold|exported|shipped|sent)?\s*to\s+(?:the\s+)?$")
_BUYS_IT = re.compile(r"\s+(?:(?:now|still|also|alone)\s+)?(?P<cue>buys|bought|takes|took|imports|imported|absorbs|absorbed)\s+"
                      r"(?:(?:more|most|much|all|half|some|the\s+bulk|a\s+third|a\s+quarter)\s+of\s+)?it\b")


def _exports_it(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"X's exports ..., and most of it is sold to Y" / "and Y buys more of it": X supplies Y."""
    text, out = ctx.text, []
    if " it" not in ctx.sentence.text:
        return out
    owner = next(((m, a) for m, a in ctx.mentions if a.type == "state" and _EXPORTS_AFTER.match(text, m.end)), None)
    if owner is None:
        return out
    for i, (m, a) in enumerate(ctx.mentions):
        if m.start <= owner[0].end or a.id == owner[1].id or a.type == "person":
            continue
        sold = _IT_SOLD_TO.search(text, max(owner[0].end, m.start - 60), m.start)
        if sold is not None:
            buyers = _coordinated(text, (m, a), ctx.mentions[i:], before=False)
            span = _SPAN.match(text, *(sold.span("cue") if sold.group("cue") else (m.start - 3, m.start - 1)))
        elif (bought := _BUYS_IT.match(text, m.end)) is not None:
            buyers, span = [(m, a)], _SPAN.match(text, *bought.span("cue"))
        else:
            continue
        out += _make(ctx, _cue_for(kb, "supplies", span.group(0), "verb"), span, [owner],
                     [x for x in buyers if x[1].id != owner[1].id], False)
        break
    return out


# "Most of its alumina is sold to Canada and Iceland", "Jamaica's alumina is exported to Canada": an
# actor's goods sold abroad
_SOLD_TO = re.compile(r"\b(?:is|are|was|were|being|gets|get|got)\s+(?:(?:mostly|mainly|largely|now|still|also)\s+)?"
                      r"(?P<cue>sold|exported|shipped|delivered|sent)\s+(?:abroad\s+)?to\s+(?:the\s+)?")
_OWNED_GOODS = re.compile(r"(?:’s|'s|’)\s+(?P<goods>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+$")


def _sold_to(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Most of its alumina is sold to Canada and Iceland": the owner of the goods supplies the
    buyers (people are no goods)."""
    text, out = ctx.text, []
    sold = _SOLD_TO.search(text, ctx.sentence.start, ctx.sentence.end)
    buyers = [x for x in ctx.mentions if sold is not None and x[0].start == sold.end()]
    if not buyers:
        return out
    owner = _share_owner(ctx, kb, sold.start())
    if owner is None:  # "Jamaica's alumina is exported to Canada"
        owner = next(((m, a) for m, a in ctx.mentions if m.end < sold.start() and a.type in ("state", "company")
                      and _are_goods(kb, _OWNED_GOODS.fullmatch(text, m.end, sold.start()))), None)
    if owner is None:
        return out
    listed = _coordinated(text, buyers[0], [x for x in ctx.mentions if x[0].start >= sold.end()], before=False)
    span = _SPAN.match(text, sold.start("cue"), sold.end("cue"))
    return _make(ctx, _cue_for(kb, "supplies", span.group(0), "verb"), span, [owner],
                 [x for x in listed if x[1].id != owner[1].id], False)


# "Most of Kuwait's rice comes from India", "half of its wheat came from Russia": a share of an actor's
# goods, coming from somewhere
_SHARE_OF = re.compile(r"\b(?:most|much|all|half|some|part|the\s+bulk|the\s+majority|a\s+(?:third|quarter|fifth|half)|"
                       r"two-thirds|three-quarters|[\d.,]+\s+(?:percent|per\s+cent|%))\s+of\s+"
                       r"(?:(?P<its>its|their)|(?P<owner>))", re.I)
_GOODS_WORDS = re.compile(r"(?:’s|'s|’)?\s+(?P<goods>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:\w+\s+){0,1}$")


def _share_owner(ctx: _Sentence, kb: Knowledge, come_at: int) -> Pair | None:
    """"Most of Kuwait's rice comes from": Kuwait; "most of its rice": the actor named before in the
    sentence, or the one that opens the sentence before (people are no goods: "most of Sudan's
    refugees come from Darfur")."""
    text = ctx.text
    for sm in _SHARE_OF.finditer(text, ctx.sentence.start, come_at):
        if sm.group("its"):
            owner = next((x for x in reversed(ctx.mentions) if x[0].end <= sm.start() and x[1].type != "person"),
                         ctx.prior_opener)
            rest = sm.end()
        else:
            owner = next((x for x in ctx.mentions if x[0].start == sm.end() and x[1].type in ("state", "igo", "company")),
                         None)
            rest = owner[0].end if owner else sm.end()
        if owner is not None and _are_goods(kb, _GOODS_WORDS.fullmatch(text, rest, come_at)):
            return owner
    return None


def _are_goods(kb: Knowledge, words: re.Match | None) -> bool:
    """Whether the matched "goods" words name goods: their head is no group of people ("refugees")."""
    return words is not None and words.group("goods").split()[-1].lower() not in _people_nouns(kb)


@lru_cache(maxsize=8)
def _people_nouns(kb: Knowledge) -> frozenset[str]:
    return frozenset(w.lower() for w in kb.people.get("group_nouns") or [])


# a bloc's member named beside it: "EU member Hungary", "Poland and Romania, both NATO allies", "than any
# other NATO member", "Paraguay, the bloc's fourth founding member,"
_MEMBER_AFTER = re.compile(r"(?:(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?|-|\s+)(?:founding\s+)?(?P<noun>member\s+states?|members?|all(?:y|ies))\b")
_MEMBER_APPOSITION = re.compile(r",\s+(?P<not>not\s+)?(?:both|all|each|a|an|another|fellow|the|its|their)?\s*(?:[\w-]+\s+){0,2}?$")
_ANY_OTHER = re.compile(r"\b(?:than|like|as)\s+(?:any|every|all)\s+other\s+(?:the\s+)?$")


# "SACU, whose members are Botswana, ...", "the Caribbean Community (CARICOM), of which the Bahamas
# is a member", "the Asian Development Bank (ADB), which it joined in 2003"
_WHOSE_MEMBERS = re.compile(r"(?:\)|\s*\([^)]{1,15}\))?(?:,\s+whose|(?:’s|'s))\s+(?:[\w-]+\s+)?members\s+"
                            r"(?:are|were|include|included|comprise)\s+(?:the\s+)?$")
_OF_WHICH = re.compile(r"(?:\)|\s*\([^)]{1,15}\))?,\s+(?:of\s+which|to\s+which|which)\s+(?:the\s+)?$")
_IS_MEMBER = re.compile(rf"\s+{_COPULA}\s+(?P<not>not\s+)?"
                        r"(?:also\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?members?\b|\s+(?:also\s+|both\s+)?joined\b"
                        r"|\s+(?:both\s+|all\s+)?(?P<belong>belongs?|belonged)\b")
# "it is a NATO member", "Turkey has been a NATO member since 1952": the copula's subject
_IS_A = re.compile(rf"\s+{_COPULA}\s+(?P<not>not\s+)?"
                   r"(?:also\s+|still\s+|both\s+|all\s+)?(?:(?:a|an|the)\s+)?(?:(?:founding|full|longtime|long-time|leading|key|"
                   r"fellow|new|newest)\s+)?$")


_LED_BY = re.compile(r"-led\s+(?:[a-z-]+\s+){0,2}")


def _members_named(ctx: _Sentence, i: int) -> tuple[list, bool, tuple[int, int]] | None:
    """The states a body's membership clause names after it ("whose members are X, Y and Z", "of
    which X is a member", "which X joined"), whether it is denied, and where its words stand."""
    text, (m, body) = ctx.text, ctx.mentions[i]
    following = [x for x in ctx.mentions[i + 1:] if x[0].start >= m.end and x[1].id != body.id]  # (not its acronym)
    if not following:
        return None
    first = following[0]
    whose = _WHOSE_MEMBERS.fullmatch(text, m.end, first[0].start)
    if whose is not None:
        cue = re.search(r"members\b.*\S", whose.group(0))
        return _coordinated(text, first, following, before=False), False, (m.end + cue.start(), m.end + cue.end())
    if _OF_WHICH.fullmatch(text, m.end, first[0].start):
        said = _IS_MEMBER.match(text, first[0].end)
        if said is None:
            return None
        # "of which X is a member", "to which X belongs", "which X joined": each its own relative
        verb = said.group(0).strip()
        opener = "to which" if said.group("belong") else "of which" if verb.endswith(("member", "members")) else "which"
        words = re.search(r"\b(?:(?:of|to)\s+)?which\b", text[m.end:first[0].start]).group(0)
        if re.sub(r"\s+", " ", words) == opener:
            members = _coordinated(text, first, following, before=False) if first[0].kind == "anaphor" else [first]
            return members, said.group("not") is not None, (said.end() - len(verb), said.end())
    return None


def _members(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"EU member Hungary", "Poland and Romania, both NATO allies", "Poland is buying more guns
    than any other NATO member", "it is a NATO member", "SACU, whose members are Botswana, ...":
    a member of the bloc named beside it deals with the bloc."""
    text, out = ctx.text, []
    for i, (m, a) in enumerate(ctx.mentions):
        if a.type != "igo":
            continue
        leader = next((x for x in reversed(ctx.mentions[:i]) if x[1].type == "state"
                       and _LED_BY.fullmatch(text, x[0].end, m.start)), None)
        if leader is not None:
            # "the Russian-led Eurasian Economic Union", "the Moscow-led military alliance": its leading member
            span = _SPAN.match(text, leader[0].end + 1, leader[0].end + 4)
            out += _make(ctx, _cue_for(kb, "deal_with", "member"), span, [leader], [(m, a)], False)
        named = _members_named(ctx, i)
        if named is not None:
            members, negated, (start, end) = [x for x in named[0] if x[1].type == "state"], named[1], named[2]
            if members:
                span = _SPAN.match(text, start, end)
                out += _make(ctx, _cue_for(kb, "deal_with", "member"), span, members, [(m, a)], negated)
            continue
        mm = _MEMBER_AFTER.match(text, m.end)
        if mm is None:
            continue
        members, negated = [], False
        after = next((x for x in ctx.mentions[i + 1:] if x[0].start >= mm.end()), None)
        copula = _IS_A.search(text, max(ctx.sentence.start, m.start - 40), m.start)
        holder = next((x for x in reversed(ctx.mentions[:i]) if x[0].end <= m.start), None)
        if after is not None and after[1].type == "state" and re.fullmatch(r",?\s+", text[mm.end():after[0].start]):
            members = [after]  # "EU member Hungary", "NATO's newest member, Sweden"
        elif _ANY_OTHER.search(text, max(ctx.sentence.start, m.start - 30), m.start):
            members = _opening(ctx, m.start)  # "than any other NATO member": the sentence's subject
        elif copula is not None and holder is not None and holder[0].end == copula.start() \
                and mm.group("noun").startswith("member"):
            # "but it is a NATO member", "Sweden and Finland are NATO members"
            members = _coordinated(text, holder, [x for x in ctx.mentions[:i] if x[0].end <= holder[0].end], before=True)
            negated = copula.group("not") is not None
        else:
            appos = _MEMBER_APPOSITION.search(text, max(ctx.sentence.start, m.start - 30), m.start)
            holder = next((x for x in reversed(ctx.mentions[:i]) if x[0].end <= m.start), None) if appos else None
            if holder is not None and holder[0].end == appos.start() and holder[1].type == "state":
                members = _coordinated(text, holder, [x for x in ctx.mentions[:i] if x[0].end <= holder[0].end],
                                       before=True)
                negated = appos.group("not") is not None
        members = [x for x in members if x[1].type == "state"]
        if members:
            span = _SPAN.match(text, mm.start("noun"), mm.end("noun"))
            out += _make(ctx, _cue_for(kb, "deal_with", span.group(0)), span, members, [(m, a)], negated)
    return out


# "the islands, which Japan administers and China claims", "waters both countries claim", "Caracas
# claims the Essequibo region, about two-thirds of Guyana's territory": a claim to land or sea
_CLAIM = re.compile(r"\b(?P<cue>claims|claim|claimed)\b(?![-’'])(?!\s+(?:that|to|responsibility|credit|victory|"
                    r"lives|the\s+lives|it|he|she|they|on|in|without|a|an)\b)")
_CLAIM_NOUN = re.compile(r"(?:\b(?:a|an|the|its|their|his|her|our|no|any|rival|competing|overlapping|territorial|"
                         r"maritime|sovereignty|own|these|those|such|of|has|have|had|with|legal|tax)\s+|-)$", re.I)
_CLAIM_GAP = re.compile(r"\s+(?:(?:also|still|long|now|both|has|have|had|too|itself|all|formally|partly)\s+)*")


@lru_cache(maxsize=8)
def _claim_patterns(kb: Knowledge) -> tuple[re.Pattern, re.Pattern] | None:
    spec = kb.relations.get("tensions_with") or {}
    places, holding = spec.get("claimed_places") or [], spec.get("holding_verbs") or []
    if not places or not holding:
        return None
    place = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(places, key=len, reverse=True)) + r")\b")
    held = re.compile(r"\s+(?:\w+\s+)?(?:" + "|".join(map(re.escape, holding)) + r")\s+and\s+(?:the\s+)?$")
    return place, held


def _territorial_claims(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"which Japan administers and China claims" (China and Japan), "waters both countries claim"
    (the pair), "Caracas claims the Essequibo region, about two-thirds of Guyana's territory" (the
    first state or group named after the claim): a claim to land or sea is a tension."""
    text, out, patterns = ctx.text, [], _claim_patterns(kb)
    if patterns is None:
        return out
    place, held = patterns
    for cm in _CLAIM.finditer(text, ctx.sentence.start, ctx.sentence.end):
        if cm.group("cue") != "claimed" and _CLAIM_NOUN.search(text, max(ctx.sentence.start, cm.start() - 14), cm.start()):
            continue  # "has claims in the South China Sea", "its claim": a noun
        before = [x for x in ctx.mentions if x[0].end <= cm.start() and x[1].type != "person"]
        if not before or not _CLAIM_GAP.fullmatch(text, before[-1][0].end, cm.start()):
            continue
        claimants = _coordinated(text, before[-1], before, before=True)
        window = text[max(ctx.sentence.start, claimants[-1][0].start - 90):min(ctx.sentence.end, cm.end() + 90)]
        if not place.search(window):
            continue  # "claimed the lives of", "claims a role": no land or sea
        ids = {a.id for _, a in claimants}
        if len(ids) >= 2:
            others, claimants = claimants[1:], claimants[:1]  # "which Baghdad and Erbil both claim"
        else:
            first = min(claimants, key=lambda x: x[0].start)
            holder = [x for x in before if x[0].end <= first[0].start and x[1].id not in ids]
            if holder and held.fullmatch(text, holder[-1][0].end, first[0].start):
                others = holder[-1:]  # "which Japan administers and China claims"
            else:
                after = [x for x in ctx.mentions if x[0].start >= cm.end() and x[1].id not in ids
                         and x[1].type in ("state", "non_state_group") and ";" not in text[cm.end():x[0].start]]
                others = after[:1]
        if others:
            span = _SPAN.match(text, cm.start("cue"), cm.end("cue"))
            out += _make(ctx, _cue_for(kb, "tensions_with", span.group(0), "verb"), span, claimants, others,
                         _negated(ctx, claimants[0][0].end, cm.start()))
    return out


# "imposed duties on steel, a move aimed squarely at China", "raised its tariff on copper wire, a blow to
# Chile": the state a measure is aimed at, or hits, named after it
_AIMED_AT = re.compile(r",\s+(?:a|in\s+a)\s+(?:[\w-]+\s+){0,2}?(?:move|measure|step|decision|policy)\s+(?:that\s+(?:is|was)\s+)?"
                       r"(?:(?:widely|largely)\s+)?(?:seen\s+as\s+)?(?:aimed|targeted|directed)\s+(?:\w+ly\s+)?at\s+(?:the\s+)?$"
                       r"|,\s+a\s+(?:\w+\s+)?blow\s+to\s+(?:the\s+)?$")
_MEASURE_WORDS = re.compile(r"\b(?:tariffs?|duties|levy|levies|quotas?|bans?|banned|curbs?|restrictions|embargo|fees)\b")


def _aimed_at(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Mexico will impose duties on steel, a move aimed squarely at China": the measure of the
    sentence's subject is against the state it is aimed at."""
    text, out = ctx.text, []
    for m, a in ctx.mentions:
        if a.type != "state":
            continue
        aim = _AIMED_AT.search(text, max(ctx.sentence.start, m.start - 80), m.start)
        measure = _MEASURE_WORDS.search(text, ctx.sentence.start, aim.start()) if aim else None
        subject = [x for x in _opening(ctx, measure.start()) if x[1].id != a.id] if measure else []
        if subject:
            span = _SPAN.match(text, measure.start(), measure.end())
            out += _make(ctx, _cue_for(kb, "other", span.group(0)), span, subject[:1], [(m, a)],
                         _negated(ctx, subject[0][0].end, measure.start()))
    return out


# "China, which built Samoa's national hospital", "Qatar has paid part of Syria's wage bill", "India
# gave Seychelles two patrol vessels": a state's building, payment or gift for another state
_BUILT_WORDS = ("built", "constructed", "rebuilt", "renovated", "refurbished", "donated", "gifted")
_PAID_WORDS = ("paid", "pays", "pay", "covered", "covers", "funded", "funds", "financed", "finances", "bankrolled",
               "bankrolls")
_GAVE_WORDS = ("gave", "gives", "given", "handed", "donated", "gifted")
_BUILT_FOR = re.compile(rf"\b(?P<cue>{'|'.join(_BUILT_WORDS)}|(?:{'|'.join(_PAID_WORDS)})(?:\s+(?:part|much|most|some|all|"
                        r"half|the\s+bulk|a\s+(?:third|quarter|share))\s+of)?)\s+(?:the\s+)?$")
_GAVE_TO = re.compile(rf"\b(?P<cue>{'|'.join(_GAVE_WORDS)})\s+(?:the\s+)?$")
_POSSESSED = re.compile(r"(?:’s|'s|’)\s")
_GIFT = re.compile(r"\s+(?:a|an|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|"
                   r"several|[\d$€£][\d,.]*)\s+(?!(?:deadline|warning|ultimatum|week|weeks|month|months|day|days|year|"
                   r"years|say|seat|chance|reason|boost|lifeline|green\s+light)\b)")
_GIVER_GAP = re.compile(r"(?:\s*,\s*(?:which|who)\s+[^,;]{1,80},\s*|\s*,\s*(?:which|who)\s+|\s+)"
                        r"(?:(?:has|have|had|also|already|once|later|[a-z]+ly)\s+)*")
# "the EU has paid Morocco hundreds of millions of euros", "Australia, which pays Nauru to host the
# centre": money paid to a state for no goods ("paid Russia $2 billion for oil" is a purchase)
_PAID_TO = re.compile(r"\b(?P<cue>paid|pays|pay|paying)\s+(?:the\s+)?$")
_PAID_FOR = re.compile(r"(?:\s+to\s+[a-z]+\b|" + _GIFT.pattern + r")(?![^.;]{0,60}\bfor\b)")
# "China holds about 40 percent of Cambodia's external debt", "a fifth of St Vincent's debt is owed to
# Venezuela": the creditor lends to the state
_HOLDS_DEBT = re.compile(r"\s+(?:(?:now|still|already|alone)\s+)?(?P<cue>(?:holds|held|owns|owned|accounts\s+for|"
                         rf"accounted\s+for)\s+{_QUANTITY}\s+of)\s+(?:the\s+)?$")
_DEBT_AFTER = re.compile(r"(?:’s|'s|’)\s+(?:(?:external|foreign|public|sovereign|bilateral|total|national)\s+)*debts?\b")
_OWED_TO = re.compile(r"(?:’s|'s|’)\s+(?:(?:external|foreign|public|sovereign|bilateral|total|national)\s+)*debts?\s+"
                      r"(?:is|was|are|were)\s+(?P<cue>owed\s+to)\s+(?:the\s+)?$")


def _creditors(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"China holds about 40 percent of Cambodia's external debt", "a fifth of St Vincent's debt is
    owed to Venezuela": the creditor aids the debtor state."""
    text, out = ctx.text, []
    for (xm, xa), (ym, ya) in zip(ctx.mentions, ctx.mentions[1:]):
        if xa.id == ya.id or "person" in (xa.type, ya.type):
            continue
        held = _HOLDS_DEBT.fullmatch(text, xm.end, ym.start)
        if held is not None and _DEBT_AFTER.match(text, ym.end) and ya.type == "state":
            creditor, debtor, span = (xm, xa), (ym, ya), _SPAN.match(text, held.start("cue"), held.end("cue"))
        elif (owed := _OWED_TO.fullmatch(text, xm.end, ym.start)) is not None and xa.type == "state":
            creditor, debtor, span = (ym, ya), (xm, xa), _SPAN.match(text, owed.start("cue"), owed.end("cue"))
        else:
            continue
        out += _make(ctx, _cue_for(kb, "aids", span.group(0), "verb"), span, [creditor], [debtor], False)
    return out


def _gifts(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"China, which built Samoa's main government office tower", "India gave Seychelles two
    patrol vessels": the builder or giver aids the state that receives."""
    text, out = ctx.text, []
    for j, (m, a) in enumerate(ctx.mentions):
        if a.type != "state" or m.kind == "demonym":
            continue
        window = max(ctx.sentence.start, m.start - 16)
        verb = (_BUILT_FOR.search(text, window, m.start) if _POSSESSED.match(text, m.end) else None) \
            or (_GAVE_TO.search(text, window, m.start) if _GIFT.match(text, m.end) else None) \
            or (_PAID_TO.search(text, window, m.start) if _PAID_FOR.match(text, m.end) else None)
        if verb is None:
            continue
        giver = next((x for x in reversed(ctx.mentions[:j]) if x[0].end <= verb.start()), None)
        if giver is None or giver[1].id == a.id or giver[1].type not in ("state", "igo") \
                or not _GIVER_GAP.fullmatch(text, giver[0].end, verb.start()):
            continue
        span = _SPAN.match(text, verb.start("cue"), verb.end("cue"))
        out += _make(ctx, _cue_for(kb, "aids", span.group(0), "verb"), span, [giver], [(m, a)],
                     _negated(ctx, giver[0].end, verb.start()))
    return out


# "Kenya built the railway with Chinese loans", "sign deal for a bridge, with Chinese loan", "with the
# backing of Japan": a state's money or help that the subjects act with
_WITH_MONEY = re.compile(r"\bwith\s+(?:the\s+)?(?:(?P<of>help|backing|support|financing|funding|money)\s+(?:of|from)\s+(?:the\s+)?|"
                         r"(?:a\s+|an\s+)?(?:[$€£][\w.,]+\s+(?:million\s+|billion\s+|bn\s+)?)?)$")


# "with EU-backed borrowing", "with a World Bank-funded loan"
_BACKED_MONEY = re.compile(r"-(?:backed|funded|financed|guaranteed)\s+(?:[a-z-]+\s+)?(?:loans?|borrowing|bonds?|financing|"
                           r"credit|debt|funding|package)\b")


def _with_money(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"Kenya built the railway with Chinese loans", "with the backing of Japan": the lender or
    backer aids the sentence's subject."""
    text, out = ctx.text, []
    if "with " not in ctx.sentence.text:
        return out
    for m, a in ctx.mentions:
        if a.type not in ("state", "igo") or text.find("with", max(ctx.sentence.start, m.start - 40), m.start) < 0:
            continue
        wm = _WITH_MONEY.search(text, max(ctx.sentence.start, m.start - 40), m.start)
        noun = (_MONEY_AFTER.match(text, m.end) or _BACKED_MONEY.match(text, m.end)) \
            if wm is not None and not wm.group("of") else None
        if wm is None or not (wm.group("of") or noun):
            continue
        subject = [x for x in _opening(ctx, wm.start()) if x[1].id != a.id]
        if subject:
            span = _SPAN.match(text, wm.start(), noun.end() if noun is not None else m.end)
            out += _make(ctx, _cue_for(kb, "aids", span.group(0)), span, [(m, a)], subject, False)
    return out


# "granted a 30-year exploitation licence for the deposit to Southern Cross Rare Earths", "has given the
# contract for the second section to Ardaland Construction", "will sell 44.9 percent of the state airline
# to Hansa": a licence, contract, concession or stake handed over is a deal with the one who gets it
_AWARD_WORDS = ("granted", "grants", "grant", "granting", "awarded", "awards", "award", "awarding", "gave", "gives",
                "given", "giving", "handed", "hands", "hand", "handing", "sold", "sells", "sell", "selling", "leased",
                "leases", "lease", "leasing")
_AWARDED = re.compile(rf"\b(?P<cue>{'|'.join(_AWARD_WORDS)})\s+(?:[^;:]{{0,60}}?\s)?(?<!export\s)(?<!import\s)"
                      r"(?:licen[cs]es?|contracts?|concessions?|stakes?|leases?|rights|permits?|percent\s+of|%\s+of|"
                      r"shares)\b[^;:]{0,80}?\s+to\s+(?:the\s+)?(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}(?:’s|'s)\s+)?$")
# (the stems of the pattern's nouns: sentences without one are not tried)
_HANDED_OVER = ("licen", "contract", "concession", "stake", "lease", "rights", "permit", "percent", "%", "shares")


def _awarded(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"granted a licence for the deposit to Southern Cross Rare Earths": the one who grants a
    licence, contract, concession or stake deals with the one who gets it (a second verb's subject
    is the clause's first: "has barred X ... and awarded the contract to Y")."""
    lowered = ctx.sentence.text.lower()
    if " to " not in lowered or not any(noun in lowered for noun in _HANDED_OVER):
        return []
    found = _verb_on(ctx, kb, "deal_with", _AWARDED, 160, lambda m, a, vm: m.kind != "demonym"
                     and not _POSSESSED.match(ctx.text, m.end))
    # a state sells its assets in a deal; one company selling its stake to another is the market's business
    states = {a.name for _, a in ctx.mentions if a.type == "state"}
    return [r for r in found if not r.cue.startswith(("sel", "sol")) or {r.source, r.target} & states]


# "removed 38 tankers from its registry at the request of the United States", "at US request", "halts
# transfers under EU pressure", "under pressure from Washington": the subject acts on another's demand
_AT_REQUEST_OF = re.compile(r"\b(?:at\s+the\s+(?P<cue>request)\s+of|under\s+(?P<cue2>pressure)\s+from)\s+(?:the\s+)?$")
_AT_REQUEST = re.compile(r"\b(?P<prep>at|under)\s+(?:the\s+)?$")
_REQUEST_AFTER = {"at": re.compile(r"(?:’s|'s|’)?\s+(?P<cue>request)\b"),
                  "under": re.compile(r"(?:’s|'s|’)?\s+(?P<cue>pressure)\b")}


def _on_request(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"at the request of the United States", "under EU pressure": the one who asked or pressed
    takes a measure on the clause's subject (restrictive measures: a demand)."""
    text, out = ctx.text, []
    for m, a in ctx.mentions:
        if a.type not in ("state", "igo") or m.kind == "anaphor":
            continue
        before = _AT_REQUEST_OF.search(text, max(ctx.sentence.start, m.start - 30), m.start)
        prep = _AT_REQUEST.search(text, max(ctx.sentence.start, m.start - 8), m.start) if before is None else None
        after = _REQUEST_AFTER[prep.group("prep")].match(text, m.end) if prep is not None else None
        if before is not None:
            start, cue = before.start(), _SPAN.match(text, *before.span("cue" if before.group("cue") else "cue2"))
        elif after is not None:
            start, cue = prep.start(), _SPAN.match(text, *after.span("cue"))
        else:
            continue
        # (the subject of the same clause, named as itself: "Australian police were sent to Honiara at
        # the government's request" is help asked for)
        subject = [x for x in _opening(ctx, start) if x[1].id != a.id and x[0].kind != "demonym"
                   and not re.search(r"[,;:]", text[x[0].end:start])]
        if subject:
            out += _make(ctx, _cue_for(kb, "other", cue.group(0), "noun"), cue, [(m, a)], subject[:1], False)
    return out


# "Beijing, which regards Taiwan as part of its territory", "Georgia, which considers Abkhazia part of its
# territory": a claim on another's land sets the claimant at odds with it
_REGARDS_AS_WORDS = ("regards", "regarded", "regard", "considers", "considered", "consider", "sees", "saw", "views",
                     "viewed", "claims", "claimed")
_REGARDS_AS = re.compile(rf"\b(?P<cue>{'|'.join(_REGARDS_AS_WORDS)})\s+(?:the\s+)?$")
_PART_OF_ITS = re.compile(r"(?:’s\s+|'s\s+)?(?:\s+[a-z-]+){0,2}?\s+(?:as\s+)?(?:an?\s+)?(?:(?:breakaway|renegade|rebel|"
                          r"inalienable|integral|historic)\s+)?(?:part|province|region)\s+of\s+its\s+(?:own\s+)?"
                          r"(?:territory|land|country|sovereign\s+territory)\b")


def _claimed_as_territory(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"China regards Taiwan as part of its territory": the claimant is at odds with the claimed."""
    if " its " not in ctx.sentence.text:
        return []
    return _verb_on(ctx, kb, "tensions_with", _REGARDS_AS, 14, lambda m, a, vm: a.type != "person"
                    and _PART_OF_ITS.match(ctx.text, m.end) is not None)


# "recognise Taiwan rather than China", "buys gas from Qatar instead of Russia": the same act, denied the other
_RATHER_THAN = re.compile(r",?\s+(?:rather\s+than|instead\s+of|and\s+not|but\s+not)\s+(?:the\s+)?")


def _rather_than(ctx: _Sentence, here: list[RelationRecord]) -> list[RelationRecord]:
    """"Tuvalu is one of the few states that recognise Taiwan rather than China": the relation to
    the one named after "rather than" is the same relation, negated."""
    text, out = ctx.text, []
    if not here or ("rather" not in ctx.sentence.text and "instead" not in ctx.sentence.text
                    and " not " not in ctx.sentence.text):
        return out
    for rel in here:
        if rel.negated:
            continue
        for i, (m, a) in enumerate(ctx.mentions):
            if a.name != rel.target or m.kind == "demonym":
                continue  # ("treated as Turkish rather than Chinese": a nationality, not the party)
            rm = _RATHER_THAN.match(text, m.end)
            other = next((x for x in ctx.mentions[i + 1:] if rm and x[0].start == rm.end()), None)
            if other is not None and other[1].id != a.id and other[1].name != rel.source:
                out.append(replace(rel, target=other[1].name, negated=True, sentences=[ctx.sentence.index]))
    return out


def _read_as(ctx: _Sentence, rel: RelationRecord, rtype: str, *, symmetric: bool = False, **changes) -> RelationRecord:
    """A relation this sentence states, read also as another type (its parties ordered as ``_make``
    orders a symmetric type's)."""
    source, target = changes.pop("source", rel.source), changes.pop("target", rel.target)
    if symmetric and target < source:
        source, target = target, source
    return replace(rel, type=rtype, source=source, target=target, symmetric=symmetric, plover=ctx.plover.get(rtype, ""),
                   sentences=[ctx.sentence.index], **changes)


# the grounds of a measure, stated after it: ", saying ...", "over what it called ...", "which it accuses of"
_ASKED = re.compile(r"(?:ask|urg|call|press|demand|request)", re.I)
_JUSTIFIED_WORDS = ("saying", "accusing", "citing", "alleging", "arguing", "what it", "accuse", " over ")
_JUSTIFIED = re.compile(r",\s+(?:saying|accusing|citing|alleging|arguing)\b|\b(?:over|for)\s+what\s+it\s+(?:called|calls|described)\b|"
                        r"\bthat\s+it\s+(?:accuses|accused)\s+of\b"
                        # "tariffs on Nicaraguan goods over its rights record": a measure and its grounds
                        r"|\bover\s+(?:its\s+|their\s+|the\s+|alleged\s+)?(?:[\w-]+\s+){0,2}?(?:record|abuses|violations|"
                        r"rights|crackdown|repression|treatment|persecution|corruption|fraud|espionage|spying|"
                        r"smuggling|dumping|subsidies|support|links|ties|role|involvement|refusal|failure)\b")


def _justified(ctx: _Sentence, here: list[RelationRecord]) -> list[RelationRecord]:
    """"banned two fishing companies, saying their vessels had ...", "sanctioned X, which it
    accuses of ...": a measure with its grounds stated criticises its target too."""
    text = ctx.sentence.text
    justified = _JUSTIFIED.search(text) if here and any(w in text for w in _JUSTIFIED_WORDS) else None
    if justified is None:
        return []
    # (a demand with its reasons is still a demand: "asked Malta to inspect vessels, saying fuel was smuggled")
    return [_read_as(ctx, rel, "criticizes") for rel in here if rel.type in ("sanctions", "other") and not rel.negated
            and 0 <= text.find(rel.cue) < justified.start() and not _ASKED.match(rel.cue)]


# "borrowed $600 million from Aurelis against future deliveries of beans", "which Ecuador has been repaying
# with oil shipments", "oil-backed loans": a loan repaid in goods makes the borrower the lender's supplier
_REPAID_IN_GOODS = re.compile(r"\b(?:repaid|repay|repays|repaying|paid\s+back|pays\s+back)\s+(?:(?:partly|largely|mostly|"
                              r"chiefly|entirely|partially|in\s+part)\s+)?(?:in|with)\s+(?:[\w-]+\s+){0,2}?(?:oil|crude|gas|"
                              r"LNG|gold|cocoa|beans|coal|ore|copper|bauxite|minerals|deliveries|shipments|cargoes)\b"
                              r"|\bagainst\s+future\s+(?:[\w-]+\s+){0,2}?(?:deliveries|sales|shipments|exports|output|"
                              r"production|revenue|revenues)\b"
                              r"|\b(?:oil|crude|gas|commodity|resource|gold|cocoa|copper)-backed\b"
                              r"|\bas\s+repayment\s+for\b")


def _repaid_in_goods(ctx: _Sentence, here: list[RelationRecord]) -> list[RelationRecord]:
    """"Chad borrowed $1.4 billion from Alpenrohstoff, to be repaid with future oil deliveries": the
    borrower supplies the lender (beside the loan, which is aid)."""
    if not here or "repa" not in ctx.sentence.text and "against future" not in ctx.sentence.text \
            and "-backed" not in ctx.sentence.text:
        return []
    goods = _REPAID_IN_GOODS.search(ctx.sentence.text)
    if goods is None:
        return []
    return [_read_as(ctx, rel, "supplies", source=rel.target, target=rel.source, cue=goods.group(0))
            for rel in here if rel.type == "aids" and not rel.negated]


# "Canada has ordered two icebreakers from Revontuli", "UAE orders fighter jets from Chinese planemaker":
# an order placed is a deal as well as a supply
_ORDERED = re.compile(r"(?:order|orders|ordered|ordering|placed\s+an\s+order|placed\s+orders)\b", re.I)


def _orders(ctx: _Sentence, here: list[RelationRecord]) -> list[RelationRecord]:
    """An order ("ordered 30 jets from Huaxia") is a deal between buyer and maker, beside the supply."""
    if "order" not in ctx.sentence.text:
        return []
    return [_read_as(ctx, rel, "deal_with", symmetric=True)
            for rel in here if rel.type == "supplies" and _ORDERED.match(rel.cue)]


def idiom_relations(ctx: _Sentence, kb: Knowledge, here: list[RelationRecord],
                    criticism: list[tuple[int, int]]) -> list[RelationRecord]:
    """The sentence's relations that idioms state beyond one cue's subject and object; ``here``
    are the relations its cues found, ``criticism`` where the article uses words of criticism."""
    out = (_denials(ctx, here, kb) + _hosted(ctx, kb) + _listed(ctx, kb) + _angered(ctx, kb) + _told(ctx, kb)
           + _goods_flows(ctx, kb) + _reciprocal(ctx, kb) + _under_agreement(ctx, kb)
           + _reported_criticism(ctx, kb, criticism) + _elliptical(ctx, here) + _followed_by(ctx, here))
    for idiom in ctx.idioms:  # the rarer idioms, only in articles that have their words
        out += idiom(ctx, kb)
    return out + _justified(ctx, here) + _rather_than(ctx, here) + _repaid_in_goods(ctx, here) + _orders(ctx, here)


def article_idioms(text: str, kb: Knowledge, actors) -> tuple:
    """The rarer idioms worth trying on an article's sentences: those whose words it has at all
    (one pass of a word matcher over the article), and the company-presence rule where a company
    is named."""
    found = {idiom for _, _, idioms in _gate_words(kb).finditer(fold_text(text)) for idiom in idioms}
    if any(a.type == "company" for a in actors):
        found.add(presence_relations)
    return tuple(idiom for idiom in _GATED if idiom in found)


@lru_cache(maxsize=8)
def _gate_words(kb: Knowledge) -> TermMatcher:
    strikes = {verb.split()[0] for verb in (kb.relations.get("tensions_with") or {}).get("strike_verbs") or []}
    words = {
        _terror_listing: {"terror", "terrorist", "terrorists", "terrorism"},
        _signed_by: {"signed", "set", "founded", "created", "established", "formed", "launched"},
        _strikes: strikes,
        stake_relations: {"stake", "stakes", "owned"},
        _export_shares: {"export", "exports", "output"},
        _retaliation: {"vow", "vows", "vowed", "vowing", "threaten", "threatens", "threatened", "promise", "promises",
                       "promised", "pledge", "pledges", "pledged"},
        _complaints: {"complain", "complains", "complained", "complaining", "alleged", "alleges", "protested",
                      "protests", "grumbled", "grumble", "grumbles"},
        _imports_from: {"imports", "purchases", "supplies", "come", "comes", "came", "coming"},
        _members: {"member", "members", "ally", "allies", "joined", "belong", "belongs", "belonged", "led"},
        _territorial_claims: {"claim", "claims", "claimed"},
        _aimed_at: {"aimed", "targeted", "directed", "blow"},
        _sold_to: {"sold", "exported", "shipped", "delivered", "sent"},
        _gifts: {*_BUILT_WORDS, *_PAID_WORDS, *_GAVE_WORDS, "paying"},
        _creditors: {"debt", "debts"},
        _taken_to_court: set(_TOOK_WORDS),
        _border_closed: {"border", "borders"},
        _removed_from: set(_REMOVED_WORDS),
        _awarded: set(_AWARD_WORDS),
        _on_request: {"request", "pressure"},
        _claimed_as_territory: {"territory"},
        _exports_it: {"exports", "output", "production"},
        _buys_what_made: {"exports", "exported", "produces", "produced", "sells", "generates", "generated", "pumps", "mines",
                          "grows", "makes", "ships"},
        _with_money: {"loan", "loans", "financing", "funding", "money", "credit", "credits", "grant", "grants", "aid", "help",
                      "backing", "support", "assistance"},
    }
    gates: dict[str, tuple] = {}
    for idiom, forms in words.items():
        for word in forms:
            gates[word] = gates.get(word, ()) + (idiom,)  # a word may open several idioms ("exports")
    return TermMatcher(gates)


# the rarer idioms, in the order they are tried
_GATED = (_terror_listing, _signed_by, _strikes, presence_relations, stake_relations, _export_shares, _retaliation,
          _complaints, _imports_from, _members, _territorial_claims, _aimed_at, _with_money, _sold_to, _buys_what_made,
          _gifts, _creditors, _exports_it, _taken_to_court, _removed_from, _border_closed, _awarded, _on_request, _claimed_as_territory)
