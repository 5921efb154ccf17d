"""The Article structure every input format is read into.

All offsets (``start``/``end``) index ``Article.text``, the article's extracted plain text, so
``article.text[s.start:s.end] == s.text`` holds for every paragraph, sentence and quote.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

__all__ = ["Article", "Meta", "Paragraph", "Quote", "Sentence", "Section", "content_id"]

# Paragraph kinds: where a block of text sits in the article's structure.
TITLE = "title"
STANDFIRST = "standfirst"
KEY_POINT = "key_point"
HEADING = "heading"
BODY = "body"
QUOTE = "quote"
MEDIA = "media"


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    kind: str
    start: int
    end: int
    text: str
    section: int | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True, slots=True)
class Section:
    index: int
    heading: str | None
    paragraphs: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_role: str | None
    speaker_kind: str  # named | role | anonymous | unknown
    paragraph: int
    sentence: int | None = None
    attribution: str | None = None  # the attribution phrase as written ("he said" → "he")


@dataclass(frozen=True, slots=True)
class Meta:
    format: str
    path: str | None = None
    author: str | None = None
    source: str | None = None
    published: str | None = None
    url: str | None = None
    dateline: str | None = None
    record_id: str | None = None
    retrieved: str | None = None
    source_type: str | None = None  # from the provenance sidecar: "wire copy", "web page", ...


@dataclass(frozen=True)
class Article:
    text: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    quotes: tuple[Quote, ...]
    meta: Meta
    media: tuple[str, ...] = ()
    credits: tuple[str, ...] = field(default=())

    @property
    def id(self) -> str:
        return content_id(self.text)

    @property
    def standfirst(self) -> str | None:
        return next((p.text for p in self.paragraphs if p.kind == STANDFIRST), None)

    @property
    def key_points(self) -> list[str]:
        return [p.text for p in self.paragraphs if p.kind == KEY_POINT]

    @property
    def headings(self) -> list[str]:
        return [s.heading for s in self.sections if s.heading]

    @property
    def body(self) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind in (BODY, QUOTE)]

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def content_id(text: str) -> str:
    """sha256 of the article's plain text: the same article always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
