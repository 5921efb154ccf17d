"""analysis.fetch against a real HTTP server on 127.0.0.1 (tests/fetchserver.py).

Most tests inject a fake clock and sleep, so politeness waits and retry backoff cost no time and
can be asserted exactly; the timeout test waits for real, with a timeout of a fraction of a second.
"""

from __future__ import annotations

import hashlib
import re
import socket
import sys
import time
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetchserver import ARTICLES, FetchServer, article_page, cookie_wall_page  # noqa: E402

from analysis.errors import InputError  # noqa: E402
from analysis.fetch import STATE_NAME, FetchResult, canonical_url, fetch  # noqa: E402
from analysis.ingest import read_path  # noqa: E402

PROVENANCE_KEYS = ["source_type", "url", "feed", "retrieved", "etag", "last_modified", "sha256"]
TITLE_STEMS = {slug: re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") for slug, (title, _) in ARTICLES.items()}


class FakeClock:
    """A monotonic clock that only moves when sleep() is called; remembers every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


@pytest.fixture
def site():
    with FetchServer() as server:
        yield server


@pytest.fixture
def clock():
    return FakeClock()


def run(urls, dest, clock, **options) -> FetchResult:
    options.setdefault("timeout", 2.0)
    return fetch(urls, dest, clock=clock, sleep=clock.sleep, **options)


def stems(result: FetchResult) -> set[str]:
    return {p.name.removesuffix(".html") for p in result.stored}


def sidecar(path: Path) -> dict:
    return yaml.safe_load(path.with_name(path.stem + ".provenance.yaml").read_text(encoding="utf-8"))


# -- the test site's pages are what the project's ingest calls articles -----------------------

def test_the_test_pages_read_as_articles_with_the_projects_ingest(tmp_path):
    for slug, (title, paragraphs) in ARTICLES.items():
        page = tmp_path / f"{slug}.html"
        page.write_text(article_page(slug), encoding="utf-8")
        article = read_path(page).articles[0]
        assert article.title == title
        body = [p.text for p in article.paragraphs if p.kind == "body"]
        assert len(body) >= 4 and body[0] == paragraphs[0]
        assert "cookies" not in article.text and "All rights reserved" not in article.text
    wall = tmp_path / "cookie-wall.html"
    wall.write_text(cookie_wall_page(), encoding="utf-8")
    with pytest.raises(InputError, match="no article body found"):
        read_path(wall)


# -- what is stored -----------------------------------------------------------------------------

def test_feeds_and_pages_are_stored_with_their_provenance(site, clock, tmp_path):
    rss, atom = site.url("/feeds/energy.rss"), site.url("/feeds/hydro.atom")
    urls = [rss, atom, site.url("/articles/turkmen-gas"), site.url("/old/caspian-corridor")]
    result = run(urls, tmp_path, clock)

    assert stems(result) == {TITLE_STEMS[s] for s in
                             ("kazakhstan-grid", "uzbekistan-solar", "kyrgyzstan-hydro", "turkmen-gas", "caspian-corridor")}
    assert result.errors == [] and result.unchanged == []
    assert result.skipped == [(site.url("/articles/cookie-wall"),
                               "not an article: no article body found in this HTML page (only navigation or boilerplate)")]
    by_slug = {slug: tmp_path / f"{TITLE_STEMS[slug]}.html" for slug in ARTICLES}
    for path in result.stored:
        assert path.parent == tmp_path and path.is_file()
        prov = sidecar(path)
        assert list(prov) == PROVENANCE_KEYS
        assert prov["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", prov["retrieved"])
        # the stored page is byte for byte what the server sent, and reads back as the article
        article = read_path(path).articles[0]
        assert article.meta.url == prov["url"]
    grid = sidecar(by_slug["kazakhstan-grid"])
    assert grid["source_type"] == "feed item" and grid["feed"] == rss
    assert grid["url"] == site.url("/articles/kazakhstan-grid")
    assert grid["etag"] is None and grid["last_modified"] is None
    assert by_slug["kazakhstan-grid"].read_bytes() == article_page("kazakhstan-grid").encode()
    hydro = sidecar(by_slug["kyrgyzstan-hydro"])
    assert hydro["feed"] == atom and hydro["url"] == site.url("/articles/kyrgyzstan-hydro")  # relative Atom link
    gas = sidecar(by_slug["turkmen-gas"])
    assert gas["source_type"] == "web page" and gas["feed"] is None and gas["etag"] == '"turkmen-gas-v1"'
    corridor = sidecar(by_slug["caspian-corridor"])
    assert corridor["url"] == site.url("/articles/caspian-corridor")  # the final URL after the 301
    # nothing half-written is left behind; the state file sits beside the articles
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == [STATE_NAME]


def test_a_second_run_stores_nothing_new(site, clock, tmp_path):
    rss, atom = site.url("/feeds/energy.rss"), site.url("/feeds/hydro.atom")
    gas, moved, flaky = site.url("/articles/turkmen-gas"), site.url("/old/caspian-corridor"), site.url("/flaky/rogun")
    urls = [rss, atom, gas, moved, flaky]
    first = run(urls, tmp_path, clock)
    assert len(first.stored) == 6
    files = sorted(p.name for p in tmp_path.iterdir())
    site.clear()

    second = run(urls, tmp_path, FakeClock())
    assert second.stored == [] and second.errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    # 304 for the feed (Last-Modified) and the page (ETag); the same bytes again for the others
    assert second.unchanged == [rss, gas, moved, flaky]
    assert site.requests_for("/feeds/energy.rss")[0].headers["If-Modified-Since"] == "Tue, 04 Mar 2025 10:00:00 GMT"
    assert site.requests_for("/articles/turkmen-gas")[0].headers["If-None-Match"] == '"turkmen-gas-v1"'
    # the Atom feed has no validators, so it is read again, but its item is known by URL
    hydro = site.url("/articles/kyrgyzstan-hydro")
    assert second.skipped == [(hydro, f"already fetched (stored as {TITLE_STEMS['kyrgyzstan-hydro']}.html)")]
    assert site.count("/articles/kyrgyzstan-hydro") == 0
    assert site.count("/articles/kazakhstan-grid") == site.count("/articles/uzbekistan-solar") == 0


def test_the_same_article_at_another_url_is_unchanged(site, clock, tmp_path):
    result = run([site.url("/articles/kazakhstan-grid"), site.url("/mirror/kazakhstan-grid")], tmp_path, clock)
    assert stems(result) == {TITLE_STEMS["kazakhstan-grid"]}
    assert result.unchanged == [site.url("/mirror/kazakhstan-grid")]
    again = run([site.url("/articles/kazakhstan-grid#comments")], tmp_path, clock)
    assert again.stored == [] and again.unchanged == [site.url("/articles/kazakhstan-grid#comments")]


def test_a_different_article_is_never_overwritten(site, clock, tmp_path):
    taken = tmp_path / f"{TITLE_STEMS['turkmen-gas']}.html"
    taken.write_text("<html><body><p>someone else's page</p></body></html>", encoding="utf-8")
    result = run([site.url("/articles/turkmen-gas")], tmp_path, clock)
    assert [p.name for p in result.stored] == [f"{TITLE_STEMS['turkmen-gas']}-2.html"]
    assert taken.read_text(encoding="utf-8") == "<html><body><p>someone else's page</p></body></html>"
    assert (tmp_path / f"{TITLE_STEMS['turkmen-gas']}-2.provenance.yaml").is_file()


def test_the_state_file_can_live_elsewhere(site, clock, tmp_path):
    state = tmp_path / "state" / "fetch.json"
    dest = tmp_path / "articles"
    run([site.url("/articles/turkmen-gas")], dest, clock, state=state)
    assert state.is_file() and not (dest / STATE_NAME).exists()
    again = run([site.url("/articles/turkmen-gas")], dest, clock, state=state)
    assert again.unchanged == [site.url("/articles/turkmen-gas")]


# -- robots.txt ---------------------------------------------------------------------------------

def test_robots_disallowed_urls_are_skipped_and_never_requested(site, clock, tmp_path):
    private = site.url("/private/lithium-deal")
    result = run([private, site.url("/feeds/private.rss"), site.url("/old/lithium-deal"),
                  site.url("/articles/rogun")], tmp_path, clock)
    assert result.skipped == [
        (private, "robots.txt disallows it"),
        (private, "robots.txt disallows it"),  # the feed's item
        (site.url("/old/lithium-deal"), f"it redirects to {private}, which robots.txt disallows"),
    ]
    assert stems(result) == {TITLE_STEMS["rogun"]}
    assert not any(p.startswith("/private/") for p in site.paths)
    assert site.count("/robots.txt") == 1  # once per host


def test_a_robots_txt_that_404s_allows_everything(clock, tmp_path):
    with FetchServer(robots=None) as site:
        result = run([site.url("/private/lithium-deal")], tmp_path, clock)
        assert stems(result) == {TITLE_STEMS["lithium-deal"]}
        assert site.paths == ["/robots.txt", "/private/lithium-deal"]


# -- politeness -----------------------------------------------------------------------------------

def test_requests_to_one_host_wait_min_interval(site, clock, tmp_path):
    urls = [site.url(f"/articles/{s}") for s in ("kazakhstan-grid", "uzbekistan-solar", "rogun")]
    result = run(urls, tmp_path, clock, min_interval=1.5)
    assert len(result.stored) == 3
    assert site.paths[0] == "/robots.txt" and len(site.paths) == 4
    assert clock.sleeps == [1.5, 1.5, 1.5]  # before each request after the first (robots.txt)


def test_the_interval_is_per_host(clock, tmp_path):
    with FetchServer() as a, FetchServer() as b:  # two ports: two hosts for robots.txt and pacing
        urls = [a.url("/articles/kazakhstan-grid"), b.url("/articles/uzbekistan-solar"), a.url("/articles/rogun")]
        result = run(urls, tmp_path, clock, min_interval=1.0)
        assert len(result.stored) == 3
        assert a.count("/robots.txt") == b.count("/robots.txt") == 1
    # a: robots (t=0), page (sleep 1, t=1); b: robots (t=1, no wait), page (sleep 1, t=2);
    # a again at t=2: its last request was at t=1, a full interval ago, so no wait
    assert clock.sleeps == [1.0, 1.0]


def test_robots_crawl_delay_lengthens_the_interval(clock, tmp_path):
    with FetchServer(crawl_delay=3) as site:
        run([site.url("/articles/rogun"), site.url("/articles/turkmen-gas")], tmp_path, clock, min_interval=1.0)
    assert clock.sleeps == [3.0, 3.0]  # robots.txt is read first, so its Crawl-delay paces both pages


def test_the_interval_holds_on_a_real_clock(site, tmp_path):
    urls = [site.url(f"/articles/{s}") for s in ("kazakhstan-grid", "uzbekistan-solar")]
    fetch(urls, tmp_path, min_interval=0.1, timeout=2.0)
    arrivals = [r.at for r in site.requests]
    assert len(arrivals) == 3
    assert all(later - earlier >= 0.09 for earlier, later in zip(arrivals, arrivals[1:]))


# -- retries, timeouts, errors ----------------------------------------------------------------

def test_a_500_that_stays_is_tried_retries_plus_one_times_with_backoff(site, clock, tmp_path):
    broken = site.url("/broken")
    result = run([broken], tmp_path, clock, retries=2, min_interval=0)
    assert site.count("/broken") == 3
    assert result.errors == [(broken, f"{broken}: HTTP 500 Internal Server Error after 3 tries — "
                                      "the server is failing; try again later")]
    assert clock.sleeps == [1.0, 2.0]  # exponential backoff between the tries


def test_no_retries_means_one_try(site, clock, tmp_path):
    result = run([site.url("/broken")], tmp_path, clock, retries=0)
    assert site.count("/broken") == 1
    assert "after 1 try" in result.errors[0][1]


def test_a_500_that_recovers_is_stored_on_the_second_try(site, clock, tmp_path):
    result = run([site.url("/flaky/rogun")], tmp_path, clock, retries=2)
    assert site.count("/flaky/rogun") == 2
    assert stems(result) == {TITLE_STEMS["rogun"]} and result.errors == []


def test_a_404_is_not_retried(site, clock, tmp_path):
    missing = site.url("/missing")
    result = run([missing], tmp_path, clock, retries=2)
    assert site.count("/missing") == 1
    assert result.errors == [(missing, f"{missing}: HTTP 404 Not Found — check the URL")]


def test_a_slow_page_times_out_and_is_retried(site, clock, tmp_path):
    slow = site.url("/slow")
    started = time.monotonic()
    result = run([slow], tmp_path, clock, timeout=0.3, retries=1)
    assert time.monotonic() - started < 1.5
    assert site.count("/slow") == 2
    assert result.errors == [(slow, f"{slow}: timed out after 0.3 s (2 tries) — "
                                    "the server is slow; try again later or raise the timeout")]
    assert result.stored == []


def test_a_feed_that_is_not_xml_is_an_error(site, clock, tmp_path):
    html_feed, text_feed = site.url("/bad-feeds/feed.xml"), site.url("/bad-feeds/rss")
    result = run([html_feed, text_feed], tmp_path, clock)
    assert result.errors == [
        (html_feed, f"{html_feed}: the feed is not RSS or Atom XML (it answered an HTML page, text/html)"
                    " — check the feed's address"),
        (text_feed, f"{text_feed}: the feed is not RSS or Atom XML (it answered text, text/plain)"
                    " — check the feed's address"),
    ]
    assert result.stored == []


def test_a_host_that_refuses_connections_is_an_error(clock, tmp_path):
    with socket.socket() as probe:  # a port on loopback that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/articles/rogun"
    result = run([url, f"http://127.0.0.1:{port}/articles/turkmen-gas"], tmp_path, clock, retries=1)
    assert [u for u, _ in result.errors] == [url, f"http://127.0.0.1:{port}/articles/turkmen-gas"]
    message = result.errors[0][1]
    assert "robots.txt cannot be fetched" in message and "cannot connect" in message and "after 2 tries" in message
    assert "\n" not in message


def test_every_outcome_lands_in_one_list(site, clock, tmp_path):
    urls = [site.url(p) for p in ("/feeds/energy.rss", "/missing", "/broken", "/bad-feeds/rss",
                                  "/private/lithium-deal", "/articles/turkmen-gas")]
    result = run(urls, tmp_path, clock, retries=1)
    assert len(result.stored) == 3 and len(result.errors) == 3 and len(result.skipped) == 2
    for url, message in result.errors:
        assert message.startswith(url) and "\n" not in message


# -- arguments -------------------------------------------------------------------------------------

def test_bad_arguments_raise_input_error(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="dest is a file"):
        fetch(["http://127.0.0.1/"], a_file)
    with pytest.raises(InputError, match="is not an http"):
        fetch(["ftp://127.0.0.1/feed.xml"], tmp_path)
    with pytest.raises(InputError, match="is not an http"):
        fetch(["127.0.0.1/articles"], tmp_path)
    with pytest.raises(InputError, match="not one string"):
        fetch("http://127.0.0.1/", tmp_path)
    with pytest.raises(InputError, match="retries"):
        fetch(["http://127.0.0.1/"], tmp_path, retries=-1)
    with pytest.raises(InputError, match="timeout"):
        fetch(["http://127.0.0.1/"], tmp_path, timeout=0)
    (tmp_path / STATE_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="state file cannot be read"):
        fetch(["http://127.0.0.1/"], tmp_path)


def test_nothing_is_requested_for_an_empty_list(tmp_path):
    assert fetch([], tmp_path / "new") == FetchResult()
    assert (tmp_path / "new").is_dir()


def test_canonical_url():
    assert canonical_url("HTTP://Example.ORG:80/a/b?x=1&utm_source=rss#top") == "http://example.org/a/b?x=1"
    assert canonical_url("https://example.org") == "https://example.org/"
    assert canonical_url("https://example.org:8443/a#b") == "https://example.org:8443/a"
