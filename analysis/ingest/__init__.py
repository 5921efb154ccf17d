"""Read articles once, at the boundary: any supported file → ``Article`` objects.

Formats are detected by content as well as by extension: plain text (magazine layouts and wire
copy), Markdown, HTML pages and JSON Lines feeds. Bad input raises ``InputError`` naming the
file, what is wrong and what to do.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from ..errors import InputError
from ..model import Article, Meta
from .builder import build_article
from .decode import DEFAULT_MAX_BYTES, decode, max_bytes
from .html import looks_like_html, parse_html
from .jsonl import iter_records
from .markdown import parse_markdown
from .plaintext import parse_plaintext

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "ReadResult",
    "discover",
    "read_path",
    "read_paths",
    "read_text",
]

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson")
PROVENANCE_SUFFIX = ".provenance.yaml"
_MARKDOWN_HINTS = re.compile(r"^(?:#{1,6} \S|---\s*$|> \S|\* \S|- \S|\d+\. \S)|\]\([^)\s]+\)", re.M)
_PARSERS = {"text": parse_plaintext, "markdown": parse_markdown, "html": parse_html}


@dataclass
class ReadResult:
    """What one path yielded: its articles, and the errors of records that could not be read."""

    path: str
    articles: list[Article] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def detect_format(text: str, suffix: str) -> str:
    head = text.lstrip("\ufeff \n\t")
    if suffix in (".jsonl", ".ndjson") or head.startswith(("{", "[")) and _first_line_is_json(head):
        return "jsonl"
    if suffix in (".html", ".htm") or looks_like_html(head):
        return "html"
    if suffix in (".md", ".markdown") or len(_MARKDOWN_HINTS.findall(head[:5000])) >= 2:
        return "markdown"
    return "text"


def _first_line_is_json(text: str) -> bool:
    import json

    try:
        json.loads(text.split("\n", 1)[0])
    except ValueError:
        return False
    return True


def read_text(text: str, *, format: str = "text", meta: Meta | None = None) -> Article:
    """Parse the already-decoded text of one article in the given format."""
    if format not in _PARSERS:
        raise InputError(f"unknown format {format!r}", hint=f"use one of {sorted(_PARSERS)}")
    meta = meta or Meta(format=format)
    blocks, meta, media, credits = _PARSERS[format](text, meta)
    return build_article(blocks, meta, media=media, credits=credits)


def _html_fragment_text(text: str) -> str:
    import lxml.html

    fragment = lxml.html.fragment_fromstring(text, create_parent="div")
    paras = [" ".join(p.itertext()).strip() for p in fragment.iter("p", "h2", "h3", "blockquote", "li")]
    return "\n\n".join(p for p in paras if p)


def _provenance(path: Path) -> dict:
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + PROVENANCE_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise InputError(f"the provenance file cannot be read ({exc.__class__.__name__})",
                         path=sidecar, hint="fix its YAML or delete it") from None
    return data if isinstance(data, dict) else {}


def _check_file(path: Path) -> None:
    try:
        path.resolve(strict=True)
    except RuntimeError:
        raise InputError("the path is a symbolic link loop", path=path,
                         hint="point the link at a real article file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("the path is a symbolic link loop", path=path,
                             hint="point the link at a real article file") from None
        raise InputError("no such file or folder", path=path,
                         hint="check the path (run `ls seeds/` to see the articles)") from None
    if path.is_dir():
        raise InputError("this is a folder, not an article file", path=path,
                         hint="name the files inside it, or pass the folder to `briefing build`")
    if not os.access(path, os.R_OK):
        raise InputError("the file cannot be read (permission denied)", path=path,
                         hint="fix its permissions with chmod")


def read_path(path: str | os.PathLike, *, limit: int | None = None) -> ReadResult:
    """Read one article file (or feed). Single-article files raise InputError when bad;
    a feed keeps its good records and lists the bad lines in ``errors``."""
    path = Path(path)
    _check_file(path)
    limit = max_bytes() if limit is None else limit
    prov = _provenance(path)
    base_meta = Meta(
        format="text", path=str(path), source=prov.get("source") or prov.get("publisher"),
        published=normalize_date(prov.get("published")), url=prov.get("url"),
        retrieved=_str(prov.get("retrieved")), author=prov.get("author"),
        source_type=_str(prov.get("source_type")),
    )
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _read_feed(path, base_meta, limit)
    size = path.stat().st_size
    if size > limit:
        raise InputError(
            f"the file is {size:,} bytes, over the {limit:,}-byte limit for one article",
            path=path,
            hint="split it into articles, or raise the limit with --max-bytes or BRIEFING_MAX_BYTES",
        )
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    text = decode(data, path=path, limit=limit)
    fmt = detect_format(text, suffix)
    if fmt == "jsonl":
        return _read_feed(path, base_meta, limit)
    article = read_text(text, format=fmt, meta=replace(base_meta, format=fmt))
    return ReadResult(str(path), [article], [])


def _str(value) -> str | None:
    return None if value is None else str(value)


def normalize_date(value) -> str | None:
    """An ISO date (YYYY-MM-DD) from ISO 8601 timestamps, RFC 822 feed dates or dates."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})", text)
    if m:
        return m.group(1)
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return text


def _read_feed(path: Path, base: Meta, limit: int) -> ReadResult:
    result = ReadResult(str(path))
    for number, record in iter_records(path, limit=limit):
        if isinstance(record, InputError):
            result.errors.append(record)
            continue
        meta = Meta(
            format="jsonl",
            path=f"{path}:{number}",
            author=_str(record.get("author")),
            source=_str(record.get("source")) or base.source,
            published=normalize_date(record.get("published")),
            url=_str(record.get("url")),
            record_id=_str(record.get("id")) or str(number),
            retrieved=base.retrieved,
        )
        title = _str(record.get("title")) or ""
        body = record["body"]
        if "<p" in body[:2000]:
            body = _html_fragment_text(body)
        try:
            blocks, meta, media, credits = parse_plaintext(body, meta, title=title or None)
            result.articles.append(build_article(blocks, meta, media=media, credits=credits))
        except InputError as exc:
            result.errors.append(InputError(exc.problem, path=f"{path}:{number}", hint=exc.hint))
    if not result.articles:
        first = result.errors[0] if result.errors else None
        raise InputError(
            "the feed has no readable record" + (f" (first problem, {first})" if first else ""),
            path=path,
            hint='write one JSON object per line with at least a "body" field',
        )
    return result


def discover(paths: list[str | os.PathLike]) -> list[Path]:
    """Expand folders into their article files (sorted); check that each path exists."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.iterdir()
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                and not p.name.startswith(".") and not p.name.endswith(PROVENANCE_SUFFIX)
                and p.stem.upper() != "README"  # a folder's own notes are not an article
            )
            if not files:
                raise InputError("the folder holds no article files", path=path,
                                 hint=f"add files ending in {', '.join(ARTICLE_SUFFIXES)}")
            found.extend(files)
        else:
            _check_file(path)
            found.append(path)
    return found


def read_paths(paths: list[str | os.PathLike], *, limit: int | None = None) -> list[ReadResult]:
    """Read every article under ``paths``; a bad file becomes a ReadResult with one error."""
    results = []
    for path in discover(paths):
        try:
            results.append(read_path(path, limit=limit))
        except InputError as exc:
            results.append(ReadResult(str(path), [], [exc]))
    return results
