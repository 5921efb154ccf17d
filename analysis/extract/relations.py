"""Who did what to whom: relation cues (verbs and nominalisations) between actor mentions.

Patterns of English news writing, not sentences of one article:
  * a verb cue with its subject before it and its object after it in the same clause
    ("Russia formally recognised the Taliban"), coordinated subjects and objects ("Iran and
    India engage with ..."), and a relative clause whose subject is its antecedent
    ("China, which has invested heavily in Pakistan, ...");
  * the passive, with the agent after "by" ("the Taliban were recognised by Moscow",
    "sanctions imposed on Russia by the EU and the US");
  * a nominalisation with a genitive or "by" agent ("Russia's recognition of the Taliban",
    "the UN's sanctions against the group"), and "talks between X and Y";
  * a symmetric relation among coordinated subjects ("the EU and Uzbekistan signed a memorandum");
  * negation between subject and cue ("has not recognised", "stopped short of recognising",
    "declined to", "neither X nor Y has ...").
Symmetric types are stored once with source and target in alphabetical order. The sentence
idioms that go beyond one cue (denials, hosted talks, listings, reported criticism, elliptical
repeats, role nouns) are in ``idioms``; what both share (the cue, the sentence's context, subjects,
coordination, negation) is in ``clauses``; the cue tables compiled from relations.yaml are in ``cues``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..knowledge import Knowledge, fold_text
from ..model import Article
from .actors import FIRM_PLURALS
from .clauses import (
    _ACT_OBJECT, _ACTS, _ALLEGED, _AMOUNT_AT, _GENITIVE, _HEDGED, _LENDING, _MONEY_AFTER, _OBJECT_WINDOW, _PAID_FOR,
    _PASSIVE_AUX, _SPAN, _Cue,
    Pair, _Sentence, _allowed_genitive, _between, _by_agent, _coordinated, _first_other, _genitive_agent, _make,
    _negated, _opening, _pairwise, _subjects,
)
from .cues import IRREGULAR_PAST, aid_purposes, compile_cues, deal_commitments, lookup_cue, object_prepositions, verb_lemmas
from .idioms import article_idioms, criticism_words, idiom_relations, role_relations
from .records import ActorRecord, Mention, Place, RelationRecord

__all__ = ["find_relations"]

# Clause boundaries inside a sentence: a new subject may start after them.
_CLAUSE = re.compile(
    r";|:|—|–(?=\s)|,\s+(?:while|whereas|but|although|though|yet|which|who|whose\s+\w+|as|after)\b"
    r"|\s(?:-\s|(?:while|whereas|but)\s|(?<!such\s)(?<!well\s)(?<!much\s)(?<!long\s)(?<!soon\s)as\s(?=[A-Z])"
    r"|(?:despite|amid)\s(?=[A-Z]|the\s|its\s|their\s))"
)
_RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|who|whose\s+\w+)\s*$")
# "the only country that recognises", "a deal that supplies": a relative pronoun before an
# inflected verb, not a determiner before a noun
_RELATIVE_ADVERB = r"(?:(?:still|also|now|already|formally|officially|never|jointly|recently|since|later|then|once)\s+)?"
_RELATIVE_VERB = re.compile(rf"\b(?:that|which|who)\s+{_RELATIVE_ADVERB}[a-z]+(?:s|ed)$")
_OFFICE_AFTER = re.compile(r"\s+(?:ministers?|ministry|ministries|officials?|chiefs?|department|committee|secretary|"
                           r"envoys?|negotiators?|directors?|agency|portfolio)\b")
# "one of the few states that recognise Taiwan": a plural antecedent, then the verb's plain form
_PLURAL_RELATIVE = re.compile(r"\b(?:states|countries|nations|governments|members|allies|economies|ones|others|few|"
                              r"handful)\s+"
                              rf"(?:that|which|who)\s+{_RELATIVE_ADVERB}$")
_DEMAND = re.compile(r"(?:urg|call|press|pressur|ask|demand|push|lean)", re.I)
# "Further friction between the two neighbours is likely": a predicted state of affairs
_PREDICTED = re.compile(r"\b(?:is|are)\s+(?:(?:very|highly|quite|also)\s+)?(?:likely|unlikely|expected|possible|probable)\b")
_MONEY_NOUN = re.compile(r"\b(?:aid|loans?|credit|grants?|financing|funding|assistance|support|deposits?)\b", re.I)
# "a seismic survey ship", "an emergency fund": a bare verb form right after a singular common
# noun is the compound's head noun (not after "to", a modal, a pronoun or an adverb)
_COMPOUND_NOUN = re.compile(r"\b(?!(?:to|will|would|can|could|may|might|must|should|shall|not|also|and|or|then|they|we|"
                            r"you|i|who|which|that|did|do|does|often|still|now|jointly|directly|already|never)\b)"
                            r"[a-z]+[^s\W](?<!ly)\s+$")  # not a plural, not an adverb in -ly
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|this|that|these|those|our|whose)|’s|'s)\s+(?:[a-z-]+\s+)?$")
# before a word in -s, what makes it a plural noun, not a verb: "hit with fresh sanctions"
_PLURAL_NOUN_BEFORE = re.compile(r"\b(?:with|of|under|against|new|fresh|more|further|additional|tougher|broader|"
                                 r"opens|opened|holds|held|resumes|resumed|starts|started|begins|began|launches|launched|"
                                 r"enters|entered|ends|ended|"
                                 r"sweeping|economic|financial|western|secondary|drawing|drew|draws|prompting|prompted|"
                                 r"sparking|sparked|triggering|triggered|provoking|provoked|despite|amid|seek|seeks|sought|"
                                 r"seeking|secure|secures|secured|securing|need|needs|needed|needing|find|found)\s+"
                                 r"(?:[a-z-]+\s+)?$")
_SHARE = re.compile(r"\s+(?:a\s+|an\s+)?(?:[\d.,]+\s*(?:%|percent\b|per\s+cent\b)|(?:(?:majority|minority|controlling)\s+"
                    r"(?:stake|share)|stake|shares?|control|fifth|third|quarter|half)\b)", re.I)
_GAPPED = re.compile(r"(?:\band|\bwhile|\bwhereas|\bbut|;)\s+(?:the\s+)?$")
_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)[ \u00a0]$")
_FUNCTION_WORDS = frozenset("""The A An This That These Those Its Their Our His Her In On At For By With From And But
    As When While If After Before Under Over Both Some Many Most Other Several Two Three""".split())
_UNDER = re.compile(r"\b(?:is|are|was|were|been|be|remains?|remained|came|come|comes|fell|falls|placed|put|kept)\s+"
                    r"(?:\w+\s+)?under\s+(?:the\s+)?(?:new\s+|existing\s+|western\s+|wide-ranging\s+)?$")
# a verb of receiving or approving between the subject and "Chinese stake", "IMF loan"
_RECEIVES = re.compile(r"\s+(?:[a-z]+ly\s+|has\s+|have\s+|had\s+|will\s+)?(?:wins?|won|secures?|secured|gets?|got|receives?|"
                       r"received|obtains?|obtained|clears?|cleared|approves?|approved|accepts?|accepted|signs?|signed|"
                       r"lands?|landed|takes?|took|seeks?|sought|repays?|repaid|pays\s+off|paid\s+off|refinances?|"
                       r"refinanced|restructures?|restructured)\s+(?:a\s+|an\s+|the\s+|new\s+|fresh\s+|its\s+)*"
                       r"(?:[$€£][\w.,]+\s+(?:million\s+|billion\s+|bn\s+)?)?")
_HIT_WITH = re.compile(r"\b(?:(?:is|are|was|were|been|be|being|got|get|gets)\s+(?:\w+\s+)?(?:hit|slapped|targeted|punished)"
                       r"\s+with|faces|faced|facing|face)\s+(?:[\w-]+\s+){0,3}$")
# the end of a relative clause: a comma, then the main clause's verb
_RESUME = re.compile(r",\s+(?=(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does|"
                     r"also|then|now|still|later|[a-z]+ed|[a-z]{3,}s|" + IRREGULAR_PAST + r")\b)")
# in the gap between a cue and its object: the start of another clause
_OTHER_CLAUSE = re.compile(
    r"\b(?:despite|amid|because|although|though|while|whereas|when|if|since|until|unless)\b"
    r"|(?<!such )\bas\s+(?!part\b|well\b|much\b|many\b|a\b|an\b)"
    r"|\b(?:and|but)\s+(?:also\s+)?(?:says|said|adds|added|argues|argued|is|are|was|were|will|would)\b")
_VERB_FIRST = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:has|have|had|did|does|was|is|also|then|stopped|declined|refused|"
                         r"failed|[a-z]+ed)\b")
_IT_ACTED = re.compile(r"\s*it\s+(?:[a-z]+ly\s+)?(?:also\s+)?(?:has\s+)?[a-z]+ed\b")
# ending a one-way relation: "ended its funding for X", "cut gas supplies to X", "lifted sanctions on X"
_ENDED = re.compile(r"\b(?:ended|ends|halted|axed|slashed|cut|cuts|curbed|lifted|lifts|lifting|scrapped|removed|"
                    r"removes|dropped|drops|froze|frozen|freezes|freezing)\s+(?:[\w’'$€£%.,-]+\s+){0,5}$")
# "cut ties with Taiwan", "severed relations with Qatar": the relation ends
_SEVERED = re.compile(r"\b(?:cut|cuts|cutting|sever|severed|severs|severing|broke\s+off|breaks\s+off|breaking\s+off|"
                      r"break\s+off|ended|ends|ending|suspended|suspends|suspending|froze|freezes|freezing|frozen)\s+"
                      r"(?:(?:its|their|all|diplomatic|formal|official|economic|trade)\s+){0,3}$")
_STRAINED = re.compile(r"\b(?:(?:remain|remains|remained|are|were|is|was|have\s+been|has\s+been|have\s+become|has\s+become|"
                       r"became|grew|have\s+grown)\s+(?:\w+\s+)?(?:tense|frozen|strained|hostile|frosty|sour|fraught|"
                       r"rocky|troubled)|(?:(?:have|has|had)\s+(?:\w+\s+)?)?(?:cooled|soured|deteriorated|worsened|frayed))\b")
_SEVERABLE = frozenset({"ties", "relations", "contacts", "diplomatic ties", "diplomatic relations"})
# "pay about $560 a tonne for the rice": a price, so a purchase rather than a grant
_PRICE = re.compile(r"\s+(?:a|per|for\s+each)\s+(?:tonne|ton|barrel|kilogram|kilo|unit|megawatt-hour|cubic\s+metre|"
                    r"cubic\s+meter|bushel|pound|ounce|litre|liter|gallon)\b")
# "bought 46 percent of Brazil's beef exports": a share of goods, not of a company
_SHARE_OF_GOODS = re.compile(r"\s+of\s+(?:[\w’'-]+\s+){0,3}?(?:exports|output|production|supplies|shipments|sales|"
                             r"harvest|crop|imports|catch)\b")
# "sold its stake to Kestrel Capital": the buyer invests in the company, not the seller in the buyer
_SOLD = re.compile(r"\b(?:sold|sells|sell|selling|offloaded|divested|dumped)\s+(?:[\w’'$%.,-]+\s+){0,4}$")
# "restricted sales of equipment to China", "suspended imports from Brazilian plants", "a ban on
# Japanese seafood imports": a trade restriction (relation type other), not a supply
_RESTRICTED = re.compile(r"\b(?P<verb>restrict|restricts|restricted|restricting|curb|curbs|curbed|curbing|ban|bans|banned|"
                         r"banning|suspend|suspends|suspended|suspending|halt|halts|halted|halting|block|blocks|blocked|"
                         r"blocking|bar|bars|barred|barring|limit|limits|limiting|restrictions\s+on|curbs\s+on|"
                         r"ban\s+on|embargo\s+on|moratorium\s+on)\s+(?:the\s+|its\s+|their\s+|all\s+|some\s+)?"
                         r"(?:(?!from\s)[\w’'-]+\s+){0,4}?$", re.I)
# a gerund before one of these nouns modifies it: "shipping companies", "mining sector"
# a cue noun that modifies the noun after it names that thing, not the relation
_NOUN_MODIFIES = re.compile(r"\s+(?:framework\s+|cooperation\s+|partnership\s+)?(?:agreement|agreements|deal|deals|pact|treaty|"
                            r"accord|forum|council|summit|conference|framework)\b")
_MODIFIED_NOUN = re.compile(r"\s+(?!with\b|in\b|ties\b|dealings\b|links\b|relations\b|between\b|to\b|for\b|"
                            r"and\b|or\b|as\b|at\b|on\b|is\b|was\b|has\b|had\b|will\b|would\b)[a-z]")
_GERUND_MODIFIES = re.compile(r"\s+(?:companies|company|firms|firm|lines|line|lanes|routes|route|costs|rates|industry|"
                              r"sector|giant|giants|group|groups|agency|hub|hubs|terminal|terminals|fees|capacity|"
                              r"licences|licenses|permits|rights|nations|countries|states|partners|station|stations|plant|"
                              r"plants|facility|facilities|network|networks|operations|operators?)\b")
# a measure named after an objection to it: "opposed unilateral sanctions", "condemned the tariffs"
_OPPOSED = re.compile(r"\b(?:oppose|opposes|opposed|opposing|condemn|condemns|condemned|criticised|criticized|criticises|"
                      r"criticizes|denounced|denounces|objected\s+to|objects\s+to|protested\s+against)\s+"
                      r"(?:[“\"]\s*)?(?:the\s+|its\s+|any\s+)?(?:(?!and\s)[\w-]+\s+){0,2}$")
_OF_ITS = re.compile(r"\s+(?:[\w$€£%.,-]+\s+){0,4}?of\s+its\s+")
_IN_COURT_BEFORE = re.compile(r"\s+(?:in|at|before)\s+(?:the\s+|a\s+)?")
_COURT_AFTER = re.compile(r"(?:’s|'s)?\s+(?:[A-Za-z-]+\s+){0,2}[Cc]ourts?\b")
# acts whose agent is named with them ("Russia's invasion of Ukraine"), never the sentence's subject
_AGENT_NAMED = frozenset({"invasion", "full-scale invasion", "occupation", "annexation"})
_AND_VERB = re.compile(r"(?<![;])\s+and\s+(?:(?:on|last|this|next|in|early|late)\s+[\w-]+\s+)?(?:then\s+|also\s+|later\s+|"
                       r"[a-z]+ly\s+)?$")  # "..., and on Tuesday asked Libreville"
_HEADLINE_VERB = re.compile(r",\s+[a-z]+s\s+(?:[\w-]+\s+){0,2}$")  # "..., opens talks"
_AND_IS = re.compile(r"(?:,\s*|\s)and\s+(?:is|are|was|were|has|have|had|will|would)\b")
_BOUGHT_BEFORE = re.compile(r"\b(?:bought|buys|buy|buying|purchased|purchases|purchase|imported|imports|import|"
                            r"importing|received|receives|receive|ordered|orders)\s+(?:[\w$€£%.,-]+\s+){0,3}$")
_POLICY_AFTER = re.compile(r"(?:(?:’s|'s)\s+)?\s*(?:[a-z-]+\s+){0,2}?(?:plan|plans|proposal|proposals|measure|measures|bid|"
                           r"deal|loan|package|sanctions|budget|law|rules|decision|membership|accession|move|resolution)\b")
_ABSTRACT_OBJECT = re.compile(r"[\"“]?\s+(?:the|a|an|its|their|any|all)\s+(?:[a-z-]+\s+){0,2}?(?:process|efforts?|plans?|talks|"
                              r"dialogue|initiatives?|proposals?|ideas?|calls?|moves?|principle|resolution|ceasefire|truce|"
                              r"reforms?|transition|negotiations)\b")
_JOIN_IN = re.compile(r"\s+in\s+[a-z]+ing\b")
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]hose|[Tt]hese|[Ss]uch)\s+(?:[a-z-]+\s+)?$")
_STANCE_AFTER = re.compile(r"(?:(?:’s|'s)\s+(?:[a-z-]+\s+)?|\s+)(?:position|stance|right|rights|bid|proposal|plan|call|view|"
                           r"views|claim|claims|decision|candidacy|candidate|case|demand|demands|sovereignty|"
                           r"territorial\s+integrity|independence|membership|application)\b")
_UNDER_TALKS = re.compile(r"\b(?:negotiat\w+|talks\s+(?:on|over|about)|discuss\w*|seek\w*|sought|pursu\w+|"
                          r"push\w*\s+for|propos\w+|explor\w+)\s+(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,3}$")
_JOIN_BEFORE = re.compile(r"\b(?:join|joins|joined|joining|align\w*\s+(?:itself\s+)?with|adopt\w*|appl(?:y|ies|ied|ying)|"
                          r"enforc\w*|implement\w*|follow\w*)\s+(?:the\s+|most\s+(?:of\s+the\s+)?|all\s+(?:the\s+)?|some\s+)?$")
_GOODS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:imports|goods|products|exports|supplies|oil|gas|fuel|grain|wheat|rice|"
                          r"fertili[sz]er|weapons|arms|equipment|electricity|power)\b")
_REASON_GAP = re.compile(r"\s+(?:(?:the|a|an|two|three|four|five|six|several|[0-9,]+)\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+s?\s+"
                         r"(?:over|for)\s+(?:the\s+|its\s+|their\s+|alleged\s+)?(?:[a-z-]+\s+)?")
_MEASURE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:sanctions|measures|embargo|restrictions|tariffs|price\s+cap|ban|boycott)\b")
_GOODS_VERB = re.compile(r"(?:send|sends|sent|sending|get|gets|got|getting|obtain|obtains|obtained|obtaining)", re.I)
_GOODS_SENT = re.compile(r"\s+(?:[\w’'$€£%.,-]+\s+){0,6}?(?:ore|oil|crude|gas|LNG|coal|grain|wheat|maize|rice|soy\w*|beef|"
                         r"fertili[sz]er|potash|urea|fuel|diesel|petrol|bauxite|copper|iron|lithium|nickel|cobalt|uranium|"
                         r"steel|alumin\w+|timber|cocoa|coffee|"
                         r"electricity|power|exports|output|production|cargoes|shipments|goods|weapons|arms|ammunition|"
                         r"shells|missiles|drones|tanks|jets)\b")
_GOODS_FROM = re.compile(r"\s+(?:[\w’'$€£%.,-]+\s+){0,8}?from\s")  # "gets 70 percent of its bauxite from"
_FOR_ASSETS_IN = re.compile(r"\s+(?:for|to\s+build|to\s+develop)\s+(?:[\w’'-]+\s+){0,3}?(?:plants?|refiner(?:y|ies)|"
                            r"factor(?:y|ies)|mines?|projects?|ports?|terminals?|railways?|pipelines?|facilit(?:y|ies)|"
                            r"smelters?|dams?)\s+in\s")
# "speaks for pension funds": after a preposition and a word, a form in -s is a plural noun
_PREP_JUST_BEFORE = re.compile(r"\b(?:from|over|in|on|of|near|around|across|into|with|at)\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
_PREP_WORD_BEFORE = re.compile(r"\b(?:for|of|in|with|from|by|at|about|among)\s+[a-z]+\s+$")
_WITHDRAWN_OWN = re.compile(r"^withdr\w+\s+(?:its|their|all|the)\s+(?:[\w,-]+\s+){0,3}?(?:troops|forces|police|officers|"
                            r"soldiers|peacekeepers|personnel|diplomats|staff|ambassador|envoy|contingent|mission)\s+from$",
                            re.I)
_PUSHED_INTO = re.compile(r"\s+(?:(?:another|more\s+than|about|some|nearly|almost|over)\s+)?[\d,.]+\s+(?:[a-z]+\s+){0,2}"
                          r"(?:into|to|across|out\s+of|from)\s")
# "asked Washington on May 12 for a licence": a time between the one asked and "for"
_TIME_THEN_FOR = r"(?:\s+(?:on|in|last|this|earlier|late|early)(?:\s+[\w,]+){1,2})?\s+for\b"
_PREP_BEFORE = re.compile(r"\b(?:in|for|after|during|into)\s+$")  # "is in talks with": the noun, when it is a cue noun
_NOUN_PREP_AFTER = re.compile(r"\s+(?:on|against|of)\s")  # "EU sanctions on Russia": the noun
_PARTY_PREP = re.compile(r"\b(?:to|from|with|for)\s+(?:the\s+)?$")
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|could|may|might|to)\s+(?:[a-z]+ly\s+|also\s+)?$")
_URGED_AFTER = re.compile(r"\s+and\s+(?:\w+ly\s+)?(?:urged|called\s+on|called\s+upon|asked|pressed|told|warned|"
                          r"demanded\s+that)\s+(?:the\s+)?")
# the act a criticism verb names before it: "a move that Pakistan criticised", "..., a campaign the
# Taliban have condemned"
_ACT_BEFORE = re.compile(r"(?:\b(?:a|an|the)\s+(?:[a-z-]+\s+)?" + _ACTS + r"\s+(?:that|which)|[,—–]\s+(?:a|an|the)\s+"
                         r"(?:[a-z-]+\s+)?" + _ACTS + r")\s+(?:[\w’'-]+\s+){1,4}$")


def _earlier_actors(ctx: _Sentence, cue_start: int) -> list[Pair]:
    """Who did the act that is criticised: the sentence's opening actor (with those coordinated
    with it), when another actor stands between it and the criticism (its critic)."""
    before = [(m, a) for m, a in ctx.mentions if m.end <= cue_start]
    if len(before) < 2 or before[0][1].type == "person":
        return []
    return [x for x in _opening(ctx, cue_start) if x[1].id != before[-1][1].id]


# "agreed to buy a 40% stake in X": the company bought is no party to the deal
_BOUGHT_STAKE = re.compile(r"\b(?:stake|stakes|shares|share|holding|interest)\s+in\b|(?:%|\bpercent|\bper\s+cent)\s+of\b")


def _bought_into(between: str) -> bool:
    """"to buy a 40% stake in X": X is bought into, no party ("95 percent of the output from X" is one)."""
    stake = _BOUGHT_STAKE.search(between)
    return stake is not None and not re.search(r"\bfrom\s", between[stake.end():])


# "under an expanded defence agreement", "under a 2023 migration partnership"
_UNDER_DEAL = re.compile(r"\bunder\s+(?:a|an|the|its|their|this|that|[\w’'-]+[’']s)?\s*(?:[\w’'$.,-]+\s+){0,4}$")
# "withheld a tranche from Egypt": what is kept from X, so X is the one denied, not the giver
_WITHHELD = re.compile(r"\b(?:withh(?:o|e)lds?|withholding|den(?:y|ied|ies|ying)|cut\s+off|suspend(?:s|ed|ing)?|"
                       r"freez(?:e|es|ing)|froze|frozen)\s+(?:[\w’'$€£%.,-]+\s+){0,4}$")
_IN_INVESTMENT = re.compile(r"\s+(?:in|of|worth\s+of)\s+(?:new\s+|direct\s+|foreign\s+)?(?:investments?|loans?|credit|financing|projects?)\b")
# a capitalised cue inside a name still relates its parties: "the Mutual Defense Treaty with the Philippines"
_NAMED_WITH = re.compile(r"\s+(?:with|between)\s")
_FROM = re.compile(r"\s*(?:[\w’'$€£%.,-]+\s+){0,3}?from\s+(?:the\s+)?")
_PARTICIPLE = re.compile(r"(?:ed|en|wn|ld|lt|nt)$")
# Light verbs that make a symmetric noun an act of its coordinated subjects: "X and Y signed a
# memorandum", "X and Y ended another round of talks".
_LIGHT_VERB = re.compile(
    r"\b(?:sign|signed|signs|hold|held|holds|reach|reached|reaches|strike|struck|conclude|concluded|"
    r"ink|inked|begin|began|begun|end|ended|open|opened|resume|resumed|start|started|agree|agreed|"
    r"have|had|has|restore|restored|restores|restoring|reopen|reopened|reopens|renew|renewed|renews|"
    r"establish|established|establishes|re-establish|re-established|normalise|normalised|normalize|normalized|"
    r"deepen|deepened|upgrade|upgraded)\s+(?:[\w’'$.-]+\s+){0,4}?$"
)


def _clauses(sentence_text: str, base: int) -> list[tuple[int, int]]:
    """Clause spans; a relative clause ends where the main clause resumes with its verb
    ("Somalia, which regards the territory as its own, downgraded relations with ...")."""
    bounds, pos = [], 0
    for m in _CLAUSE.finditer(sentence_text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(sentence_text)))
    out = []
    for start, end in bounds:
        resume = _RESUME.search(sentence_text, start, end) if _RELATIVE.search(sentence_text[max(0, start - 30):start]) else None
        if resume:
            out += [(base + start, base + resume.start()), (base + resume.end(), base + end)]
        else:
            out.append((base + start, base + end))
    return out


def find_relations(article: Article, kb: Knowledge, actors: list[ActorRecord],
                   places: list[Place] = ()) -> list[RelationRecord]:
    patterns, table, ends, negation, state_nouns, first_words, nouns = compile_cues(kb)
    lemmas = verb_lemmas(kb)
    plover = {rtype: spec.get("plover", "") for rtype, spec in kb.relations.items()}
    recognition_ties = frozenset((kb.relations.get("recognizes") or {}).get("ties_mean_recognition") or [])
    object_preps = object_prepositions(kb)
    text = article.text
    hits = [(start, first) for start, _, first in first_words.finditer(fold_text(text), longest=False)]
    candidates = [start for start, _ in hits]
    by_sentence: dict[int, list[Pair]] = {}
    for actor in actors:
        for mention in actor.mentions:
            by_sentence.setdefault(mention.sentence, []).append((mention, actor))
    # a city named as a place stands for its state where the article names that state as an actor
    states = {a.iso3: a for a in actors if a.type == "state" and a.iso3}
    places_in: dict[int, list[Pair]] = {}
    for place in places:
        if place.country in states:
            places_in.setdefault(place.sentence, []).append(
                (Mention(place.text, place.start, place.end, place.sentence, "place"), states[place.country]))
    found: dict[tuple, RelationRecord] = {}
    criticism = criticism_words(text, kb)
    affiliations = {a.name: a for a in actors if a.type != "person"}
    commitments = deal_commitments(kb)
    purposes = aid_purposes(kb)
    idioms = article_idioms(text, kb, actors)
    previous: dict[str, list[Pair]] = {}  # per relation type, the targets the sentence before stated
    last: tuple = ([], 0)  # the sentence before: its mentions and start ("... . Russia supplies most of its petrol")
    for sentence in article.sentences:
        mentions = sorted((x for x in by_sentence.get(sentence.index, []) if not _in_name(text, x[0])),
                          key=lambda x: x[0].start)
        before, last = last, (mentions, sentence.start)
        prior = _opener(*before) if mentions and (" of its " in sentence.text or ", its " in sentence.text) else None
        in_places = places_in.get(sentence.index, [])
        if len(mentions) < 2 and not (previous and mentions and _IT_OBJECT.search(sentence.text)) and prior is None \
                and not (in_places and mentions and mentions[0][1].type == "company"):
            previous = {}
            continue
        ctx = _Sentence(text, sentence, mentions, negation, state_nouns, plover, object_preps, commitments, affiliations)
        ctx.places = in_places
        ctx.anaphor_spans = [(m.start, m.end) for m, _ in mentions if m.kind == "anaphor"]
        ctx.previous = previous
        ctx.purposes = purposes
        ctx.prior_opener = prior
        ctx.recognition_ties = recognition_ties
        ctx.idioms = idioms
        ctx.roles = role_relations(ctx, kb)
        for rel in ctx.roles:
            _record(found, rel, sentence.index)
        clauses = _clauses(sentence.text, sentence.start)
        here: list[RelationRecord] = []
        for ci, (clause_start, clause_end) in enumerate(clauses):
            antecedent = _antecedent(ctx, clauses, ci)
            lo = bisect_left(candidates, clause_start)
            hi = bisect_left(candidates, clause_end)
            matches, last_end = [], -1
            for pos, first in hits[lo:hi]:
                if pos < last_end:
                    continue
                cm = patterns[first].match(text, pos, clause_end)
                if cm:
                    matches.append(cm)
                    last_end = cm.end()
            cues = []
            for cm in matches:
                if cm.group(0)[0].isupper() and cm.start() != sentence.start \
                        and not _NAMED_WITH.match(text, cm.end()):
                    continue  # "the Extended Fund Facility": a name, not the verb "fund"
                cue = lookup_cue(table, ends, cm.group(0))
                if cue is None or cue.kind == "verb" and " " not in cm.group(0) and cm.group(0).lower() in lemmas \
                        and _OFFICE_AFTER.match(text, cm.end()):
                    continue  # "EU finance ministers", "the trade ministry": the verb's form names an office
                before = text[max(clause_start, cm.start() - 30):cm.start()]
                if cue.kind == "verb" and cm.group(0).endswith("ed") and " " not in cm.group(0) \
                        and _PREP_JUST_BEFORE.search(before) and _LOWER_WORD_AFTER.match(text, cm.end()):
                    continue  # "troops back from disputed temple", "in sanctioned ports": a participle as adjective
                if cue.kind == "verb" and (_DETERMINER_BEFORE.search(before) or _COMPOUND_NOUN.search(before) and (
                        cm.group(0).lower() in lemmas) or (
                        " " not in cm.group(0) and cm.group(0).endswith("s") and (
                            _PLURAL_NOUN_BEFORE.search(before) or _after_demonym(ctx, cm.start())
                            or cm.start() == sentence.start or re.match(r"\s+by\s", text[cm.end():cm.end() + 4])
                            or _PREP_WORD_BEFORE.search(before)
                            or (cm.group(0).lower() in nouns and (_NOUN_PREP_AFTER.match(text, cm.end())
                                                                  or _PREP_BEFORE.search(before)))))) \
                        and not _RELATIVE_VERB.search(text, max(clause_start, cm.start() - 24), cm.end()) \
                        and not _PLURAL_RELATIVE.search(before) \
                        and not _organ_subject(ctx, before):
                    # "a development fund", "its support", "a deal with": the noun, not the verb (so is a
                    # form in -s that opens the sentence or has an agent: "Sanctions by the EU on ...")
                    cue = nouns.get(cm.group(0).lower())
                    if cue is None and " " in cm.group(0):
                        head = cm.group(0).split()[0]
                        cue = nouns.get(head.lower())
                        cm = re.compile(re.escape(head)).match(text, cm.start())  # the noun alone: "deal"
                    if cue is None:
                        continue
                cues.append((cm, cue))
            for k, (cm, cue) in enumerate(cues):
                following = cues[k + 1][0] if k + 1 < len(cues) else None
                for rel in _relate(ctx, cm, cue, clause_start, clause_end, antecedent, following):
                    _record(found, rel, sentence.index)
                    here.append(rel)
        for rel in idiom_relations(ctx, kb, here, criticism):
            _record(found, rel, sentence.index)
        previous = {}
        for rel in here:
            if not rel.negated or rel.type == "recognizes":
                target = next((x for x in mentions if x[1].name == rel.target), None)
                if target is not None:
                    previous.setdefault(rel.type, []).append(target)
    return list(found.values())


def _opener(mentions: list[Pair], start: int) -> Pair | None:
    """The actor (no person) named within the first 40 characters of a sentence."""
    return next((x for x in mentions if x[0].start - start <= 40 and x[1].type != "person"), None)


def _after_demonym(ctx: _Sentence, start: int) -> bool:
    """"Chinese research ships", "Russian drone strikes": a demonym and a modifier before the
    word make it a plural noun, not a verb."""
    return any(m.kind == "demonym" and 0 < start - m.end <= 25 and re.fullmatch(r"[ \u00a0]+(?:[a-z-]+[ \u00a0]+){1,2}",
                                                                                 ctx.text[m.end:start])
               for m, _ in ctx.mentions)


def _record(found: dict[tuple, RelationRecord], rel: RelationRecord, sentence: int) -> None:
    """Keep one record per (source, type, target, negated), with every sentence that states it."""
    key = (rel.source, rel.type, rel.target, rel.negated)
    if key not in found:
        found[key] = rel
    elif sentence not in found[key].sentences:
        found[key].sentences.append(sentence)


def _antecedent(ctx: _Sentence, clauses, ci: int) -> list[Pair]:
    """A clause opened by ", which"/", who" has its antecedent, the actor just before it, as subject."""
    if ci == 0:
        return []
    clause_start = clauses[ci][0]
    head = ctx.text[max(ctx.sentence.start, clause_start - 30):clause_start]
    resume = _RESUME.match(ctx.text, clauses[ci - 1][1])
    if resume and resume.end() == clause_start and ci >= 2:
        return _antecedent(ctx, clauses, ci - 1)  # the main clause resumes: the relative's antecedent
    if re.search(r"\bbut\s*$", head) and _VERB_FIRST.match(ctx.text, clause_start):
        # "Ottawa summoned the ambassador, but stopped short of ...": the sentence's subject again
        opening = _opening(ctx)
        if opening:
            return opening
    if re.search(r"\b(?:but|and)\s*$", head) and _IT_ACTED.match(ctx.text, clause_start):
        # "China's embassy said ..., but it urged the government to ...": "it" is the sentence's subject
        opening = _opening(ctx)
        if opening:
            return opening
    if not _RELATIVE.search(head):
        return []
    prev_start = clauses[ci - 1][0]
    before = [(m, a) for m, a in ctx.mentions if prev_start <= m.start and m.end <= clause_start]
    if not before:
        return []
    last_m, last_a = before[-1]
    tail = ctx.text[last_m.end:clause_start]
    if re.fullmatch(r"\s*\)?\s*(?:\([^)]{1,15}\))?\s*,?\s*(?:which|who|whose\s+\w+)\s*", tail):
        # "Saudi Arabia and the UAE, whose rulers fell out ...": the whole coordinated antecedent
        return _coordinated(ctx.text, (last_m, last_a), before, before=True)
    organ = re.fullmatch(r"(?:’s|'s)?\s+([^,;]{1,40}?),\s*(?:which|who)\s*", tail)
    if organ and last_a.type == "state" and organ.group(1).lower() in ctx.state_nouns | _ORGAN_SUFFIXES:
        # "Somalia's federal government, which relies on donors, won ...", "the US Export-Import
        # Bank, which approved a loan": the state acting through its organ
        return [(last_m, last_a)]
    return []


# a verb of protest with no object ("Tokyo protests", "protests over the waterway", "condemns deal"),
# in a clause joined to the one before
_REACTION_ENDS = re.compile(r"[ \t]*(?:$|[\n.;:,])|\s(?:over|about|against|at|on)\b|\s(?:the\s+)?(?:move|moves|decision|deal|plan|"
                            r"step|sale|agreement|order|award|visit|vote|ruling|announcement)\b")
_REACTION_JOINED = re.compile(r"(?:,|\b(?:as|after|and|while|but))\s+$")
_WITH_AFTER = re.compile(r"\s+(?:(?:signed|agreed|reached|struck)\s+)?with\b")
# what follows a transitive verb whose object went before it ("accuses of", "blamed for")
_OBJECT_GAP = re.compile(r"\s+(?:of|for|over)\b")
_LEADING_THE = re.compile(r"\s*(?:the\s+)?")
_ORGAN_SUFFIXES = frozenset({"federal government", "export-import bank", "exim bank", "central bank", "treasury",
                             "treasury department", "commerce department", "state department", "defence ministry",
                             "defense department", "development finance corporation", "development fund"})
_ORGAN_NAME_AFTER = re.compile(r"[ \u00a0](?:Fund\s+for\s+Development|Development\s+Fund|Central\s+Bank|Export-Import\s+Bank|"
                               r"Investment\s+Authority|Sovereign\s+Fund|Public\s+Investment\s+Fund|Navy|Coast\s+Guard|"
                               r"Armed\s+Forces|Air\s+Force|Army|Ministry)\b")


def _in_name(text: str, m: Mention) -> bool:
    """A demonym inside a proper name ("the Grand Ethiopian Renaissance Dam") is no actor here."""
    if m.kind != "demonym":
        return False
    before = _NAME_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if _ORGAN_NAME_AFTER.match(text, m.end) or _GOODS_ACRONYM.match(text, m.end):
        return False  # "the Saudi Fund for Development", "the Kuwaiti Central Bank": the state's own body;
        # "Trinidadian LNG": the state's goods
    return re.match(r"[ \u00a0][A-Z]", text[m.end:m.end + 2]) is not None or (
        before is not None and before.group(1) not in _FUNCTION_WORDS)  # "The Kazakh government": no name


_WITH_THE = re.compile(r"\bwith\s+(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+|a\s+|an\s+)?$")
_OF_AFTER = re.compile(r"\s+(?:of|from)\s")
_MODIFIES = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+")  # "US market-access deal"
_CLINCHED = re.compile(r"\b(?:signs?|signed|signing|clinch(?:es|ed)?|wins?|won|strikes?|struck|seals?|sealed|inks?|inked|"
                       r"reach(?:es|ed)?|secures?|secured|lands?|landed|conclud(?:es|ed)|agrees?|agreed)\s+"
                       r"(?:(?:a|an|the|new|its|first)\s+)*(?:[$€£][\w.,]+\s+(?:million\s+|billion\s+|bn\s+)?)?$")
_GOODS_ACRONYM = re.compile(r"[ \u00a0](?:LNG|LPG|CNG|EVs?)\b")
_BETWEEN_AFTER = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}?between\s")
_TO_VERB = re.compile(r"(?:\s+(?:on|in|at|last|this|next|early|late)\s+[\w,]+){0,2}\s+to\s+(?!the\b)[a-z]")


_AND_WORD = re.compile(r"\band\b")
_TO_BEFORE = re.compile(r"\s+to\s+")
_DEMAND_VERBS = (r"urged|urges|urge|urging|asked|asks|ask|pressed|presses|press|pressing|called\s+on|calls\s+on|call\s+on|"
                 r"told|tells|encouraged|encourages")
_DEMANDED_OF = re.compile(rf"\b(?:{_DEMAND_VERBS}|invited|invites|wants|wanted)\s+(?:the\s+)?$")
_DEMANDED_OF_OTHERS = re.compile(rf"\b(?:{_DEMAND_VERBS})\s+(?:the|its|their|all)\s+"
                                 r"(?:[a-z][\w’'-]*\s+){1,3}to\s+[\"“]?(?:(?:fully|quickly|immediately|urgently|also)\s+)?$")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$")
_ITS_LINK = re.compile(r"\s+(?:in|for|with|during|over|and|to\s+end)\s+")
_ARTICLE_WORD = re.compile(r"\b(?:the|a|an)\s")


def _relate(ctx: _Sentence, cm, cue: _Cue, clause_start: int, clause_end: int, antecedent: list[Pair],
            following=None):
    text = ctx.text
    cue_start, cue_end = cm.start(), cm.end()
    if cue.kind == "noun" and cue.type not in ("deal_with", "engages") and _NOUN_MODIFIES.match(text, cue_end):
        return []  # "a trade and investment framework agreement": the agreement, not an investment
    if cue.kind == "noun" and cue.type == "deal_with" and cm.group(0).lower().startswith("loan ") \
            and not _WITH_AFTER.match(text, cue_end):
        return []  # "approved a loan programme for Sierra Leone" is a loan; "its loan programme with the IMF" a deal
    if cue.kind == "noun" and ctx.anaphor_spans and any(start <= cue_start < end for start, end in ctx.anaphor_spans):
        return []  # "the alliance failed to defend it": the noun names an actor ("the alliance" is the CSTO)
    if cue.kind == "noun" and cm.group(0).lower() == "business" and _MODIFIED_NOUN.match(text, cue_end):
        return []  # "a business delegation", "business leaders": a modifier, not dealings
    if cue.kind == "verb" and cm.group(0).lower().endswith("ing") and _GERUND_MODIFIES.match(text, cue_end):
        return []  # "sanctions on five shipping companies": a modifier, not the verb "ship"
    if cue.type == "supplies" and _GOODS_VERB.fullmatch(cm.group(0)) and (not _GOODS_SENT.match(text, cue_end) or (
            cue.reverse and not _GOODS_FROM.match(text, cue_end))):
        # "sends three-quarters of its ore to China", "gets 70 percent of its bauxite from Guinea" are
        # supplies; "sent a letter to", "got support from" are not
        return []
    if cue.kind == "verb" and cm.group(0).lower().endswith("ing") and re.search(r"\bfor\s+$", text[max(0, cue_start - 5):cue_start]):
        return []  # "sanctioned two banks for helping Iran": the reason, whose subject is the object
    if cue.kind == "verb" and cm.group(0) in ("back", "Back") and re.match(r"\s+(?:to|into|from|in|on|home)\b", text[cue_end:cue_end + 6]):
        return []  # "would send Gaborone back to the IMF": the adverb
    if cue.kind == "noun" and _DEMONSTRATIVE.search(text, max(clause_start, cue_start - 24), cue_start):
        return []  # "and those sales bring in most of its foreign currency": what was told before, no new parties
    if cue.kind == "verb" and cm.group(0).lower().startswith("sign") and text.startswith(" off", cue_end):
        return []  # "once the Commission and Brazil's regulator have signed off": an approval, no deal
    if cue.type == "other" and _WITHDRAWN_OWN.search(cm.group(0)):
        return []  # "withdrawing its 800 police officers from Haiti": its own people leave, no measure against Haiti
    if cue.type == "other" and cue.kind == "verb" and _DEMAND.match(cm.group(0)) \
            and _PUSHED_INTO.match(text, cue_end):
        return []  # "has pushed another 60,000 people into Bangladesh": moved, not pressed
    if cue.type == "engages" and cm.group(0)[:5] in ("engag", "Engag") and re.match(r"\s+in\s", text[cue_end:cue_end + 4]):
        return []  # "had never engaged in anything except fishing": taking part, not engaging someone
    if cue.kind == "verb" and cue.type == "criticizes" and re.match(r"\s+of\s", text[cue_end:cue_end + 5]) and not (
            antecedent and any(clause_start <= m.start and m.end <= cue_start for m, _ in ctx.mentions)):
        # "tankers accused of moving North Korean coal": the accused come before, the act after (but
        # "Iran, which the United States accuses of arming": the accuser names, the antecedent is accused)
        return []
    if cue.type != "criticizes" and _OPPOSED.search(text, max(ctx.sentence.start, cue_start - 30), cue_start):
        return []  # "said it opposed unilateral sanctions": the measure opposed is not the speaker's
    if _ALLEGED.search(text, max(ctx.sentence.start, cue_start - 80), cue_start):
        return []  # "accused Beijing of holding back water": the act is alleged, not reported
    if (cue.kind == "noun" or cue_start == ctx.sentence.start) and _PREDICTED.search(text, cue_end, min(clause_end, cue_end + 90)):
        return []  # "Further friction between the two neighbours is likely": predicted, not reported
    if cue.kind == "noun" and cm.group(0).lower() in ("member", "members") and not re.match(r"\s+of\s", text[cue_end:cue_end + 4]):
        return []  # "member states": no membership named ("a member of NATO" is)
    in_clause = [(m, a) for m, a in ctx.mentions if clause_start <= m.start < clause_end]
    strained = cue.type == "engages" and cue.kind == "noun" and cm.group(0).lower() in _SEVERABLE \
        and _STRAINED.search(text, cue_end, min(clause_end, cue_end + 150)) is not None
    if strained:
        cue = replace(cue, type="tensions_with")  # "relations between the two remain frozen", "ties have soured"

    # "the EU-Indonesia trade agreement", "a Japan-South Korea summit", "the US-China talks
    # ended": the pair is named before it
    if cue.symmetric and (cue.kind == "noun" or " " not in cm.group(0)):
        for (xm, xa), (ym, ya) in zip(in_clause, in_clause[1:]):
            if ym.end <= cue_start and text[xm.end:ym.start] in ("-", "–") \
                    and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}", text[ym.end:cue_start]):
                return _make(ctx, cue, cm, [(xm, xa)], [(ym, ya)], _negated(ctx, clause_start, cue_start))
    if cue.type == "hosts_talks" and cue.kind == "verb":
        # "Turkey hosts Russian-Ukrainian talks": the host hosts each, and the pair engage each other
        inside = [(m, a) for m, a in in_clause if cue_start < m.start and m.end < cue_end]
        if len(inside) == 2 and text[inside[0][0].end:inside[1][0].start] in ("-", "–"):
            hosts = _subjects(ctx, cue_start, in_clause, clause_start, cue) or antecedent
            talks = replace(cue, type="engages", symmetric=True)
            return (_make(ctx, cue, cm, hosts, inside, False) if hosts else []) \
                + _make(ctx, talks, cm, inside[:1], inside[1:], _negated(ctx, clause_start, cue_start))
    # "talks between X and Y", "friction between X and Y": the pair is named after the cue
    has_between = bool(_BETWEEN_AFTER.match(text[cue_end:cue_end + 50]))
    between = _between(text, cue_end, in_clause) if cue.symmetric and has_between else []
    if len(between) >= 2:
        return _make(ctx, cue, cm, between[:1], between[1:2], _negated(ctx, clause_start, cue_start))
    if strained and not has_between and cue_start - ctx.sentence.start <= 12:
        # "Relations were strained again in February, when a Chinese naval task group held drills off
        # Australia's coast": the sentence's two states
        states = list({a.id: (m, a) for m, a in ctx.mentions if a.type == "state"}.values())
        return _make(ctx, cue, cm, states[:1], states[1:], False) if len(states) == 2 else []
    # "X and Y agreed to speed up ...": what follows "agree to" is another verb's object
    # ("agreed in February to supply ships to X": the same, with a time or place in between)
    # ("opened a plant in Italy last year to serve ...": an actor in the gap is the object, not a time)
    to_verb = _TO_VERB.match(text[cue_end:cue_end + 40]) if cue.kind == "verb" else None
    infinitive = to_verb is not None and not any(cue_end <= m.start < cue_end + to_verb.end() for m, _ in in_clause) \
        and not (cue.type == "aids" and _AMOUNT_AT.search(cm.group(0)) and ctx.purposes is not None
                 and ctx.purposes.match(text, cue_end))  # "pledged $2 billion to rebuild southern Lebanon"

    passive = cue.kind == "verb" and not cm.group(0).split()[0].lower().endswith("ing") and (
        _PASSIVE_AUX.search(text[max(clause_start, cue_start - 25):cue_start])
        # "Syria's central bank, sanctioned by the United States in 2011, ..."
        or (_PARTICIPLE.search(cm.group(0).lower()) and re.match(r"\s+by\s", text[cue_end:cue_end + 5])
            and re.search(r",\s*$", text[max(clause_start, cue_start - 3):cue_start])))
    if cue.kind == "verb" and not cue.reverse and cue.type in ("invests_in", "aids", "supplies") \
            and cm.group(0).lower().endswith("ed") and re.match(r"\s+from\s", text[cue_end:cue_end + 7]):
        return []  # "armed groups organised and financed from Belgrade": a participle, its agent after "from"
    if cue.type == "supplies" and cue.kind == "noun" and not cue.reverse \
            and _BOUGHT_BEFORE.search(text, max(clause_start, cue_start - 40), cue_start):
        cue = replace(cue, reverse=True)  # "bought four cargoes of US crude": the buyer's supply noun
    if cue.type == "aids" and _AMOUNT_AT.search(cm.group(0)) and (_IN_INVESTMENT.match(text, cue_end)
                                                              or _FOR_ASSETS_IN.match(text, cue_end)):
        # "pledged $50 billion in investment", "promised $1.1 billion for refineries in Zimbabwe"
        cue = replace(cue, type="invests_in")
    share = _SHARE.match(text, cue_end)
    if cue.reverse and cue.type == "supplies" and share and not _SHARE_OF_GOODS.match(text, share.end()):
        cue = replace(cue, type="invests_in", reverse=False)  # "to buy 40% of X": an investment
    if cue.type in ("aids", "invests_in") and _AMOUNT_AT.search(cm.group(0)) \
            and (_PRICE.search(cm.group(0)) or _PRICE.match(text, cue_end)):
        cue = replace(cue, type="supplies", reverse=True)  # "will pay $560 a tonne for Indian rice": a purchase
    if cue.type == "invests_in" and cue.kind == "noun" and _SOLD.search(text, max(clause_start, cue_start - 40), cue_start):
        return []  # "sold its stake to X": X buys into a company, nobody invests in X
    restricted = _RESTRICTED.search(text, max(clause_start, cue_start - 50), cue_start) \
        if cue.type in ("supplies", "invests_in") else None
    if restricted and restricted.group("verb").lower().startswith("halt") and not cue.reverse:
        restricted = None  # "halts Czech beer imports" restricts trade; "halts magnet sales to X" stops a supply
    if restricted:
        cue = replace(cue, type="other", reverse=False)  # "restricted sales of tools to China": a trade restriction
    if cue.type == "hosts_talks" and cue.kind == "verb":
        parties = _between(text, cue_end, in_clause)
        if len(parties) >= 2:
            # "Norway, which has mediated talks between Colombia and the ELN": the mediator hosts each party
            hosts = _subjects(ctx, cue_start, in_clause, clause_start, cue) or antecedent
            # (and the parties to the talks engage each other)
            talks = _make(ctx, replace(cue, type="engages", symmetric=True), cm, parties[:1], parties[1:2],
                          _negated(ctx, clause_start, cue_start)) if re.search(r"talks|negotiations", cm.group(0)) \
                and not _FUTURE_BEFORE.search(text, max(clause_start, cue_start - 20), cue_start) else []
            return (_make(ctx, cue, cm, hosts, parties, False) if hosts else []) + talks
    # a verb's object comes before the next cue: "refusing to join sanctions on Moscow" — Moscow
    # is the object of "sanctions", not of "join"
    # ("hosted peace talks and entered into deals with the Taliban": coordinated verbs share it)
    # ("extend a $400 million currency swap to X": a money verb's object is the money, its recipient X)
    blocked = following is not None and cue.kind == "verb" and not _AND_WORD.search(text, cue_end, following.start()) \
        and not _AMOUNT_AT.search(cm.group(0))
    reach = [(m, a) for m, a in in_clause if not blocked or m.start < following.start()]
    targets = [] if infinitive else _objects(ctx, cue_end, reach, cue)
    if not targets and not infinitive and cue.kind == "verb" and not passive:
        # "will sell 40 megawatts during the monsoon months, when its rivers run high, to
        # Bangladesh": the verb's own preposition, further on in the clause
        targets = _far_object(ctx, cue_end, reach, cue)
    if not targets and cue.type == "supplies" and cue.kind == "verb" and _OF_ITS.match(text, cue_end):
        # "China is Peru's largest trading partner and buys about 70 percent of its copper": "its"
        # is the possessor named before, or the actor that opens the sentence before ("Mongolia
        # exports copper. Russia supplies almost all of its petrol.")
        ids = {a.id for _, a in _subjects(ctx, cue_start, in_clause, clause_start, cue) or antecedent}
        targets = [(m, a) for m, a in ctx.mentions if m.end < cue_start and _GENITIVE.match(text[m.end:m.end + 2])
                   and a.id not in ids][-1:]
        subject_end = min((m.end for m, a in ctx.mentions if a.id in ids), default=cue_start)
        if not targets and ids and ctx.prior_opener is not None and ctx.prior_opener[1].id not in ids \
                and not _ARTICLE_WORD.search(text, subject_end, cue_start):
            targets = [ctx.prior_opener]  # (not "supply the refinery ... and to buy most of its output")
    if cue.type == "aids" and cue.kind == "verb" and " " in cm.group(0):
        # "hosts more than 800,000 Sudanese refugees": the group named inside the cue (before any
        # actor after it: "..., according to the UN refugee agency")
        targets = [(m, a) for m, a in in_clause if cue_start < m.start and m.end <= cue_end] or targets
    if not targets and not infinitive and cue.type == "criticizes" and following is not None:
        # "opposed unilateral sanctions by Seoul and Tokyo": the criticised are the agents
        targets = _by_agent(text, following.end(), [], in_clause)
    if not targets and cue.type == "criticizes" and cue.kind == "verb" and not passive and (
            _ACT_OBJECT.match(text, cue_end) or _ACT_BEFORE.search(text, max(ctx.sentence.start, cue_start - 60), cue_start)):
        # "Japan released treated water, and China condemned the decision", "..., a move that
        # Pakistan criticised": the act named is the earlier clause's, so its actors are criticised
        # ("condemned the seizure and called on Iran to release the crew": the act is Iran's)
        act = _ACT_OBJECT.match(text, cue_end)
        urged = _URGED_AFTER.match(text, act.end()) if act else None
        named = [(m, a) for m, a in in_clause if urged and m.start == urged.end()]
        if act and not named:
            # "would challenge the ban in Norwegian courts": the state whose courts hear the challenge
            named = [(m, a) for m, a in in_clause if m.start > act.end() and a.type == "state"
                     and _IN_COURT_BEFORE.fullmatch(text, act.end(), m.start) and _COURT_AFTER.match(text, m.end)][:1]
        targets = _coordinated(text, named[0], in_clause, before=False) if named else _earlier_actors(ctx, cue_start)
    if cue.type == "recognizes" and targets and re.fullmatch(r"\s+from\s+(?:the\s+)?", text[cue_end:targets[0][0].start]):
        # "switched recognition from Taiwan to China": China recognised, Taiwan no longer
        later = [(m, a) for m, a in reach if m.start > targets[-1][0].end
                 and re.fullmatch(r"\s+to\s+(?:the\s+)?", text[targets[-1][0].end:m.start])]
        if later:
            subject = _subjects(ctx, cue_start, in_clause, clause_start, cue) or antecedent
            return (_make(ctx, cue, cm, subject, later[:1], False)
                    + _make(ctx, cue, cm, subject, targets, True)) if subject else []
    if not targets and cue.kind == "noun" and cue.type in ("aids", "invests_in") and _MONEY_NOUN.search(cm.group(0)):
        # "secured $1.2 billion in loans on Tuesday for the next phase of the dam from the World Bank":
        # the lender after "from", further on in the clause, with no actor in between
        later = next(((i, x) for i, x in enumerate(in_clause) if x[0].start >= cue_end), None)
        if later is not None and later[1][0].start - cue_end <= _FAR_WINDOW \
                and _FROM_BEFORE.search(text, max(cue_end, later[1][0].start - 12), later[1][0].start) \
                and not re.search(r"[;:]", text[cue_end:later[1][0].start]):
            targets = _coordinated(text, later[1], in_clause[later[0]:], before=False)
            cue = replace(cue, reverse=not cue.reverse)
    if cue.type in ("supplies", "aids", "invests_in") and cue.kind == "noun" and targets and not cue.reverse \
            and _FROM.fullmatch(text, cue_end, targets[0][0].start) \
            and not _WITHHELD.search(text, max(clause_start, cue_start - 50), cue_start):
        # "took cargoes from X", "a $3 billion loan from the IMF": X is the supplier, the lender ("its
        # reliance on water bought from Israel" already reads the buyer first)
        cue = replace(cue, reverse=not cue.reverse)
    if cue.type == "other" and targets and _DEMAND.match(cm.group(0)) \
            and re.search(r"\b(?:for|of|with|in|on|about|over|ahead)\b", text[cue_end:targets[0][0].start]):
        targets = []  # "pressed for a haircut on its Chinese loans": a request, not a demand on China
    if cue.type == "other" and cm.group(0).lower().startswith("ask") and targets \
            and re.match(r"(?:\s+[a-z]+){0,2}\s+for\b" if targets[-1][0].kind == "demonym" else _TIME_THEN_FOR,
                         text[targets[-1][0].end:targets[-1][0].end + 30]):  # ("asked Chinese authorities for")
        cue = replace(cue, type="engages", symmetric=True)  # "asked the United States for a waiver": a request
    if cue.type == "supplies" and cue.reverse and _AMOUNT_AT.search(cm.group(0)) and _MONEY_NOUN.search(cm.group(0)):
        cue = replace(cue, type="aids")  # "received $3 billion in aid from X": money, not goods
    if cue.type == "aids" and cue.kind == "noun" and _WITH_THE.search(text, max(clause_start, cue_start - 10), cue_start) \
            and _OF_AFTER.match(text, cue_end):
        return []  # "with the backing of Thailand": the backer aids the subject (idioms)
    sources = _genitive_agent(ctx, cue_start, in_clause)
    if not sources and cue.kind == "noun" and ("its " in (near_text := text[max(0, cue_start - 30):cue_start])
                                               or "their " in near_text):
        owner = _ITS_BEFORE.search(text, max(clause_start, cue_start - 30), cue_start)
        if owner is not None:
            # "sent troops to help Russia in its war against Ukraine": "its" is the actor named just
            # before it ("... aimed at China ahead of a review of its pact": the subject's, as below)
            near = [x for x in ctx.mentions if x[0].end <= owner.start() and x[1].type != "person"][-1:]
            if near and _ITS_LINK.fullmatch(text, near[0][0].end, owner.start()):
                sources = near
            elif not near and ctx.prior_opener is not None and text[owner.start() - 3:owner.start()] == "of ":
                # "Iceland sells fish. About 70 percent of its exports go to the EU": the actor that
                # opens the sentence before
                sources = [ctx.prior_opener]
    inside = [(m, a) for m, a in in_clause if restricted and restricted.end("verb") <= m.start and m.end <= cue_start]
    if inside and not targets:
        # "a ban on Japanese seafood imports", "restricted Chinese investment": the actor between
        # the restriction and the noun is the one restricted
        targets = inside
        sources = _subjects(ctx, restricted.start(), in_clause, clause_start, cue) or antecedent
    if not sources and cue.kind == "noun" and cm.group(0).lower() in _AGENT_NAMED:
        return []  # "since the invasion of Ukraine": an invasion is only its named invader's
    if not sources:
        sources = _subjects(ctx, cue_start, in_clause, clause_start, cue) or antecedent
    if sources and ctx.sentence.index == 0 and (
            cue.kind == "verb" and cm.group(0).endswith("s") and re.search(r",\s+$", text[max(0, cue_start - 3):cue_start])
            or cue.kind == "noun" and _HEADLINE_VERB.search(text, max(clause_start, cue_start - 40), cue_start)):
        # a headline's second verb after a comma is its subject's: "Senegal orders France to hand over
        # last military base, opens talks with Turkey"
        first = _opening(ctx, cue_start)
        if first and first[0][1].id not in {a.id for _, a in sources}:
            sources = first
    elif sources and (cue.kind == "verb" and _AND_VERB.search(text, max(clause_start, cue_start - 16), cue_start)
                      or cue.kind == "noun" and _AND_IS.search(text, sources[-1][0].end, cue_start)):
        # "The GCC backed Kuwait on Tuesday and called on Baghdad to ...", "exports petrol to Ghana,
        # and is in talks with Senegal": a second verb of the clause's subject, whose first verb's
        # object is no subject
        first = [x for x in in_clause if x[0].start - clause_start <= 40 and x[0].end < sources[0][0].start]
        if first and first[0][1].id not in {a.id for _, a in sources}:
            sources = _coordinated(text, first[0], in_clause, before=False)
    also = []
    if cue.type == "sanctions" and cue.kind == "noun" and sources:
        joined = _JOIN_BEFORE.search(text, max(clause_start, sources[0][0].start - 40), sources[0][0].start)
        if joined:
            # "has refused to align with EU sanctions on Russia", "adopted most EU sanctions": the
            # clause's subject takes up the measure
            joiners = _subjects(ctx, joined.start(), in_clause, clause_start, cue) or antecedent
            if joiners:
                also, sources = sources, joiners  # (the EU's own sanctions stand too)
    if cue.type in ("aids", "invests_in") and cue.kind == "noun" and targets \
            and re.fullmatch(r"\s+with\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}", text[cue_end:targets[0][0].start]) \
            and _LENDING.search(cm.group(0)):
        cue = replace(cue, reverse=not cue.reverse)  # "signed a $2.8 billion loan with X": X lends
    if cue.type == "criticizes" and cue.kind == "noun":
        sources, targets = _objection(ctx, cm, sources, targets)
    # a passive's agent may come after where and when ("was signed at the air base in Bodø by ...")
    agents = _by_agent(text, cue_end, targets, in_clause, skip=10 if passive else 4)
    if passive:
        # "the Taliban were recognised by Moscow": the subject is the patient
        if not agents:
            return []
        sources, targets = agents, sources
    elif agents and (not sources or cue.kind == "noun"):
        sources = agents  # "sanctions imposed on Russia by the EU", "unilateral sanctions by Seoul"
        if not targets and cue.kind == "noun":
            # "sanctions by the EU and the G7 on Russian diamonds": the object after the agents
            after = max(m.end for m, _ in agents)
            targets = _objects(ctx, after, [x for x in reach if x[0].start >= after], cue)
    if not sources:
        return []
    if antecedent and cue.kind == "verb" and not passive and (not targets or _OBJECT_GAP.match(text, cue_end)) \
            and _LEADING_THE.fullmatch(text, clause_start, min(m.start for m, _ in sources)) \
            and sources[0][1].id not in {a.id for _, a in antecedent}:
        # "the European Union, which Cyprus joined in 2004", "Iran, which the United States accuses
        # of arming the Houthis": the antecedent is the object
        targets = antecedent
    if not targets and cue.kind == "noun" and cue.type in ("aids", "invests_in") and not cue.reverse \
            and sources and _NOUN_MODIFIERS.fullmatch(text, sources[-1][0].end, cue_start):
        # "Peru clears Chinese stake in copper project", "Argentina wins IMF loan": the clause's
        # subject receives what the adjective's actor gives
        subject = _first_other(in_clause, sources[0][0].start, sources)
        if subject and _RECEIVES.fullmatch(text, subject[0][0].end, sources[0][0].start):
            targets = subject
    if not targets and cue.kind == "noun" and _HIT_WITH.search(text, max(clause_start, cue_start - 50), cue_start):
        # "Iran was hit with fresh sanctions by the EU": the clause's subject is the target
        targets = _first_other(in_clause, cue_start, sources)
    if not targets and not text[sources[0][0].end:cue_start].strip() \
            and _UNDER.search(text, clause_start, sources[0][0].start):
        # "Uralsk Lithium was placed under EU sanctions": the clause's subject is the target
        subject = [(m, a) for m, a in in_clause if m.end <= sources[0][0].start and a.id != sources[0][1].id]
        targets = subject[:1]
    if not targets and cue.type == "deal_with" and sources:
        committed = ctx.commitments.match(text, cue_end) if ctx.commitments else None
        if committed or (cue.kind == "noun" and _UNDER_DEAL.search(text, max(clause_start, cue_start - 50), cue_start)):
            # "Serbia has agreed to buy gas from Azerbaijan", "signed a deal to buy Moroccan acid": a deal
            # with the other party of what is agreed; "gave US forces access to bases under a defence
            # agreement": a deal with the clause's other party
            lo = committed.end() if committed else clause_start
            hi = clause_end
            if committed:  # what is agreed ends with its clause: "has not agreed to sell, and a person ..."
                stop = re.search(r"[,;:]\s+(?:and|but|while|which|who|a|an|the)\b|;", text[lo:clause_end])
                hi = lo + stop.start() if stop else clause_end
            ids = {a.id for _, a in sources}
            other = next(((m, a) for m, a in in_clause if lo <= m.start < hi and a.id not in ids and a.type != "person"
                          and (committed or m.end <= cue_start or m.start - cue_end < 60)
                          and not (committed and _bought_into(text[lo:m.start]))), None)
            if other and committed and len(sources) >= 2 and other[0].start - lo > 20 \
                    and not _PARTY_PREP.search(text, max(lo, other[0].start - 12), other[0].start):
                # "Bhutan and Bangladesh signed an agreement to build a plant ... over Indian
                # transmission lines": no party of the act, so the deal is between the subjects
                other = None
            targets = [other] if other else []
    if cue.type == "supplies" and cue.kind == "verb" and (stake_of := _stake_after(text, cue_end, in_clause)):
        # "buy 44.9 percent of Atlântica", "sell 20 percent of Suez Metals to Saudi Arabia": a stake, no
        # goods; the buyer invests in the firm (nothing, if the firm is not named: "of the state airline")
        firm = stake_of[0]
        to = _TO_BUYER.match(text, firm[0].end) if firm is not None and not cue.reverse else None
        buyers = sources if cue.reverse else [(m, a) for m, a in in_clause if to is not None and m.start == to.end()]
        if firm is None or not buyers:
            return []
        stake = replace(cue, type="invests_in", reverse=False, symmetric=False, plover=ctx.plover.get("invests_in", ""))
        return _make(ctx, stake, cm, buyers, [firm], _negated(ctx, sources[0][0].end, cue_start))
    if cue.type in ("aids", "invests_in") and _PAID_FOR.match(cm.group(0)) and targets \
            and _GOODS_AFTER.match(text, targets[0][0].end):
        cue = replace(cue, type="supplies", reverse=True)  # "pay for Indian imports of food": a purchase
    if cue.type == "tensions_with" and cue.kind == "verb" and targets and cm.group(0)[:5].lower() == "block" \
            and _POLICY_AFTER.match(text, targets[-1][0].end):
        # "Belgium blocks EU plan", "will block any EU measure": blocking a policy is a measure against
        # its author, not a clash
        cue = replace(cue, type="other", symmetric=False)
    if cue.type == "aids" and cue.kind == "verb" and _ABSTRACT_OBJECT.match(text, cue_end):
        return []  # "supports the peace process in northern Myanmar", "backed the plan": no aid to anyone
    if cue.type == "deal_with" and cue.kind == "verb" and targets and _JOIN_IN.match(text, targets[-1][0].end) \
            and cm.group(0).lower().startswith("join"):
        return []  # "join Australia and New Zealand in backing a principle": acting alike, no membership
    if cue.type == "aids" and cue.kind == "verb" and targets and _STANCE_AFTER.match(text, targets[-1][0].end):
        # "supported Hungary's position", "backed Somalia's bid": political support, not aid
        cue = replace(cue, type="engages", symmetric=True)
    if cue.kind == "noun" and _UNDER_TALKS.search(text, max(clause_start, cue_start - 40), cue_start) and (
            cue.type == "deal_with" or cue.type in ("invests_in", "aids") and targets
            and re.search(r"\bwith\s", text[cue_end:targets[0][0].start])):
        # "began negotiating a trade agreement with Dhaka", "is negotiating a loan programme with the
        # IMF": talks about a deal or a loan, not the deal or the loan
        cue = replace(cue, type="engages", symmetric=True, reverse=False)
    if cue.type == "other" and cm.group(0).lower() in _TRADE_FLOWS and targets:
        # "suspended imports from four Australian beef processors": a trade restriction against
        # Australia, whose firms the demonym names
        targets = [(m, ctx.affiliations.get(a.affiliation, a)) if m.kind == "demonym_group" else (m, a)
                   for m, a in targets]
    if cue.type == "other" and targets and cm.group(0)[:4].lower() in ("froz", "free") \
            and _ASSETS.search(text, cue_end, min(clause_end, targets[-1][0].end + 40)):
        # "froze about 210 billion euros of the Russian central bank's reserves": an asset freeze is a sanction
        cue = replace(cue, type="sanctions")
    if cue.object_types:
        targets = [t for t in targets if t[1].type in cue.object_types]  # "left Mozambique" is no measure against it
        if not targets:
            return []
    if targets and not cue.symmetric:
        ctx.last_targets[cue.type] = targets
    elif not targets and not cue.symmetric and not infinitive and cue.type in ctx.last_targets \
            and sources[0][0].start > ctx.last_targets[cue.type][-1][0].end \
            and _GAPPED.search(text, max(0, sources[0][0].start - 16), sources[0][0].start):
        # "Japan announced $40m for Afghanistan, and the EU pledged €60m": the same recipient
        targets = [t for t in ctx.last_targets[cue.type] if t[1].id not in {a.id for _, a in sources}]
    subject_end = sources[0][0].end if sources[0][0].end <= cue_start else clause_start
    if _HEDGED.search(text, max(subject_end, cue_start - 40), cue_start):
        return []  # "could revive its case against X", "wants to sell to X": hedged or wished, not reported
    if cue.kind == "verb" and _TO_BEFORE.fullmatch(text, max(m.end for m, _ in sources), cue_start) \
            and _DEMANDED_OF.search(text, max(ctx.sentence.start, (first := min(m.start for m, _ in sources)) - 30), first):
        return []  # "has urged Tashkent to join the EAEU", "urged Beijing and Seoul to settle": what is demanded has not happened
    if cue.kind == "verb" and _DEMANDED_OF_OTHERS.search(text, max(clause_start, cue_start - 60), cue_start):
        return []  # "had told the company's owners to cooperate fully": nor what others are told to do
    ended = None if cue.symmetric or restricted else _ENDED.search(text, max(clause_start, cue_start - 40), cue_start)
    if ended and (_OVERRIDDEN.search(text, ended.start(), cue_start)
                  or cue.kind == "verb" and _CONJ_BEFORE.search(text, ended.start(), cue_start)
                  or _ATTEMPT_BEFORE.search(text, max(clause_start, ended.start() - 30), ended.start())):
        # "cut its charges after complaints from Greece": the cut answers the complaint;
        # "would cut 600 jobs and accused the government", "froze its participation, accusing the
        # CSTO": the cut is another verb's; "try to cut a US tariff": the tariff stands
        ended = None
    if ended:
        # "ended its humanitarian funding for X" denies it (but "ended a round of talks" is no denial);
        # "has not cut gas supplies", "has no plans to cut shipments": a denied end, so the relation holds
        negated = not _negated(ctx, subject_end, ended.start())
    else:
        negated = _negated(ctx, subject_end, restricted.start() if restricted else cue_start)
    if not negated and cue.type == "deal_with" and cue.kind == "noun" \
            and _LOST.search(text, max(subject_end, cue_start - 50), cue_start):
        negated = True  # "said it had lost a $700 million contract to build a plant for Saudi Arabia"
    if not negated and cue.symmetric and cm.group(0).lower() in _SEVERABLE \
            and _SEVERED.search(text, max(clause_start, cue_start - 40), cue_start):
        negated = True  # "after cutting ties with Taiwan"
    if not targets and cue.kind == "verb" and not passive and cue.type in _IT_TYPES and _IT_OBJECT.match(text, cue_end):
        # "Belgrade has never recognised Kosovo ... . The United States and most EU members recognise
        # it.": "it" is what the previous sentence's relation of the same type was about
        ids = {a.id for _, a in sources}
        targets = [x for x in ctx.previous.get(cue.type, []) if x[1].id not in ids][:1]
    if not targets and cue.type == "deal_with":
        # "Kuwait signs Argentine wheat deal", "Uzbekistan clinches US market-access deal": the state
        # that modifies the deal is its other party
        inner = [x for x in in_clause if x[1].type == "state" and (
            cue_start < x[0].start and x[0].end <= cue_end if cue.kind == "verb"
            else _MODIFIES.fullmatch(text, x[0].end, cue_start)
            and _CLINCHED.search(text, max(clause_start, x[0].start - 40), x[0].start))]
        subject = _first_other(in_clause, inner[0][0].start, inner) if inner else []
        if subject and subject[0][1].type != "person":
            return _make(ctx, cue, cm, subject, inner[:1], negated)
    if not targets and cue.type == "criticizes" and cue.kind == "verb" and _REACTION_ENDS.match(text, cue_end):
        # "China's coast guard detains Japanese fishing boat, Tokyo protests", "Iraq opens port as
        # Kuwait protests": a protest with no object is against the subject of the clause before
        first = min(m.start for m, _ in sources)
        if _REACTION_JOINED.search(text, max(ctx.sentence.start, first - 8), first):
            ids = {a.id for _, a in sources}
            targets = [x for x in _opening(ctx, first) if x[1].id not in ids and x[1].type != "person"]
    if not targets:
        # "the EU and Uzbekistan signed a memorandum": a symmetric relation among the subjects
        joined_by_and = len(sources) >= 2 and not re.search(
            r"\b(?:nor|or)\b", text[min(m.start for m, _ in sources):max(m.end for m, _ in sources)])
        # ("the two countries' 1994 peace treaty": a pair named by one phrase before the noun)
        light = cue.kind == "verb" or _LIGHT_VERB.search(text[max(clause_start, cue_start - 60):cue_start]) or (
            len(sources) == 2 and sources[0][0].start == sources[1][0].start and sources[0][0].kind == "anaphor"
            and re.fullmatch(r"[’']s?\s+(?:[\w-]+\s+){0,4}", text[sources[0][0].end:cue_start]))
        if cue.symmetric and cue.mutual and joined_by_and and light and not has_between:
            return _pairwise(ctx, cue, cm, sources, negated)
        return []
    if cue.type in ("deal_with", "supplies", "invests_in") and cue.kind == "verb" \
            and _BARRED_FROM.search(text, max(clause_start, cue_start - 60), cue_start):
        # "barred its companies from doing business with Haedong": a sanction on the partner
        cue, negated = replace(cue, type="sanctions", symmetric=False, reverse=False), False
    out = _make(ctx, cue, cm, sources, targets, negated) + (_make(ctx, cue, cm, also, targets, False) if also else [])
    if cue.type == "deal_with" and out and targets:
        # "signed an agreement with Peru on Monday to import 450 megawatts": the deal's partner
        # supplies what is bought (or receives what is sold)
        committed = _SUPPLY_COMMITTED.match(text, max(cue_end, targets[-1][0].end), clause_end)
        if committed and not _stake_after(text, committed.end("verb"), ctx.mentions):  # (a stake is no goods)
            buys = committed.group("buy") is not None
            supply = replace(cue, type="supplies", symmetric=False, reverse=buys)
            verb = _SPAN.match(text, committed.start("verb"), committed.end("verb"))
            out += _make(ctx, supply, verb, sources, [t for t in targets if t[0].start >= cue_end], negated)
        elif _GOODS_FROM_PARTNER.search(text, cue_end, targets[0][0].start):
            # "signed a contract on Monday for 180 howitzers from Gyeongnam": the partner supplies the goods
            supply = replace(cue, type="supplies", symmetric=False, reverse=True)
            out += _make(ctx, supply, cm, sources, targets[:1], negated)
    return out


_SHARE_OF_FIRM = re.compile(r"\s+(?:(?:up\s+to|about|around|nearly|almost|a\s+further|another|roughly)\s+)?[\d.,]+\s*"
                            r"(?:%|percent|per\s+cent)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?")
def _firm_at(pairs: list[Pair], pos: int) -> Pair | None:
    return next(((m, a) for m, a in pairs if m.start == pos and a.type in ("company", "other")), None)


def _stake_after(text: str, pos: int, pairs: list[Pair]) -> tuple[Pair | None] | None:
    """"(buy) 44.9 percent of Atlântica", "of the state airline": a share of a firm, not of goods;
    as a one-item tuple of the firm named there (None if it is not named), or None for no stake."""
    share = _SHARE_OF_FIRM.match(text, pos)
    if share is None:
        return None
    firm = _firm_at(pairs, share.end())
    return (firm,) if firm is not None or _FIRM_NOUN_AFTER.match(text, share.end()) else None


_FIRM_NOUN_AFTER = re.compile(r"(?:state(?:-owned)?\s+|national\s+|flag\s+)?(?:airline|carrier|company|firm|group|bank|operator|"
                              r"utility|refinery|insurer|lender|miner|venture|business)\b")
_TO_BUYER = re.compile(r"(?:\s+[\w,]+){0,4}?\s+to\s+(?:the\s+)?")
_GOODS_FROM_PARTNER = re.compile(r"\bfor\s+(?:[\w$€£%.,-]+\s+){1,5}?from\s+(?:the\s+)?$")


_LOST = re.compile(r"\blos(?:t|es|e|ing)\s+(?:a|an|the|its|their)?\s*(?:[\w$€£%.,-]+\s+){0,4}$")
_ASSETS = re.compile(r"\b(?:assets|reserves|accounts|deposits|holdings|property|properties)\b")
_TRADE_FLOWS = frozenset({"imports", "exports", "import", "export", "shipments", "purchases"})
# what a deal commits its parties to, after the partner: "with Peru on Monday to import", "to sell"
_SUPPLY_COMMITTED = re.compile(r"[^,;.“\"]{0,50}?\bto\s+(?P<verb>(?P<buy>buy|import|purchase)|sell|supply|export|deliver|ship|pipe)\b")


# the state's own firms or people kept from dealing with someone: "barred its companies from"
_BARRED_FROM = re.compile(r"\b(?:bar|bars|barred|barring|ban|bans|banned|banning|prohibit|prohibits|prohibited|forbid|"
                          r"forbids|forbade|forbidden)\s+(?:its\s+|their\s+|the\s+country's\s+|[a-z]+\s+)?(?:[a-z-]+\s+)?"
                          r"(?:companies|firms|banks|businesses|citizens|entities|exporters|importers|nationals)\s+"
                          r"from\s+$")


# the gap between a cue and its object
_PUNCT_GAP = re.compile(r"[,.;]\s")
_RELATIVE_GAP = re.compile(r"\b(?:who|which|that)\b")
# the actor modifies the noun, up to two words before it: "IMF loan", "Chinese motorway loan"
_NOUN_MODIFIERS = re.compile(r"[ \u00a0-](?:[a-z-]+[ \u00a0])?")
_BACKED = re.compile(r"-(?:backed|funded|financed|sponsored|guaranteed|brokered|owned)\b")
_LED = re.compile(r"-led\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")  # "the Russian-led Eurasian Economic Union": the union
_AT_END = re.compile(r"\bat\s+(?:the\s+)?$")
_PEOPLE_AT = re.compile(r"\s+(?:(?:senior|top|government|foreign|trade)\s+)?(?:officials|representatives|diplomats|counterparts|"
                        r"ministers|negotiators|executives|envoys)\s+(?:at|from|of|in)\s+(?:the\s+)?")
_COMPARED_END = re.compile(r"\b(?:than|like|unlike)\s+(?:the\s+)?$")
_PLACE_END = re.compile(r"\b(?:in|near|at)\s+$")
_FOR_END = re.compile(r"\bfor\s+(?:the\s+)?$")
_BY_END = re.compile(r"\bby\s+(?:the\s+)?$")
_ROUTE_END = re.compile(r"\b(?:through|via|across|past|along)\s+(?:the\s+)?$")
# relations whose "it" is an actor more often than an act ("oppose it" is mostly a deal, a plan)
_IT_TYPES = frozenset({"recognizes", "sanctions"})
# "it" as a verb's whole object: "... recognise it.", "sanctioned it in 2019"
_IT_OBJECT = re.compile(r"\s+it\b(?!['’]s)\s*(?:[.,;:]|$|\s+(?:in|on|at|as|since|last|this|too|either|again|yet|years|"
                        r"after|before|until|when|because|later|(?:a|an|two|three|four|five|six|several|\d+)\s+"
                        r"(?:years?|months?|weeks?|days?)\s+(?:later|after|ago))\b)")
_UNITS_OF = re.compile(r"\s+(?:[\w-]+\s+)?(?:units?|subsidiaries|subsidiary|branches|affiliates?|arms?)\s+of\s+"
                       r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3})?")
_THAT_SUBJECT = re.compile(r"\s+that\s+(?:the\s+)?")
_APPOSED_NAMES = re.compile(rf"\s+(?:[\w’'-]+\s+){{0,4}}(?:{FIRM_PLURALS}|individuals),\s+")


_NOUN_OBJECT_GAP = re.compile(r"\s*(?:[\w’'$.-]+\s+){0,3}?(?:of|with|against|on|to|for|in|into|targeting|from|over|by)\s+"
                              r"(?:[\w’'$%.-]+\s+){0,4}(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?")
_OWNED_NOUN_GAP = re.compile(r"\s+(?:its|their|his|her)\s+(?:[a-z-]+\s+){1,2}(?:of|in|at|to|into|with)\s+(?:the\s+)?")


def _objects(ctx: _Sentence, cue_end: int, in_clause: list[Pair], cue: _Cue) -> list[Pair]:
    text = ctx.text
    after = [(m, a) for m, a in in_clause if m.start >= cue_end and m.start - cue_end <= _OBJECT_WINDOW
             and not _BACKED.match(text, m.end)  # ("EU-backed borrowing": the backer, no object)
             and not ((led := _LED.match(text, m.end)) and any(n.start == led.end() for n, _ in in_clause))]
    if not after:
        return []
    first_m, first_a = after[0]
    gap = text[cue_end:first_m.start]
    if cue.kind == "noun":
        # "recognition of X", "deals with X", "sanctions against X": a preposition must link them
        # ("sanctions on its owner, Severnaya Alumina Group": a possessive noun, then the name in apposition)
        if not _NOUN_OBJECT_GAP.fullmatch(gap):
            return []  # a preposition, then at most four words: "talks on the pipeline ..., leaving Mongolia" is not with Mongolia
    elif (_PUNCT_GAP.search(gap) and not _APPOSED_NAMES.fullmatch(gap)) or (
            _RELATIVE_GAP.search(gap) and not (cue.type == "other" and _THAT_SUBJECT.fullmatch(gap))):
        # (but "banned two Russian fishing companies, Kolafish and ...": the names in apposition;
        # "demanded that the European Union lift sanctions": who is to act)
        return []
    elif _OWNED_NOUN_GAP.fullmatch(gap):
        return []  # "blocked its membership of the United Nations": the body belongs to someone else's noun
    if cue.kind == "verb" and _SUBORDINATE.search(gap):
        return []  # "detains tanker after power cable to Sweden is cut": another clause's actor
    if cue.kind == "verb" and cue.type in ("sanctions", "criticizes", "other") and _REASON_GAP.fullmatch(gap):
        return []  # "blacklist shippers over North Korean coal transfers": the shippers, for a reason
    if cue.type == "deal_with" and _MEASURE_AFTER.match(text, first_m.end):
        return []  # "refused to join EU sanctions": the measure, not the body, is joined
    if cue.type in ("deal_with", "engages", "aids") and _lent_with(text, first_m):
        return []  # "sign deal for a bridge, with Chinese loan": the lender's money, no party to the deal (idioms)
    people_of = _PEOPLE_AT.fullmatch(gap) is not None  # "met officials at Sierra Leone's energy ministry": its people
    if _AT_END.search(gap) and cue.type != "hosts_talks" and not people_of \
            and not _GENITIVE.match(text[first_m.end:first_m.end + 2]) and not _organ_after(ctx, first_m.end):
        return []  # "challenged the ban at the WTO": where, not whom ("deposits at the Egyptian central bank" are its)
    if _OTHER_CLAUSE.search(gap):
        return []  # "a stake in the project despite US objections": another clause's actor
    if _COMPARED_END.search(gap):
        return []  # "slower to strike deals than the UAE": a comparison, not a partner
    if _PLACE_END.search(gap) and first_a.type == "state" and cue.type not in ("invests_in", "aids") and not people_of:
        return []  # "the Taliban government in Afghanistan": a place modifier
    if cue.kind == "verb" and cue.symmetric and _FOR_END.search(gap):
        return []  # "Varlamov signed for Russia": on whose behalf, not with whom
    if _BY_END.search(gap):
        return []  # "recognised by Moscow" is the agent, not the object
    if cue.type in ("supplies", "aids", "invests_in") and _ROUTE_END.search(gap):
        return []  # "pumps its oil through Russia": the route, not the recipient
    if len(after) > 1 and _UNITS_OF.fullmatch(text, first_m.end, after[1][0].start):
        first_m, first_a = after[1]  # "US units of Haedong Heavy Industries": the parent
        after = after[1:]
    if len(after) > 1 and ((re.fullmatch(r"(?:’s|'s|’)\s+", text[first_m.end:after[1][0].start])
                            and not _NOUN_AFTER.match(text, after[1][0].end)) or (
            first_m.kind == "demonym" and re.fullmatch(r"\s+(?:(?!(?:against|with|to|of|in|for|on|from|by|and|or|over)\s)"
                                                        r"[a-z-]+\s+){1,3}", text[first_m.end:after[1][0].start]))):
        # "Russia's Uralsk Lithium", "Kenyan port operator Mombasa Ports": the company, not its country
        first_m, first_a = after[1]
        after = after[1:]
    return _coordinated(text, (first_m, first_a), after, before=False)


def _organ_subject(ctx: _Sentence, before: str) -> bool:
    """"Mali's junta seized": the possessive names a state organ, the subject of the verb."""
    m = re.search(r"(?:’s|'s)\s+[a-z-]+\s+$", before)
    return m is not None and _allowed_genitive(ctx, m.group(0))


def _organ_after(ctx: _Sentence, end: int) -> bool:
    """"Egyptian central bank": the words after a demonym name an organ of the state."""
    words = re.match(r"\s+([a-z-]+)(?:\s+([a-z-]+))?", ctx.text[end:end + 40])
    if not words:
        return False
    one = words.group(1)
    return one in ctx.state_nouns or (words.group(2) is not None and f"{one} {words.group(2)}" in ctx.state_nouns)


# "brushing aside objections from Australia", "over Cambodian objections", "following complaints
# from Kyiv": the objection is to what the sentence's subject did
_OVERRIDDEN = re.compile(r"\b(?:over|despite|amid|ignoring|ignored|ignores|(?:brush|shrugg?|wav|sweep|swept)(?:ing|ed|es|s)?\s+"
                         r"(?:aside|off)|overruling|overruled|"
                         r"defying|defied|defies|overriding|overrode|overrides|dismissing|dismissed|dismisses|rejecting|"
                         r"rejected|rejects|in\s+the\s+face\s+of|following|after|in\s+response\s+to)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}$")
_CONJ_BEFORE = re.compile(r"(?:\b(?:and|but)|,)\s+$")
_ATTEMPT_BEFORE = re.compile(r"\b(?:try|tries|trying|tried|seek|seeks|seeking|sought|aim|aims|aiming|aimed|push|pushes|"
                             r"pushing|pushed|bid|attempt|attempts|attempting|attempted|effort|efforts|campaign|"
                             r"lobby|lobbies|lobbying|lobbied)\s+to\s+$")
_FROM_AGENT = re.compile(r"\s*(?:[\w’'-]+\s+){0,2}?from\s+(?:the\s+)?$")


def _objection(ctx: _Sentence, cm, sources: list[Pair], targets: list[Pair]) -> tuple[list[Pair], list[Pair]]:
    """A criticism noun: "objections from X" names its agent, and an objection the subject
    overrode ("despite", "brushing aside") is aimed at the subject."""
    text = ctx.text
    from_agent = bool(targets) and _FROM_AGENT.fullmatch(text, cm.end(), targets[0][0].start) is not None
    if from_agent:
        sources, targets = targets, []
    adjacent = sources and (sources[0][0].end >= cm.start() - 3 or from_agent)
    if adjacent and not targets and _OVERRIDDEN.search(text, max(ctx.sentence.start, cm.start() - 60), cm.start()):
        opening = _opening(ctx)
        if opening and opening[0][1].id not in {a.id for _, a in sources} and opening[0][0].start < cm.start():
            targets = opening
    return sources, targets


# "Sweden's NATO bid": a common noun after the name makes the possessor the party
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|nor|in|of|to|for|on|at|by|with|from|as|is|are|was|were|has|have|had|"
                         r"said|says|will|would|which|that|who|instead|also|last|next|this|earlier|later|since|until|"
                         r"after|before|under|over|through|via|but)\b)[a-z]")
_FAR_WINDOW = 180  # characters between a verb and a later "to X" / "in X"


_PLACE_THEN_STATE = re.compile(r"[^,;]*?\b(?:in|at|into|to)\s+(?:the\s+|a\s+|an\s+)?[^,;]{1,60},\s+")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_SUBORDINATE = re.compile(r"\b(?:after|before|once|because|until)\s+(?!the\s+(?:meeting|talks|summit|vote)\b)")


def _lent_with(text: str, m: Mention) -> bool:
    """"with Chinese loans", "with Japan's help": a state's money the subjects act with (an idiom
    of its own), not a partner."""
    return _MONEY_AFTER.match(text, m.end) is not None and _WITH_BEFORE.search(text, max(0, m.start - 10), m.start) is not None


def _far_object(ctx: _Sentence, cue_end: int, in_clause: list[Pair], cue: _Cue) -> list[Pair]:
    # "imports almost all of its fertiliser, most of it from Russia": a buyer's source comes after "from"
    prep = _FROM_BEFORE if cue.reverse and cue.type == "supplies" else ctx.object_preps.get(cue.type)
    if prep is None:
        return []
    text = ctx.text
    for m, a in in_clause:
        if m.start < cue_end or m.start - cue_end > _FAR_WINDOW:
            continue
        gap = text[cue_end:m.start]
        if cue.type in ("invests_in", "aids", "supplies") and not cue.reverse and a.type == "state" \
                and _PLACE_THEN_STATE.fullmatch(gap) and _GENITIVE.match(text[m.end:m.end + 2]):
            # "invest $280 million in a grain terminal at Nueva Palmira, Uruguay's second-busiest port":
            # the place belongs to the state named after it
            return [(m, a)]
        if _lent_with(text, m):
            break  # "..., with Chinese loan": the lender, no object (idioms)
        # an aside closed by a comma may come between ("when its rivers run high,")
        if prep.search(text, max(cue_end, m.start - 12), m.start) and not _OTHER_CLAUSE.search(gap.rpartition(",")[2]) \
                and not _SUBORDINATE.search(gap) \
                and not re.search(r"[;:]|\b(?:who|which|that|and|but)\s+(?:has|have|had|is|are|was|were|will|would)\b"
                                  r"|\b(?:said|says)\b", text[cue_end:m.start]):
            return _coordinated(text, (m, a), [x for x in in_clause if x[0].start >= m.start], before=False)
        break  # the first actor after the verb decides: it is the object or the verb has none here
    return []
