"""The shared core of relation finding: a cue, one sentence's context, and the parties a cue
relates (its subjects before it, coordinated actors, agents after "by", a possessive agent),
with negation between subject and cue. Used by the cue rules (relations) and the sentence
idioms (idioms)."""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from ..knowledge import Knowledge
from .records import ActorRecord, Mention, RelationRecord

_SUBJECT_WINDOW = 150  # characters between a subject and its verb
_OBJECT_WINDOW = 80  # characters between a cue and its object
_GENITIVE = re.compile(r"^(?:’s|'s|’|')")
# "has stepped up military cooperation with", "signed a memorandum with": a verb governs the noun
_GOVERNED_NOUN = re.compile(
    r"\b(?:has|have|had|will|would|to)?\s*(?:\w+(?:ed|s|ing)|took|take|made|make|won|win|put|held|hold|gave|give|"
    r"got|get|sought|seek|struck|strike|kept|keep)\s+(?:up\s+|out\s+)?(?:[\w$€£%.-]+\s+){0,4}$"
    # "has guarded the area since 2021 under a bilateral agreement with Maputo": the clause's subject acts under it
    r"|\bunder\s+(?:a|an|the|its|their|this|that)\s+(?:[\w$€£%.-]+\s+){0,3}$"
    # "will pay for the plant with a 90 million euro grant from the EU", "will build a plant in a joint
    # venture with the government": the subject acts with it, in it
    r"|\bwith\s+(?:a|an|the|its|their)\s+(?:[\w$€£%.-]+\s+){0,4}$|\bin\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$")
# the complement of an accusation: "accused X of supplying", "suspected of backing"
_ALLEGED = re.compile(r"\b(?:accus\w*|alleg\w*|suspect\w*|blam\w*|charg\w*)\b[^.;:]{0,60}?\b(?:of|for)\s+(?:[\w’'-]+\s+){0,2}$")
_LENDING = re.compile(r"\b(?:lend|lends|lent|lending|lenders?|creditors?|loans?|credit|credit line|refinance[ds]?)\b", re.I)
# an amount of money: "$40 million", "€1.8bn", "about $300m"
_PAID_FOR = re.compile(r"(?:pa(?:y|ys|id|ying)|fund(?:s|ed|ing)?|financ(?:e|es|ed|ing))\s+for\b|"
                       r"(?:funds|funded|funding|financed|financing)$", re.I)
_IN_LENDING = re.compile(r"\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:credit|loans?|lending|grants?|currency\s+swaps?)\b", re.I)
_BANNED = re.compile(r"(?:ban|bans|banned|banning|bar|bars|barred|barring|blacklist\w*)$", re.I)
_CURRENCY_WORDS = r"(?:euros?|dollars?|pounds?|yuan|yen|rupees?|dirhams?|riyals?|francs?|roubles?|rubles?|pesos?|reais)\b"
# "$40 million", "40 million euros"
_AMOUNT_AT = re.compile(r"[$€£¥]\s?\d|\d\s*(?:million\s+|billion\s+|trillion\s+|bn\s+|mn\s+)?" + _CURRENCY_WORDS)
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the|its|their|(?:just\s+|much\s+)?like|unlike|as\s+with)\s[^,]*$")
_PLACE_OR_OBJECT = re.compile(
    r"\b(?:in|against|on|with|to|by|at|into|near|from|outside|across)\s+(?:the\s+)?(?:[a-z][a-z-]+\s+)?$")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:[a-z]+ly\s+)?$")
_COORD_GAP = re.compile(
    r"(?:\s*\([^)]{1,30}\))?(?:’s|'s)?(?:\s+[a-z]+)?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+(?:the\s+|most\s+|many\s+|"
    r"some\s+|several\s+|other\s+)?|,\s*the\s+|\s+and\s+(?:its|their)\s+(?:[a-z-]+\s+){1,3}?[a-z-]+,\s*)"
)


# the act a criticism verb names: "condemned the decision", "called the ban an openly hostile act"
_ACTS = (r"(?:deal|move|decision|agreement|plan|plans|step|steps|veto|ban|tariffs?|duties|sanctions|visit|announcement|"
         r"pact|accord|measures?|action|actions|law|policy|deployment|drills|exercises|test|launch|vote|detention|"
         r"seizure|arrest|arrests|expulsion|expulsions|recognition|blockade|strike|strikes|attack|raid|incursion|annexation|"
         r"campaign|crackdown|operation|offensive|deportations|purchase|sale|project|programme|program|closure|"
         r"restrictions|curbs|embargo|measure|suspension|order|ruling|revocation|fine|levy|quota|quotas)")
_ACT_OBJECT = re.compile(r"\s+(?:(?:the|this|that|these|those|its|their)\s+)?(?:[a-z-]+\s+){0,2}?" + _ACTS
                         + r"\b(?!\s+(?:by|of|on|against|from|with)\s)")

@dataclass(frozen=True)
class _Cue:
    type: str
    phrase: str
    kind: str  # verb | noun
    plover: str
    symmetric: bool
    reverse: bool = False  # "X imports from Y": the subject is the target
    mutual: bool = True  # "X and Y met": coordinated subjects relate to each other (not "X and Y welcomed it")
    # the actor types its object may have: "left the EU" (a bloc only: "left Kabul" is travel),
    # "trained Somali troops" (a state or group, not "Omani drivers"); empty: any
    object_types: tuple = ()


# (an act offered, requested or proposed has not happened: "offered to supply fuel", "a German request to send")
_HEDGED = re.compile(r"\b(?:could|may|might|possibly|perhaps|(?:un)?likely\s+to|expected\s+to|wants?\s+to|wanted\s+to|"
                     r"hopes?\s+to|hoped\s+to|would\s+like\s+to|consider|considers|considered|considering|"
                     r"offer(?:s|ed)?\s+to|requests?\s+to|requested\s+to|proposals?\s+to|propos(?:es|ed)\s+to|"
                     r"(?:open|ready|willing|prepared)\s+(?:to|for))\b")


# any span of the text, as a match object for a cue that no single pattern matched ("its largest donor")
_SPAN = re.compile(r".+", re.S)
# "with Chinese loans", "with Japan's help": a state's money or help (after the state's name)
_MONEY_AFTER = re.compile(r"(?:(?:’s|'s)\s+|(?:\s+[a-z-]+)?\s+)(?:loans?|financing|funding|money|credits?|credit\s+lines?|grants?|"
                          r"aid|help|backing|support|assistance)\b")


def _cue_for(kb: Knowledge, rtype: str, phrase: str, kind: str = "noun", *, reverse: bool = False,
             lemma: str = "") -> _Cue:
    """The cue of relation type ``rtype`` (its PLOVER code and symmetry from relations.yaml)."""
    spec = kb.relations.get(rtype, {})
    return _Cue(rtype, phrase, kind, spec.get("plover", ""), bool(spec.get("symmetric")), reverse=reverse,
                mutual=lemma not in (spec.get("one_way") or ()),
                object_types=tuple((spec.get("object_types") or {}).get(lemma) or ()))


Pair = tuple[Mention, ActorRecord]


class _Sentence:
    """What the rules need about one sentence: its text, mentions and negation cues."""

    def __init__(self, text: str, sentence, mentions: list[Pair], negation: re.Pattern, state_nouns, plover: dict,
                 object_preps: dict | None = None, commitments: re.Pattern | None = None,
                 affiliations: dict[str, ActorRecord] | None = None):
        self.plover = plover
        self.object_preps = object_preps or {}
        self.commitments = commitments
        self.affiliations = affiliations or {}  # actor name → record, for a person's affiliation
        self.last_targets: dict[str, list[Pair]] = {}  # per relation type, for "X gave $5m to Y and Z $3m"
        self.previous: dict[str, list[Pair]] = {}  # per relation type, the previous sentence's targets ("... recognise it")
        self.purposes: re.Pattern | None = None  # "(pledged $2 billion) to rebuild": the recipient follows
        self.prior_opener: Pair | None = None  # the actor opening the sentence before ("... of its petrol")
        self.idioms: tuple = ()  # the rarer idioms whose words the article has
        self.places: list[Pair] = []  # a city named as a place, as a mention of its state ("in Riyadh")
        self.recognition_ties: frozenset[str] = frozenset()  # actors whose ties are recognition (Taiwan)
        self.roles: list = []  # the relations role nouns state ("Chile's largest market")
        self.anaphor_spans: list[tuple[int, int]] = []  # where "the alliance", "the company" stand
        self.text = text
        self.sentence = sentence
        self.mentions = mentions
        self.negation = negation
        self.state_nouns = state_nouns


def _opening(ctx: _Sentence, end: int | None = None) -> list[Pair]:
    """The sentence's opening actor, named within its first 40 characters (and ending before
    ``end``), with those coordinated with it: the subject of the sentence's first clause."""
    pool = ctx.mentions if end is None else [x for x in ctx.mentions if x[0].end <= end]
    if not pool or pool[0][0].start - ctx.sentence.start > 40:
        return []
    return _coordinated(ctx.text, pool[0], pool, before=False)


def _make(ctx: _Sentence, cue: _Cue, cm, sources: list[Pair], targets: list[Pair], negated: bool):
    out = []
    for _, subject in sources:
        if subject.type == "person":
            # people are no parties: "Kosovo's Interior Minister Arben Rexhepi blamed Belgrade" is
            # Kosovo acting, and a person tied to nothing acts for no one
            subject = ctx.affiliations.get(subject.affiliation or "")
            if subject is None:
                continue
        for _, obj in targets:
            if subject.id == obj.id or obj.type == "person" or (
                    cue.type == "deal_with" and obj.type == "state" and _CHOSE.match(cm.group(0))) or (
                    cue.type in ("sanctions", "other") and obj.affiliation == subject.name):
                continue  # (a firm that "picks Hungary" picks a place; a state that chose a firm contracts it;
                # a state barring its own companies restricts them, not sanctions them)
            source, target = (obj, subject) if cue.reverse else (subject, obj)
            rtype, symmetric = cue.type, cue.symmetric
            if rtype == "invests_in" and target.type == "state" and (
                    source.type == "igo" or _LENDING.search(cm.group(0)) or _PAID_FOR.match(cm.group(0))
                    or _IN_LENDING.match(ctx.text, cm.end())):
                # a loan to a state (any loan from a multilateral lender, "$4 billion in credit lines",
                # "paid for Panama's deportation flights") is assistance, not investment
                rtype = "aids"
            elif rtype == "other" and target.type == "company" and _BANNED.match(cm.group(0)):
                rtype = "sanctions"  # "banned two fishing companies, Kolafish and ...": a ban that names firms
            elif rtype == "aids" and target.type == "company" and (_AMOUNT_AT.search(cm.group(0)) or _LENDING.search(cm.group(0))):
                rtype = "invests_in"  # money lent or given to a company is finance, not aid
            elif rtype == "engages" and _TIES.search(cm.group(0)) and (
                    source.name in ctx.recognition_ties) != (target.name in ctx.recognition_ties):
                # "after cutting ties with Taiwan": diplomatic ties with a state few recognise are recognition,
                # one way: the other state recognises it
                rtype, symmetric = "recognizes", False
                if source.name in ctx.recognition_ties:
                    source, target = target, source
            a, b = source.name, target.name
            if symmetric and b < a:
                a, b = b, a
            out.append(RelationRecord(source=a, type=rtype, target=b, negated=negated, plover=ctx.plover.get(rtype, cue.plover),
                                      cue=cm.group(0), evidence=ctx.sentence.text, sentences=[ctx.sentence.index],
                                      symmetric=symmetric))
    if cue.type == "deal_with" and len(targets) > 1 and sources \
            and _ONE_PACT.search(cm.group(0)):
        # "signed an agreement with Tunisia, Italy and Germany": one pact, so every signatory is
        # party with every other
        out += _pairwise(ctx, cue, cm, targets, negated)
    return out


def _pairwise(ctx: _Sentence, cue: _Cue, cm, parties: list[Pair], negated: bool):
    """The relation between every two of the parties, each pair once."""
    out = []
    for i in range(len(parties)):
        for j in range(i + 1, len(parties)):
            out += _make(ctx, cue, cm, parties[i:i + 1], parties[j:j + 1], negated)
    return out


_TIES = re.compile(r"\b(?:ties|relations)$", re.I)
_CHOSE = re.compile(r"(?:chose|chosen|choose|chooses|choosing|pick|picks|picked|picking|select|selects|selected|selecting)$",
                    re.I)
# a single agreement, not several ("an agreement", "pact"; "deals with X and Y" are several)
_ONE_PACT = re.compile(r"\b(?:agreement|pact|treaty|accord|convention|partnership|declaration|memorandum|deal)$")


def _first_other(in_clause: list[Pair], end: int, sources: list[Pair]) -> list[Pair]:
    """The clause's first actor (as a one-item list) named before ``end`` that is none of the sources."""
    ids = {a.id for _, a in sources}
    return next(([(m, a)] for m, a in in_clause if m.end <= end and a.id not in ids), [])


def _coordinated(text: str, chosen: Pair, pool: list[Pair], *, before: bool) -> list[Pair]:
    """Extend one mention to its coordinated list: "Iran and India", "X, Y and Z", "neither X
    nor Y", "Pakistani troops and Taliban fighters"."""
    if chosen[0].text.lower() in ("it", "they"):
        return [chosen]  # "recognises Taiwan, and it has not recognised": a pronoun coordinates with nothing
    # "the two governments": one anaphor, a mention of each state on the same words
    group = [chosen] + [(m, a) for m, a in pool if m.start == chosen[0].start and m.end == chosen[0].end
                        and a.id != chosen[1].id]
    ordered = sorted(pool, key=lambda x: x[0].start, reverse=before)
    current = chosen[0]
    listed = len(group) > 1  # joined by "and"/"or"/"nor" somewhere: "X, Y and Z" is a list, "for X, Y said" is not
    anaphor_group, comma_only = len(group), False
    for m, a in ordered:
        if (before and m.start >= current.start) or (not before and m.start <= current.start):
            continue
        gap = text[m.end:current.start] if before else text[current.end:m.start]
        if before and gap.startswith(")") and text[m.start - 1:m.start] == "(":
            gap = gap[1:]  # "The European Investment Bank (EIB) and the World Bank": from the acronym on
        if not before and a.id == group[-1][1].id and re.fullmatch(r"\s*\(", gap):
            continue  # "the International Monetary Fund (IMF) and ...": its own acronym, skipped
        if not before and re.match(r"(?:’s|'s)\s+[a-z]", text[m.end:m.end + 6]):
            break  # "the Taliban and Afghanistan's neighbours": Afghanistan only owns the head
        left = m if before else current
        if _COMMA_AND.fullmatch(gap) and not _COMMA_BEFORE.search(text, max(0, left.start - 8), left.start):
            break  # "Russia recognised the Taliban, and Washington condemned it": a new clause, not "X, Y, and Z"
        repeated = None if before else _REPEATED_PREP.fullmatch(gap)
        if _COORD_GAP.fullmatch(gap) or re.fullmatch(r"\s*\([^)]{1,15}\)\s*", gap) and a.id == group[-1][1].id \
                or repeated is not None and text[max(0, chosen[0].start - 8):chosen[0].start].rstrip(
                    ).rsplit(" ", 1)[-1] == repeated.group("prep"):
            # ("sells power to Moldova and to Ukraine": the preposition repeated before each)
            joined = re.search(r"\b(?:and|or|nor)\b", gap) is not None
            if before and joined and comma_only:
                # "unlike Mali, Burkina Faso and Niger, Guinea has not left": a list ends at its "and"
                # item, so what follows it after a comma is no member
                return group[:anaphor_group]
            comma_only = comma_only or ("," in gap and not joined)
            if not before:
                owned = next(((mm, aa) for mm, aa in ordered if mm.start > m.start
                              and re.fullmatch(r"(?:’s|'s|’)\s+", text[m.end:mm.start])), None)
                if owned is not None:  # "... and China's Sinoway Battery": the company
                    m, a = owned
                else:  # "... and the Canadian miner Northbay Metals": the miner
                    m, a = _described(text, (m, a), ordered)
            if a.id not in {g[1].id for g in group}:
                group.append((m, a))
            listed = listed or joined
            current = m
        else:
            break
    if not listed and not before and len(group) > 1 and _OTHERS_AFTER.match(text, current.end):
        listed = True  # "South Korea, Japan, the United States and eight other countries"
    return group if listed else group[:1]


_COMMA_AND = re.compile(r",\s+(?:and|but)\s+")
_COMMA_BEFORE = re.compile(r",\s*(?:the\s+)?$")
_REPEATED_PREP = re.compile(r",?\s+(?:and|or)\s+(?P<prep>to|with|from|on|against|for)\s+(?:the\s+)?")
_OTHERS_AFTER = re.compile(r",?\s+(?:and|or)\s+(?:\w+\s+){0,2}?others?\b")


def _group_after(text: str, start: int, word: str, in_clause: list[Pair], *, skip: int, reach: int) -> list[Pair]:
    """The coordinated actors right after ``word`` ("between X and Y", "by X and Y"), which may
    follow ``start`` by up to ``skip`` words; none if no actor comes within ``reach`` characters."""
    m = _word_after(word, skip).match(text[start:start + 60])  # "the" may open a mention
    if not m:
        return []
    pos = start + m.end()
    after = [(mm, a) for mm, a in in_clause if mm.start >= pos]
    if not after or after[0][0].start - pos > reach:
        return []
    return _coordinated(text, _described(text, after[0], after), after, before=False)


_DESCRIPTOR = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")


def _described(text: str, pair: Pair, pool: list[Pair]) -> Pair:
    """"the Canadian miner Northbay Metals": a demonym that describes the organisation named
    right after it stands for that organisation."""
    if pair[0].kind != "demonym":
        return pair
    named = next((x for x in pool if x[0].start > pair[0].end), None)
    if named is not None and named[1].type in ("company", "other", "non_state_group") \
            and _DESCRIPTOR.fullmatch(text, pair[0].end, named[0].start):
        return named
    return pair


def _between(text: str, cue_end: int, in_clause: list[Pair]) -> list[Pair]:
    # "talks between X and Y", "signed in Baku last week between the utility X and Y"
    return _group_after(text, cue_end, "between", in_clause, skip=4, reach=25)


def _allowed_genitive(ctx: _Sentence, gap: str) -> bool:
    """"Iran's foreign ministry accused ...": a possessive naming the state's organ is the state."""
    m = re.match(r"(?:’s|'s|’)\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)", gap)
    if not m:
        return False
    words = m.group(1).lower().split()  # ("China's Export-Import Bank will lend")
    # ("'s transitional presidential council": the organ's words anywhere in the phrase)
    return any(" ".join(words[i:j]) in ctx.state_nouns for i in range(len(words)) for j in range(i + 1, len(words) + 1))


# a reported clause with a subject of its own that names no actor ("said the two companies had")
_REPORTED_SUBJECT = re.compile(r"\b(?:(?:said|says|argued|argues|claimed|claims|insisted|insists)(?:\s+(?:on|in|last)\s+\w+)?"
                               r"(?:\s+that)?|(?:told\s+\w+|added|announced|warned|confirmed)\s+that)"
                               r"\s+(?:the|a|an|two|three|four|five|both|several|"
                               r"some|many|these|those)\s+[a-z]")
_AND_IT = re.compile(r",?\s+(?:and|but)\s+it\s+(?:[a-z]+\s+){0,3}$")
_RESUMED = re.compile(r"\b(?:and|but)\s+(?:[a-z]+ly\s+)?$")
# ("the Kenyan-led mission has helped", "the Saudi-led coalition struck": the leader acts through what it leads)
_HYPHEN_MODIFIER = re.compile(r"-(?:owned|backed|based|run|built|funded|linked|controlled|made|flagged|registered)\b"
                              r"|-led\b(?!\s+(?:[\w-]+\s+)?(?:mission|coalition|force|forces|alliance|operation|"
                              r"peacekeepers|troops|delegation|intervention)\b)")


_SHORT_NOUN_GAP = re.compile(r"(?:’s|'s|’)?\s*(?:[\w’'$€£%.,-]+\s+){0,8}?")
_PARTICIPLE_GAP = re.compile(r",\s+\w+(?:ed|ing)\b")


def _subjects(ctx: _Sentence, cue_start: int, in_clause: list[Pair], clause_start: int, cue: _Cue) -> list[Pair]:
    text = ctx.text
    before = [(m, a) for m, a in in_clause if m.end <= cue_start]
    for m, a in reversed(before):
        left = text[max(clause_start, m.start - 12):m.start]
        gap = text[m.end:cue_start]
        if _PLACE_OR_OBJECT.search(left) and not gap.startswith(("’s", "'s")) and gap.strip():
            continue  # "a plant in southern Hungary ... has started building": not the subject
        if cue.kind == "verb" and _GENITIVE.match(gap) and not _allowed_genitive(ctx, gap):
            continue  # "Pakistan's tensions ... reflect": a determiner, not the subject
        if _HYPHEN_MODIFIER.match(text, m.end):
            continue  # "Sinolith and Jinxia, both Chinese-owned, have promised": a modifier, not the subject
        if _TO_GAP.fullmatch(gap) and (pv := _PURPOSE_OBJECT.search(text, max(clause_start, m.start - 60), m.start)):
            # "Nepal summoned the ambassadors of India and China to protest": the summoner protests
            subject = [x for x in before if x[0].end <= pv.start()]
            return _coordinated(text, subject[-1], subject, before=True) if subject else []
        if _AND_IT.search(gap) and m.start - ctx.sentence.start > 0:
            opening = _opening(ctx, m.start)
            if opening:  # "Paraguay recognises Taiwan, and it has not recognised China": "it" is Paraguay
                return opening
        if cue_start - m.end > _SUBJECT_WINDOW or (_REPORTED_SUBJECT.search(gap) and not _RESUMED.search(gap)):
            # "China's ministry said the two companies had supplied": the unnamed companies acted
            # (but "said the boat had ... and accused": the speaker again)
            return []
        if _APPOSITION_BEFORE.search(text, max(clause_start, m.start - 60), m.start) and "," in text[m.end:cue_start]:
            continue  # "Lusail Investment Holding, a state-owned Qatari fund, has agreed": inside an apposition
        if cue.kind == "noun" and not _SHORT_NOUN_GAP.fullmatch(gap) \
                and not _GOVERNED_NOUN.search(text[max(clause_start, cue_start - 50):cue_start]) \
                and not _PARTICIPLE_GAP.match(gap):
            return []
        return _coordinated(text, (m, a), before, before=True)
    return []


# the object of a verb whose "to ..." states the subject's purpose: "summoned the ambassadors of X to protest"
_PURPOSE_OBJECT = re.compile(r"\b(?:summon(?:ed|s|ing)?|call(?:ed|s)?\s+in|met|meets|visited|visits|phoned|phones|invited|invites)"
                             r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}$")
_TO_GAP = re.compile(r"(?:\s+(?:on|last|this|next)\s+\w+)?\s+to\s+")


def _genitive_agent(ctx: _Sentence, cue_start: int, in_clause: list[Pair]) -> list[Pair]:
    for m, a in reversed(in_clause):
        if m.end > cue_start:
            continue
        between = ctx.text[m.end:cue_start]
        if _GENITIVE.match(between) and len(between.split()) <= 3 and "," not in between \
                and not _allowed_genitive(ctx, between):
            return [(m, a)]
        break
    return []


def _by_agent(text: str, cue_end: int, targets: list[Pair], in_clause: list[Pair], skip: int = 4) -> list[Pair]:
    """The agent after "by", following the cue or its object (``skip`` words may come between)."""
    start = targets[-1][0].end if targets else cue_end
    return _group_after(text, start, "by", in_clause, skip=skip, reach=15)


_CONJ = re.compile(r"\b(?:and|but|then)\b")
_ING = re.compile(r"[a-z]+ing\b")
_WHEN = re.compile(r"\s+(?:on|last|this|next|early|late)\s+(?:[A-Z][a-z]+|week|month|year)\b")
_NEITHER = re.compile(r"\bneither\b", re.I)
_NOR = re.compile(r"\bnor\b", re.I)


@lru_cache(maxsize=16)
def _word_after(word: str, skip: int) -> re.Pattern:
    return re.compile(rf"\s*(?:[\w’'-]+\s+){{0,{skip}}}?{word}\s+")


def _negated(ctx: _Sentence, subject_end: int, cue_start: int) -> bool:
    text = ctx.text
    window_start = max(subject_end, cue_start - 40)
    window = text[window_start:cue_start]
    if _CONJ.search(window):
        window = _CONJ.split(window)[-1]
    if window.endswith(", ") and _ING.match(text, cue_start):
        return False  # "froze its participation in 2024, accusing the CSTO": a participle clause of its own
    if ctx.negation.search(window):
        return True
    if " to " in window and _WHEN.search(window) and ctx.negation.search(_WHEN.sub("", window)):
        return True  # "refused on Thursday to back": the negation around a time
    head = text[ctx.sentence.start:cue_start]
    return bool(_NEITHER.search(head) and _NOR.search(head))
