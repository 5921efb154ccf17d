"""Executed notebook → self-contained HTML (nbconvert, the package's own template: no code, no
prompts, nothing loaded from the network) → A4 PDF (WeasyPrint, from the same HTML).

WeasyPrint was chosen over nbconvert's webpdf (needs a Chromium download, impossible offline),
Debian's chromium --print-to-pdf (a 480 MB system install) and LaTeX (600 MB of TeX, tables as
plain text): it is a pip package, renders the HTML's print stylesheet (page size, running header,
page numbers, table of contents with page numbers, bookmarks) and embeds its fonts."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from html import escape, unescape
from importlib import resources
from pathlib import Path

import nbformat

from .. import __version__

__all__ = ["to_html", "to_pdf"]

_TEMPLATES = Path(str(resources.files("analysis").joinpath("templates")))
_HEADING = re.compile(r'<h2 id="(?P<id>[^"]+)">(?P<text>.*?)(?:<a class="anchor-link".*?</a>)?</h2>', re.S)
_TAGS = re.compile(r"<[^>]+>")


@lru_cache(maxsize=1)
def _exporter():
    """One exporter per process: its templates are compiled once, not for every report."""
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config({"TagRemovePreprocessor": {"enabled": True, "remove_cell_tags": ["report-hidden"]}})
    return HTMLExporter(
        config=config,
        extra_template_basedirs=[str(_TEMPLATES)], template_name="briefing",
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
        embed_images=True,
    )


@lru_cache(maxsize=1)
def _css() -> str:
    """The briefing's stylesheet, read once per process like the exporter's templates."""
    return (_TEMPLATES / "briefing.css").read_text(encoding="utf-8")


def to_html(nb: nbformat.NotebookNode, *, title: str, subject: str, author: str = "briefing") -> str:
    resources_ = {"briefing": {
        "title": title, "subject": subject, "author": author,
        "keywords": "briefing, geopolitics, economic stakes",
        "generator": f"briefing {__version__} (nbconvert + WeasyPrint)",
        "created": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "css": _css(),
    }}
    html, _ = _exporter().from_notebook_node(nb, resources=resources_)
    return _with_toc(html)


def _with_toc(html: str) -> str:
    """Insert a table of contents listing the section headings (their page numbers come from
    the print stylesheet in the PDF)."""
    items = [(m.group("id"), _TAGS.sub("", m.group("text")).strip()) for m in _HEADING.finditer(html)]
    if not items:
        return html.replace("<!--TOC-->", "")
    links = "".join(f'<li><a href="#{escape(i, quote=True)}">{escape(unescape(t))}</a></li>' for i, t in items)
    toc = f'<nav class="toc" aria-label="Contents"><p>Contents</p><ol>{links}</ol></nav>'
    return html.replace("<!--TOC-->", toc, 1)


_STYLE = re.compile(r"<style>\n(?P<css>.*?)</style>", re.S)


@lru_cache(maxsize=1)
def _fonts():
    """One WeasyPrint font configuration per process: Pango's font map and its shaping caches
    are kept from one PDF to the next."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@lru_cache(maxsize=4)
def _stylesheet(css: str):
    from weasyprint import CSS

    return CSS(string=css, font_config=_fonts())


def to_pdf(html: str, target: Path) -> None:
    import gc

    from weasyprint import HTML

    # The page's stylesheet is parsed once per process, not for every PDF: when it is the
    # page's only one, it is taken out of the page and given to WeasyPrint parsed (as a user
    # stylesheet it still wins over WeasyPrint's defaults and loses to style attributes, as
    # before; none of its rules is !important).
    stylesheets = []
    match = _STYLE.search(html)
    if match and html.count("<style") == 1:
        stylesheets = [_stylesheet(match.group("css"))]
        html = html[:match.start()] + html[match.end():]
    # WeasyPrint makes hundreds of thousands of small objects per briefing: collecting the
    # youngest generation every 10,000 allocations instead of 700 saves ~8% of its time.
    threshold = gc.get_threshold()
    gc.set_threshold(10_000, *threshold[1:])
    try:
        HTML(string=html, base_url=str(target.parent)).write_pdf(
            str(target), stylesheets=stylesheets, font_config=_fonts())
    finally:
        gc.set_threshold(*threshold)
