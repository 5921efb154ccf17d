"""Article text is escaped wherever it lands: <script>, on*= attributes and javascript: links in
an article never become live in its report."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "fixtures" / "xss"
LIVE_SCRIPT = re.compile(r"<script\b", re.I)
EVENT_ATTRIBUTE = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
JS_URL = re.compile(r"""(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:""", re.I)


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("xss-reports")
    proc = subprocess.run([sys.executable, "-m", "analysis.cli", "build", str(HERE), "--out", str(out),
                           "-p", "formats=html"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    # one kernel over Unix sockets serves the three builds: no TCP warning reaches the user
    assert "WARNING" not in proc.stderr and proc.stderr.count("built ") == 3, proc.stderr
    return {p.parent.name: p.read_text(encoding="utf-8") for p in out.glob("*/briefing.html")}


def test_three_reports_one_per_file(reports):
    assert sorted(reports) == ["hostile-html", "hostile-md", "hostile-txt"]


@pytest.mark.parametrize("index", [0, 1, 2])
def test_nothing_from_the_article_is_live(reports, index):
    html = [reports[k] for k in sorted(reports)][index]
    assert not LIVE_SCRIPT.search(html)
    assert not EVENT_ATTRIBUTE.search(html)
    assert not JS_URL.search(html)
    assert "Turkmenistan" in html and "Serdar Ataev" in html


def test_hostile_text_is_shown_escaped(reports):
    text_report = reports["hostile-txt"]
    assert "&lt;img src=x onerror=alert('q')&gt;" in text_report
    assert '<title>Gas talks &lt;script&gt;alert("t")&lt;/script&gt; resume</title>' in text_report
