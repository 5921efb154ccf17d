"""JSON Lines feeds: one record {id, url, title, published, source, author, body} per line.

A bad line is reported with its line number while the good ones still load."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError

__all__ = ["iter_records", "RECORD_FIELDS"]

RECORD_FIELDS = ("id", "url", "title", "published", "source", "author", "body")


def iter_records(path: Path, *, limit: int) -> Iterator[tuple[int, dict | InputError]]:
    """Yield (line number, record) or (line number, InputError) for each non-blank line."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            if len(raw) > limit:
                yield number, InputError(
                    f"the record is {len(raw):,} bytes, over the {limit:,}-byte limit",
                    path=where, hint="shorten the body or raise --max-bytes",
                )
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield number, InputError(
                    "the line is not valid UTF-8", path=where,
                    hint="re-save the feed as UTF-8",
                )
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield number, InputError(
                    f"the line is not valid JSON ({exc.msg} at column {exc.colno})",
                    path=where, hint="fix or remove this line; the other records were read",
                )
                continue
            if not isinstance(record, dict):
                yield number, InputError(
                    f"the line is a JSON {type(record).__name__}, not an object",
                    path=where,
                    hint='each line must be an object like {"title": ..., "body": ...}',
                )
                continue
            body = record.get("body")
            if not isinstance(body, str) or not body.strip():
                yield number, InputError(
                    "the record has no body text", path=where,
                    hint='give each record a non-empty "body" string',
                )
                continue
            yield number, record
