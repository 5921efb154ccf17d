"""HTML pages as saved from a news site. trafilatura finds the article body (navigation,
cookie banners, sidebars, footers and scripts are left out); ad blocks inside the article are
pruned by class name through trafilatura's own ``prune_xpath``. Metadata comes from JSON-LD,
<time datetime>, meta tags and the canonical link, and <blockquote> quotes keep the attribution
of their <footer>/<cite>."""

from __future__ import annotations

import json
import re

from ..errors import InputError
from ..model import BODY, HEADING, KEY_POINT, QUOTE, TITLE, Meta
from .builder import Block, clean_block_text
from .plaintext import _BYLINE, _CREDITS, _MEDIA

__all__ = ["parse_html", "looks_like_html"]

_BOILERPLATE_CLASSES = (
    "ad", "ads", "advert", "advertisement", "adslot", "ad-slot", "ad-container", "sponsored",
    "promo", "newsletter", "subscribe", "paywall", "cookie", "consent", "related", "share",
    "social", "outbrain", "taboola", "recommended", "most-read", "popular",
)
_PRUNE = [
    "//aside", "//nav", "//form", "//noscript", "//iframe", "//figure/figcaption",
] + [
    f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {c} ') or @id='{c}']"
    for c in _BOILERPLATE_CLASSES
]
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<\?xml[^>]*>\s*<html)", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:1000]))


def _json_ld(tree) -> dict:
    found: dict = {}
    for node in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(node.text or "")
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(k in ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting") for k in kinds):
                found = item
                break
    return found


def _name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return value.get("name")
    return value if isinstance(value, str) and value.strip() else None


def _blockquote_attributions(tree) -> list[tuple[str, str]]:
    pairs = []
    for bq in tree.xpath("//blockquote"):
        cite_nodes = bq.xpath(".//footer | .//cite")
        if not cite_nodes:
            continue
        attribution = clean_block_text(" ".join(cite_nodes[0].itertext())).lstrip("—–- ").strip()
        for node in cite_nodes:
            node.getparent().remove(node)
        quote = clean_block_text(" ".join(bq.itertext()))
        if attribution and quote:
            pairs.append((_norm(quote), attribution))
    return pairs


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def parse_html(text: str, meta: Meta) -> tuple[list[Block], Meta, list[str], list[str]]:
    import lxml.html
    import trafilatura
    from lxml import etree
    from trafilatura.metadata import extract_metadata

    try:
        tree = lxml.html.fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"the HTML cannot be parsed ({exc})", path=meta.path,
                         hint="save the page again as complete HTML") from None
    ld = _json_ld(tree)
    quote_attr = _blockquote_attributions(tree)
    times = tree.xpath("//article//time/@datetime | //time[@itemprop='datePublished']/@datetime")
    xml = trafilatura.extract(
        text, output_format="xml", include_comments=False, include_tables=True,
        include_formatting=False, include_links=False, include_images=False,
        with_metadata=False, prune_xpath=_PRUNE, deduplicate=False, favor_precision=True,
    )
    if not xml:
        raise InputError(
            "no article body found in this HTML page (only navigation or boilerplate)",
            path=meta.path,
            hint="save the article page itself, or paste its text into a .txt file",
        )
    doc = etree.fromstring(xml.encode("utf-8"))
    page_meta = extract_metadata(text)
    title = (
        _name(ld.get("headline"))
        or (page_meta.title if page_meta else None)
        or next(iter(tree.xpath("//h1//text()")), None)
    )
    blocks: list[Block] = [Block(TITLE, title)] if title else []
    media: list[str] = []
    credits: list[str] = []
    author = _name(ld.get("author")) or (page_meta.author if page_meta else None)
    for node in doc.iter("head", "p", "quote", "item", "row"):
        if node.tag == "p" and node.getparent() is not None and node.getparent().tag in ("quote", "item", "cell"):
            continue
        content = clean_block_text(" ".join(node.itertext()) if node.tag != "row" else " | ".join(
            clean_block_text(" ".join(c.itertext())) for c in node))
        if not content:
            continue
        if node.tag == "head":
            if title and _norm(content) == _norm(title):
                continue
            blocks.append(Block(HEADING, content))
        elif node.tag == "quote":
            attribution = next((a for q, a in quote_attr if q and (q in _norm(content) or _norm(content) in q)), None)
            # the <cite> is shown on the page: it stays in the text, after the quotation
            blocks.append(Block(QUOTE, f"“{content.strip(chr(8220) + chr(8221) + chr(34))}” — {attribution}"
                                if attribution else content))
        elif node.tag == "item":
            blocks.append(Block(KEY_POINT if blocks and blocks[-1].kind in (TITLE, KEY_POINT) else BODY, content))
        else:
            by = _BYLINE.match(content)
            if by and len(content.split()) <= 10:
                author = author or by.group("author")
            elif _CREDITS.match(content):
                credits.append(content)
            elif _MEDIA.match(content):
                media.append(content)
            else:
                blocks.append(Block(BODY, content))
    published = ld.get("datePublished") or (times[0] if times else None) or (page_meta.date if page_meta else None)
    publisher = _name(ld.get("publisher")) or (page_meta.sitename if page_meta else None)
    meta = Meta(
        format=meta.format,
        path=meta.path,
        author=author,
        source=meta.source or publisher,
        published=meta.published or _date(published),
        url=meta.url or ld.get("url") or (page_meta.url if page_meta else None),
        record_id=meta.record_id,
        retrieved=meta.retrieved,
        source_type=meta.source_type,
    )
    return blocks, meta, media, credits


def _date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"\d{4}-\d{2}-\d{2}", str(value))
    return m.group(0) if m else None
