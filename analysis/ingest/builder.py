"""Assemble an Article from the blocks a format reader found.

Every reader (plain text, Markdown, HTML, JSON Lines) turns its input into a list of ``Block``s;
this module joins them into one plain text with offsets, splits sentences and finds quotes, so
all formats share one structure and one set of rules.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..errors import InputError
from ..model import (
    BODY,
    HEADING,
    KEY_POINT,
    QUOTE,
    STANDFIRST,
    TITLE,
    Article,
    Meta,
    Paragraph,
    Quote,
    Section,
    Sentence,
)
from .quotes import attribution_before, find_quotes, parse_speaker, reported_speaker
from .sentences import split_sentences

__all__ = ["Block", "build_article"]

_SEPARATOR = "\n\n"
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]*\n[ \t\u00a0\u2009\u202f]*")


@dataclass(slots=True)
class Block:
    kind: str
    text: str
    # For block quotes whose attribution sits outside the quoted text (HTML <cite>, "> — Name").
    attribution: str | None = None
    extra: dict = field(default_factory=dict)


def clean_block_text(text: str) -> str:
    """Fold line breaks inside a block into spaces; keep every other character as it is."""
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", text).strip(" \t\n\u00a0")


def build_article(blocks: list[Block], meta: Meta, *, media=(), credits=()) -> Article:
    blocks = [Block(b.kind, clean_block_text(b.text), b.attribution, b.extra) for b in blocks]
    blocks = [b for b in blocks if b.text]
    title_block = next((b for b in blocks if b.kind == TITLE), None)
    if not any(b.kind in (BODY, QUOTE, KEY_POINT, STANDFIRST) for b in blocks):
        raise InputError(
            "no article text found (only a title, headings or boilerplate)",
            path=meta.path,
            hint="check that the file holds the article body",
        )
    title = title_block.text if title_block else _title_from(blocks)

    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    sections: list[Section] = []
    section_paras: list[int] = []
    section_heading: str | None = None
    offset = 0
    for block in blocks:
        if parts:
            parts.append(_SEPARATOR)
            offset += len(_SEPARATOR)
        start = offset
        parts.append(block.text)
        offset += len(block.text)
        if block.kind == HEADING:
            if section_paras or section_heading:
                sections.append(Section(len(sections), section_heading, tuple(section_paras)))
            section_heading, section_paras = block.text, []
        index = len(paragraphs)
        paragraphs.append(Paragraph(index, block.kind, start, offset, block.text, len(sections)))
        if block.kind not in (TITLE, HEADING):
            section_paras.append(index)
    sections.append(Section(len(sections), section_heading, tuple(section_paras)))
    text = "".join(parts)

    sentences: list[Sentence] = []
    for para in paragraphs:
        spans = [(para.start, para.end)] if para.kind in (TITLE, HEADING) else split_sentences(text, para.start, para.end)
        for s, e in spans:
            sentences.append(Sentence(len(sentences), s, e, text[s:e], para.index))

    quotes = _quotes(text, paragraphs, blocks, sentences)
    return Article(
        text=text,
        title=title,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        sections=tuple(sections),
        quotes=tuple(quotes),
        meta=meta,
        media=tuple(media),
        credits=tuple(credits),
    )


def _title_from(blocks: list[Block]) -> str:
    first = blocks[0].text
    m = re.match(r"(.{10,120}?[.!?])(\s|$)", first)
    return m.group(1) if m else first[:120]


def _quotes(text, paragraphs, blocks, sentences) -> list[Quote]:
    quotes: list[Quote] = []
    last_named: str | None = None
    named_roles: dict[str, str | None] = {}
    sent_starts = [s.start for s in sentences]
    for para, block in zip(paragraphs, blocks):
        if para.kind not in (BODY, QUOTE, KEY_POINT, STANDFIRST):
            continue
        if block.attribution:  # a block quote: the whole block is the quotation
            spans = [(0, len(para.text), para.text, block.attribution)]
        else:
            spans = [(q.start, q.end, q.text, q.attribution) for q in find_quotes(para.text)]
        para_speaker: tuple[str | None, str | None, str] | None = None
        prev = paragraphs[para.index - 1] if para.index > 0 else None
        for q_start, q_end, q_text, attr in spans:
            if attr is None and q_start <= 1 and prev is not None and prev.text.rstrip().endswith(":"):
                # 'The ministry said in a statement:' followed by the quotation as its own paragraph
                attr = attribution_before(prev.text.rstrip()[:-1])
            if attr is None and q_start > 1 and not para_speaker:
                # "..., said Pieter van Aalst, a trade lawyer. “The Commission has built this ...”"
                attr = reported_speaker(para.text[:q_start].rstrip("“\"‘' "))
            speaker, role, kind = parse_speaker(attr)
            if kind == "pronoun" or (kind == "unknown" and para_speaker):
                speaker, role, kind = para_speaker or _resolve(last_named, named_roles)
            elif kind == "named":
                speaker, role = _full_name(speaker, role, named_roles)
            if kind == "unknown" and quotes and quotes[-1].paragraph == para.index - 1 and not attr:
                # A quote-only paragraph continues the speaker of the paragraph before.
                prev = quotes[-1]
                speaker, role, kind = prev.speaker, prev.speaker_role, prev.speaker_kind
            if kind == "named" and speaker:
                last_named = speaker
                named_roles.setdefault(speaker, role)
                if role and not named_roles[speaker]:
                    named_roles[speaker] = role
            para_speaker = (speaker, role, kind) if speaker else para_speaker
            start = para.start + q_start
            end = para.start + q_end
            quotes.append(
                Quote(
                    text=q_text,
                    start=start,
                    end=end,
                    speaker=speaker,
                    speaker_role=role,
                    speaker_kind=kind,
                    paragraph=para.index,
                    sentence=_sentence_index(sent_starts, start),
                    attribution=attr,
                )
            )
    # A paragraph earlier quoted without attribution may be attributed later in the same one.
    return _backfill(quotes)


def _resolve(last_named, named_roles):
    if last_named:
        return last_named, named_roles.get(last_named), "named"
    return None, None, "unknown"


def _full_name(speaker, role, named_roles):
    """A surname alone ("Mujahid said") resolves to the full name introduced earlier."""
    if speaker and " " not in speaker:
        for full, full_role in named_roles.items():
            if full.split()[-1] == speaker:
                return full, role or full_role
    return speaker, role if role else named_roles.get(speaker)


def _backfill(quotes: list[Quote]) -> list[Quote]:
    out = list(quotes)
    for i, q in enumerate(out):
        if q.speaker is None:
            later = next(
                (o for o in out[i + 1 :] if o.paragraph == q.paragraph and o.speaker), None
            )
            if later:
                out[i] = Quote(
                    q.text, q.start, q.end, later.speaker, later.speaker_role,
                    later.speaker_kind, q.paragraph, q.sentence, q.attribution,
                )
    return out


def _sentence_index(starts: list[int], offset: int) -> int | None:
    from bisect import bisect_right

    i = bisect_right(starts, offset) - 1
    return i if i >= 0 else None
