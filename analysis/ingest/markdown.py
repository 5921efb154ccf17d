"""Markdown articles, parsed with mistune (nbconvert's own Markdown parser).

Link text stays, URLs do not enter the body; block quotes become quotations with the
"— Name, role" line as attribution; lists become key points (right after the title or
standfirst) or body paragraphs; tables become one paragraph per row.
"""

from __future__ import annotations

import re

import yaml

from ..model import BODY, HEADING, KEY_POINT, QUOTE, STANDFIRST, TITLE, Meta
from .builder import Block
from .plaintext import _BYLINE, _KEY_POINT_HEADERS, _MEDIA

__all__ = ["parse_markdown"]

_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<yaml>.*?)\n(?:---|\.\.\.)\s*\n", re.S)
_ATTRIBUTION_LINE = re.compile(r"^\s*(?:[—–]|--?)\s*(?P<attr>\S.{1,120})$")


def _inline(nodes: list[dict]) -> str:
    out: list[str] = []
    for node in nodes:
        kind = node["type"]
        if kind in ("text", "codespan", "inline_html"):
            raw = node.get("raw", "")
            out.append(re.sub(r"<[^>]+>", "", raw) if kind == "inline_html" else raw)
        elif kind in ("softbreak", "linebreak"):
            out.append("\n")
        elif kind == "image":
            continue
        elif "children" in node:
            out.append(_inline(node["children"]))
    return "".join(out)


def _front_matter(text: str) -> tuple[dict, str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group("yaml"))
    except yaml.YAMLError:
        return {}, text
    return (data if isinstance(data, dict) else {}), text[m.end():]


def parse_markdown(text: str, meta: Meta) -> tuple[list[Block], Meta, list[str], list[str]]:
    import mistune

    front, body = _front_matter(text.lstrip("\ufeff"))
    tokens = mistune.create_markdown(renderer=None, plugins=["table", "strikethrough"])(body)
    blocks: list[Block] = []
    media: list[str] = []
    author = front.get("author") or meta.author
    if front.get("title"):
        blocks.append(Block(TITLE, str(front["title"])))

    key_points_next = False
    for token in tokens:
        kind = token["type"]
        if kind not in ("blank_line", "list") and not (kind == "heading" and _KEY_POINT_HEADERS.match(_inline(token.get("children", [])).strip())):
            key_points_next = False
        if kind == "heading":
            content = _inline(token.get("children", []))
            level = token["attrs"]["level"]
            if level == 1 and not any(b.kind == TITLE for b in blocks):
                blocks.append(Block(TITLE, content))
            elif _KEY_POINT_HEADERS.match(content.strip()):
                key_points_next = True
            else:
                blocks.append(Block(HEADING, content))
        elif kind == "paragraph":
            content = _inline(token["children"]).strip()
            is_emphasis = len(token["children"]) == 1 and token["children"][0]["type"] == "emphasis"
            by = _BYLINE.match(re.sub(r"\s+", " ", content))
            if by and len(content.split()) <= 10 and not author:
                author = by.group("author")
            elif _MEDIA.match(content):
                media.append(content)
            elif is_emphasis and blocks and blocks[-1].kind == TITLE:
                blocks.append(Block(STANDFIRST, content))
            else:
                blocks.append(Block(BODY, content))
        elif kind == "block_quote":
            blocks.append(_block_quote(token))
        elif kind == "list":
            after_top = key_points_next or (bool(blocks) and blocks[-1].kind in (TITLE, STANDFIRST, KEY_POINT))
            for item in token["children"]:
                content = _inline(_flatten(item))
                blocks.append(Block(KEY_POINT if after_top else BODY, content))
        elif kind == "table":
            for row in _table_rows(token):
                blocks.append(Block(BODY, row))
    meta = Meta(
        format=meta.format,
        path=meta.path,
        author=str(author) if author else None,
        source=front.get("source") or meta.source,
        published=str(front.get("date") or front.get("published") or "") or meta.published,
        url=front.get("url") or meta.url,
        record_id=meta.record_id,
        retrieved=meta.retrieved,
        source_type=meta.source_type,
    )
    return blocks, meta, media, []


def _flatten(node: dict) -> list[dict]:
    out: list[dict] = []
    for child in node.get("children", []):
        if child["type"] in ("paragraph", "block_text"):
            out.extend(child["children"])
            out.append({"type": "text", "raw": " "})
        elif child["type"] == "list":
            for item in child["children"]:
                out.extend(_flatten(item))
        else:
            out.append(child)
    return out


def _block_quote(token: dict) -> Block:
    text = "\n".join(_inline(_flatten(token)).strip().splitlines())
    lines = [line for line in text.split("\n") if line.strip()]
    attribution = None
    if len(lines) > 1:
        m = _ATTRIBUTION_LINE.match(lines[-1])
        if m:
            attribution = m.group("attr").strip()
            lines = lines[:-1]
    quote = " ".join(lines).strip()
    if attribution:  # the "— Name, role" line stays in the text, after the quotation
        return Block(QUOTE, f"“{quote.strip(chr(8220) + chr(8221) + chr(34))}” — {attribution}")
    return Block(QUOTE, quote)


def _table_rows(token: dict) -> list[str]:
    rows: list[str] = []
    for part in token["children"]:
        cells_rows = [part["children"]] if part["type"] == "table_head" else [r["children"] for r in part["children"]]
        for cells in cells_rows:
            values = [_inline(c.get("children", [])).strip() for c in cells]
            rows.append(" | ".join(v for v in values if v))
    return rows
