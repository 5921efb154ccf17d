"""Plain-text articles: magazine layouts (title, standfirst, "At a Glance" bullets, headings,
media lines) and wire copy (byline, dateline, reporting credits)."""

from __future__ import annotations

import re

from ..model import BODY, HEADING, KEY_POINT, QUOTE, STANDFIRST, TITLE, Meta
from .builder import Block

__all__ = ["parse_plaintext", "split_blocks", "DATELINE"]

_KEY_POINT_HEADERS = re.compile(
    r"^(?:at a glance|key points|key takeaways|highlights|in brief|in short|summary|"
    r"what you need to know|the essentials|main points|fast facts)\s*:?$",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[•▪●◦‣∙·*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s+")
_MEDIA = re.compile(
    r"^(?:watch|listen|video|podcast|read more|read also|see also|related|photo|image|"
    r"gallery|click here|subscribe)\b[^:]{0,40}:\s*\S",
    re.I,
)
_BYLINE = re.compile(r"^(?:by|from)\s+(?P<author>[A-Z][^\n]{1,80}?)\s*$", re.I)
#: "ASTANA, March 3 (Steppe Wire) - " / "KABUL (Reuters) — " / "MOSCOW, Jan. 5 - "
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}?(?:,\s*[A-Z][A-Za-z.]+)?)"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\))?\s*[-–—]{1,2}\s+"
)
_CREDITS = re.compile(
    r"^\(?\s*(?:(?:additional )?reporting|writing|editing|compiled|translated)\s+by\b.*\)?$", re.I
)
_TERMINAL = tuple(".!?:;,”\"’')…")
_MAX_HEADING_WORDS = 14
_MAX_STANDFIRST_WORDS = 70
_QUOTE_OPENERS = ("“", '"', "‘", "'")


def split_blocks(text: str) -> list[list[str]]:
    """Groups of consecutive non-blank lines (a line of spaces or NBSPs is blank)."""
    groups: list[list[str]] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip(" \t\u00a0\u2009\u202f\ufeff"):
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _split_at_list(lines: list[str]) -> list[list[str]]:
    """A heading written right above its bullets, with no blank line between ("At a Glance"
    then "  • ..."), is its own block: the bullets are key points, not part of a paragraph."""
    first = next((i for i, line in enumerate(lines) if _BULLET.match(line)), None)
    if first != 1 or not _is_heading(lines[:1], lines[1:]):
        return [lines]  # "“…”" then "– Name": a pull quote and its attribution stay together
    return [lines[:first], lines[first:]]


def _is_heading(lines: list[str], next_group: list[str] | None) -> bool:
    if len(lines) != 1 or next_group is None:
        return False
    line = lines[0].strip()
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADING_WORDS
        and not line.endswith(_TERMINAL)
        and line[0].isupper()
        and not _BULLET.match(lines[0])
        and not line.startswith(_QUOTE_OPENERS)
    )


def parse_plaintext(
    text: str, meta: Meta, *, title: str | None = None
) -> tuple[list[Block], Meta, list[str], list[str]]:
    """Blocks of a plain-text article, with metadata found in its layout (byline, dateline).

    The first line is the title unless ``title`` is given (a feed record's body)."""
    groups = [part for group in split_blocks(text.lstrip("\ufeff")) for part in _split_at_list(group)]
    if title is not None:
        groups.insert(0, [title])
    blocks: list[Block] = []
    media: list[str] = []
    credits: list[str] = []
    author = meta.author
    dateline = source = None
    in_key_points = False
    has_structure = any(
        _KEY_POINT_HEADERS.match(" ".join(g).strip()) or _BULLET.match(g[0]) for g in groups
    ) or sum(_is_heading(g, None if i + 1 == len(groups) else groups[i + 1]) for i, g in enumerate(groups[1:], 1)) > 0

    for i, lines in enumerate(groups):
        joined = " ".join(line.strip() for line in lines)
        next_group = groups[i + 1] if i + 1 < len(groups) else None
        if i == 0:
            blocks.append(Block(TITLE, joined))
            continue
        if _BULLET.match(lines[0]):
            kind = KEY_POINT if (in_key_points or not blocks or blocks[-1].kind in (KEY_POINT, TITLE, STANDFIRST)) else BODY
            for line in lines:
                blocks.append(Block(kind, _BULLET.sub("", line, count=1)))
            continue
        in_key_points = False
        if _KEY_POINT_HEADERS.match(joined):
            in_key_points = True
            continue
        m = _BYLINE.match(joined)
        if m and not author and len(joined.split()) <= 10:
            author = m.group("author").strip()
            continue
        if _CREDITS.match(joined):
            credits.append(joined)
            continue
        if _MEDIA.match(joined):
            media.append(joined)
            continue
        if not dateline and not any(b.kind == BODY for b in blocks):
            dm = DATELINE.match(joined)
            if dm and dm.group("place").strip().isupper() and len(dm.group("place")) >= 3:
                dateline = dm.group("place").strip()
                source = dm.group("agency")
                joined = joined[dm.end():]
                blocks.append(Block(BODY, joined))
                continue
        if _is_heading(lines, next_group) and i > 1:
            blocks.append(Block(HEADING, joined))
            continue
        if (
            has_structure
            and not dateline
            and blocks
            and blocks[-1].kind == TITLE
            and len(joined.split()) <= _MAX_STANDFIRST_WORDS
        ):
            blocks.append(Block(STANDFIRST, joined))
            continue
        blocks.append(Block(QUOTE if _is_quote_paragraph(joined) else BODY, joined))

    meta = Meta(
        format=meta.format,
        path=meta.path,
        author=author,
        source=meta.source or source,
        published=meta.published,
        url=meta.url,
        dateline=dateline,
        record_id=meta.record_id,
        retrieved=meta.retrieved,
        source_type=meta.source_type,
    )
    return blocks, meta, media, credits


def _is_quote_paragraph(text: str) -> bool:
    """A paragraph that is a quotation plus its attribution, like “…” – Name."""
    if not text.startswith(_QUOTE_OPENERS):
        return False
    closers = {"“": "”", '"': '"', "‘": "’", "'": "'"}
    close = text.rfind(closers[text[0]])
    return close > len(text) * 0.5
