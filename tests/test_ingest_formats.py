"""Every input format yields the same Article structure; checked exactly against fixtures
(tests/fixtures/ingest/*.expected.json, written by hand for each fixture)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.ingest import read_path
from analysis.model import BODY, QUOTE

HERE = Path(__file__).resolve().parent / "fixtures" / "ingest"
ARTICLES = ["wire.txt", "layout.txt", "explainer.md", "page.html", "cyrillic_arabic.txt"]
FEEDS = ["feed.jsonl", "feed_bad_records.jsonl"]


def expected(name: str) -> dict:
    return json.loads((HERE / (name.rsplit(".", 1)[0] + ".expected.json")).read_text(encoding="utf-8"))


def check(article, exp: dict) -> None:
    meta = article.meta
    assert meta.format == exp["format"]
    assert article.title == exp["title"]
    assert article.standfirst == exp["standfirst"]
    assert meta.author == exp["author"]
    assert meta.source == exp["source"]
    assert meta.published == exp["published"]
    assert meta.url == exp["url"]
    assert meta.dateline == exp["dateline"]
    assert article.key_points == exp["key_points"]
    assert article.headings == exp["headings"]
    body = [p.text for p in article.paragraphs if p.kind in (BODY, QUOTE)]
    assert body[0] == exp["first_paragraph"]
    assert body[-1] == exp["last_paragraph"]
    got_quotes = [{"text": q.text, "speaker": q.speaker, "speaker_role": q.speaker_role} for q in article.quotes]
    assert got_quotes == exp["quotes"]
    assert list(article.media) == exp["media"]
    for text in exp["absent"]:
        assert text not in article.text, text
        assert text not in (article.title or "") + (meta.author or "")
    for text in exp["contains"]:
        assert text in article.text, text
    for unit in (*article.paragraphs, *article.sentences, *article.quotes):
        assert article.text[unit.start:unit.end] == unit.text


@pytest.mark.parametrize("name", ARTICLES)
def test_article_fixture(name):
    result = read_path(HERE / name)
    assert result.errors == []
    assert len(result.articles) == 1
    check(result.articles[0], expected(name))


@pytest.mark.parametrize("name", FEEDS)
def test_feed_fixture(name):
    exp = expected(name)
    result = read_path(HERE / name)
    assert [int(e.path.rsplit(":", 1)[1]) for e in result.errors] == [e["line"] for e in exp["errors"]]
    assert len(result.articles) == len(exp["records"])
    for article, record in zip(result.articles, exp["records"]):
        assert article.meta.record_id == record["id"]
        check(article, record)


def test_bad_feed_lines_are_named_with_their_line_number():
    result = read_path(HERE / "feed_bad_records.jsonl")
    messages = [str(e) for e in result.errors]
    assert messages[0] == (f"{HERE / 'feed_bad_records.jsonl'}:1: the line is a JSON list, not an object — "
                           'each line must be an object like {"title": ..., "body": ...}')
    assert messages[1] == (f"{HERE / 'feed_bad_records.jsonl'}:2: the record has no body text — "
                           'give each record a non-empty "body" string')


def test_html_without_an_article_body_is_refused():
    with pytest.raises(InputError) as info:
        read_path(HERE / "no_article.html")
    assert "no article body" in str(info.value)
    assert str(info.value).startswith(str(HERE / "no_article.html"))


def test_extract_json_of_a_boilerplate_page_holds_no_boilerplate():
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "analysis.cli", "extract", str(HERE / "page.html"), "--json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    dumped = json.dumps(out, ensure_ascii=False)
    for text in expected("page.html")["absent"]:
        assert text not in dumped, text
    assert out["article"]["source"] == "Frontier Ledger"
