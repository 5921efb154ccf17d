"""From an Extraction to the briefing's judgments: bottom line up front, key judgments with their
likelihood and a separate confidence note, positions, indicators to watch, all optionally centred
on one focus actor. Pure functions; every point keeps the sentences behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .extract.records import ActorRecord, ClaimRecord, Extraction, QuoteRecord, RelationRecord, StakeRecord
from .knowledge import Knowledge

__all__ = ["Point", "Position", "Focused", "focus_on", "bluf", "confidence", "positions", "indicators", "snippet"]

# Order in which relation types make the central event of an article.
_CENTRAL_ORDER = ("recognizes", "sanctions", "deal_with", "invests_in", "tensions_with",
                  "hosts_talks", "criticizes", "aids", "supplies", "engages", "other")
_MAX_BLUF = 5
_TOP_STAKES = 3
_MAX_WATCH_CLAIMS = 5  # indicators drawn from claims; every claim is listed under key judgments


SNIPPET_WORDS = 28  # longest evidence quoted in a table cell or a list item


def snippet(text: str, around: str | None = None, *, max_words: int = SNIPPET_WORDS) -> str:
    """The sentence, or the part of it around ``around`` (the cue) when it is long, with
    ellipses where words were left out. The full sentence stays one click away (¶)."""
    words = text.split()
    if len(words) <= max_words:
        return text
    centre = 0
    if around:
        first = around.split()[0].lower()
        centre = next((i for i, w in enumerate(words) if w.lower().strip("“”\"',.;:") == first), 0)
    start = max(0, min(centre - max_words // 3, len(words) - max_words))
    part = " ".join(words[start:start + max_words])
    return ("… " if start > 0 else "") + part + (" …" if start + max_words < len(words) else "")


@dataclass(frozen=True)
class Point:
    text: str
    sentences: tuple[int, ...] = ()


@dataclass
class Position:
    actor: ActorRecord
    stances: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)


@dataclass
class Focused:
    """The extraction as the briefing shows it: reordered and filtered around ``focus``."""

    ex: Extraction
    focus: ActorRecord | None
    actors: list[ActorRecord]
    relations: list[RelationRecord]
    quotes: list[QuoteRecord]
    claims: list[ClaimRecord]
    sectors: list[StakeRecord]
    themes: list[StakeRecord]


def focus_on(ex: Extraction, focus: ActorRecord | None) -> Focused:
    if focus is None:
        return Focused(ex, None, ex.actors, _ordered(ex.relations, ex), ex.quotes, ex.claims,
                       ex.sectors, ex.themes)
    name, sentences = focus.name, set(focus.sentences)
    relations = [r for r in _ordered(ex.relations, ex) if name in (r.source, r.target)]
    partners = {r.source for r in relations} | {r.target for r in relations}
    actors = [focus] + [a for a in ex.actors if a is not focus and a.name in partners] + [
        a for a in ex.actors if a is not focus and a.name not in partners]
    quotes = [q for q in ex.quotes if q.speaker == name or q.affiliation == name
              or q.sentence in sentences or _mentions_in_span(focus, q.start, q.end)]
    claims = [c for c in ex.claims if c.sentence in sentences]
    return Focused(ex, focus, actors, relations, quotes, claims,
                   _stakes_for(ex.sectors, focus, sentences), _stakes_for(ex.themes, focus, sentences))


def _mentions_in_span(actor: ActorRecord, start: int, end: int) -> bool:
    return any(start <= m.start < end for m in actor.mentions)


def _stakes_for(stakes: list[StakeRecord], focus: ActorRecord, sentences: set[int]) -> list[StakeRecord]:
    out = []
    for s in stakes:
        keep = [i for i, idx in enumerate(s.sentences) if idx in sentences]
        if keep:
            out.append(StakeRecord(s.id, s.label, s.kind, s.score, s.raw,
                                   [s.evidence[i] for i in keep], [s.sentences[i] for i in keep],
                                   s.terms, {focus.name: len(keep)}))
    return out


def _ordered(relations: list[RelationRecord], ex: Extraction) -> list[RelationRecord]:
    def salience(r: RelationRecord):
        order = _CENTRAL_ORDER.index(r.type) if r.type in _CENTRAL_ORDER else len(_CENTRAL_ORDER)
        return (r.negated, min(r.sentences), -len(r.sentences), order)

    return sorted(relations, key=salience)


def central_relation(f: Focused) -> RelationRecord | None:
    """The article's central event: a non-negated relation stated earliest (title, standfirst
    and key points come first), most often, of the most consequential type."""
    candidates = [r for r in f.relations if not r.negated] or f.relations
    if not candidates:
        return None
    first_sentence = min(min(r.sentences) for r in candidates)
    early = [r for r in candidates if min(r.sentences) <= first_sentence + 2]
    return min(early, key=lambda r: (_CENTRAL_ORDER.index(r.type) if r.type in _CENTRAL_ORDER else 99,
                                     -len(r.sentences)))


def relation_phrase(r: RelationRecord, kb: Knowledge) -> str:
    spec = kb.relations.get(r.type, {})
    verb = spec.get("negated_phrase" if r.negated else "phrase") or r.type.replace("_", " ")
    return f"{_the(r.source)} {verb} {_the(r.target)}"


def _the(name: str) -> str:
    return f"the {name}" if name in ("Taliban", "United Nations", "Soviet Union", "European Union",
                                      "World Bank", "Houthis", "Islamic State") else name


def _join(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def bluf(f: Focused, kb: Knowledge) -> list[Point]:
    """3–5 sentences: the central event, who else acts toward whom, the stakes, the outlook."""
    points: list[Point] = []
    central = central_relation(f)
    if central is None and f.focus is not None:
        points.append(Point(f"The article names {_the(f.focus.name)} {f.focus.count} time"
                            f"{'s' if f.focus.count != 1 else ''} but states no relation of it with another actor.",
                            tuple(f.focus.sentences[:3])))
    same_pair = []
    if central:
        pair = {central.source, central.target}
        same_pair = [r for r in f.relations if r is not central and {r.source, r.target} == pair]
        labels = list(dict.fromkeys(kb.relations.get(r.type, {}).get("label", r.type) for r in same_pair))
        text = _sentence_case(relation_phrase(central, kb)) + (f" (also: {', '.join(labels)})" if labels else "")
        evidence = tuple(sorted({i for r in [central, *same_pair] for i in r.sentences}))
        points.append(Point(text + ".", evidence))
    others = [r for r in f.relations if r is not central and r not in same_pair]
    if others:
        hub = central.target if central else (f.focus.name if f.focus else others[0].target)
        points.extend(_around(hub, others, kb))
    if f.sectors:
        top = f.sectors[:_TOP_STAKES]
        actors = _join([_the(name) for s in top for name in list(s.actors)[:1]])
        text = f"Economic stakes centre on {_join([s.label.lower() for s in top])}"
        text += f", with {actors} most exposed." if actors else "."
        points.append(Point(text, tuple(sorted({s.sentences[0] for s in top}))))
    if f.themes:
        top = f.themes[:_TOP_STAKES]
        points.append(Point(f"Geopolitically, the article turns on {_join([t.label.lower() for t in top])}.",
                            tuple(sorted({t.sentences[0] for t in top}))))
    if f.claims:
        banded = [c for c in f.claims if c.likelihood]
        lead = banded[0] if banded else f.claims[0]
        vague = sum(1 for c in f.claims if c.vague)
        text = (f"The outlook is hedged: {len(f.claims)} forward-looking claim"
                f"{'s' if len(f.claims) != 1 else ''}, {vague} in vague language; ")
        text += (f"the firmest says it is {lead.likelihood} that {_lower_first(lead.text)}"
                 if lead.likelihood else "none carries a stated likelihood.")
        points.append(Point(text, (lead.sentence,)))
    return points[:_MAX_BLUF]


def _around(hub: str, relations: list[RelationRecord], kb: Knowledge) -> list[Point]:
    """Who else acts toward the central actor, grouped by stance, then what happens elsewhere:
    "Others engaging the Taliban: China (deals, hosted talks), Iran and India (engagement);
    opposed: the United Nations (sanctions) and Pakistan (tensions)."""
    engaged: dict[str, list[str]] = {}
    opposed: dict[str, list[str]] = {}
    evidence: set[int] = set()
    rest = []
    for r in relations:
        if hub not in (r.source, r.target):
            if not ({r.source, r.target} & kb.historical):
                rest.append(r)  # (the Soviet Union's invasion of Afghanistan is history, not a development)
            continue
        other = r.target if r.source == hub else r.source
        label = kb.relations.get(r.type, {}).get("label", r.type.replace("_", " "))
        label = f"no {label}" if r.negated else label
        hostile = kb.relations.get(r.type, {}).get("stance") == "opposes"
        bucket = opposed if hostile and not r.negated else engaged
        bucket.setdefault(other, [])
        if label not in bucket[other]:
            bucket[other].append(label)
        evidence.update(r.sentences)
    points = []
    parts = []
    if engaged:
        parts.append(f"Others engaging {_the(hub)}: " + _group_by_labels(engaged))
    if opposed:
        parts.append(("Opposed: " if parts else f"Opposed to {_the(hub)}: ") + _group_by_labels(opposed))
    if parts:
        points.append(Point(". ".join(parts) + ".", tuple(sorted(evidence))))
    if rest:
        shown = rest[:3]
        points.append(Point("Elsewhere in the article, " + "; ".join(relation_phrase(r, kb) for r in shown) + ".",
                            tuple(sorted({i for r in shown for i in r.sentences}))))
    return points


def _group_by_labels(actors: dict[str, list[str]]) -> str:
    """"Iran and India (engagement), China (deals, hosted talks)": actors sharing labels together."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for name, labels in actors.items():
        groups.setdefault(tuple(labels), []).append(_the(name))
    return ", ".join(f"{_join(names)} ({', '.join(labels)})" for labels, names in groups.items())


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def confidence(f: Focused) -> tuple[str, list[str]]:
    """ICD 203 keeps confidence apart from likelihood: how well-sourced the judgments are."""
    named = {q.speaker for q in f.ex.quotes if q.speaker_kind == "named" and q.speaker}
    reasons = ["a single article is the only source; nothing here is corroborated elsewhere"]
    reasons.append(f"{len(named)} named source{'s' if len(named) != 1 else ''} quoted"
                   + (f" ({_join(sorted(named))})" if named else ""))
    vague = sum(1 for c in f.claims if c.vague)
    if f.claims:
        reasons.append(f"{vague} of {len(f.claims)} forward-looking claims use vague language with no likelihood band")
    level = "low" if len(named) < 2 or (f.claims and vague == len(f.claims)) else "moderate"
    return level, reasons


def positions(f: Focused, kb: Knowledge) -> list[Position]:
    """Per actor, its stance toward each counterpart: "engages the Taliban (deals, talks)"."""
    out = []
    for actor in f.actors:
        pos = Position(actor)
        toward: dict[tuple[str, str], list[str]] = {}
        for r in f.relations:
            if r.source == actor.name:
                other = r.target
            elif r.target == actor.name and r.symmetric:
                other = r.source
            else:
                continue
            spec = kb.relations.get(r.type, {})
            stance = spec.get("stance", "engages")
            if r.negated:
                stance = "does not " + {"supports": "support", "engages": "engage", "opposes": "oppose"}.get(stance, stance)
            label = spec.get("label", r.type.replace("_", " "))
            labels = toward.setdefault((stance, other), [])
            if label not in labels:
                labels.append(label)
            pos.sentences.extend(r.sentences)
        pos.stances = [f"{stance} {_the(other)} ({', '.join(labels)})" for (stance, other), labels in toward.items()]
        pos.sentences = sorted(set(pos.sentences)) or actor.sentences[:1]
        out.append(pos)
    return out


def indicators(f: Focused, kb: Knowledge) -> list[Point]:
    """What would change a judgment: the forward-looking claims to verify, and the relations to
    track, in the wording of relations.yaml's ``watch`` templates."""
    points: list[Point] = []
    # the firmest claims first (a stated band), then vague ones, at most _MAX_WATCH_CLAIMS
    ranked = sorted(f.claims, key=lambda c: (c.likelihood is None, c.vague, c.sentence))[:_MAX_WATCH_CLAIMS]
    for claim in sorted(ranked, key=lambda c: c.sentence):
        band = claim.likelihood or ("no likelihood stated; vague" if claim.vague else "no likelihood stated")
        points.append(Point(f"Whether it comes true: “{snippet(claim.text, claim.cue, max_words=20)}” "
                            f"({claim.cue}; {band})", (claim.sentence,)))
    seen = set()
    for r in f.relations:
        template = kb.relations.get(r.type, {}).get("watch")
        key = (r.type, r.source, r.target)
        if not template or key in seen:
            continue
        seen.add(key)
        points.append(Point(template.format(source=_the(r.source), target=_the(r.target)),
                            tuple(sorted(r.sentences))))
    return points
