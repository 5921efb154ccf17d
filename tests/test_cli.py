"""The command line: the extraction contract, and bad input refused in one line with exit 2."""

import json
import subprocess
import sys

from conftest import SEED

BRIEFING = [sys.executable, "-m", "analysis.cli"]


def run(*args, cwd=None):
    return subprocess.run([*BRIEFING, *args], capture_output=True, text=True, cwd=cwd)


def test_extract_json_prints_the_contract():
    proc = run("extract", str(SEED), "--json")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj["schema"] == "briefing.extraction/1"
    assert set(obj) >= {"article", "actors", "quotes", "relations", "sectors", "themes", "claims"}
    assert set(obj["article"]) >= {"id", "title", "published", "source", "url", "format"}
    names = {a["name"] for a in obj["actors"]}
    assert {"Russia", "Taliban", "Afghanistan", "Soviet Union", "United Nations", "China", "Iran",
            "India", "Pakistan", "Zabihullah Mujahid", "Torek Farhadi"} <= names
    russia = next(a for a in obj["actors"] if a["name"] == "Russia")
    assert russia["iso3"] == "RUS" and russia["type"] == "state"
    assert set(russia["mentions"][0]) >= {"text", "start", "end"}
    assert {"source": "Russia", "type": "recognizes", "target": "Taliban", "negated": False} .items() <= \
        next(r for r in obj["relations"] if r["type"] == "recognizes").items()
    assert set(obj["quotes"][0]) >= {"text", "speaker", "speaker_role", "start", "end"}
    assert set(obj["claims"][0]) >= {"text", "cue", "likelihood"}
    assert all(set(s) >= {"id", "evidence"} for s in obj["sectors"] + obj["themes"])


def _one_line_error(proc, code=2):
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_missing_path(tmp_path):
    line = _one_line_error(run("extract", str(tmp_path / "nope.txt"), "--json"))
    assert line == f"briefing: error: {tmp_path / 'nope.txt'}: no such file or folder — check the path (run `ls seeds/` to see the articles)"


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    line = _one_line_error(run("extract", str(empty), "--json"))
    assert line == f"briefing: error: {empty}: the file is empty — put the article's text in it"


def test_binary_file(tmp_path):
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    line = _one_line_error(run("extract", str(png), "--json"))
    assert line == f"briefing: error: {png}: this is a PNG image, not a text article — save the article as .txt, .md, .html or .jsonl"


def test_unknown_parameter_fails_before_any_kernel(tmp_path):
    proc = run("build", str(SEED), "--out", str(tmp_path), "-p", "colour=red")
    line = _one_line_error(proc)
    assert line.startswith("briefing: error: unknown parameter 'colour' — valid parameters are: article (str")
    assert not any(tmp_path.iterdir())


def test_unknown_focus_lists_the_actors(tmp_path):
    proc = run("build", str(SEED), "--out", str(tmp_path), "-p", "focus=Atlantis", "-p", "formats=html")
    assert proc.returncode == 2
    assert "focus actor 'Atlantis' is not in this article — use one of its actors: Russia, Taliban, Afghanistan" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unknown_command_is_one_line():
    line = _one_line_error(run("fly"))
    assert line.startswith("briefing: argument command: invalid choice: 'fly'")
