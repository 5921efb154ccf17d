"""Encodings are detected from the bytes, not guessed from the extension; every script survives."""

from __future__ import annotations

import pytest

from analysis.ingest import read_path

TEXT = ("Türkiye and Kazakhstan sign “Middle Corridor” pact\n\n"
        "ASTANA, March 3 (Steppe Wire) - Türkiye’s energy minister met Kazakh officials in Astana on Tuesday, "
        "officials said. The café talks covered rail tariffs and grain.\n\n"
        "\"We will double freight by 2030,\" the minister said.\n")
CYRILLIC_ARABIC = ("Токаев meets envoy\n\nPresident Tokayev (Токаев) met the envoy from Kabul (کابل) on Monday, "
                   "officials said. Both sides discussed rail links to Türkiye.\n")


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings_are_detected(tmp_path, codec):
    path = tmp_path / "article.txt"
    path.write_bytes(TEXT.encode(codec))
    article = read_path(path).articles[0]
    assert article.title == "Türkiye and Kazakhstan sign “Middle Corridor” pact"
    assert "Türkiye’s energy minister" in article.text
    assert "café talks" in article.text
    assert article.quotes[0].text == "We will double freight by 2030"
    assert article.meta.dateline == "ASTANA"


def test_latin1_without_curly_quotes(tmp_path):
    path = tmp_path / "article.md"
    path.write_bytes("# Café diplomacy in Tashkent\n\nThe café owners said talks went well, according to officials in Tashkent.\n".encode("latin-1"))
    article = read_path(path).articles[0]
    assert article.title == "Café diplomacy in Tashkent"


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_other_scripts_are_kept(tmp_path, codec):
    path = tmp_path / "article.txt"
    path.write_bytes(CYRILLIC_ARABIC.encode(codec))
    article = read_path(path).articles[0]
    assert "Токаев" in article.text and "کابل" in article.text and "Türkiye" in article.text


def test_mixed_curly_and_straight_quotes(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Gas talks\n\n“We are close to a deal,” the minister said. \"Prices are not agreed yet,\" "
                    "a negotiator said.\n", encoding="utf-8")
    quotes = read_path(path).articles[0].quotes
    assert [q.text for q in quotes] == ["We are close to a deal", "Prices are not agreed yet"]
    assert [q.speaker for q in quotes] == ["minister", "negotiator"]
    assert [q.speaker_kind for q in quotes] == ["role", "role"]
