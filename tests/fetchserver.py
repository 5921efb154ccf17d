"""A small news site on 127.0.0.1 for the fetch tests: feeds, article pages and misbehaving URLs.

``FetchServer`` runs ``http.server.ThreadingHTTPServer`` on a free loopback port in a background
thread and records every request (path, headers, arrival time), so tests can check what was asked
for, how often, and with which conditional headers. Nothing here talks to any other address.

Routes (see ``FetchServer._route``):

=============================  ===============================================================
/robots.txt                    disallows /private/ (``crawl_delay`` adds a Crawl-delay line;
                               ``robots=None`` makes it a 404)
/feeds/energy.rss              RSS 2.0, 3 items: two articles and a page with no article body;
                               Last-Modified + If-Modified-Since (answers 304)
/feeds/hydro.atom              Atom, 1 item; no validators
/feeds/private.rss             RSS 2.0, 1 item under /private/ (disallowed)
/articles/kazakhstan-grid      article (RSS item 1)
/articles/uzbekistan-solar     article (RSS item 2)
/articles/cookie-wall          navigation, cookie banner and footer, no body (RSS item 3)
/articles/kyrgyzstan-hydro     article (Atom item)
/articles/turkmen-gas          article with an ETag; answers 304 to If-None-Match
/old/caspian-corridor          301 → /articles/caspian-corridor (an article)
/old/lithium-deal              301 → /private/lithium-deal (disallowed)
/articles/caspian-corridor     article
/flaky/rogun                   500 on the first request, then an article
/mirror/kazakhstan-grid        the same bytes as /articles/kazakhstan-grid
/private/lithium-deal          article, but robots.txt disallows it
/slow                          waits ``slow_seconds`` before answering
/missing                       404
/broken                        500, always
/bad-feeds/feed.xml            a "feed" that answers an HTML page
/bad-feeds/rss                 a "feed" that answers plain text
=============================  ===============================================================
"""

from __future__ import annotations

import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["ARTICLES", "FetchServer", "Request", "article_page", "cookie_wall_page"]

#: slug → (headline, paragraphs). Invented news, written for these tests.
ARTICLES: dict[str, tuple[str, list[str]]] = {
    "kazakhstan-grid": (
        "Kazakhstan Opens Bidding for Northern Grid Upgrade",
        [
            "Kazakhstan's national grid operator opened bidding on Tuesday for a high-voltage line "
            "that would link the coal-heavy north with new wind farms near the Caspian coast, a "
            "project officials in Astana valued at roughly 1.2 billion dollars.",
            "The operator said the line would carry up to two gigawatts once complete and would "
            "ease the winter shortages that forced rolling blackouts in Pavlodar and Ekibastuz "
            "during the last two heating seasons.",
            "Energy minister Almasadam Satkaliyev told reporters that Chinese, Turkish and European "
            "contractors had already asked for the tender documents, and that a winner would be "
            "named before the end of the year.",
            "Analysts in Almaty cautioned that tariffs remain below cost across much of the "
            "country, which they said could deter private lenders unless the government raises "
            "prices or guarantees the operator's revenue.",
            "The World Bank, which advised on the tender rules, said the upgrade was the single "
            "most important step Kazakhstan could take to cut its reliance on ageing coal plants.",
        ],
    ),
    "uzbekistan-solar": (
        "Uzbekistan Signs Solar Deal With Gulf Developer",
        [
            "Uzbekistan signed an agreement on Monday with a developer from the United Arab "
            "Emirates to build a 500-megawatt solar park in the Bukhara region, the latest in a "
            "series of Gulf investments in the country's power sector.",
            "The ministry of energy in Tashkent said the plant would be paired with a battery "
            "system able to shift part of the daytime output into the evening peak, when demand "
            "from cities and cotton processors is highest.",
            "Under the terms of the deal, the state buyer will purchase the electricity for "
            "twenty-five years at a fixed price in dollars, a guarantee that foreign investors "
            "have demanded before committing capital to the region.",
            "Officials said construction would begin in the spring and that the first units "
            "could feed the grid within eighteen months, provided that transmission lines to "
            "Samarkand are finished on schedule.",
            "Critics of the programme argue that dollar-denominated contracts shift currency risk "
            "onto Uzbek households, which could face higher bills if the sum weakens further.",
        ],
    ),
    "kyrgyzstan-hydro": (
        "Kyrgyzstan Restarts Work on Kambarata Dam",
        [
            "Kyrgyzstan resumed construction on the Kambarata-1 hydropower dam on the Naryn river "
            "this week after Kazakhstan and Uzbekistan agreed to share the cost of the project "
            "and to buy part of the electricity it will produce.",
            "The three governments said in a joint statement that the dam would store water in "
            "winter and release it in summer, when farmers downstream in the Fergana valley and "
            "southern Kazakhstan need it most for irrigation.",
            "Engineers from the state energy holding in Bishkek said the first access tunnels "
            "had been reopened and that heavy equipment was being moved to the site before the "
            "mountain roads close for the winter.",
            "Environmental groups warned that the reservoir would flood pastures used by herders "
            "for generations, and asked the development banks involved to publish a full "
            "assessment of the social impact before more money is released.",
        ],
    ),
    "turkmen-gas": (
        "Turkmenistan Weighs New Gas Route Across the Caspian",
        [
            "Turkmenistan is studying a pipeline under the Caspian Sea that would send gas from "
            "its western fields to Azerbaijan and onward to Europe, according to officials who "
            "attended a conference in Ashgabat on Wednesday.",
            "The idea has been discussed for more than two decades, but delegates said the war in "
            "Ukraine and European efforts to replace Russian supplies had given it a new urgency "
            "and a new set of potential buyers.",
            "A representative of the state gas company said Turkmenistan could supply ten billion "
            "cubic metres a year through the line, a fraction of its output but enough to matter "
            "for several countries in south-eastern Europe.",
            "Russia and Iran have long objected to undersea pipelines in the Caspian on "
            "environmental grounds, and diplomats said any final decision would depend on how "
            "firmly Moscow and Tehran press those objections.",
        ],
    ),
    "caspian-corridor": (
        "Caspian Ports Prepare for Surge in Cargo",
        [
            "Port operators in Aktau and Baku are expanding their terminals to handle a sharp rise "
            "in container traffic along the Middle Corridor, the trade route that links China to "
            "Europe while avoiding Russian territory.",
            "Shipping companies said volumes on the route had roughly doubled over the past two "
            "years, as exporters looked for alternatives to rail lines across Russia that have "
            "become harder to insure and finance.",
            "The Kazakh transport ministry said it would add four new ferries next year and dredge "
            "the approach channel at Aktau, which has become shallower as the level of the "
            "Caspian Sea continues to fall.",
            "Logistics experts said the corridor still faced bottlenecks at border crossings in "
            "Georgia and at the ports themselves, where customs checks can hold containers for "
            "several days.",
        ],
    ),
    "rogun": (
        "Tajikistan Raises Funds for Rogun Power Plant",
        [
            "Tajikistan has secured new loans from the Asian Infrastructure Investment Bank and "
            "the OPEC Fund to continue building the Rogun hydropower plant, which would become "
            "the tallest dam in the world when finished.",
            "Government officials in Dushanbe said the money would pay for the next two turbines "
            "and for raising the dam wall, work that has been slowed by rising costs for steel "
            "and cement over the past three years.",
            "The plant already supplies part of the country's electricity, and officials hope to "
            "export surplus summer power to Afghanistan and Pakistan through a transmission line "
            "backed by the World Bank.",
            "Neighbouring Uzbekistan, which once opposed the project because of fears for its "
            "water supply, now says it is ready to buy Rogun electricity, a shift that followed "
            "a broader thaw in relations between the two countries.",
        ],
    ),
    "lithium-deal": (
        "Kazakhstan Grants Lithium Licence to Korean Consortium",
        [
            "Kazakhstan granted an exploration licence on Thursday to a South Korean consortium "
            "for a lithium deposit in the east of the country, the first such licence awarded "
            "under new rules meant to attract battery makers.",
            "The ministry of industry said the consortium had committed to building a processing "
            "plant in Kazakhstan if the deposit proved commercially viable, rather than exporting "
            "raw ore for refining abroad.",
            "Officials said talks with European and Japanese companies over other deposits were "
            "under way, and that the government wanted to see several projects compete for "
            "access to power and water in the region.",
            "Geologists cautioned that the size of the deposit had not been confirmed and that "
            "several years of drilling would be needed before any decision to build a mine.",
        ],
    ),
}


def article_page(slug: str, *, site: str = "Steppe Energy Monitor") -> str:
    """A news page as a site serves it: header, navigation, cookie banner, the article, footer."""
    headline, paragraphs = ARTICLES[slug]
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html.escape(headline)} | {site}</title>
  <meta name="description" content="{html.escape(paragraphs[0][:150])}">
  <meta property="og:title" content="{html.escape(headline)}">
  <meta property="og:site_name" content="{site}">
</head>
<body>
  <header class="masthead"><a href="/">{site}</a></header>
  <nav class="main-nav"><ul><li><a href="/energy">Energy</a></li><li><a href="/markets">Markets</a></li>
    <li><a href="/politics">Politics</a></li><li><a href="/about">About us</a></li></ul></nav>
  <div class="cookie-banner" id="cookie">We use cookies to improve your experience.
    <button>Accept all</button> <button>Manage settings</button></div>
  <main>
    <article>
      <h1>{html.escape(headline)}</h1>
      <p class="byline">By Staff Reporter</p>
      <time datetime="2025-03-04T09:00:00Z">4 March 2025</time>
{body}
    </article>
  </main>
  <footer class="site-footer"><p>© 2025 {site}. All rights reserved.</p>
    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p></footer>
</body>
</html>
"""


def cookie_wall_page(site: str = "Steppe Energy Monitor") -> str:
    """A page with navigation, a cookie banner and a footer, and no article body at all."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{site}</title></head>
<body>
  <header class="masthead"><a href="/">{site}</a></header>
  <nav class="main-nav"><ul><li><a href="/energy">Energy</a></li><li><a href="/markets">Markets</a></li>
    <li><a href="/politics">Politics</a></li></ul></nav>
  <div class="cookie-banner" id="cookie">We use cookies to improve your experience.
    <button>Accept all</button> <button>Reject all</button> <button>Manage settings</button></div>
  <footer class="site-footer"><p>© 2025 {site}. All rights reserved.</p>
    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
</body>
</html>
"""


def _rss(base: str, items: list[tuple[str, str]]) -> str:
    entries = "\n".join(
        f"""    <item>
      <title>{html.escape(title)}</title>
      <link>{base}{path}</link>
      <guid isPermaLink="true">{base}{path}</guid>
      <pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
      <description>{html.escape(title)}.</description>
    </item>"""
        for title, path in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Steppe Energy Monitor</title>
    <link>{base}/</link>
    <description>Energy news from Central Asia</description>
{entries}
  </channel>
</rss>
"""


def _atom(base: str) -> str:
    title = ARTICLES["kyrgyzstan-hydro"][0]
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Mountain Water Report</title>
  <id>urn:uuid:0b5e2a4c-1f0e-4a39-9d0e-6b1f4f6a1c11</id>
  <updated>2025-03-04T09:00:00Z</updated>
  <link href="{base}/feeds/hydro.atom" rel="self"/>
  <entry>
    <title>{html.escape(title)}</title>
    <id>urn:uuid:5c9f8d0e-2a61-4f5b-8a7e-3d2b9c4e7f20</id>
    <updated>2025-03-04T09:00:00Z</updated>
    <link href="/articles/kyrgyzstan-hydro" rel="alternate"/>
    <summary>{html.escape(title)}.</summary>
  </entry>
</feed>
"""


RSS_LAST_MODIFIED = "Tue, 04 Mar 2025 10:00:00 GMT"
TURKMEN_ETAG = '"turkmen-gas-v1"'


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


@dataclass
class _Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def do_GET(self):  # noqa: N802 - http.server's naming
        owner = self.server.owner
        owner._record(self)
        reply = owner._route(self)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass

    def log_message(self, format, *args):  # keep pytest's output clean
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    owner: "FetchServer"


class FetchServer:
    """The test site. ``with FetchServer() as site: site.url("/feeds/energy.rss")``."""

    def __init__(self, *, robots: str | None = "User-agent: *\nDisallow: /private/\n",
                 crawl_delay: float | None = None, slow_seconds: float = 2.0):
        if robots is not None and crawl_delay is not None:
            robots += f"Crawl-delay: {crawl_delay:g}\n"
        self.robots = robots
        self.slow_seconds = slow_seconds
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._released = threading.Event()
        self._flaky_seen = 0
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle -------------------------------------------------------------------------
    def start(self) -> "FetchServer":
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fetchserver", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._released.set()  # wake a sleeping /slow handler
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(timeout=5)
            self._httpd = None

    def __enter__(self) -> "FetchServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- what tests ask -------------------------------------------------------------------
    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    @property
    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def count(self, path: str) -> int:
        return self.paths.count(path)

    def requests_for(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def clear(self) -> None:
        with self._lock:
            self.requests.clear()

    # -- serving -------------------------------------------------------------------------
    def _record(self, handler: _Handler) -> None:
        with self._lock:
            self.requests.append(Request(handler.path, dict(handler.headers.items()), time.monotonic()))

    def _route(self, handler: _Handler) -> _Reply:
        path = handler.path.split("?", 1)[0]
        base = self.base
        html_type = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            if self.robots is None:
                return _Reply(404, b"not found", {"Content-Type": "text/plain"})
            return _Reply(200, self.robots.encode(), {"Content-Type": "text/plain"})
        if path == "/feeds/energy.rss":
            if handler.headers.get("If-Modified-Since") == RSS_LAST_MODIFIED:
                return _Reply(304, headers={"Last-Modified": RSS_LAST_MODIFIED})
            body = _rss(base, [
                (ARTICLES["kazakhstan-grid"][0], "/articles/kazakhstan-grid"),
                (ARTICLES["uzbekistan-solar"][0], "/articles/uzbekistan-solar"),
                ("Cookie settings", "/articles/cookie-wall"),
            ])
            return _Reply(200, body.encode(), {"Content-Type": "application/rss+xml; charset=utf-8",
                                               "Last-Modified": RSS_LAST_MODIFIED})
        if path == "/feeds/hydro.atom":
            return _Reply(200, _atom(base).encode(), {"Content-Type": "application/atom+xml"})
        if path == "/feeds/private.rss":
            body = _rss(base, [(ARTICLES["lithium-deal"][0], "/private/lithium-deal")])
            return _Reply(200, body.encode(), {"Content-Type": "application/rss+xml"})
        if path == "/articles/cookie-wall":
            return _Reply(200, cookie_wall_page().encode(), html_type)
        if path == "/articles/turkmen-gas":
            headers = {**html_type, "ETag": TURKMEN_ETAG}
            if handler.headers.get("If-None-Match") == TURKMEN_ETAG:
                return _Reply(304, headers={"ETag": TURKMEN_ETAG})
            return _Reply(200, article_page("turkmen-gas").encode(), headers)
        if path == "/old/caspian-corridor":
            return _Reply(301, b"", {"Location": "/articles/caspian-corridor"})
        if path == "/old/lithium-deal":
            return _Reply(301, b"", {"Location": "/private/lithium-deal"})
        if path == "/flaky/rogun":
            with self._lock:
                self._flaky_seen += 1
                first = self._flaky_seen == 1
            if first:
                return _Reply(500, b"temporary failure", {"Content-Type": "text/plain"})
            return _Reply(200, article_page("rogun").encode(), html_type)
        if path == "/mirror/kazakhstan-grid":
            return _Reply(200, article_page("kazakhstan-grid").encode(), html_type)
        if path.startswith(("/articles/", "/private/")):
            slug = path.rsplit("/", 1)[1]
            if slug in ARTICLES:
                return _Reply(200, article_page(slug).encode(), html_type)
        if path == "/slow":
            self._released.wait(self.slow_seconds)
            return _Reply(200, article_page("rogun").encode(), html_type)
        if path == "/broken":
            return _Reply(500, b"internal error", {"Content-Type": "text/plain"})
        if path == "/bad-feeds/feed.xml":
            return _Reply(200, article_page("caspian-corridor").encode(), html_type)
        if path == "/bad-feeds/rss":
            return _Reply(200, b"Our feeds have moved. Please update your reader.\n",
                          {"Content-Type": "text/plain; charset=utf-8"})
        return _Reply(404, b"<html><body><h1>Not found</h1></body></html>", html_type)
