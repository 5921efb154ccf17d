"""The scorer behind `make eval`: relations are scored per statement (the sentence a gold row
names) and as distinct triples."""

from pathlib import Path

import yaml

from analysis.evaluate import evaluate

ARTICLE = """Cyprus and Egypt sign gas deal

Cyprus and Egypt signed a gas agreement on Monday.

Turkey criticised the deal. Egypt also signed an agreement with Cyprus on power lines.
"""

GOLD = {
    "actors": [{"name": "Cyprus", "type": "state", "iso3": "CYP"}, {"name": "Egypt", "type": "state", "iso3": "EGY"},
               {"name": "Turkey", "type": "state", "iso3": "TUR"}],
    "quotes": [],
    "relations": [
        {"source": "Cyprus", "type": "deal_with", "target": "Egypt", "negated": False,
         "sentence_words": "Cyprus and Egypt sign gas deal"},
        {"source": "Cyprus", "type": "deal_with", "target": "Egypt", "negated": False,
         "sentence_words": "Cyprus and Egypt signed a gas agreement"},
        {"source": "Egypt", "type": "deal_with", "target": "Cyprus", "negated": False,
         "sentence_words": "Egypt also signed an agreement"},
        # stated, but in no sentence the tool will cite: a miss in place, a hit as a triple
        {"source": "Turkey", "type": "criticizes", "target": "Cyprus", "negated": False,
         "sentence_words": "Turkey criticised the deal"},
    ],
    "sectors": ["energy"], "themes": [], "claims": [],
}


def test_relations_are_scored_per_sentence_and_as_triples(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt.gold.yaml").write_text(yaml.safe_dump(GOLD), encoding="utf-8")
    scores, articles = evaluate(tmp_path)
    assert articles == 1
    statements, triples = scores["relations"], scores["relation triples"]
    # the deal is found in its three sentences, once as a triple; "criticised the deal" names no party
    assert (statements.tp, statements.fn) == (3, 1)
    assert (triples.tp, triples.fn) == (1, 1)
    assert any("Turkey criticizes Cyprus" in m for m in statements.misses)
