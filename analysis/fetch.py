"""Articles from where they are published: RSS 2.0 / Atom feeds and article pages over HTTP.

``fetch(urls, dest)`` requests each URL (a feed is recognised by its content: XML whose root is
``<rss>`` or ``<feed>``; its items' links are then fetched as articles), checks every article page
with the project's own ingest, and stores the ones that read as articles in ``dest/`` with a
``.provenance.yaml`` sidecar, ready for ``briefing build``.

It is polite and incremental:

* robots.txt is read once per host (scheme, host and port) and obeyed, on every redirect hop too;
  a disallowed URL is never requested. A robots.txt that answers 4xx allows everything (401/403
  forbid everything, as ``urllib.robotparser`` does); one that cannot be fetched at all (5xx,
  network error) keeps the whole host off limits for this run.
* requests to one host are at least ``min_interval`` seconds apart (or robots.txt's Crawl-delay,
  up to a minute); the waiting goes through the injected ``clock`` and ``sleep``.
* 5xx answers, timeouts and connection errors are retried ``retries`` times with exponential
  backoff (1 s, 2 s, 4 s ..., or Retry-After when the server says so); 4xx answers are not.
* ETag and Last-Modified are remembered per URL in a JSON state file and sent back as
  If-None-Match / If-Modified-Since; a 304 counts as unchanged. The state also holds the sha256
  of every stored article and every article URL stored (canonical form), so no article is stored
  twice and no feed item already stored is requested again.

One URL's failure never stops the others: it lands in ``FetchResult.errors`` as one line naming
the URL. Only bad arguments raise ``InputError``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import httpx

__all__ = ["FetchResult", "fetch", "canonical_url", "DEFAULT_USER_AGENT", "STATE_NAME"]

DEFAULT_USER_AGENT = "briefing/0.1 (+https://example.org/briefing)"
STATE_NAME = ".fetch-state.json"
STATE_VERSION = 1
PROVENANCE_SUFFIX = ".provenance.yaml"
#: First retry waits this long (seconds); each further retry doubles it, up to RETRY_BACKOFF_MAX.
RETRY_BACKOFF = 1.0
RETRY_BACKOFF_MAX = 30.0
#: Longest Crawl-delay (seconds) honoured from a robots.txt.
MAX_CRAWL_DELAY = 60.0
MAX_REDIRECTS = 10
#: Largest response body read (bytes); ingest has its own, smaller, per-article limit.
MAX_RESPONSE_BYTES = 20 * 1024 * 1024
MAX_ROBOTS_BYTES = 512 * 1024
_REDIRECTS = (301, 302, 303, 307, 308)
_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.8")
_FEED_PATH = re.compile(r"(?:^|/)(?:feed|feeds|rss|atom)/?$|\.(?:xml|rss|atom|rdf)$", re.I)
_TRACKING = re.compile(r"^(?:utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$", re.I)


@dataclass
class FetchResult:
    """What one ``fetch()`` run did, URL by URL."""

    stored: list[Path] = field(default_factory=list)
    """New article files written (each with its ``.provenance.yaml`` sidecar)."""
    unchanged: list[str] = field(default_factory=list)
    """URLs answered 304 Not Modified, or whose content hash was already stored."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """(url, reason): robots.txt disallows it, not an article, already fetched, ..."""
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(url, one-line message naming the URL): HTTP errors, timeouts, a feed that is not XML, ..."""


def fetch(
    urls: list[str],
    dest: Path,
    *,
    state: Path | None = None,
    timeout: float = 10.0,
    retries: int = 2,
    min_interval: float = 1.0,
    user_agent: str = DEFAULT_USER_AGENT,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchResult:
    """Fetch feeds and article pages into ``dest``; see the module's docstring."""
    urls = _check_urls(urls)
    dest = _check_dest(dest)
    state_path = Path(state) if state is not None else dest / STATE_NAME
    if state_path.is_dir():
        raise InputError("the fetch state path is a folder", path=state_path,
                         hint="name a JSON file, or leave `state` out to use dest/" + STATE_NAME)
    if not timeout or timeout <= 0:
        raise InputError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if not isinstance(retries, int) or retries < 0:
        raise InputError(f"retries must be a whole number ≥ 0, not {retries!r}")
    if min_interval is None or min_interval < 0:
        raise InputError(f"min_interval must be ≥ 0 seconds, not {min_interval!r}")
    if not user_agent or not user_agent.strip():
        raise InputError("user_agent is empty", hint="name the tool and a contact URL")

    import httpx

    fetcher = _Fetcher(
        dest=dest, state=_State.load(state_path), timeout=float(timeout), retries=retries,
        min_interval=float(min_interval), user_agent=user_agent, clock=clock, sleep=sleep,
    )
    with httpx.Client(
        timeout=httpx.Timeout(float(timeout)), follow_redirects=False,
        headers={"User-Agent": user_agent, "Accept": _ACCEPT},
    ) as client:
        fetcher.client = client
        try:
            for url in urls:
                fetcher.given(url)
        finally:
            fetcher.state.save()
    return fetcher.result


# -- arguments ------------------------------------------------------------------------------

def _check_urls(urls) -> list[str]:
    if isinstance(urls, (str, bytes)):
        raise InputError("urls must be a list of URLs, not one string",
                         hint="write fetch([url], dest)")
    try:
        urls = list(urls)
    except TypeError:
        raise InputError(f"urls must be a list of URLs, not {type(urls).__name__}") from None
    for url in urls:
        if not isinstance(url, str) or not _is_http(url):
            raise InputError(f"{url!r} is not an http(s) URL",
                             hint="give URLs that start with http:// or https:// and name a host")
    return [url.strip() for url in urls]


def _is_http(url: str) -> bool:
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # e.g. a bad port or IPv6 literal
        return False


def _check_dest(dest) -> Path:
    if dest is None:
        raise InputError("dest is missing", hint="name the folder to store the articles in")
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise InputError("dest is a file, not a folder", path=dest,
                         hint="name a folder (it is created if missing)")
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"the folder cannot be created ({exc.strerror or exc})", path=dest,
                         hint="check the path and its permissions") from None
    if not os.access(dest, os.W_OK | os.X_OK):
        raise InputError("the folder is not writable", path=dest, hint="fix its permissions with chmod")
    return dest


# -- URLs -----------------------------------------------------------------------------------

def canonical_url(url: str) -> str:
    """The form an article URL is remembered by: scheme and host lower-cased, default port and
    fragment dropped, an empty path made "/", tracking parameters (utm_*, fbclid, ...) removed."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = f"{parts.username or ''}{':' + parts.password if parts.password else ''}@{netloc}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _TRACKING.match(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    host = (parts.hostname or "").lower()
    return f"{scheme}://{'[' + host + ']' if ':' in host else host}:{port}"


# -- the state file -------------------------------------------------------------------------

@dataclass
class _State:
    path: Path
    validators: dict[str, dict[str, str | None]] = field(default_factory=dict)
    articles: dict[str, str] = field(default_factory=dict)  # canonical URL → stored file name
    hashes: dict[str, str] = field(default_factory=dict)    # sha256 → stored file name

    @classmethod
    def load(cls, path: Path) -> "_State":
        if not path.exists():
            return cls(path)
        problem = None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            data, problem = None, exc.__class__.__name__
        if not isinstance(data, dict) or not all(
            isinstance(data.get(key, {}), dict) for key in ("validators", "articles", "sha256")
        ):
            raise InputError(
                "the fetch state file cannot be read" + (f" ({problem})" if problem else " (not a state object)"),
                path=path,
                hint="delete it to start afresh (articles already stored may then be stored again)",
            )
        return cls(path, dict(data.get("validators", {})), dict(data.get("articles", {})),
                   dict(data.get("sha256", {})))

    def save(self) -> None:
        data = {
            "version": STATE_VERSION,
            "validators": dict(sorted(self.validators.items())),
            "articles": dict(sorted(self.articles.items())),
            "sha256": dict(sorted(self.hashes.items())),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(self.path, (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))

    def conditional_headers(self, url: str) -> dict[str, str]:
        known = self.validators.get(canonical_url(url)) or {}
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        return headers

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if etag or last_modified:
            self.validators[canonical_url(url)] = {"etag": etag, "last_modified": last_modified}


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".fetch-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        _unlink(tmp)
        raise


def _unlink(path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


# -- the work -------------------------------------------------------------------------------

class _Skip(Exception):
    """This URL is left alone on purpose (the reason is the message)."""


class _Fail(Exception):
    """This URL failed (the message is one line naming the URL)."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


@dataclass
class _Raw:
    status: int
    reason: str
    headers: "httpx.Headers"
    content: bytes


@dataclass
class _Response:
    requested: str   # the URL first asked for
    url: str         # the URL that answered (after redirects)
    status: int
    reason: str
    headers: "httpx.Headers"
    content: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


class _Fetcher:
    def __init__(self, *, dest: Path, state: _State, timeout: float, retries: int, min_interval: float,
                 user_agent: str, clock, sleep):
        self.dest = dest
        self.state = state
        self.timeout = timeout
        self.retries = retries
        self.min_interval = min_interval
        self.user_agent = user_agent
        self.clock = clock
        self.sleep = sleep
        self.client: "httpx.Client | None" = None
        self.result = FetchResult()
        self._last: dict[str, float] = {}        # origin → clock() when its last request ended
        self._interval: dict[str, float] = {}    # origin → seconds between requests
        self._robots: dict[str, object] = {}     # origin → RobotFileParser | True (allow all) | _Fail
        self._seen: set[str] = set()             # canonical URLs handled in this run

    # one URL given by the caller: a feed or an article page
    def _request_once(self, url: str) -> _Response | None:
        """GET a URL not yet requested in this run; None when it answered 304 (unchanged)."""
        key = canonical_url(url)
        if key in self._seen and self._allowed(url):
            raise _Skip("already requested in this run")
        self._seen.add(key)
        response = self._get(url)
        if response.status == 304:
            self.result.unchanged.append(url)
            return None
        return response

    def given(self, url: str) -> None:
        try:
            response = self._request_once(url)
            if response is None:
                return
            kind = _sniff(response.content, response.content_type)
            if kind == "feed":
                self._feed(response)
            elif _looks_like_feed_url(url, response):
                raise _Fail(f"{response.url}: the feed is not RSS or Atom XML (it answered "
                            f"{_describe(response)}) — check the feed's address")
            elif kind == "html":
                self._article(response, feed=None)
            else:
                raise _Fail(f"{response.url}: neither an HTML page nor an RSS or Atom feed (it answered "
                            f"{_describe(response)}) — give the address of an article page or a feed")
        except _Skip as skip:
            self.result.skipped.append((url, str(skip)))
        except _Fail as fail:
            self.result.errors.append((url, str(fail)))

    def _feed(self, response: _Response) -> None:
        import feedparser

        parsed = feedparser.parse(
            response.content,
            response_headers={"content-location": response.url,
                              "content-type": response.headers.get("content-type", "application/xml")},
        )
        if parsed.get("bozo") and not parsed.entries:
            problem = str(parsed.get("bozo_exception") or "malformed XML").splitlines()[0]
            raise _Fail(f"{response.url}: the feed cannot be parsed ({problem}) — check the feed's address")
        self._remember(response)
        if not parsed.entries:
            raise _Skip("the feed has no items")
        for number, entry in enumerate(parsed.entries, 1):
            link = (entry.get("link") or "").strip()
            if not link:
                title = entry.get("title") or f"item {number}"
                self.result.skipped.append((response.url, f"the feed item {title!r} has no link"))
                continue
            self._item(urljoin(response.url, link), feed=response.requested)

    def _item(self, url: str, *, feed: str) -> None:
        try:
            if not _is_http(url):
                raise _Skip("the feed item's link is not an http(s) URL")
            key = canonical_url(url)
            if key in self.state.articles:
                raise _Skip(f"already fetched (stored as {self.state.articles[key]})")
            response = self._request_once(url)
            if response is None:
                return
            if _sniff(response.content, response.content_type) != "html":
                raise _Skip(f"not an article: the link answered {_describe(response)}, not an HTML page")
            self._article(response, feed=feed)
        except _Skip as skip:
            self.result.skipped.append((url, str(skip)))
        except _Fail as fail:
            self.result.errors.append((url, str(fail)))

    def _article(self, response: _Response, *, feed: str | None) -> None:
        self._remember(response)
        digest = hashlib.sha256(response.content).hexdigest()
        if digest in self.state.hashes:
            self.result.unchanged.append(response.requested)
            return
        final_key = canonical_url(response.url)
        if final_key in self.state.articles:
            raise _Skip(f"already fetched (stored as {self.state.articles[final_key]})")
        self._seen.add(final_key)
        try:
            stored = self._store(response, feed=feed, digest=digest)
        except OSError as exc:
            raise _Fail(f"{response.url}: the article cannot be written to {self.dest} "
                        f"({exc.strerror or exc}) — free some space or fix the folder's permissions") from None
        for key in {canonical_url(response.requested), final_key}:
            self.state.articles[key] = stored.name
        self.state.hashes[digest] = stored.name
        self.state.save()  # a crash later in the run must not make this article look new
        self.result.stored.append(stored)

    def _store(self, response: _Response, *, feed: str | None, digest: str) -> Path:
        import yaml

        from .ingest import read_path

        fd, tmp = tempfile.mkstemp(dir=self.dest, prefix=".fetch-", suffix=".html")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(response.content)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                read = read_path(tmp)
            except InputError as exc:
                raise _Skip(f"not an article: {exc.problem}") from None
            except Exception as exc:  # a page that trips the parser must not stop the run
                raise _Fail(f"{response.url}: the page cannot be read ({exc.__class__.__name__}: "
                            f"{str(exc).splitlines()[0] if str(exc) else 'no detail'})") from None
            title = read.articles[0].title if read.articles else ""
            stem = self._free_stem(_slug(title) or _slug_from_url(response.url))
            target = self.dest / f"{stem}.html"
            provenance = {
                "source_type": "feed item" if feed else "web page",
                "url": response.url,
                "feed": feed,
                "retrieved": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "etag": response.headers.get("etag"),
                "last_modified": response.headers.get("last-modified"),
                "sha256": digest,
            }
            _write_atomic(self.dest / f"{stem}{PROVENANCE_SUFFIX}",
                          yaml.safe_dump(provenance, sort_keys=False, allow_unicode=True).encode("utf-8"))
            os.chmod(tmp, 0o644)
            os.replace(tmp, target)
            return target
        finally:
            _unlink(tmp)

    def _free_stem(self, base: str) -> str:
        stem, number = base, 1
        while (self.dest / f"{stem}.html").exists() or (self.dest / f"{stem}{PROVENANCE_SUFFIX}").exists():
            number += 1
            stem = f"{base}-{number}"
        return stem

    def _remember(self, response: _Response) -> None:
        if response.status == 200:
            self.state.remember_validators(response.url, response.headers.get("etag"),
                                           response.headers.get("last-modified"))

    # -- HTTP -------------------------------------------------------------------------------
    def _get(self, url: str, *, robots: bool = True) -> _Response:
        """GET ``url``, following redirects hop by hop (each checked against robots.txt and
        throttled). Returns a 2xx or 304 response; anything else raises _Skip or _Fail."""
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if robots and not self._allowed(current):
                raise _Skip("robots.txt disallows it" if current == url
                            else f"it redirects to {current}, which robots.txt disallows")
            headers = self.state.conditional_headers(current) if robots else {}
            response = self._send(current, headers)
            status = response.status
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise _Fail(f"{current}: HTTP {status} redirect without a Location — the site is misconfigured")
                target = urljoin(current, location.strip())
                if not _is_http(target):
                    raise _Fail(f"{current}: redirects to {target!r}, which is not an http(s) URL")
                current = target
                continue
            if status == 304 or 200 <= status < 300:
                if status == 204 or (status != 304 and not response.content):
                    raise _Fail(f"{current}: HTTP {status} {response.reason}, an empty answer — check the URL",
                                status=status)
                return _Response(url, current, status, response.reason, response.headers, response.content)
            raise _Fail(_http_message(current, status, response.reason, self.retries), status=status)
        raise _Fail(f"{url}: more than {MAX_REDIRECTS} redirects — the site sends the request in circles")

    def _send(self, url: str, headers: dict[str, str]) -> _Raw:
        """One request with retries: on 5xx, timeouts and connection errors, not on 4xx."""
        import httpx

        origin = _origin(url)
        tries = self.retries + 1
        wait_at_least = 0.0
        for attempt in range(tries):
            if attempt:
                wait_at_least = max(wait_at_least, min(RETRY_BACKOFF * 2 ** (attempt - 1), RETRY_BACKOFF_MAX))
            self._throttle(origin, wait_at_least)
            wait_at_least = 0.0
            try:
                response = self._request(url, headers)
            except httpx.TimeoutException:
                failure = f"{url}: timed out after {self.timeout:g} s ({_tries(tries)}) — the server is slow; try again later or raise the timeout"
                continue
            except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                failure = (f"{url}: cannot connect ({exc.__class__.__name__}: {_one_line(exc)}) after "
                           f"{_tries(tries)} — check the address and the network")
                continue
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise _Fail(f"{url}: the request failed ({exc.__class__.__name__}: {_one_line(exc)})") from None
            finally:
                self._last[origin] = self.clock()
            if 500 <= response.status < 600:
                failure = _Fail(_http_message(url, response.status, response.reason, tries - 1),
                                status=response.status)
                wait_at_least = _retry_after(response.headers.get("retry-after"))
                continue
            return response
        raise failure if isinstance(failure, _Fail) else _Fail(failure)

    def _request(self, url: str, headers: dict[str, str]) -> _Raw:
        request = self.client.build_request("GET", url, headers=headers)
        response = self.client.send(request, stream=True)
        try:
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_RESPONSE_BYTES:
                    raise _Fail(f"{url}: the answer is over {MAX_RESPONSE_BYTES // (1024 * 1024)} MiB — "
                                "not an article page or a feed")
                chunks.append(chunk)
        finally:
            response.close()
        status = response.status_code
        return _Raw(status, response.reason_phrase or _reason(status), response.headers, b"".join(chunks))

    def _throttle(self, origin: str, at_least: float = 0.0) -> None:
        interval = self._interval.get(origin, self.min_interval)
        last = self._last.get(origin)
        wait = at_least
        if last is not None:
            wait = max(wait, last + interval - self.clock())
        if wait > 0:
            self.sleep(wait)

    # -- robots.txt -------------------------------------------------------------------------
    def _allowed(self, url: str) -> bool:
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(url)
        rules = self._robots[origin]
        if isinstance(rules, _Fail):
            raise _Fail(str(rules))
        if rules is True:
            return True
        if rules is False:
            return False
        return rules.can_fetch(self.user_agent, url)

    def _read_robots(self, url: str):
        from urllib.robotparser import RobotFileParser

        parts = urlsplit(url)
        robots_url = urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))
        try:
            response = self._get(robots_url, robots=False)
        except _Fail as fail:
            if fail.status is not None and 400 <= fail.status < 500:
                return fail.status not in (401, 403)  # 4xx: allow all; 401/403: forbid all
            return _Fail(f"{robots_url} cannot be fetched, so nothing on {parts.netloc} is fetched "
                         f"({str(fail).split(': ', 1)[-1]})")
        except _Skip:  # pragma: no cover - robots=False never skips
            return True
        parser = RobotFileParser(robots_url)
        parser.parse(response.content[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(self.user_agent)
        if delay:
            try:
                self._interval[_origin(url)] = max(self.min_interval, min(float(delay), MAX_CRAWL_DELAY))
            except (TypeError, ValueError):
                pass
        return parser


# -- helpers --------------------------------------------------------------------------------

def _sniff(content: bytes, content_type: str) -> str:
    """"feed" (XML rooted in rss/feed/rdf:RDF), "xml" (other XML), "html", or "other"."""
    from .ingest.html import looks_like_html

    head = _head_text(content)
    rest = head.lstrip()
    declared_xml = rest.startswith("<?xml")
    doctype = ""
    while True:  # drop the XML declaration, processing instructions, comments and a doctype
        if rest.startswith("<?"):
            end = rest.find("?>")
        elif rest.startswith("<!--"):
            end = rest.find("-->")
            end = end + 1 if end >= 0 else end
        elif rest[:9].upper() == "<!DOCTYPE":
            end = rest.find(">") - 1
            doctype = rest[9:end + 1].strip().lower()
        else:
            break
        if end < 0:
            return "other"
        rest = rest[end + 2:].lstrip()
    root = re.match(r"<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)", rest)
    name = root.group(2).lower() if root else ""
    if name in ("rss", "feed") or (name == "rdf" and (root.group(1) or "").lower() == "rdf"):
        return "feed"
    if name == "html" or doctype.startswith("html") or looks_like_html(head):
        return "html"
    if content_type in ("text/html", "application/xhtml+xml") and rest.startswith("<"):
        return "html"
    if declared_xml and root:
        return "xml"
    return "other"


def _head_text(content: bytes) -> str:
    head = content[:8192]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace")
    return head.decode("utf-8", errors="replace")


def _looks_like_feed_url(url: str, response: _Response) -> bool:
    """Whether the caller meant a feed: the address or the declared type says so."""
    ctype = response.content_type
    if ctype.endswith("xml") and ctype != "application/xhtml+xml":
        return True
    return any(_FEED_PATH.search(urlsplit(u).path or "/") for u in (url, response.url))


def _describe(response: _Response) -> str:
    ctype = response.content_type or "no content type"
    kind = _sniff(response.content, response.content_type)
    what = {"html": "an HTML page", "feed": "an RSS or Atom feed",
            "xml": "XML that is neither RSS nor Atom"}.get(kind)
    if what is None:
        text = _head_text(response.content).strip()
        what = "binary data" if "\x00" in text[:512] else ("text" if text else "nothing")
    return f"{what}, {ctype}"


def _http_message(url: str, status: int, reason: str, retries: int) -> str:
    head = f"{url}: HTTP {status} {reason}".rstrip()
    if status >= 500:
        return f"{head} after {_tries(retries + 1)} — the server is failing; try again later"
    if status in (404, 410):
        return f"{head} — check the URL"
    if status in (401, 403):
        return f"{head} — the site refuses this client; the page may need a login"
    if status == 429:
        return f"{head} — the site asks for fewer requests; raise min_interval and try later"
    return f"{head} — the server refused the request"


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _tries(n: int) -> str:
    return f"{n} tr{'y' if n == 1 else 'ies'}"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else "no detail"


def _retry_after(value: str | None) -> float:
    """Seconds a Retry-After header asks for (capped), or 0."""
    if not value:
        return 0.0
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds()
        except (TypeError, ValueError, IndexError):
            return 0.0
    return max(0.0, min(seconds, RETRY_BACKOFF_MAX))


def _slug(text: str, limit: int = 80) -> str:
    from .knowledge import slug

    value = slug(text or "")
    if len(value) > limit:
        value = value[:limit].rsplit("-", 1)[0] or value[:limit]
    return value.strip("-")


def _slug_from_url(url: str) -> str:
    path = urlsplit(url).path
    segments = [s for s in path.split("/") if s]
    last = re.sub(r"\.(?:s?html?|php|aspx?)$", "", segments[-1], flags=re.I) if segments else ""
    return _slug(last) or _slug(urlsplit(url).hostname or "") or "article"
