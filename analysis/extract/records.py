"""Small typed records the extraction returns; every item points at its sentence(s)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ActorRecord", "ClaimRecord", "Extraction", "Mention", "Place", "QuoteRecord",
    "RelationRecord", "StakeRecord",
]


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int
    sentence: int
    kind: str = "name"  # name | alias | metonym | capital | demonym | surname | anaphor | acronym


@dataclass(slots=True)
class ActorRecord:
    id: str
    name: str
    type: str
    iso3: str | None
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None  # another actor's name
    tone: float = 0.0
    known: bool = True  # listed in the knowledge files, or found from the way the text names it

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def sentences(self) -> list[int]:
        return sorted({m.sentence for m in self.mentions})


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    text: str
    speaker: str | None
    speaker_role: str | None
    speaker_kind: str
    start: int
    end: int
    sentence: int | None
    paragraph: int
    affiliation: str | None = None


@dataclass(slots=True)
class RelationRecord:
    source: str
    type: str
    target: str
    negated: bool
    plover: str
    cue: str
    evidence: str
    sentences: list[int]
    symmetric: bool = False

    def statements(self, article) -> list[tuple[int, str]]:
        """(sentence index, sentence text) for each sentence that states the relation: the JSON
        contract and the corpus give one relation per statement, each with its own evidence."""
        return [(i, article.sentences[i].text) for i in self.sentences]


@dataclass(slots=True)
class StakeRecord:
    id: str
    label: str
    kind: str  # sector | theme
    score: float
    raw: float
    evidence: list[str]
    sentences: list[int]
    terms: list[str]
    actors: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    text: str
    cue: str
    likelihood: str | None
    vague: bool
    sentence: int
    speaker: str | None = None


@dataclass
class Extraction:
    article: object  # analysis.model.Article
    actors: list[ActorRecord]
    places: list[Place]
    quotes: list[QuoteRecord]
    relations: list[RelationRecord]
    sectors: list[StakeRecord]
    themes: list[StakeRecord]
    claims: list[ClaimRecord]
    tone: list[float]  # per sentence, VADER-style compound in [-1, 1]
    knowledge_sources: list[str] = field(default_factory=list)

    def actor(self, name_or_id: str) -> ActorRecord | None:
        key = name_or_id.strip().lower()
        for actor in self.actors:
            if key in (actor.id.lower(), actor.name.lower(), (actor.iso3 or "").lower()):
                return actor
        return None
