"""Actors and their mentions.

Known actors come from the knowledge files (one Aho-Corasick pass over case- and diacritic-
folded text, whole words only, longest match first). Then the ways news names actors that no
file lists: titles and roles ("Foreign Minister X", "X, an analyst at Y", quote speakers),
organisation names ("... Institute", "Ministry of ..."), an acronym after its full name, and
definite descriptions that point back ("the regime"). Capitals named as places and ambiguous
names with cues for another reading become places, not actors.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ..knowledge import ActorDef, Knowledge, Surface, fold, fold_text, slug
from ..model import Article
from .lexicon import TermMatcher
from .records import ActorRecord, Mention, Place, QuoteRecord

__all__ = ["find_actors"]

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽЀ-ЯӘҒҚҢӨҰҮҺ"
_NAME_TOKEN = rf"(?:[{_UPPER}][\w’'.-]*\w|(?:al|el)-[{_UPPER}]\w+|(?:bin|ibn|de|van|von|ul|ud)(?!\w))"
_PERSON_NAME = rf"{_NAME_TOKEN}(?:[ \u00a0]{_NAME_TOKEN}){{0,3}}"
_SPEECH = r"(?:said|says|told|added|warned|argued|noted|explained|insisted|stressed|wrote|according to)"
_SAID_NAME = re.compile(rf"\b{_SPEECH}\s+(?P<name>{_NAME_TOKEN}(?:[ \u00a0]{_NAME_TOKEN}){{1,3}})(?=\s*[,.;]|\s+(?:on|in|at|who|of)\b)")
_ORG_HEAD = re.compile(rf"(?:[{_UPPER}][\w’'&-]+[ \u00a0]+(?:(?:of|for|and|on|de|del|da|do|des|du|di|&)[ \u00a0]+"
                      rf"(?:the[ \u00a0]+|la[ \u00a0]+|las[ \u00a0]+|los[ \u00a0]+)?)?){{1,5}}$")  # "Río de la Plata Policy Centre"
_SPEECH_AT = re.compile(rf"\b{_SPEECH}\b")
_NAME_THEN_SAID = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_TOKEN}(?:[ \u00a0]{_NAME_TOKEN}){{1,3}}),?\s+$")
_NAME_WHO_SAID = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_TOKEN}(?:[ \u00a0]{_NAME_TOKEN}){{1,3}}),\s+who\s+[^,;.“”\"]{{3,120}},\s+$")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME_TOKEN}(?:[ \u00a0]{_NAME_TOKEN}){{1,3}})$")
# "Uzbekistan's mining minister, Bobur Tursunov, said", "and her Finnish counterpart, Jukka Mäkelä."
_NAME_IN_COMMAS = re.compile(rf",[ \u00a0](?P<name>{_NAME_TOKEN}(?:[ \u00a0]{_NAME_TOKEN}){{1,3}})(?:,|\.(?=\s|$))")
_ROLE_BEFORE = re.compile(r"(?<![\w’'])(?P<role>(?:[a-z][\w-]*\s+){0,2}(?P<word>[a-z][\w-]*))$")
_INSIDE_APPOSITION = re.compile(r"\b(?:at|of|for|from|with|by)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}$")
_APPOSITION_START = re.compile(r",\s+(?:a|an|the|its|his|her)\s")
_ACRONYM = re.compile(
    r"(?P<full>(?:[A-Z][\w’'-]+\s+(?:(?:of|for|and|the|on|de)\s+)*){1,7}[A-Z][\w’'-]+)\s+\((?P<acr>[A-Z][A-Za-z0-9&+-]{1,9})\)"
)
_WORD = re.compile(r"[\w’'-]+")
# "London-listed", "Dubai-registered": a place where a company is listed or based, not an actor
# a sea, gulf or strait named after a state is a place: "the Gulf of Oman", "the Sea of Japan"
# a compass or region word before a demonym that does not name a state with it: "South American", "Latin American"
_REGION_BEFORE = re.compile(r"(?<![\w-])(?:South|North|Latin|Central|East|West|Pan)[ \u00a0-]$")
_FEATURE_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?|Cape|Isthmus|Horn)\s+of\s+(?:the\s+)?$")
_FEATURE_AFTER = re.compile(r"[ \u00a0]+(?:Sea|Seas|Gulf|Strait|Straits)\b")
_LOCATED = re.compile(r"-(?:based|listed|registered|headquartered|incorporated|domiciled|flagged)\b")
# a city that names a pact or a forum ("the London Protocol", "the Minsk agreements", "the Paris Club" is
# a body of its own) is where it was signed, not the government acting
_PACT_NAMED = re.compile(r"[ \u00a0]+(?:Protocol|Protocols|Agreement|Agreements|agreements|Accord|Accords|Convention|"
                         r"Conventions|Declaration|Treaty|Consensus|Process|Format|Principles|Charter|Document|"
                         r"Memorandum|Action\s+Plan|Statement|Initiative|Pact)\b")


@dataclass(frozen=True)
class _Matcher:
    automaton: object
    place_before: re.Pattern
    title_re: re.Pattern
    title_starts: TermMatcher
    apposition_re: re.Pattern
    org_re: TermMatcher  # the last words of organisation names ("Holdings", "Corp.")
    org_of_re: re.Pattern
    role_words: frozenset
    group_nouns: frozenset
    state_nouns: frozenset
    suffix_types: dict
    anaphors: TermMatcher
    state_organs: frozenset
    modified_anaphor: TermMatcher | None = None  # the heads of "the Houston-based company"
    anaphor_heads: dict | None = None  # head noun → actor type
    pair_anaphor: re.Pattern | None = None  # "the two countries": group "head"
    pair_heads: dict | None = None  # head noun → "state" | "party"
    # "X, a Geneva-based trader", "the Italian company X"; and ("group", head) for "the Viv Ansanm gang"
    org_noun_matcher: TermMatcher | None = None
    org_nouns: dict | None = None  # describing noun → actor type
    corporate_nouns: frozenset = frozenset()  # describing nouns that never describe a person
    epithets: dict | None = None  # "the kingdom" → the ISO3 codes of the states it may name


@lru_cache(maxsize=8)
def _matcher(kb: Knowledge) -> _Matcher:
    automaton = ahocorasick.Automaton()
    by_key: dict[str, list[Surface]] = {}
    for surface in kb.surfaces:
        by_key.setdefault(fold(surface.text), []).append(surface)
    priority = {"name": 0, "alias": 1, "metonym": 2, "demonym": 3, "capital": 4}
    shared = kb.shared_demonyms
    for key, surfaces in by_key.items():
        # a curated metonym beats a capital; a demonym two states share means the one named in
        # actors.yaml ("Dominican": the Dominican Republic) unless the article names the other
        surfaces.sort(key=lambda s: (priority.get(s.kind, 5), s.actor != shared.get(key)))
        automaton.add_word(key, (len(key), tuple(surfaces)))
    automaton.make_automaton()
    people = kb.people
    preps = sorted(people.get("place_preps") or [], key=len, reverse=True)
    place_before = re.compile(
        r"(?:\b(?i:%s)\s+(?:the\s+)?(?:(?:[a-z]+|[A-Z][a-z]+'s)\s+)?|\bin\s+and\s+around\s+)$"
        % "|".join(re.escape(p) for p in preps)
    )
    titles = sorted(people.get("titles") or [], key=len, reverse=True)
    title_alt = "|".join(re.escape(t) for t in titles)
    title_re = re.compile(rf"(?<![\w-])(?P<title>{title_alt})[ \u00a0]+(?P<name>{_PERSON_NAME})")
    role_words = frozenset(t.lower().rstrip(".") for t in titles)
    role_alt = "|".join(sorted({re.escape(w) for w in role_words if " " not in w}, key=len, reverse=True))
    # "Name, a senior analyst at X": found from the comma (cheap to find), the name read backwards
    apposition_re = re.compile(
        rf",\s+(?:a|an|the|its|his|her)\s+(?P<role>(?:[\w’'-]+\s+){{0,5}}?(?:{role_alt})\b(?:\s+(?:at|of|with|for|from|to|in|based in|based at)\s+(?:the\s+)?[^,.;“\"]{{2,60}}?)?)(?=\s*[,.;]|\s+(?:said|says|told|who|and|warned|added))"
    )
    suffix_types: dict[str, str] = {}
    for actor_type, suffixes in (people.get("org_suffixes") or {}).items():
        for suffix in suffixes:
            suffix_types.setdefault(suffix, actor_type)
    # an organisation's name ends with a suffix word: find the suffixes (cheap), read the name backwards
    spellings: dict[str, set[str]] = {}
    for suffix in suffix_types:
        spellings.setdefault(fold(suffix), set()).add(suffix)
    org_re = TermMatcher({key: frozenset(found) for key, found in spellings.items()})  # suffix words, as written
    org_of_re = re.compile(
        r"(?P<org>(?:Ministry|Bank|Institute|University|Council|Organi[sz]ation|Office|Agency|Commission|Chamber|"
        r"Committee|Centre|Center|Academy|Department|Federation|Confederation|Association|Union|Court)[ \u00a0]+(?:of|for)"
        r"[ \u00a0]+(?:the[ \u00a0]+)?"
        r"[A-Z][\w’'-]+(?:[ \u00a0]+(?:(?:and|of|for|the)[ \u00a0]+){0,2}[A-Z][\w’'-]+){0,5})"  # a name ends with its line
    )
    # a capitalised head must be written so ("the Fund" is the IMF, "the fund" any fund)
    phrases = [(actor_type, phrase) for actor_type, listed in (people.get("anaphors") or {}).items() for phrase in listed]
    epithets = _epithets(kb)
    phrases += [("epithet", phrase) for phrase in epithets]
    anaphors = TermMatcher({phrase: (actor_type, phrase.split()[-1] if not phrase.split()[-1].islower() else None)
                            for actor_type, phrase in phrases})
    heads = {phrase.split()[1]: actor_type for actor_type, phrases in (people.get("anaphors") or {}).items()
             for phrase in phrases if re.fullmatch(r"the [a-z]+", phrase)}
    pair_heads = {noun: kind for kind, nouns in (people.get("pair_anaphors") or {}).items() for noun in nouns}
    org_nouns = {noun: kind for kind, nouns in (people.get("org_nouns") or {}).items() for noun in nouns}
    # the plural describes names in an apposition too ("A and B, two of Japan's largest makers")
    org_nouns.update({noun + "s": kind for noun, kind in list(org_nouns.items()) if not noun.endswith("s")})
    return _Matcher(
        automaton, place_before, title_re, TermMatcher({t: True for t in titles}), apposition_re, org_re, org_of_re, role_words,
        frozenset(w.lower() for w in people.get("group_nouns") or []),
        frozenset(w.lower() for w in people.get("state_nouns") or []),
        suffix_types, anaphors, frozenset(people.get("state_organs") or []),
        TermMatcher({head: head for head in heads}) if heads else None, heads,
        _alternation(_PAIR_ANAPHOR, pair_heads), pair_heads,
        # (the nouns after an armed group's name in the same matcher: "the Viv Ansanm gang")
        TermMatcher({**{noun: noun for noun in org_nouns}, **{h: ("group", h) for h in people.get("group_heads") or []}}),
        org_nouns, frozenset(people.get("corporate_nouns") or []), epithets,
    )


def _epithets(kb: Knowledge) -> dict[str, frozenset[str]]:
    """"the kingdom" → the ISO3 codes of the states whose official name has "Kingdom", and the
    others people.yaml lists for it (folded phrase → codes)."""
    iso3 = {actor.id: actor.iso3 for actor in kb.actors.values() if actor.type == "state" and actor.iso3}
    out = {}
    for phrase, spec in (kb.people.get("state_epithets") or {}).items():
        codes = set(spec.get("iso3") or [])
        word = spec.get("name_word")
        if word:
            codes |= {iso3[s.actor] for s in kb.surfaces if s.actor in iso3 and s.kind in ("name", "alias")
                      and re.search(rf"\b{re.escape(word)}\b", s.text)}
        out[fold(phrase)] = frozenset(codes)
    return out


# "the Houston-based company", "the landlocked country": one or two modifiers (lower case, or a
# hyphenated "X-based"), never a quantifier that points elsewhere ("the other company")
# the head nouns are found first (rare), then "the" and the modifiers before them
_ANAPHOR_MODIFIERS = re.compile(
    r"(?<![\w-])[Tt]he\s+(?:(?!(?:other|same|next|first|second|last|only|former|new|two|three)\b)"
    r"(?:[a-z][a-z]+(?:-[a-z]+)*|[A-Z][\w’'.]*-(?:based|owned|listed|registered|run|backed|controlled|led|"
    r"born|headquartered))\s+){1,2}$")
# An organisation's name beside a noun that describes it: after it in an apposition, before it
# as a descriptor, or after "X-based". %s: the describing nouns.
# (a word may end in a plural's apostrophe: "Gulf Workers' Voice")
_ORG_NAME = (rf"[{_UPPER}][\w’'.&-]*(?:\w|(?<=s)[’'])(?:[ \u00a0]+(?:(?:de|del|da|di|du|des|la|le|van|von|&)[ \u00a0]+)?"
             rf"[{_UPPER}][\w’'.&-]*(?:\w|(?<=s)[’'])){{0,3}}")
# after the name, in an apposition: "X, a Geneva-based <noun>", "X, Poland's state arms <noun>",
# "X, one of the largest <nouns>" (the window before the noun)
_ORG_APPOSITION = re.compile(
    rf"(?:(?P<first>{_ORG_NAME})\s+and\s+)?(?P<name>{_ORG_NAME}),\s+(?:(?:one|two|three|four|some)\s+of\s+)?"
    rf"(?:a|an|the|its|[{_UPPER}][\w.-]*(?:\s+[{_UPPER}][\w.-]*)?[’']s)\s+(?:(?!(?:of|for|at|in|with|to|who|which)\b)[\w’'.-]+\s+){{0,5}}?$")
# after the noun: where an apposition ends
_APPOSITION_END = re.compile(r"\s*[,.;)]|\s+(?:that|which|who|in|based|from|with|owned|controlled|founded|backed|run|of)\b")
_NAME_AFTER = re.compile(rf"[ \u00a0]+(?P<name>{_ORG_NAME})")
# before a group's head noun: "the Viv Ansanm gang", "Viv Ansanm fighters"
_NAME_BEFORE_HEAD = re.compile(rf"(?:(?P<the>\b[Tt]he)[ \u00a0]+)?(?P<name>{_ORG_NAME})[ \u00a0]+$")
_LOCATED_NAME = re.compile(rf"-(?:based|listed|registered|headquartered)\s+(?P<name>{_ORG_NAME})")
_PAIR_ANAPHOR = r"(?<![\w-])(?:[Tt]he\s+two|[Bb]oth)\s+(?:[A-Za-z][a-z]+\s+)?(?P<head>%s)(?![\w-])(?![’']\w)"  # ("countries’")


def _alternation(template: str, words: dict) -> re.Pattern | None:
    if not words:
        return None
    return re.compile(template % "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=8192)
def _case_rule(alias: str) -> int:
    """0: any case; 1: capitalised like a name; 2: an acronym, written exactly."""
    letters = [c for c in alias if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return 2
    return 1 if alias[:1].isupper() else 0


def _case_ok(original: str, alias: str) -> bool:
    rule = _case_rule(alias)
    if rule == 2:
        return original == alias or original.replace(".", "") == alias.replace(".", "")
    if rule == 1:
        return original[:1].isupper() or original[:1].isdigit()
    return True


class _Collector:
    """Accumulates actors and their mentions in article order."""

    def __init__(self, kb: Knowledge, starts: list[int], role_words: frozenset = frozenset(),
                 org_suffixes: dict | None = None, text: str = ""):
        self.kb = kb
        self.text = text
        self.role_words = role_words
        self.org_suffixes = org_suffixes or {}
        self.starts = starts
        self.records: dict[str, ActorRecord] = {}
        self.taken: list[tuple[int, int]] = []
        self.mention_starts: dict[str, set[int]] = {}  # per record, where its mentions start (one per start)

    def sentence(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span already taken (kept sorted by start)."""
        i = bisect_right(self.taken, (start, float("inf")))
        if i > 0 and self.taken[i - 1][1] > start:
            return True
        return i < len(self.taken) and self.taken[i][0] < end

    def release(self, start: int, end: int) -> None:
        """Forget the mentions inside [start, end): a longer name there wins ("Doha Capital
        Holding" is a company, not Doha acting)."""
        for record_id, record in list(self.records.items()):
            kept = [mm for mm in record.mentions if not (start <= mm.start and mm.end <= end)]
            if len(kept) != len(record.mentions):
                record.mentions = kept
                self.mention_starts[record_id] = {mm.start for mm in kept}
            if not record.mentions:
                del self.records[record_id]
        self.taken = [(a, b) for a, b in self.taken if not (start <= a and b <= end)]

    def add(self, actor: ActorDef, text: str, start: int, end: int, kind: str, *, known=True,
            role=None, affiliation=None) -> ActorRecord:
        record = self.records.get(actor.id)
        if record is None:
            record = ActorRecord(actor.id, actor.name, actor.type, actor.iso3, known=known,
                                 role=role, affiliation=affiliation)
            self.records[actor.id] = record
        record.role = record.role or role
        record.affiliation = record.affiliation or affiliation
        starts = self.mention_starts.setdefault(actor.id, set())
        if start not in starts:
            starts.add(start)
            record.mentions.append(Mention(text, start, end, self.sentence(start), kind))
            insort(self.taken, (start, end))
        return record


def find_actors(article: Article, kb: Knowledge, quotes: list[QuoteRecord]) -> tuple[list[ActorRecord], list[Place]]:
    m = _matcher(kb)
    text = article.text
    folded = fold_text(text)
    starts = [s.start for s in article.sentences]
    col = _Collector(kb, starts, m.role_words, m.suffix_types, text)
    places: list[Place] = []

    for start, end, surface in _known_spans(m, text, folded):
        actor = kb.actors[surface.actor]
        sentence_text = _sentence_text(article, col.sentence(start))
        before = text[max(0, start - 40):start].rpartition("\n")[2]  # a heading above is not "in Kabul"
        if (surface.kind in ("capital", "metonym") and (m.place_before.search(before) or _PACT_NAMED.match(text, end))) \
                or _LOCATED.match(text, end) \
                or _FEATURE_OF.search(before) or _FEATURE_AFTER.match(text, end):  # "the Gulf of Oman", "the South China Sea"
            places.append(Place(text[start:end], actor.iso3, text[start:end], start, end, col.sentence(start)))
            continue
        other = kb.ambiguous.get(surface.text)
        if other and any(_cue_fits(text, cue, surface.text, start) if surface.text in cue else cue in sentence_text
                         for cue in other.get("cues", [])):
            places.append(Place(other["as"]["name"], None, text[start:end], start, end, col.sentence(start)))
            continue
        if surface.kind == "demonym":
            if _unnamed_firm(text, end, m.state_nouns) or _REGION_BEFORE.search(text, max(0, start - 8), start):
                continue  # (a "South American country" is no American one)
            group = _demonym_group(m, text, end)
            if group is not None:
                phrase_end, noun = group
                if noun in _COMPANY_NOUNS and _NAMES_AFTER.match(text, phrase_end):
                    continue  # "two Russian fishing companies, Kolafish and Barents Trawl Holding": the names
                phrase = text[start:phrase_end]
                group_type = "company" if noun in _COMPANY_NOUNS else "other"
                col.add(ActorDef(slug(phrase), phrase, group_type, None), phrase, start, phrase_end,
                        "demonym_group", known=False, affiliation=actor.name)
                continue
        col.add(actor, text[start:end], start, end, surface.kind)

    _acronyms(m, text, col)
    _people(m, article, col, quotes)
    _organisations(m, text, col)
    _described_organisations(m, text, folded, col)
    _subject_groups(m, text, col)
    _surnames(text, col)
    _short_names(text, col)
    _companies_not_people(col)
    _described_before_named(text, col)
    _national_firm_described(text, col)
    _anaphors(m, article, col, places)
    # the agency that published the story ("... seen by Steppe Wire") is no actor in it
    publisher = fold(article.meta.source or "")
    records = [r for r in col.records.values() if r.mentions and not (publisher and fold(r.name) == publisher)]
    for r in records:
        r.mentions.sort(key=lambda mention: mention.start)
    records.sort(key=lambda r: (-len(r.mentions), r.mentions[0].start))
    return records, places


# what an unnamed group opening a sentence does when it is an actor of the story: "Opposition
# parties accused the government ...", "Garment unions have urged Brussels ..."
_GROUP_ACTS = (r"accused|accuse|accuses|urged|urge|urges|protested|protest|complained|complain|demanded|demand|"
               r"called\s+on|called\s+for|rejected|reject|criticised|criticized|condemned|blocked|block|boycotted|"
               r"boycott|staged|sued|filed|opposed|oppose|marched|petitioned|challenged|vowed|threatened")
_NOT_SUBJECT_GROUPS = frozenset({"analysts", "experts", "people", "officials", "diplomats", "scholars", "media"})


@lru_cache(maxsize=8)
def _subject_group_re(nouns: frozenset) -> re.Pattern:
    alt = "|".join(re.escape(n) for n in sorted(nouns - _NOT_SUBJECT_GROUPS, key=len, reverse=True))
    return re.compile(rf"(?P<name>[{_UPPER}][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,2}}?\s+(?:{alt})(?:\s+in\s+[{_UPPER}][\w-]+)?)"
                      rf"(?=\s*,\s*(?:which|who)\s|\s+(?:have\s+|has\s+|had\s+|also\s+|repeatedly\s+)?(?:{_GROUP_ACTS})\b)")


def _subject_groups(m: _Matcher, text: str, col: _Collector) -> None:
    """An unnamed group that opens a sentence and acts in it ("Farmers' unions in Punjab accused
    New Delhi ...", "Opposition parties, which have staged protests, ...") is an actor of its own."""
    pattern = _subject_group_re(m.group_nouns)
    for start in col.starts:
        gm = pattern.match(text, start)
        if gm is None or col.overlaps(gm.start("name"), gm.end("name")) or gm.group("name").split()[0] in _NOT_ORG_START:
            continue
        name = gm.group("name")
        col.add(ActorDef(slug(name), name, "other", None), name, gm.start("name"), gm.end("name"), "name", known=False)


_COMPANY_NOUNS = frozenset({"companies", "firms", "businesses", "banks", "lenders", "refiners", "refineries",
                            "producers", "manufacturers", "shipowners", "operators", "carriers", "insurers"})
# plural nouns a list of named firms stands in apposition to: "two Russian fishing companies, X and Y"
FIRM_PLURALS = "companies|firms|groups|banks|lenders|operators|entities|shipowners|traders|refiners|insurers|subsidiaries"
_AFTER_PLURAL_FIRMS = re.compile(rf"\b(?:{FIRM_PLURALS}),\s+(?:the\s+)?$")
_NAMES_AFTER = re.compile(r",\s+(?:[A-Z][\w’'&.-]*\s+){0,4}?[A-Z][\w’'&.-]*,?\s+and\s+[A-Z]")


def _demonym_group(m: _Matcher, text: str, end: int) -> tuple[int, str] | None:
    """"Chinese investors", "Pakistani textile exporters": a demonym, up to two modifiers and a
    plural noun naming people or firms is a group of its own, not the state. A state noun
    ("officials", "forces") first means the state acting."""
    pos = end
    for _ in range(3):
        word = re.match(r"[ \u00a0-]+([a-z][\w-]*)", text[pos:pos + 40])
        if not word:
            return None
        noun = word.group(1).lower()
        pos += word.end()
        if noun in ("state", "state-owned", "state-run") and re.match(
                r"[ \u00a0-]+(?:banks|companies|firms|lenders|enterprises|refiners|insurers|investors)\b", text[pos:pos + 20]):
            continue  # "Chinese state banks": the state's firms are a group of their own
        if noun in m.state_nouns or noun in _NOT_MODIFIERS:
            return None  # "North Korean coal to buyers": the group ends before a function word
        if noun in m.group_nouns or noun in _COMPANY_NOUNS or (
                re.search(r"(?:ers|ors|ists|ants)$", noun) and len(noun) > 5 and noun not in _NOT_PEOPLE):
            return pos, noun
    return None


# last words of capitalised phrases that are events, places or documents, not people
_NOT_SURNAMES = frozenset("""War Wars Sea Ocean River Gulf Strait Canal Road Street Square Day Agreement Treaty Accord
    Summit Forum Conference Initiative Corridor Route Basin Valley Desert Mountains Islands Island Peninsula Province
    Region Act Law Plan Programme Program Project Fund Prize Cup Games Olympics Revolution Spring Declaration""".split())
def _unnamed_firm(text: str, end: int, state_nouns: frozenset = frozenset()) -> bool:
    """"a Canadian miner", "a Russian gold company": a firm of that nationality, no name after it
    (but "the Egyptian central bank" is the state's)."""
    words = re.match(r"[ \u00a0-]+([a-z][\w-]*)(?:[ \u00a0-]+([a-z][\w-]*))?", text[end:end + 40])
    if not words or f"{words.group(1)} {words.group(2)}" in state_nouns:
        return False
    for group in (1, 2):
        if words.group(group) in _FIRM_NOUNS:
            return not re.match(r"[ \u00a0]+[A-Z]", text[end + words.end(group):end + words.end(group) + 2])
    return False


# function words that end a demonym phrase, and plural nouns ending like "-ers" that name no people
_NOT_MODIFIERS = frozenset("to of in for and or from with by on at the a an is are was were has have had as".split())
_NOT_PEOPLE = frozenset("""transfers orders borders waters powers numbers matters letters centers centres papers
    offers quarters headquarters chambers barriers containers towers rivers filters plants grants layers
    corners computers registers chapters members-only trawlers tankers carriers bombers""".split())
# "a Canadian miner", "a little-known Russian company": an unnamed firm of that nationality, not the state
_FIRM_NOUNS = frozenset("""miner carmaker automaker firm company lender bank insurer operator developer
    conglomerate giant producer manufacturer refiner shipper trader investor utility startup exporter
    importer contractor consultancy shipowner""".split())


def _cue_fits(text: str, cue: str, name: str, start: int) -> bool:
    """A cue that holds the name itself ("Niger River") reads only that mention as the place, not
    the state named elsewhere in the sentence."""
    at = cue.find(name)
    return text.startswith(cue, start - at) if at <= start else False


def _sentence_text(article: Article, index: int) -> str:
    return article.sentences[index].text if article.sentences else article.text


def _known_spans(m: _Matcher, text: str, folded: str):
    candidates = []
    for end_index, (length, surfaces) in m.automaton.iter(folded):
        start, end = end_index - length + 1, end_index + 1
        if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
            continue
        if end < len(folded) and folded[end].isalnum():
            continue
        original = text[start:end]
        fitting = [s for s in surfaces if _case_ok(original, s.text)]
        if fitting:
            candidates.append((start, end, fitting))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    spans, last_end, shared = [], -1, False
    for start, end, fitting in candidates:
        if start >= last_end:
            last_end = end
            spans.append((start, end, fitting))
            shared = shared or len(fitting) > 1
    if not shared:
        for start, end, fitting in spans:
            yield start, end, fitting[0]
        return
    named = {f[0].actor for _, _, f in spans if f[0].kind in ("name", "alias")}  # the actors named by name or alias
    for start, end, fitting in spans:
        surface = fitting[0]
        if len(fitting) > 1 and surface.kind == "demonym":
            surface = next((s for s in fitting if s.kind == "demonym" and s.actor in named), surface)
        yield start, end, surface


def _known_actor(col: _Collector, name: str) -> ActorDef | None:
    return col.kb.actor_by_name(name)


def _affiliation_in(col: _Collector, start: int, end: int) -> str | None:
    for record in col.records.values():
        for mention in record.mentions:
            if start <= mention.start and mention.end <= end and record.type != "person":
                return record.name
    return None


def _acronyms(m: _Matcher, text: str, col: _Collector) -> None:
    """"Full Name (ACR)": the acronym names the same actor. A known actor, a state's organ
    ("the Philippine Coast Guard (PCG)" → the Philippines) or an organisation-like name
    ("... Partners", "... Forces") makes an actor; a project or a place ("the Northern Sea Route
    (NSR)") does not."""
    for match in _acronym_matches(text):
        full = _acronym_full(col, re.sub(r"^(?:The|the)\s+", "", match.group("full")), match.group("acr"))
        acr = match.group("acr")
        known = _known_actor(col, full) or _known_actor(col, acr) or _state_organ(m, col, full)
        if known is None:
            org_word = next((w for w in reversed(full.split()) if w in m.suffix_types), None)
            if org_word is None:
                continue
            actor = ActorDef(slug(full), full, m.suffix_types[org_word], None)
            fs = match.start("full") + match.group("full").find(full)
            col.release(fs, match.end("full"))  # "the Central African Forest Initiative (CAFI)": no state inside
            col.add(actor, full, fs, match.end("full"), "name", known=False)
        else:
            actor = known
            # "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)": the
            # full name is that actor too, not the UN plus an unknown office
            fs = match.start("full") + match.group("full").find(full)
            col.release(fs, match.end("full"))
            col.add(actor, full, fs, match.end("full"), "name", known=True)
        for am in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            if not col.overlaps(am.start(), am.end()):
                col.add(actor, acr, am.start(), am.end(), "acronym", known=known is not None)


_PAREN_ACRONYM = re.compile(r"\s\([A-Z][A-Za-z0-9&+-]{1,9}\)")


def _acronym_matches(text: str):
    """_ACRONYM's matches, left to right, found from each "(ACR)" backwards instead of trying
    every capitalised word of the article (same matches, far fewer attempts)."""
    last = 0
    for pm in _PAREN_ACRONYM.finditer(text):
        if pm.start() < last:
            continue
        match = _ACRONYM.search(text, max(last, pm.start() - 240), pm.end())
        while match is not None and match.end() != pm.end():
            match = _ACRONYM.search(text, match.end(), pm.end())
        if match is not None:
            last = match.end()
            yield match


_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")


def _acronym_full(col: _Collector, full: str, acr: str) -> str:
    """"Guinea and the Economic Community of West African States (ECOWAS)": the name the acronym
    stands for starts after the "and" when the words after it spell it or name a known actor."""
    for joint in _AND_THE.finditer(full):
        rest = full[joint.end():]
        initials = "".join(w[0] for w in rest.split() if w not in ("of", "for", "and", "the", "on", "de"))
        if initials.upper() == acr.upper() or _known_actor(col, rest) is not None:
            return rest
    return full


_BANK_OF = re.compile(r"(?:(?:Reserve|Central|National|People's|People’s|Export-Import|Exim)\s+)?Bank\s+of\s+(?:the\s+)?(.+)$")
_ORGAN_OF = re.compile(r"(.+?)\s+(?:Department|Ministry)\s+of\s+[A-Z]")
_POSSESSIVE_END = re.compile(r"(?:’s|'s)$")


def _state_organ(m: _Matcher, col: _Collector, full: str) -> ActorDef | None:
    """"China Coast Guard", "India's Border Security Force": the state acting through an organ."""
    organ_of = _BANK_OF.match(full) if "Bank" in full else None
    if organ_of:  # "the Reserve Bank of India (RBI)", "the Export-Import Bank of Korea", "the Bank of Japan"
        state = col.kb.actor_by_name(organ_of.group(1))
        if state is not None and state.type == "state":
            return state
    organ_named = _ORGAN_OF.match(full) if "of" in full else None
    if organ_named:  # "the US Department of Energy", "Brazil's Ministry of Mines"
        head = _POSSESSIVE_END.sub("", organ_named.group(1))
        state = col.kb.actor_by_name(head) or _demonym_state(col, head)
        if state is not None and state.type == "state":
            return state
    words = full.split()
    for cut in (1, 2, 3):
        rest = " ".join(words[cut:])
        if rest in m.state_organs:
            head = _POSSESSIVE_END.sub("", " ".join(words[:cut]))
            state = col.kb.actor_by_name(head) or _demonym_state(col, head)
            if state is not None and state.type == "state":
                return state
    return None


def _demonym_state(col: _Collector, word: str) -> ActorDef | None:
    key = fold(word)
    for surface in col.kb.surfaces:
        if surface.kind == "demonym" and fold(surface.text) == key:
            return col.kb.actors[surface.actor]
    return None


def _peel_title(name: str, role_words) -> tuple[str, str | None, int]:
    """"Mining Minister Oyunchimeg Bat-Erdene", "Cabinet Secretary Wanjiru Kamau": the name after
    the last title word, when a first and last name remain; with the title and its offset."""
    tokens = name.split()
    for i in range(len(tokens) - 3, -1, -1):
        if tokens[i].lower().rstrip(".") in role_words and all(t[:1].isupper() for t in tokens[:i + 1]):
            rest = " ".join(tokens[i + 1:])
            return rest, " ".join(tokens[:i + 1]), name.find(rest)
    return name, None, 0


# words of a body's or a portfolio's name, never of a person's
_BODY_WORDS = frozenset("""Administration Ministry Department Office Bureau Agency Commission Authority Service
    Directorate Inspectorate Customs Resources Affairs Defence Defense Finance Interior Treasury Assembly Secretariat
    Committee Council Forces Army Navy Guard Police Corporation Company""".split())


def _person(col: _Collector, name: str, start: int, role: str | None, affiliation: str | None):
    name = name.strip()
    if name.split()[-1] in col.org_suffixes or name.split()[-1] in _NOT_SURNAMES or name.split()[0] in _NOT_FIRST_NAMES:
        return None  # "a spokesman for Lusail Investment": an organisation; "the Cold War": an event; "The Guards"
    if len(name.split()) >= 3 and re.search(r"\bfor\s+(?:the\s+)?$", col.text[max(0, start - 9):start]):
        # "Ambassador for the Oceans Claire Vautrin": the portfolio's word, then the name
        start, name = start + len(name.split()[0]) + 1, name.split(" ", 1)[1]
    peeled, title, offset = _peel_title(name, col.role_words)
    if title:
        name, start, role = peeled, start + offset, role or title
    words = name.split()
    cut = max((i for i, w in enumerate(words) if w in _BODY_WORDS), default=-1)
    if cut >= 0:
        # "General Administration of Customs" names a body; "Minister for Mineral Resources Naja
        # Kleist": the portfolio, then the person
        if len(words) - cut - 1 < 2:
            return None
        rest = " ".join(words[cut + 1:])
        start, role, name = start + name.rfind(rest), role or " ".join(words[:cut + 1]), rest
    if col.overlaps(start, start + len(name)) or _known_actor(col, name):
        return None
    if " " not in name:  # a surname alone joins the person introduced with the full name
        full = next((r for r in col.records.values() if r.type == "person" and r.name.split()[-1] == name), None)
        if full is not None:
            return col.add(ActorDef(full.id, full.name, "person"), name, start, start + len(name), "surname", known=False)
    actor = ActorDef(slug(name), name, "person", None)
    return col.add(actor, name, start, start + len(name), "name", known=False, role=role,
                   affiliation=affiliation or _affiliation_before(col, start))


# between a state and a person's name: "Brazil|'s foreign minister, |Mauro Vieira", "French| Agriculture Minister |Sophie Marchand"
_POSSESSED_ROLE = re.compile(r"(?:’s|'s)(?:[ \u00a0]+[a-z][\w-]*){1,4},?[ \u00a0]+$")
_ROLE_AFTER_DEMONYM = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*){1,3},?[ \u00a0]+$")  # "her Finnish counterpart, Jukka Mäkelä"
_TITLE_WORDS = re.compile(r"(?:[ \u00a0]+[A-Z][\w-]*){1,4}[ \u00a0]+$")


def _affiliation_before(col: _Collector, start: int) -> str | None:
    """The state or body that a title or role right before a name belongs to."""
    best = None
    for record in col.records.values():
        if record.type == "person":
            continue
        for mention in record.mentions:
            if start - 60 <= mention.end <= start and (best is None or mention.end > best[0].end):
                best = (mention, record)
    if best is None:
        return None
    gap = col.text[best[0].end:start]
    words = [w.lower().strip(".,") for w in gap.split()]
    if _POSSESSED_ROLE.fullmatch(gap) or ((_TITLE_WORDS.fullmatch(gap) or (
            best[0].kind == "demonym" and _ROLE_AFTER_DEMONYM.fullmatch(gap))) and any(w in col.role_words for w in words)):
        return best[1].name
    return None


def _people(m: _Matcher, article: Article, col: _Collector, quotes: list[QuoteRecord]) -> None:
    text = article.text
    for comma in _APPOSITION_START.finditer(text):
        match = m.apposition_re.match(text, comma.start())
        if not match:
            continue
        name = _NAME_BEFORE.search(text, max(0, comma.start() - 80), comma.start())
        if not name:
            continue
        role = match.group("role").strip()
        _person(col, name.group("name"), name.start("name"), role,
                _affiliation_in(col, match.start("role"), match.end("role")))
    for match in _NAME_IN_COMMAS.finditer(text):  # "Uzbekistan's mining minister, Bobur Tursunov, said"
        role = _ROLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if role and role.group("word").lower() in m.role_words and match.group("name").split()[0] not in _NOT_FIRST_NAMES:
            _person(col, match.group("name"), match.start("name"), role.group("role"),
                    _affiliation_in(col, role.start(), role.end()))
    for match in _speech_names(text):  # "said Meron Tesfaye, who ...", "Meron Tesfaye said"
        tokens = match.group("name").split()
        role = []
        while tokens:  # "Under Secretary Mark Delaney said", "Energy Minister Kemal Aydoğan said"
            span = next((n for n in (3, 2, 1) if len(tokens) > n and
                         " ".join(tokens[:n]).lower().rstrip(".") in m.role_words), 0)
            if not span and tokens[0] in _TITLE_PREFIXES:
                span = 1
            if not span:
                break
            role.extend(tokens[:span])
            del tokens[:span]
        if len(tokens) < 2 or tokens[0] in _NOT_FIRST_NAMES:
            continue
        if not role and re.search(r"\b(?:in|at|from|near|outside|based\s+in)\s+$", text[max(0, match.start("name") - 12):match.start("name")]):
            continue  # "Diplomats in New York said", "based in New Jersey, said": a place, not a speaker
        portfolio = any(w in _BODY_WORDS for w in tokens[:-2])  # "Minister for Mineral Resources Naja Kleist"
        if not portfolio and _INSIDE_APPOSITION.search(text, max(0, match.start("name") - 50), match.start("name")):
            continue  # "an analyst at the consultancy Qazaq Grid Insight, said": the employer, not the speaker
        name = " ".join(tokens)
        _person(col, name, match.start("name") + match.group("name").find(name), " ".join(role) or None, None)
    for start, _end, _value in m.title_starts.finditer(fold_text(text)):
        match = m.title_re.match(text, start)
        if not match:
            continue
        tokens = match.group("name").split()
        while tokens and tokens[-1].lower() in m.role_words:
            tokens.pop()
        if not tokens or (len(tokens) == 1 and match.group("title")[0].islower()):
            continue
        affiliation = _affiliation_in(col, max(0, match.start() - 60), match.start())
        _person(col, " ".join(tokens), match.start("name"), match.group("title"), affiliation)
    for quote in quotes:
        if quote.speaker_kind != "named" or not quote.speaker:
            continue
        if quote.speaker.lower() in (r.name.lower() for r in col.records.values()):
            continue
        idx = text.find(quote.speaker, quote.end)
        if idx < 0:
            idx = text.rfind(quote.speaker, 0, quote.start)
        if idx >= 0:
            _person(col, quote.speaker, idx, quote.speaker_role, quote.affiliation)


def _speech_names(text: str):
    """Name matches next to a speech verb; the verbs are found first, then the names near them."""
    for verb in _SPEECH_AT.finditer(text):
        after = _SAID_NAME.match(text, verb.start())
        if after:
            yield after
        before = _NAME_THEN_SAID.search(text, max(0, verb.start() - 70), verb.start())
        # "Samuel Mwesigwa, who directs the group Albertine Rights Watch, said": the name before
        # "who" is the speaker, the name inside the clause is not
        lo = max(0, verb.start() - 160)
        who = _NAME_WHO_SAID.search(text, lo, verb.start()) if text.find(", who ", lo, verb.start()) >= 0 else None
        if who:
            yield who
        elif before:
            yield before


def _org_candidates(m: _Matcher, text: str):
    """(start, end, name) of organisation-like names: "Ministry of ..." and "... Suffix"."""
    for match in m.org_of_re.finditer(text):
        start = match.start("org")
        if match.group("org").split()[0] in _HEADS_NAMED_AFTER_WORDS:
            # "the Danube Institute for European Affairs", "the Mineworkers Union of Namibia": capitalised
            # words before the head
            before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
            start = before.start() if before else start
        yield start, match.end("org"), text[start:match.end("org")]
    for start, end, written in m.org_re.finditer(fold_text(text)):
        if text[start:end] not in written or _UPPER_NEXT.match(text, end):
            continue  # "group" in lower case names nothing; "Energy Minister" goes on
        head = _ORG_HEAD.search(text, max(0, start - 120), start)
        if head:
            begin = head.start()
            of = _last_of(text[begin:end])
            if of is not None and _FEATURE_OF.search(text, begin, begin + of.end()):
                of = _last_of(text[begin:begin + of.start()])  # "the Gulf of Guinea Risk Monitor": a sea's "of" stays
            if of is not None and len(text[begin + of.end():end].split()) >= 2 and not any(
                    w in m.suffix_types or w in _OF_HEADS for w in text[begin:begin + of.start()].split()):
                begin += of.end()  # "Amal Idris of the Horn Policy Institute": the institute alone
            yield begin, end, text[begin:end]


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _last_of(phrase: str) -> re.Match | None:
    """The last " of (the) " in the phrase ("Amal Idris of the Horn Policy Institute")."""
    matches = list(_OF.finditer(phrase))
    return matches[-1] if matches else None


# words that take "of" inside an organisation's name ("Commercial Bank of Ethiopia Holdings")
_OF_HEADS = frozenset("""Bank Ministry University Institute Council Commission Organisation Organization Union
    Office Agency Committee Centre Center Academy Department Federation Court Republic State States""".split())
_MEMBERS_OF = frozenset("Federation Confederation Association Union Chamber Council".split())
_MEMBERS_WORD = re.compile(r"[a-z]ers[’']?\s+Union$")  # "Mineworkers Union", "Farmers' Union"
_OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\b")
_NAMED_BEFORE_HEAD = frozenset("Institute University Council Centre Center Academy Court Federation Chamber Bank".split())
_HEADS_NAMED_AFTER_WORDS = _NAMED_BEFORE_HEAD | _MEMBERS_OF  # capitalised words before them belong to the name
_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'-]+[ \u00a0]+){1,3}$")
_UPPER_NEXT = re.compile(rf"[ \u00a0]+(?:&[ \u00a0]+)?[{_UPPER}]")  # (a line break ends a name; "Engineering & Construction" goes on)
_ORG_PREFIX = re.compile(rf"^(?:(?:The|the|A|An)\s+|(?:[A-Z][\w.-]*\s+){{0,2}}[\w.-]+[’']s\s+|"
                         rf"(?:[A-Z][\w.]*\s+){{0,2}}[A-Z][\w.]*(?:-[A-Z][\w.]*)*{_LOCATED.pattern}\s+)+")


def _organisations(m: _Matcher, text: str, col: _Collector) -> None:
    for raw_start, _raw_end, raw in _org_candidates(m, text):
        # "Japan's Kanemori Trading", "Nairobi-based Lakeside Risk Advisory": the name proper
        org = _ORG_PREFIX.sub("", raw).strip()
        if " and " in org:
            first, second = org.rsplit(" and ", 1)
            first = _ORG_PREFIX.sub("", first).strip()
            alone = _named_alone(text, first) or _AFTER_PLURAL_FIRMS.search(text, max(0, raw_start - 40), raw_start)
            if alone or first.split()[-1] in m.suffix_types or (len(first.split()) >= 2 and len(second.split()) >= 2):
                # "X Sigorta and Y Marine", "the Eventide Star and Meridian Sea Management": two names
                # (but "the Bill and Melinda Gates Foundation" is one)
                org = _ORG_PREFIX.sub("", second).strip()
            if alone and first[:1].isupper():
                # "Kolafish and Barents Trawl Holding", with "Kolafish said" further on: Kolafish is a
                # company of its own
                alone_actor = ActorDef(slug(first), first, m.suffix_types.get(org.split()[-1], "other"), None)
                for nm in re.finditer(rf"(?<![\w’'-]){re.escape(first)}(?![\w-])", text):
                    if not col.overlaps(nm.start(), nm.end()):
                        col.add(alone_actor, first, nm.start(), nm.end(), "name", known=False)
        if org in m.state_organs or org.startswith(("Ministry of", "Department of")):
            continue  # "the Foreign Ministry": the state's own organ, named by the state nearby
        if _state_organ(m, col, org) is not None:
            continue  # "the Reserve Bank of India": the state's central bank, India acting
        start = raw_start + raw.find(org)
        end = start + len(org)
        if len(org.split()) < 2:
            continue
        suffix = org.split()[-1]
        org_type = m.suffix_types.get(suffix, "other")
        if org_type == "igo" and (_state_at(col, start) or _MEMBERS_WORD.search(org)):
            # "the Irish Fiscal Advisory Council": a national body, no IGO; "the Mineworkers Union": a
            # union of workers, no union of states
            org_type = "other"
        if suffix in _MEMBERS_OF:
            place = _OF_PLACE_AFTER.match(text, end)
            state = col.kb.actor_by_name(place.group("place")) if place else None
            if state is not None and state.type == "state":
                end = place.end()  # "the Mineworkers Union of Namibia": the union's name runs on to its country
                org = text[start:end]
        if col.overlaps(start, end):
            if not _place_named_org(col, text, org, start, end):
                continue
            col.release(start, end)
        first = org.split()[0]
        if first in ("At", "In", "On", "But", "And", "As", "When", "While", "If", "For"):
            continue
        if _title_case_line(text, start) and text.count(org) < 2:
            continue  # "Central Asia: Russia’s Bold New Alliance": a headline's capitals name nothing
        actor = ActorDef(slug(org), org, org_type, None)
        col.add(actor, org, start, end, "name", known=False)


def _state_at(col: _Collector, start: int) -> bool:
    """A state's name or demonym opens the span at ``start``."""
    return any(r.type == "state" and any(mm.start == start for mm in r.mentions) for r in col.records.values())


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a title-case headline: no closing full stop, and most of
    its longer words capitalised."""
    end = text.find("\n", pos)
    line = text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]
    if line.rstrip().endswith((".", "”", '"')):
        return False  # a sentence of the text, not a headline
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _named_alone(text: str, name: str) -> bool:
    """The name is written elsewhere on its own as a party that speaks or owns ("Kolafish said",
    "Kolafish's vessels"), not only as the first half of "X and Y Holding"."""
    if not name or name.split()[0] in _NOT_ORG_START or text.count(name) < 2:
        return False  # (written once: only in "X and Y Holding" itself)
    return re.search(rf"(?<![\w’'-]){re.escape(name)}(?:[’']s\b|\s+(?:said|says|has|had|is|was|will|would|"
                     rf"denied|denies|added|argued|told)\b)", text) is not None


_NOT_ORG_START = frozenset("""The A An This That These Those It Its He She They We His Her Their Our But And Or
    In On At For By With From As When While If After Before Under Over Both Some Many Most Other Several
    Mr Mrs Ms Dr President Minister""".split())


_GENERIC_BODIES = frozenset("Government Ministry Army Council Parliament Court Committee Authority Agency".split())


def _described_organisations(m: _Matcher, text: str, folded: str, col: _Collector) -> None:
    """Organisations that no suffix gives away, named beside a noun that describes them
    ("Eurocacao, the chocolate industry's lobby", "the Italian company Lagunare Energia",
    "Bogotá-based Andina Riesgo"); every later use of the same name is a mention."""
    found: dict[str, str] = {}
    corporate = m.corporate_nouns

    def take(name: str, start: int, org_type: str | None, noun: str = "") -> None:
        if name.split()[0] in _NOT_ORG_START or name in found or name in _GENERIC_BODIES:
            return  # ("Tripoli-based Government of National Unity": not "Government")
        if col.overlaps(start, start + len(name)):
            # a speaker taken for a person, described by a noun that never describes one, is the organisation
            person = next((r for r in col.records.values() if r.type == "person" and r.name == name and r.role is None
                           and noun in corporate), None) if noun else None
            if person is None:
                return
            for mm in list(person.mentions):
                col.release(mm.start, mm.end)
        found[name] = m.suffix_types.get(name.split()[-1]) or org_type or "company"  # the name's own word first

    if m.org_noun_matcher is not None:
        for start, end, noun in m.org_noun_matcher.finditer(folded):
            if isinstance(noun, tuple):  # "the Viv Ansanm gang", "Viv Ansanm fighters"
                if text[start:end] != noun[1]:
                    continue
                named = _NAME_BEFORE_HEAD.search(text, max(0, start - 60), start)
                if named and (named.group("the") or _named_mid_sentence(text, named.group("name"))):
                    take(named.group("name"), named.start("name"), "non_state_group")
                before = _ORG_APPOSITION.search(text, max(0, start - 100), start)
                if before and _APPOSITION_END.match(text, end):  # "the Clan del Golfo, the armed group that ..."
                    take(before.group("name"), before.start("name"), "non_state_group")
                continue
            if text[start:end] != noun:
                continue  # "Group" inside a name is no describing noun
            before = _ORG_APPOSITION.search(text, max(0, start - 100), start)
            if before and _APPOSITION_END.match(text, end):
                take(before.group("name"), before.start("name"), m.org_nouns[noun], noun)
                if before.group("first") and noun.endswith("s"):  # "A and B, two of Japan's largest makers"
                    take(before.group("first"), before.start("first"), m.org_nouns[noun])
            after = _NAME_AFTER.match(text, end)
            if after and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "’'-")):
                take(after.group("name"), after.start("name"), m.org_nouns[noun])
    pos = text.find("-", 0)
    while pos >= 0:
        located = _LOCATED_NAME.match(text, pos)
        if located:
            take(located.group("name"), located.start("name"), None)
        pos = text.find("-", pos + 1)
    for name, org_type in found.items():
        longer = next((r for r in col.records.values() if r.type != "person" and r.name.startswith(name + " ")), None)
        # a headline's "Aegean Gateway" is the "Aegean Gateway Ports" the story names in full
        actor = ActorDef(longer.id, longer.name, longer.type, longer.iso3) if longer else ActorDef(slug(name), name, org_type, None)
        for nm in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w-])", text):
            if not col.overlaps(nm.start(), nm.end()):
                col.add(actor, name, nm.start(), nm.end(), "name", known=False)


def _named_mid_sentence(text: str, name: str) -> bool:
    """The name is written more than once, once at least after a lower-case word (so that it is no
    capitalised first word of a sentence: "Armed gangs")."""
    return text.count(name) >= 2 and re.search(rf"\b[a-z]+[ \u00a0]+{re.escape(name)}\b", text) is not None


# a company's description in apposition after its first name: "Southern Cross Rare Earths, an
# Australian miner listed in Sydney," (the words up to where the apposition goes on or ends)
_DESCRIPTION_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?P<desc>(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*)(?=\s*[,.;]|\s+(?:that|which|who|"
                                r"based|listed|with|in|of|owned|controlled|backed|whose|from|for)\b)")
_SAME_HEAD = {"firm": "company", "company": "company", "group": "company"}
_DESCRIBED_WORDS = re.compile(r"(?:[\w’'-]+[ \u00a0]+){0,2}$")


def _described_before_named(text: str, col: _Collector) -> None:
    """A headline or lead that describes a company the story names only later ("Greenland grants
    licence to Australian miner", "Netherlands picks US reactor maker") means that company, when
    its apposition uses the same noun and shares a word with the description ("Southern Cross
    Rare Earths, an Australian miner", "Keystone Atomic, a Pittsburgh-based reactor maker")."""
    companies = [r for r in col.records.values() if r.type == "company" and not r.known and r.mentions]
    heads: dict[str, list[tuple[ActorRecord, set[str]]]] = {}
    for record in companies:
        # the apposition may come with a later mention ("The Hague chooses Keystone Atomic ... The Dutch
        # government chose Keystone Atomic, a Pittsburgh-based reactor maker")
        desc = next((d for d in (_DESCRIPTION_AFTER.match(text, mm.end) for mm in sorted(record.mentions, key=lambda mm: mm.start))
                     if d is not None), None)
        if desc is None:
            continue
        words = desc.group("desc").lower().split()
        head = _SAME_HEAD.get(words[-1], words[-1])
        if head in _FIRM_NOUNS or words[-1] in _FIRM_NOUNS or words[-1].endswith("maker"):
            heads.setdefault(head, []).append((record, {w.split("-")[0] for w in words[:-1]} | set(words[:-1])))
    if not heads:
        return
    for head, candidates in heads.items():
        nouns = [n for n, h in _SAME_HEAD.items() if h == head] or [head]
        for record, modifiers in candidates:
            first = min(mm.start for mm in record.mentions)
            for hm in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, nouns))})(?![\w-])", text[:first]):
                before = _DESCRIBED_WORDS.search(text, max(0, hm.start() - 40), hm.start())  # (always matches)
                said = {w.lower().strip("’'") for w in before.group(0).split()}
                said |= {w.split("-")[0] for w in said}
                rivals = [r for r, mods in candidates if r is not record and said & mods]
                if not (said & modifiers) or rivals:
                    continue
                start = before.start()
                col.release(start, hm.end())  # "US reactor maker": the firm, not the United States
                if not col.overlaps(start, hm.end()):
                    col.add(ActorDef(record.id, record.name, record.type, record.iso3), text[start:hm.end()], start,
                            hm.end(), "description", known=False)


# a firm's noun after a demonym in a headline: "Canadian miner", "Spanish oil firm", "Chinese builder"
# the heads of a firm described by nationality in a headline: "Canadian miner", "two Japanese parts makers"
_HEADLINE_FIRMS = sorted(_FIRM_NOUNS | {"builder", "group", "maker", "shipyard", "shipbuilder", "vendor", "bidder", "rival",
                                        "champion", "mill", "venture", "airline", "carrier", "supplier", "plant"})
_NATIONAL_FIRM = re.compile(r"(?:[ \u00a0]+[a-z][\w-]*){0,2}?[ \u00a0]+(?:%s)(?P<plural>s)?\b(?![-’'])"
                            % "|".join(w for w in _HEADLINE_FIRMS))
# "Canadian", "Chinese-owned", "Turkish-Qatari", "US", "Chile's": the state that describes the firm
_DESCRIBER = re.compile(r"(?<![\w’'-])(?P<count>(?:two|three|four)[ \u00a0]+)?(?P<word>[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?|"
                        r"US|UK)(?:(?:’s|'s)(?=[ \u00a0]+(?:state|national|state-owned)\b)|-(?:owned|based|backed|run|"
                        r"controlled|[A-Z][a-z]+))?(?=[ \u00a0])")
_COUNTS = {"two": 2, "three": 3, "four": 4}
_FIRM_NAME_AFTER = re.compile(r"[ \u00a0]+([A-Z][\w’'-]+)")
# between a nationality and the firm: nothing, or words ending in a noun for a firm ("Spain's energy group X",
# not "Portugal's government chose X")
_FIRM_GAP = re.compile(r"(?:’s|'s)?\s+(?:(?:[a-z][\w-]*\s+){0,2}(?:%s)s?\s+)?" % "|".join(_HEADLINE_FIRMS))


def _national_firm_described(text: str, col: _Collector) -> None:
    """"Mali seizes gold from Canadian miner" ... "held by Canada's Laurentide Gold Corp": a headline
    that describes a firm by its nationality means the firm of that nationality the story names
    ("Canada's X", "Spanish energy group X", "X, an Australian company"); failing that, the firm
    the lead names first (news writes the headline's "Chinese builder" for the company the lead
    names); "two Japanese parts makers", the first two."""
    if len(col.starts) < 2:
        return
    headline_end = col.starts[1]
    described = []
    for dm in _DESCRIBER.finditer(text, 0, headline_end):
        firm = _NATIONAL_FIRM.match(text, dm.end(), headline_end)
        state = _describer_state(col, dm.group("word"), dm.group(0).endswith("s")) if firm is not None else None
        if state is not None and state.type == "state":
            count = _COUNTS.get((dm.group("count") or "").strip().lower(), 2 if firm.group("plural") else 1)
            described.append((dm.start("word"), firm.end(), state, count))
    if not described:
        return
    states = [(mm, r) for r in col.records.values() if r.type == "state" for mm in r.mentions if mm.kind != "anaphor"]
    nationality: dict[str, set[str]] = {}
    lead: list[tuple[int, ActorRecord]] = []
    for record in col.records.values():
        if record.type != "company" or not record.mentions:
            continue
        first = min(record.mentions, key=lambda mm: mm.start)
        if first.start < headline_end:
            continue  # named in the headline itself
        own: set[str] = set()
        for mention in record.mentions:  # "Canada's X", "Spanish energy group X"
            own |= {r.id for mm, r in states if mm.end <= mention.start and _FIRM_GAP.fullmatch(text, mm.end, mention.start)}
            desc = _DESCRIPTION_AFTER.match(text, mention.end)
            if desc is not None:  # "Southern Cross Rare Earths, an Australian company"
                own |= {r.id for mm, r in states if desc.start() <= mm.start < desc.end()}
        for state_id in own:
            nationality.setdefault(state_id, set()).add(record.id)
        if not own and first.sentence <= 3:
            lead.append((first.start, record))
    lead.sort(key=lambda x: x[0])
    companies = [r for r in col.records.values() if r.type == "company"]
    for start, end, state, count in described:
        if any(start <= mm.start < end and r.name != mm.text for r in companies for mm in r.mentions):
            continue  # already a named company's mention ("reactor maker", from "X, a reactor maker")
        named = _FIRM_NAME_AFTER.match(text, end)
        if named is not None:
            # "South Korean shipbuilder Haedong": the firm named right after, by its first word
            firms = [r.id for r in companies if r.name.split()[0] == named.group(1)]
            firms = firms if len(firms) == 1 else []
        else:
            firms = sorted(nationality.get(state.id, set()))
            if len(firms) != count:
                # none of that nationality named: the firms the lead names first, of no stated nationality
                firms = [record.id for _, record in lead[:count]] if not firms and len(lead) >= count else []
        if not firms:
            continue
        col.release(start, end)  # "Canadian miner": the firm, not Canada
        for firm_id in firms:
            record = col.records[firm_id]
            col.add(ActorDef(record.id, record.name, record.type, record.iso3), text[start:end], start, end,
                    "description", known=False)


def _describer_state(col: _Collector, word: str, owned: bool) -> ActorDef | None:
    """The state a headline's describing word names: a demonym ("Canadian"), a short name used
    as one ("US"), or a name with its "'s" ("Chile's state lithium company")."""
    found = _demonym_state(col, word)
    if found is None and (word.isupper() or owned):
        key = fold(word)
        found = next((col.kb.actors[s.actor] for s in col.kb.surfaces if s.kind in ("name", "alias") and fold(s.text) == key),
                     None)
    return found


def _companies_not_people(col: _Collector) -> None:
    """"Northstar said …", "Pacific Harbour said …": a speaker with no title whose name begins an
    organisation's name is that organisation named short, not a person."""
    orgs = [r for r in col.records.values() if r.type not in ("person", "state")]
    for record in list(col.records.values()):
        if record.type != "person" or (" " in record.name and record.role is not None):
            continue
        org = named_in_full(orgs, record.name)
        if org is not None:
            _merge_short(col, record, org)


def named_in_full(records, short: str, *, besides: ActorRecord | None = None) -> ActorRecord | None:
    """The record whose name begins with ``short`` and goes on ("Northstar" → "Northstar
    Petroleum"), if any."""
    return next((r for r in records if r is not besides and r.name.startswith(short + " ")), None)


def _merge_short(col: _Collector, short: ActorRecord, full: ActorRecord) -> None:
    """``short`` was ``full`` named short: its mentions move over, and it goes."""
    full.mentions.extend(Mention(mm.text, mm.start, mm.end, mm.sentence, "short_name") for mm in short.mentions)
    full.mentions.sort(key=lambda mm: mm.start)
    col.mention_starts.setdefault(full.id, set()).update(mm.start for mm in short.mentions)
    del col.records[short.id]
    col.mention_starts.pop(short.id, None)


def _place_named_org(col: _Collector, text: str, org: str, start: int, end: int) -> bool:
    """"Doha Capital Holding", "Uzbekistan Airways", "the Paraguayan Centre for Energy Studies": an
    organisation named after a place or people, when the place is the only actor inside the name,
    at its start, and at least two words follow it; or an institution "of" a place at its end ("the
    University of Mauritius", "the Mineworkers Union of Namibia"); or a body of a people's trades
    ("the Federation of Austrian Industries")."""
    inside = [mm for r in col.records.values() for mm in r.mentions if mm.start < end and mm.end > start]
    if len(inside) != 1:
        return False
    only = inside[0]
    if only.start > start and _FEATURE_OF.search(text, start, only.start):
        return True  # "the Gulf of Guinea Risk Monitor": the state is inside a sea's name
    if only.end == end and org.split()[0] in _NAMED_BEFORE_HEAD and " of " in org:
        return True  # "the University of Mauritius": an institution named after its place
    if only.end == end and only.start > start and org.endswith(" of " + only.text) \
            and org.split(" of ")[0].split()[-1] in _MEMBERS_OF and (state := col.kb.actor_by_name(only.text)) \
            and state.type == "state":
        return True  # "the Mineworkers Union of Namibia": a union named after its country
    if only.kind == "demonym" and only.end < end and org.split()[0] in _MEMBERS_OF \
            and re.fullmatch(r"\w+\s+of\s+(?:the\s+)?", text[start:only.start]):
        return True  # "the Federation of Austrian Industries": a body of a people's firms or trades
    return (only.start == start and only.end < end and only.kind in ("capital", "metonym", "name", "alias", "demonym")
            and re.match(r" [A-Z]", text[only.end:only.end + 2]) is not None and len(text[only.end:end].split()) >= 2)


def _surnames(text: str, col: _Collector) -> None:
    """A person introduced by full name is later named by surname: one pass for all of them."""
    people = {r.name.split()[-1]: r for r in col.records.values() if r.type == "person" and " " in r.name}
    if not people:
        return
    # a plain substring search per surname: compiling one pattern per article costs more
    for surname, record in people.items():
        start = text.find(surname, record.mentions[0].start + 1)
        while start >= 0:
            end = start + len(surname)
            whole = (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "_-"))
            if whole and not col.overlaps(start, end):
                col.add(ActorDef(record.id, record.name, "person"), surname, start, end, "surname", known=False)
            start = text.find(surname, end)


_TITLE_PREFIXES = frozenset("Under Deputy Acting Vice Assistant Chief Senior Former First Second Special".split())
_NOT_FIRST_NAMES = frozenset("""The A An This That These Those It Its He She They We His Her Their Officials Analysts
    Diplomats Sources Experts Ministers Critics Observers Residents Police Reuters Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday""".split())

_GENERIC_FIRST = frozenset("""National State Central Federal Joint New Great Royal United Islamic Asian
    European International Global World North South East West Northern Southern Eastern Western
    First General Public Private Chinese Russian American Turkish Iranian Indian""".split())


def _short_names(text: str, col: _Collector) -> None:
    """An organisation named in full once is often named by its first word later ("Huaxin
    Minerals" → "Huaxin"); a headline may name it short before the text names it in full
    ("Lusail Investment" … "Lusail Investment Holding"): one actor."""
    found = [r for r in col.records.values() if not r.known and r.type not in ("person", "state")]
    for short in found:
        full = named_in_full(found, short.name, besides=short)
        if full is not None and short.id in col.records:
            _merge_short(col, short, full)
    for record in list(col.records.values()):
        if record.known or record.type in ("person", "state") or " " not in record.name \
                or record.affiliation is not None:
            continue  # "Egyptian companies" is no name: "the Egyptian central bank" is not them
        words = record.name.split()
        first = words[0]
        if len(first) < 4 or first in _GENERIC_FIRST or not first[0].isupper() or col.kb.actor_by_name(first):
            continue
        # the longest leading part first: "Gobi Red Copper" → "Gobi Red", else "Gobi"
        prefixes = [" ".join(words[:k]) for k in range(len(words) - 1, 0, -1)]
        pattern = "|".join(re.escape(p) for p in prefixes)
        start = record.mentions[0].start
        for sm in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text):
            # a leading part of two words or more may come first (a headline's "Aegean Gateway")
            if (sm.start() > start or " " in sm.group(0)) and not col.overlaps(sm.start(), sm.end()):
                col.add(ActorDef(record.id, record.name, record.type), sm.group(0), sm.start(), sm.end(), "short_name",
                        known=False)


def _anaphors(m: _Matcher, article: Article, col: _Collector, places: list[Place]) -> None:
    text = article.text
    for start, end, (actor_type, head) in m.anaphors.finditer(fold_text(text)):
        if head is not None and text[end - len(head):end] != head:
            continue
        if col.overlaps(start, end):
            continue
        if actor_type == "epithet":  # "the kingdom"
            _refer(col, text, start, end, _epithet_state(col, start, m.epithets[fold(text[start:end])]))
        elif actor_type == "headed_igo":  # "the Commission": the body named last whose name ends so
            _refer(col, text, start, end, _headed_before(col, text[end - len(head):end], start, text))
        elif actor_type == "main_state" and (local := _officials_in(col, places, text, start)) is not None:
            _refer(col, text, start, end, local)  # "Officials in Moroni said the government had asked"
        else:
            _refer(col, text, start, end, _antecedent(col, actor_type, start, text))
    if m.modified_anaphor is not None:
        for head_start, head_end, head in m.modified_anaphor.finditer(fold_text(text)):
            if text[head_start:head_end] != head:
                continue  # the head noun in lower case: "the landlocked country", not "Country"
            mods = _ANAPHOR_MODIFIERS.search(text, max(0, head_start - 60), head_start)
            if mods is not None and not col.overlaps(mods.start(), head_end):
                _refer(col, text, mods.start(), head_end, _antecedent(col, m.anaphor_heads[head], mods.start(), text))
    if "his " in text or "her " in text:
        _own_government(col, text)
    for im in _IT_SUBJECT.finditer(text):  # "It has also lent Laos $2 billion": the last sentence's subject
        start, end = im.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "’'-_"):
            continue
        here = col.sentence(start)
        if here == 0 or col.starts[here] != start or col.overlaps(start, end):
            continue
        _refer(col, text, start, end, _subject_of(col, here - 1, text))
    for sm in _IT_AFTER.finditer(text):  # "UNSMIL said it would host talks": the one who said it
        start, end = sm.span("pronoun")
        if not _SAID_BEFORE.search(text, max(0, start - 30), start) \
                and not _JOINED_BEFORE.search(text, max(0, start - 12), start):
            continue  # ", and it has since sent troops": the sentence's subject goes on
        here = col.sentence(start)
        if col.overlaps(start, end):
            continue
        said = _SAID_BEFORE.search(text, max(0, start - 30), start)
        # "..., while Hungary has said it will block": the actor right before the speech verb
        subject = (_speaker_before(col, here, said.start(), text) if said else None) or _subject_of(col, here, text)
        if subject is not None and any(mm.sentence == here and mm.start < start for mm in subject.mentions):
            _refer(col, text, start, end, subject)
    if m.pair_anaphor is not None and ("two" in text or "oth" in text):  # "the two ...", "both ..."
        for am in m.pair_anaphor.finditer(text):
            start, end = am.span()
            if col.overlaps(start, end):
                continue
            head_kind = m.pair_heads[am.group("head")]
            kinds = (head_kind,) if head_kind in ("state", "company") else ("state", "igo", "non_state_group", "company")
            for antecedent in _last_two_before(col, kinds, start, text):  # one mention of each, on the same words
                _refer(col, text, start, end, antecedent)


# "Maharaj said his government would keep talking to Caracas": the government of the one who speaks
_HIS_GOVERNMENT = re.compile(r"(?<![\w-])h(?:is|er) (?:government|administration|country)\b")
_SAID_THAT = re.compile(r"\b(?:said|says|told|added|announced|insisted|warned)\s+(?:that\s+)?$")


def _own_government(col: _Collector, text: str) -> None:
    """"X said his government would ...": the state (or body) the speaker X belongs to."""
    by_name = None
    if "government" not in text and "administration" not in text and "country" not in text:
        return
    for hm in _HIS_GOVERNMENT.finditer(text):
        start, end = hm.span()
        said = _SAID_THAT.search(text, max(0, start - 20), start)
        if said is None:
            continue
        by_name = by_name or {record.name: record for record in col.records.values()}
        here = col.sentence(start)
        if col.overlaps(start, end):
            continue
        speakers = [(mention.start, record) for record in col.records.values() if record.type == "person"
                    for mention in record.mentions if mention.sentence == here and mention.end <= said.start()]
        if not speakers:
            continue
        speaker = max(speakers, key=lambda x: x[0])[1]
        body = by_name.get(speaker.affiliation or "")
        if body is not None and body.type in ("state", "igo", "non_state_group", "other"):
            _refer(col, text, start, end, body)


def _antecedent(col: _Collector, actor_type: str, offset: int, text: str) -> ActorRecord | None:
    """What a definite description of ``actor_type`` refers to: "the government" (main_state) is
    the state the article is about so far, but not one that acts on it in the same clause ("The
    United States has not recognised the government's claim"); "the company" the last company named."""
    if actor_type != "main_state":
        return _last_before(col, actor_type, offset, text)
    here = col.sentence(offset)
    start = col.starts[here] if col.starts else 0
    acting = {record.id for record in col.records.values() if record.type == "state" and any(
        mention.sentence == here and mention.end <= offset and mention.kind != "anaphor"
        and _ACTS_ON.fullmatch(text, mention.end, offset) for mention in record.mentions)}
    found = _main_state_before(col, offset, (lambda record: record.id not in acting) if acting else None)
    return found if found is not None or text[start:offset].strip() else _main_state_before(col, offset)


# a state named before "the government" in its clause, with a verb between and no speech verb: it acts
# on the government, so it is not that government
_ACTS_ON = re.compile(r"(?![^,;:]*\b(?:said|says|told|tells|added|announced|stated|insisted|argued|warned|claimed|"
                      r"accused|urged|called|asked|according)\b)(?:’s|'s)?\s+(?:and\s+\w+\s+)?(?:has\s+|have\s+|had\s+|also\s+|"
                      r"not\s+|never\s+|still\s+)*[a-z]+(?:ed|s)\s+(?:the\s+)?[^,;:]{0,20}?$")


_OFFICIALS_IN = re.compile(r"\b(?:[Oo]fficials|[Dd]iplomats|[Ss]ources|[Mm]inisters|[Aa]uthorities)\s+in\s+$")


def _officials_in(col: _Collector, places: list[Place], text: str, offset: int) -> ActorRecord | None:
    """"Officials in Moroni said the government had asked ...": the state of the capital the
    speakers are in, named earlier in the same sentence."""
    here = col.sentence(offset)
    for place in places:
        if place.sentence == here and place.end <= offset and place.country \
                and _OFFICIALS_IN.search(text, max(0, place.start - 20), place.start):
            return next((r for r in col.records.values() if r.type == "state" and r.iso3 == place.country), None)
    return None


def _epithet_state(col: _Collector, offset: int, codes: frozenset[str]) -> ActorRecord | None:
    """"the kingdom": of the states ``codes`` allows, the one named most often before ``offset``
    (on a tie, the one named first), leaving out those this sentence names after it ("The kingdom
    is Bahrain's closest ally": another kingdom)."""
    here = col.sentence(offset)
    return _main_state_before(col, offset, lambda record: record.iso3 in codes and not any(
        mention.kind != "anaphor" and mention.sentence == here and mention.start > offset for mention in record.mentions))


def _refer(col: _Collector, text: str, start: int, end: int, antecedent: ActorRecord | None) -> None:
    """Record the words [start, end) as a mention of ``antecedent`` (if there is one)."""
    if antecedent is not None:
        col.add(ActorDef(antecedent.id, antecedent.name, antecedent.type, antecedent.iso3),
                text[start:end], start, end, "anaphor")


# a sentence opened by "It" and a verb of action (not "It is …", often a dummy subject)
_IT_SUBJECT = re.compile(r"It(?=\s+(?:has|have|had|will|would|also|then|later|now|still|said|says|agreed|"
                         r"signed|[a-z]+ed)\b)")


# "X said it would ...", "X announced that it had ...": "it" is the sentence's subject
_IT_AFTER = re.compile(r" (?P<pronoun>it) (?:would|will|had|has|was|is|could|might|may|plans|planned|intends|"
                       r"intended|wants|wanted|hoped|hopes|did|does|expects|expected)\b")
_JOINED_BEFORE = re.compile(r",\s+(?:and|but)\s+$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|announces|added|stated|confirmed|insisted|argued|warned|declared|"
                          r"indicated|signalled|signaled)\s+(?:on\s+\w+\s+)?(?:that\s+)?$")


_OWNED = re.compile(r"(?:’s|'s)\s+")


def _speaker_before(col: _Collector, index: int, verb_start: int, text: str) -> ActorRecord | None:
    """The actor named right before a speech verb ("Hungary has said", "Hungary's government
    said"), if it is no person."""
    best, best_end = None, -1
    for record in col.records.values():
        for mention in record.mentions:
            if mention.sentence == index and best_end < mention.end <= verb_start:
                best, best_end = record, mention.end
    if best is None or best.type == "person" or not _SPEAKER_GAP.fullmatch(text, best_end, verb_start):
        return None
    return best


# ("Hungary's government said", but not "Mauritania's decision and said": the one who welcomed it said)
_SPEAKER_GAP = re.compile(r"(?:(?:’s|'s)\s+(?:(?!(?:and|but|or)\s)[a-z]+\s+){1,2})?\s*"
                          r"(?:(?:has|have|had|also|repeatedly|previously|already)\s+)*")


def _subject_of(col: _Collector, index: int, text: str) -> ActorRecord | None:
    """The actor that opens sentence ``index`` (named within its first 40 characters), if it is
    no person."""
    start = col.starts[index]
    best, first = None, None
    for record in col.records.values():
        for mention in record.mentions:
            if mention.sentence == index and mention.start - start <= 40 and (first is None or mention.start < first.start):
                best, first = record, mention
    if best is None or best.type == "person":
        return None
    owned = _OWNED.match(text, first.end)
    if owned:  # "China's Sichuan Hydro Engineering has said": the company, not its country
        owner = next((r for r in col.records.values() for mm in r.mentions if mm.start == owned.end()), None)
        if owner is not None and owner.type != "person":
            best = owner
    return best if not re.search(r"[,;(]", text[start:first.start]) else None


_PAIR_JOIN = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")


def _last_two_before(col: _Collector, kinds: tuple[str, ...], offset: int, text: str) -> list[ActorRecord]:
    """The pair "the two countries" refers to: the last of the three sentences before this one
    that names two distinct actors of ``kinds``, of its actors the two named last; failing that,
    the two named most often so far. Actors
    named earlier in this sentence are its subject, not the pair ("Qatar and Türkiye hosted
    talks between the two sides")."""
    here = col.sentence(offset)
    # ", the two governments said": a clause of its own, so the pair named before it in this sentence counts
    # ("..., although the two countries have held talks": a subordinate clause of its own too)
    own_clause = re.search(r"(?:^|[,;:]|\b(?:and|but|although|though|while|whereas|because|since|after|when))\s*$",
                           text[col.starts[here] if col.starts else 0:offset]) is not None
    by_sentence: dict[int, dict[str, tuple[int, ActorRecord]]] = {}
    for record in col.records.values():
        if record.type not in kinds:
            continue
        for mention in record.mentions:
            if mention.kind != "anaphor" and (here - 3 <= mention.sentence < here or (
                    own_clause and mention.sentence == here and mention.start < offset)):
                seen = by_sentence.setdefault(mention.sentence, {})
                seen[record.id] = max(seen.get(record.id, (-1, record)), (mention.start, record), key=lambda x: x[0])
    if not own_clause:
        # "carried oil from Iran and Russia in breach of US sanctions on both countries": a pair
        # joined by "and" after the sentence's subject, in the same sentence
        mine = sorted((mention.start, mention.end, record) for record in col.records.values() if record.type in kinds
                      for mention in record.mentions
                      if mention.kind != "anaphor" and mention.sentence == here and mention.end <= offset)
        for (s1, e1, first), (s2, _, second) in reversed(list(zip(mine, mine[1:]))):
            if first.id != second.id and _PAIR_JOIN.fullmatch(text, e1, s2):
                # the sentence's own subject pair is not "the two sides" it speaks of, but "both
                # countries" after it is that pair ("Brunei and China agreed ..., a feature both countries claim")
                if text[col.starts[here]:s1].strip() not in ("", "The", "the", "Both", "both") \
                        or text.startswith(("both", "Both"), offset):
                    return [second, first]
                break
    for index in ([here] if here in by_sentence else []) + list(range(here - 1, here - 4, -1)):
        named = sorted(by_sentence.get(index, {}).values(), key=lambda x: -x[0])
        if len(named) >= 2:
            return [record for _, record in named[:2]]
    # otherwise the article's pair: the two actors named most often so far (the first named on a tie)
    counts = []
    for record in col.records.values():
        before = [mm.start for mm in record.mentions if mm.kind != "anaphor" and mm.start < offset]
        if record.type in kinds and before:
            counts.append((-len(before), min(before), record))
    counts.sort(key=lambda x: (x[0], x[1]))
    return [record for _, _, record in counts[:2]] if len(counts) >= 2 else []


# "the al Qaeda-linked group", "a Kremlin-backed militia": a name that only modifies another
_MODIFIER_AFTER = re.compile(r"[ -](?:linked|backed|led|allied|aligned|affiliated|funded|sponsored|inspired)\b")


def _last_before(col: _Collector, actor_type: str, offset: int, text: str, keep=None) -> ActorRecord | None:
    """The actor of ``actor_type`` (of those ``keep`` accepts, if given) named last before ``offset``."""
    best, best_pos = None, -1
    for record in col.records.values():
        if record.type != actor_type or (keep is not None and not keep(record)):
            continue
        for mention in record.mentions:
            if mention.kind != "anaphor" and best_pos < mention.start < offset and not _MODIFIER_AFTER.match(text, mention.end):
                best, best_pos = record, mention.start
    return best


def _headed_before(col: _Collector, head: str, offset: int, text: str) -> ActorRecord | None:
    """The body named last before ``offset`` one of whose names ends with ``head`` ("the
    Commission" after "the EU", whose names include "European Commission")."""
    heads = _name_heads(col.kb)
    return _last_before(col, "igo", offset, text, lambda record: head in heads.get(record.id, ()))


@lru_cache(maxsize=8)
def _name_heads(kb: Knowledge) -> dict[str, frozenset[str]]:
    """Each actor's last words of its name and aliases."""
    heads: dict[str, set[str]] = {}
    for surface in kb.surfaces:
        if surface.kind in ("name", "alias"):
            heads.setdefault(surface.actor, set()).add(surface.text.split()[-1])
    for actor in kb.actors.values():
        heads.setdefault(actor.id, set()).add(actor.name.split()[-1])
    return {actor: frozenset(words) for actor, words in heads.items()}


def _main_state_before(col: _Collector, offset: int, keep=None) -> ActorRecord | None:
    """The state named most often before ``offset`` (on a tie, the one named first: the
    headline's), of those ``keep`` accepts if it is given."""
    best, best_key = None, (0, 0)
    for record in col.records.values():
        if record.type != "state" or (keep is not None and not keep(record)):
            continue
        before = [mention.start for mention in record.mentions if mention.kind != "anaphor" and mention.start < offset]
        key = (len(before), -min(before, default=0))
        if before and key > best_key:
            best, best_key = record, key
    return best
