"""Property tests: ingest raises nothing but the project's own errors on arbitrary bytes and text,
and every paragraph's, sentence's and quote's offsets slice back to its text."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.errors import BriefingError
from analysis.ingest import read_path

SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".jsonl"])
NEWSY = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?\"'“”‘’–—…\n\n-()[]#>*|0123456789éüТкаب ")),
                min_size=1, max_size=400)


def _read(data: bytes, suffix: str):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"article{suffix}"
        path.write_bytes(data)
        try:
            result = read_path(path)
        except BriefingError:
            return None
        return result


def _check_offsets(result) -> None:
    for article in result.articles:
        for unit in (*article.paragraphs, *article.sentences, *article.quotes):
            assert article.text[unit.start:unit.end] == unit.text
            assert unit.text.strip() == unit.text or unit in article.quotes


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), SUFFIXES)
def test_arbitrary_bytes(data, suffix):
    result = _read(data, suffix)
    if result is not None:
        _check_offsets(result)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1500), SUFFIXES)
def test_arbitrary_text(text, suffix):
    result = _read(text.encode("utf-8"), suffix)
    if result is not None:
        _check_offsets(result)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSY, st.sampled_from([".txt", ".md"]))
def test_news_like_text(text, suffix):
    result = _read(text.encode("utf-8"), suffix)
    if result is not None:
        _check_offsets(result)
