"""Article → Extraction (pure): actors and mentions, quotes, relations, sectors, themes, tone,
claims. Every item points at its sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import Knowledge, load
from ..model import Article
from .actors import find_actors, named_in_full
from .claims import find_claims
from .records import (
    ActorRecord, ClaimRecord, Extraction, Mention, Place, QuoteRecord, RelationRecord, StakeRecord,
)
from .relations import find_relations
from .stakes import find_stakes
from .tone import sentence_tone
from ..ingest.quotes import PRONOUNS, parse_speaker, unnamed_reporter

__all__ = [
    "ActorRecord", "ClaimRecord", "Extraction", "Mention", "Place", "QuoteRecord",
    "RelationRecord", "StakeRecord", "extract",
]


def extract(article: Article, *, knowledge: Knowledge | None = None) -> Extraction:
    kb = knowledge or load()
    quotes = [
        QuoteRecord(q.text, q.speaker, q.speaker_role, q.speaker_kind, q.start, q.end,
                    q.sentence, q.paragraph)
        for q in article.quotes
    ]
    actors, places = find_actors(article, kb, quotes)
    quotes = [_with_affiliation(q, actors)
              for q in _joined(article, _resolve_pronouns(article, quotes, actors, _company_heads(kb)))]
    tone = [sentence_tone(s.text) for s in article.sentences]
    for actor in actors:
        scores = [tone[i] for i in actor.sentences]
        actor.tone = round(sum(scores) / len(scores), 3) if scores else 0.0
    relations = find_relations(article, kb, actors, places)
    sectors, themes = find_stakes(article, kb, actors, relations)
    return Extraction(
        article=article,
        actors=actors,
        places=places,
        quotes=quotes,
        relations=relations,
        sectors=sectors,
        themes=themes,
        claims=find_claims(article, kb, quotes),
        tone=tone,
        knowledge_sources=list(kb.sources),
    )


# between the parts of an interrupted quotation: closing mark, "he said" (or "said X"), comma, opening mark
_INTERRUPTION = re.compile(r"[,]?\s*[”\"’']\s*,?\s*[^“”\".;!?]{1,60}?,\s*[“\"‘']\s*")


@lru_cache(maxsize=8)
def _company_heads(kb: Knowledge) -> frozenset:
    """The role words of a company speaker (people.yaml company_speakers), once per knowledge base."""
    return frozenset(w.lower() for w in kb.people.get("company_speakers") or [])


_THE = re.compile(r"^the\s+", re.I)  # a leading "the", however written


def _resolve_pronouns(article: Article, quotes: list[QuoteRecord], actors: list[ActorRecord],
                      company_heads: frozenset = frozenset()) -> list[QuoteRecord]:
    """"…," he said: the speaker is the person named last before the quote (within the two
    paragraphs before it), now that people are known; a surname resolves to the full name; "the
    company said" (``company_heads``, people.yaml company_speakers) is the company named last."""
    people = [a for a in actors if a.type == "person"]
    names = {a.name for a in actors}
    metonyms = {_THE.sub("", m.text): a.name for a in actors
                if a.type in ("state", "igo", "non_state_group") for m in a.mentions if m.kind in ("metonym", "capital")}
    # "Severalum said", "the UN refugee agency said", "the Fund said": a body named by its acronym, an
    # alias or a short name is that body
    # (a proper name that is an alias, "the European Commission", stays as written)
    aliases: dict[str, str] | None = None  # built on first use
    out = []
    resolved: dict[int, tuple] = {}  # paragraph → the speaker its "she said" turned out to be
    for quote, raw in zip(quotes, article.quotes):
        attr = (raw.attribution or "").strip().lower()
        speaker, role, kind = quote.speaker, quote.speaker_role, "named"
        if quote.speaker_kind == "role" and (quote.speaker or "").lower() in company_heads:
            # "The company said …": the company named last before the quote
            company = _last_company(actors, quote.start)
            if company is not None:
                speaker, role = company.name, None
        elif not attr and quote.paragraph in resolved:
            # '"…," she said. "…"': the second quotation is the same speaker's
            speaker, role, kind = resolved[quote.paragraph]
        elif (pronoun := _PRONOUN_SAID.match(attr)) and pronoun.group(1) in ("it", "they") \
                and (body := _own_opener(article, actors, quote) or _body_before(article, actors, out, quote)) is not None:
            # 'thanked Mexico for what it called "acts of solidarity"': the body the sentence opens with;
            # 'It urged Kuala Lumpur to treat Chinese companies "fairly"': the body that spoke just before
            speaker, role = body, None
        elif attr in PRONOUNS:
            best, best_pos = None, -1
            for person in people:
                for m in person.mentions:
                    if best_pos < m.start < quote.start and article.sentences[m.sentence].paragraph >= quote.paragraph - 2:
                        best, best_pos = person, m.start
            unnamed = _unnamed_reporter(article, quote, best_pos)
            if unnamed is not None:
                (speaker, kind), role = unnamed, None
            elif quote.paragraph in resolved and resolved[quote.paragraph][2] != "named":
                speaker, role, kind = resolved[quote.paragraph]  # '"…," he added': the same unnamed speaker
            elif best is not None:
                speaker, role = best.name, best.role
            if speaker:
                resolved[quote.paragraph] = (speaker, role, kind)
        elif quote.speaker and " " not in quote.speaker:
            full = next((p for p in people if p.name.split()[-1] == quote.speaker), None)
            if full is not None:
                speaker, role = full.name, role or full.role
            else:  # "Northstar said": the organisation named in full before
                org = named_in_full((a for a in actors if a.type not in ("person", "state")), quote.speaker)
                speaker = org.name if org is not None else speaker
        if speaker and re.match(r"(?:Its|Their|its|their)\s", speaker):
            owner = _owner_before(article, actors, quote, same_sentence=speaker[0].islower())
            if owner is not None:  # "Its mines minister said": the mines minister of the body named before
                speaker = f"{owner}’s {speaker.split(' ', 1)[1]}"
                if role:
                    role = speaker
        if speaker and speaker not in names and quote.speaker_kind not in ("role", "anonymous"):
            # "Beijing called it ...", "the Kremlin said": the state or body the metonym stands for
            speaker = metonyms.get(_THE.sub("", speaker), speaker)
        if speaker and speaker not in names and kind != "anonymous":
            if aliases is None:
                aliases = {_THE.sub("", m.text): a.name for a in actors if a.type != "person"
                           for m in a.mentions if m.kind in ("acronym", "anaphor", "short_name")
                           or m.kind == "alias" and (re.search(r"\s[a-z]", m.text) or m.text.isupper())}
            speaker = aliases.get(_THE.sub("", speaker), speaker)
        if (speaker, role) != (quote.speaker, quote.speaker_role):
            quote = QuoteRecord(quote.text, speaker, role, kind, quote.start, quote.end,
                                quote.sentence, quote.paragraph, quote.affiliation)
        out.append(quote)
    return out


# "it", or "it said it had not been told ... and would": a pronoun speaking
_PRONOUN_SAID = re.compile(r"(it|they)(?:$|\s+(?:said|says|told|added|argued|warned|stated)\b)")


def _own_opener(article: Article, actors: list[ActorRecord], quote) -> str | None:
    """The body (no person) that opens the quotation's own sentence before it ("Cuba's foreign
    ministry thanked Mexico for what it called "acts of solidarity"": Cuba); none when the sentence
    opens with the pronoun itself ("It urged ...")."""
    if quote.sentence is None:
        return None
    sentence = article.sentences[quote.sentence]
    if re.match(r"(?:It|They)\s", sentence.text):
        return None
    return _opening_body(actors, sentence, before=quote.start)


def _opening_body(actors: list[ActorRecord], sentence, *, before: int | None = None) -> str | None:
    """The body (no person, no anaphor) named first within the sentence's first 40 characters
    (and before ``before``): the sentence's subject."""
    firsts = [(m.start, a) for a in actors if a.type != "person" for m in a.mentions
              if m.sentence == sentence.index and m.start - sentence.start <= 40 and m.kind != "anaphor"
              and (before is None or m.start < before)]
    return min(firsts, key=lambda x: x[0])[1].name if firsts else None


def _unnamed_reporter(article: Article, quote, after: int) -> tuple[str, str] | None:
    """'A trader in Sambava, who asked not to be named, said exporters ... . "The floor exists ...,"
    he said.': the speaker named by role in the sentence before, when no person is named after it."""
    paragraph = article.paragraphs[quote.paragraph]
    before = article.text[paragraph.start:quote.start]
    attr = unnamed_reporter(before)
    if attr is None or paragraph.start + before.rfind(attr) < after:
        return None
    name, _, kind = parse_speaker(attr)
    return (name, kind) if name and kind in ("role", "anonymous") else None


def _body_before(article: Article, actors: list[ActorRecord], quotes: list[QuoteRecord], quote) -> str | None:
    """What "it" or "they" speaking stands for: the body quoted in the sentence before ("China's
    commerce ministry said it "firmly opposes" the rule. It urged ..."), else the last state,
    body or company named in the paragraph before the quotation."""
    previous = next((q for q in reversed(quotes) if q.sentence is not None and quote.sentence is not None
                     and quote.sentence - 1 <= q.sentence < quote.sentence and q.speaker), None)
    if previous is not None and previous.speaker not in {a.name for a in actors if a.type == "person"}:
        return previous.speaker
    if quote.sentence is None or quote.sentence == 0:
        return None
    # the actor that opens the sentence before (named within its first 40 characters)
    opener = article.sentences[quote.sentence - 1]
    return _opening_body(actors, opener) if opener.paragraph == quote.paragraph else None


def _owner_before(article: Article, actors: list[ActorRecord], quote, *, same_sentence: bool) -> str | None:
    """The state, body or company that opens the sentence before the quotation's ("... . Its mines
    minister said"), or the quotation's own ("China ..., though its embassy said"), else the one
    named last before it, as written there."""
    if quote.sentence is None or not (quote.sentence or same_sentence):
        return None
    previous = article.sentences[quote.sentence - (0 if same_sentence else 1)]
    named = [(m.start, m.text) for a in actors if a.type != "person" for m in a.mentions
             if m.start < min(previous.end, quote.start) and m.kind not in ("anaphor", "demonym")]
    opener = [x for x in named if 0 <= x[0] - previous.start <= 40]
    best = min(opener) if opener else max(named, default=None)
    return re.sub(r"^[Tt]he\s+", "", best[1]) if best else None


def _last_company(actors: list[ActorRecord], offset: int) -> ActorRecord | None:
    best, best_pos = None, -1
    for actor in actors:
        if actor.type != "company":
            continue
        for m in actor.mentions:
            if best_pos < m.start < offset:
                best, best_pos = actor, m.start
    return best


def _joined(article: Article, quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    """"We are not choosing between partners," he said, "we are adding partners.": one quotation
    interrupted by its attribution. The joined quote spans both parts and the attribution between."""
    out: list[QuoteRecord] = []
    for quote in quotes:
        prev = out[-1] if out else None
        if (prev is not None and prev.paragraph == quote.paragraph and quote.text[:1].islower()
                and _INTERRUPTION.fullmatch(article.text, prev.end, quote.start)):
            glue = ", " if prev.text[-1:].isalnum() else " "  # the comma the closing mark stood after
            out[-1] = QuoteRecord(f"{prev.text}{glue}{quote.text}", prev.speaker, prev.speaker_role, prev.speaker_kind,
                                  prev.start, quote.end, prev.sentence, prev.paragraph, prev.affiliation)
            continue
        out.append(quote)
    return out


def _with_affiliation(quote: QuoteRecord, actors: list[ActorRecord]) -> QuoteRecord:
    """The actor named in a speaker's role ("Taliban spokesperson") is the speaker's affiliation."""
    role = quote.speaker_role or (quote.speaker if quote.speaker_kind == "role" else None)
    if not role:
        person = next((a for a in actors if a.type == "person" and a.name == quote.speaker), None)
        affiliation = person.affiliation if person else None
    else:
        affiliation = next((a.name for a in actors if a.type != "person"
                            and any(m.text in role for m in a.mentions)), None)
    if affiliation is None:
        return quote
    return QuoteRecord(quote.text, quote.speaker, quote.speaker_role, quote.speaker_kind,
                       quote.start, quote.end, quote.sentence, quote.paragraph, affiliation)
