"""Bad input is refused in one line naming the file and what to do, exit code 2, no traceback;
in a run over many articles, one bad article does not stop the others."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.ingest import read_path, read_paths
from conftest import SEED

BRIEFING = [sys.executable, "-m", "analysis.cli"]
ARTICLE = "Kazakhstan signs a gas deal\n\nKazakhstan signed a gas supply deal with China on Tuesday, officials said.\n"


def extract(*paths, env=None):
    return subprocess.run([*BRIEFING, "extract", *map(str, paths), "--json"], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


def make(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _zip_bytes(tmp_path: Path) -> bytes:
    target = tmp_path / "a.zip"
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("a.txt", "hello")
    return target.read_bytes()


CASES = {
    "empty": ("empty.txt", lambda t: b"", "the file is empty — put the article's text in it"),
    "blank": ("blank.txt", lambda t: b" \n\t\n\xc2\xa0\n", "the file is empty — put the article's text in it"),
    "png": ("photo.txt", lambda t: b"\x89PNG\r\n\x1a\n" + os.urandom(300),
            "this is a PNG image, not a text article — save the article as .txt, .md, .html or .jsonl"),
    "pdf": ("report.txt", lambda t: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            "this is a PDF document, not a text article — save the article as .txt, .md, .html or .jsonl"),
    "zip": ("bundle.md", _zip_bytes,
            "this is a zip archive (or a .docx/.xlsx file), not a text article — save the article as .txt, .md, .html or .jsonl"),
    "random": ("noise.txt", lambda t: random.Random(7).randbytes(4000),
               None),  # NUL bytes or control characters: either message names the file
    "truncated": ("cut.txt", lambda t: ARTICLE.encode() + "é".encode()[:1],
                  "the file ends in the middle of a UTF-8 character: it looks truncated — download or copy the article again"),
    "mixed": ("mixed.txt", lambda t: ("Title\n\nThe “deal” was signed.").encode() + b" Caf\xe9 talks.",
              "the file mixes UTF-8 with another encoding (invalid byte at offset 37) — re-save the file as UTF-8 text and run again"),
    "no_body_html": ("page.html", lambda t: b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2026</footer></body></html>",
                     "no article body found in this HTML page (only navigation or boilerplate) — save the article page itself, or paste its text into a .txt file"),
    "json_not_object": ("feed.jsonl", lambda t: b"[1, 2, 3]\n",
                        None),
    "record_without_body": ("feed2.jsonl", lambda t: b'{"id": "a", "title": "No body"}\n', None),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_file_is_one_line_exit_2(tmp_path, case):
    name, data, message = CASES[case]
    path = make(tmp_path, name, data(tmp_path))
    proc = extract(path)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0].startswith(f"briefing: error: {path}")
    assert " — " in lines[0]  # what to do
    if message:
        assert lines[0] == f"briefing: error: {path}: {message}"
    assert proc.stdout == ""


def test_feed_errors_name_the_line(tmp_path):
    path = make(tmp_path, "feed.jsonl", b"[1, 2, 3]\n")
    line = extract(path).stderr.strip()
    assert line == (f"briefing: error: {path}: the feed has no readable record (first problem, {path}:1: the line is a "
                    'JSON list, not an object — each line must be an object like {"title": ..., "body": ...}) — '
                    'write one JSON object per line with at least a "body" field')


def test_size_limit_is_configurable(tmp_path):
    path = make(tmp_path, "long.txt", (ARTICLE * 400).encode())
    proc = extract(path, env={"BRIEFING_MAX_BYTES": "10000"})
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"briefing: error: {path}: the file is {path.stat().st_size:,} bytes, over the "
                                   "10,000-byte limit for one article — split it into articles, or raise the limit "
                                   "with --max-bytes or BRIEFING_MAX_BYTES")
    assert extract(path).returncode == 0  # the default limit (5 MiB) lets it through


def test_missing_path_folder_and_symlink_loop(tmp_path):
    missing = tmp_path / "missing.txt"
    assert extract(missing).stderr.strip() == (
        f"briefing: error: {missing}: no such file or folder — check the path (run `ls seeds/` to see the articles)")
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    assert extract(empty_dir).stderr.strip() == (
        f"briefing: error: {empty_dir}: the folder holds no article files — add files ending in "
        ".txt, .text, .md, .markdown, .html, .htm, .jsonl, .ndjson")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    os.symlink(b, a)
    os.symlink(a, b)
    proc = extract(a)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"briefing: error: {a}: the path is a symbolic link loop — point the link at a real article file"
    with pytest.raises(InputError, match="this is a folder, not an article file"):
        read_path(empty_dir)


def test_one_bad_article_does_not_stop_the_others(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "a-good.txt").write_bytes(SEED.read_bytes())
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-good.md").write_text("# Gas deal\n\nKazakhstan signed a gas deal with China, officials said.\n")
    proc = extract(folder)
    assert proc.returncode == 2
    titles = [json.loads(line)["article"]["title"] for line in proc.stdout.splitlines()]
    assert titles == ["Central Asia: Russia’s Bold New Alliance", "Gas deal"]
    assert proc.stderr.strip() == f"briefing: error: {folder / 'b-empty.txt'}: the file is empty — put the article's text in it"
    results = read_paths([folder])
    assert [len(r.articles) for r in results] == [1, 0, 1]


def test_debug_shows_the_traceback(tmp_path):
    path = make(tmp_path, "empty.txt", b"")
    proc = subprocess.run([*BRIEFING, "--debug", "extract", str(path), "--json"], capture_output=True, text=True)
    assert "Traceback" in proc.stderr and "InputError" in proc.stderr
