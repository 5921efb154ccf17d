"""A company's presence in a state is its investment there: the plants, mines and data centres it
opens, runs or owns in the state ("Tianyun Digital, which runs two data centres in the country",
"employs 6,000 people at two factories in Nicaragua", "from its plant in Carlow, Ireland") and what
it makes there ("has built cars in South Africa since 1962"). The facilities and verbs are in
relations.yaml (invests_in: facilities, presence_verbs, production_verbs). So is a stake held in a
company named before ("KDC, in which the government holds a 15 percent stake", "Électra, which is 84
percent owned by the French state")."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import Knowledge
from .clauses import _SPAN, _cue_for, _make, _negated, _Sentence
from .cues import verb_forms
from .records import RelationRecord

__all__ = ["presence_relations", "stake_relations"]

# right before the state: "in", "at two factories in", "in Carlow, " (a town, then its state), "in
# Austria, Belgium and " (a list of places)
_IN_BEFORE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+|,?\s+and\s+)){0,4}$")
_PLACE_WORD = re.compile(r" (?:in|at|near) ")  # (a quick test before _IN_BEFORE)
# what may stand between the company and its verb: an apposition or a relative clause, no other party
_SPEECH = re.compile(r"\b(?:said|says|told|tells|asked|urged|accused|announced)\b")
# "said this week that it had begun assembling drones at a plant in Ukraine": the speaker's own act
_IT_AFTER_SPEECH = re.compile(r"\s+(?:[\w,]+\s+){0,4}?(?:that\s+)?(?:it|they)\s")
# the company is the one urged or asked to act, not one that acts: "urged Chinese firms to process ore"
_DEMANDED = re.compile(r"\b(?:urged|urges|urge|urging|asked|asks|pressed|presses|called\s+on|calls\s+on|told|tells|"
                       r"wants|wanted|encouraged|encourages)\s+(?:the\s+|its\s+|their\s+)?$")


@lru_cache(maxsize=8)
def _patterns(kb: Knowledge) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    spec = kb.relations.get("invests_in") or {}
    facilities = spec.get("facilities") or []
    if not facilities:
        return None
    alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
    forms = lambda key: alt({f for lemma in spec.get(key) or [] for f in verb_forms(lemma)})  # noqa: E731
    # "runs two data centres in", "its plant in": the site right before "in" (found first), then
    # the verb or the possessive before it; "has built cars in": a verb of production and its goods
    site = re.compile(rf"(?<![\w’'-])(?:{alt(facilities)})\s+(?:(?:that\s+|which\s+)?(?:it|they)\s+(?:is\s+|are\s+|has\s+|have\s+|had\s+)?"
                      rf"(?P<after>{forms('presence_verbs')})\s+|(?:[\w’'-]+\s+){{0,2}}?)$", re.I)
    owned = re.compile(rf"(?<![\w’'-])(?:(?P<verb>{forms('presence_verbs')})\s+(?:[\w’'$€£%.,-]+\s+){{0,6}}?|(?P<its>its|their)\s+"
                       rf"(?:[\w’'-]+\s+){{0,3}}?)$", re.I)
    made = re.compile(rf"(?<![\w’'-])(?P<verb>{forms('production_verbs')})\s+(?:[\w’'-]+\s+){{1,4}}?$", re.I)
    return site, owned, made


def presence_relations(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """The company named before a site or production in a state invests in that state."""
    patterns = _patterns(kb)
    if patterns is None or len(ctx.mentions) + len(ctx.places) < 2 or not any(a.type == "company" for _, a in ctx.mentions):
        return []
    site, owned, made = patterns
    text, out = ctx.text, []
    # the state named, or a city of it ("opened its regional headquarters in Riyadh")
    for m, a in sorted([x for x in ctx.mentions if x[1].type == "state"] + ctx.places, key=lambda x: x[0].start):
        if not _PLACE_WORD.search(text, max(ctx.sentence.start, m.start - 40), m.start):
            continue
        place = _IN_BEFORE.search(text, max(ctx.sentence.start, m.start - 40), m.start)
        if place is None:
            continue
        lo = max(ctx.sentence.start, place.start() - 120)
        where = site.search(text, max(lo, place.start() - 50), place.start())
        if where is not None and where.group("after"):
            act = where  # "the $600 million plant it is building in Zimbabwe": the verb after the site
            verb, start = act.group("after"), act.start()
        else:
            act = owned.search(text, lo, where.start()) if where else made.search(text, max(lo, place.start() - 60), place.start())
            if act is None:
                continue
            verb = act.group("verb")
            start = act.start("verb") if verb else act.start()
        company = next(((cm, ca) for cm, ca in reversed(ctx.mentions) if cm.end <= start and ca.type == "company"), None)
        if company is None or start - company[0].end > 120 or (
                verb and act is not where and (said := _SPEECH.search(text, company[0].end, start))
                and not _IT_AFTER_SPEECH.match(text, said.end(), start)) or any(
                company[0].end <= om.start < start and oa.type not in ("company", "location") and om.kind != "demonym"
                for om, oa in ctx.mentions):
            continue  # another party, or a report ("said ... its plant" is the company's own; "says the plant
            # it is building" is the speaker's), stands between
        if _DEMANDED.search(text, max(ctx.sentence.start, company[0].start - 30), company[0].start):
            continue
        span = _SPAN.match(text, act.start(), len(text[:place.start()].rstrip()))  # the cue runs up to the place
        cue = _cue_for(kb, "invests_in", span.group(0), "verb")
        out += _make(ctx, cue, span, [company], [(m, a)], _negated(ctx, company[0].end, start))
    return out


# after the company: ", in which <owner> holds a 15 percent stake", ", which is 84 percent owned by <owner>"
_HELD_IN = re.compile(r"(?:\s*\([^)]{1,15}\))?(?:,\s+(?:a|an|the)\s[^,;()]{1,60}?)?,?\s+in\s+which\s+(?:the\s+)?"
                      r"(?:government\s+of\s+|state\s+of\s+)?$")
_STAKE_AFTER = re.compile(r"(?:[’']s)?(?:\s+(?:state|government|treasury|authorities))?\s+(?:also\s+|still\s+)?"
                          r"(?:holds|held|owns|owned|has|had|keeps|kept|retains|retained)\s+"
                          r"(?:a|an|the)\s+(?:[\w.,%-]+\s+){0,3}?(?:stake|share|holding|interest)\b")
_OWNED_BY = re.compile(r"(?:\s*\([^)]{1,15}\))?(?:,\s+(?:which\s+is\s+|which\s+was\s+|itself\s+)?|\s+(?:is|was|are|were|"
                       r"has\s+been|remains)\s+(?:now\s+|still\s+|also\s+)?)(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+|"
                       r"(?:majority|minority|partly|wholly|fully|jointly|largely)[\s-]+)?owned\s+by\s+(?:the\s+)?$")
# "owned by Kartal Yapı, a Turkish construction group, and by Qatar's wealth fund", "60 percent owned by
# the ABG and 36 percent by the national government": the owners after the first
_AND_BY = re.compile(r"(?:,\s+(?:a|an|the)\s[^,;()]{1,60},)?,?\s+and\s+(?:[\d.]+\s*(?:%|percent|per\s+cent)\s+)?"
                     r"by\s+(?:the\s+)?")


def stake_relations(ctx: _Sentence, kb: Knowledge) -> list[RelationRecord]:
    """"KDC, in which the government holds a 15 percent stake": the owner invests in the company."""
    text, out = ctx.text, []
    if "stake" not in ctx.sentence.text and "owned by" not in ctx.sentence.text:
        return out
    for i, (m, a) in enumerate(ctx.mentions):
        if a.type not in ("company", "other"):
            continue
        for n, b in ctx.mentions[i + 1:]:
            if n.start - m.end > 100 or b.id == a.id or b.type == "person":
                continue
            held = _HELD_IN.fullmatch(text, m.end, n.start) and _STAKE_AFTER.match(text, n.end)
            owned = None if held else _OWNED_BY.fullmatch(text, m.end, n.start)
            if held or owned:
                cue_m = held or owned
                phrase = cue_m.group(0)
                # the cue is the matched words without their edge spaces and commas
                start = cue_m.start() + len(phrase) - len(phrase.lstrip(" ,"))
                span = _SPAN.match(text, start, start + len(phrase.strip(" ,")))
                owners = [(n, b)]
                for later in ctx.mentions[ctx.mentions.index((n, b)) + 1:] if owned else []:
                    if _AND_BY.fullmatch(text, owners[-1][0].end, later[0].start):
                        owners.append(later)
                out += _make(ctx, _cue_for(kb, "invests_in", span.group(0), "noun"), span, owners, [(m, a)], False)
                break
    return out
