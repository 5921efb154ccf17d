"""What the seed article must yield (issue 2 item 4, issue 4 done-when)."""

import pytest


def _actor(ex, name):
    actor = ex.actor(name)
    assert actor is not None, f"{name} not found among {[a.name for a in ex.actors]}"
    return actor


@pytest.mark.parametrize("name,kind,iso3", [
    ("Russia", "state", "RUS"), ("Afghanistan", "state", "AFG"), ("China", "state", "CHN"),
    ("Iran", "state", "IRN"), ("India", "state", "IND"), ("Pakistan", "state", "PAK"),
    ("Soviet Union", "state", "SUN"), ("Taliban", "non_state_group", None),
    ("United Nations", "igo", None), ("Zabihullah Mujahid", "person", None),
    ("Torek Farhadi", "person", None),
])
def test_actors(seed_extraction, name, kind, iso3):
    actor = _actor(seed_extraction, name)
    assert actor.type == kind
    assert actor.iso3 == iso3


def test_moscow_is_russia_and_kabul_is_a_place(seed_extraction):
    russia = _actor(seed_extraction, "Russia")
    texts = [m.text for m in russia.mentions]
    assert texts.count("Moscow") == 4
    assert "Kabul" not in texts
    assert [p.text for p in seed_extraction.places] == ["Kabul"]
    assert seed_extraction.places[0].country == "AFG"


def test_soviet_union_is_never_russia(seed_extraction):
    russia = _actor(seed_extraction, "Russia")
    assert not any("Soviet" in m.text for m in russia.mentions)


def test_mentions_point_at_their_sentence(seed_extraction):
    text = seed_extraction.article.text
    for actor in seed_extraction.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
            sentence = seed_extraction.article.sentences[m.sentence]
            assert sentence.start <= m.start < sentence.end


def test_quotes_with_speaker_and_role(seed_extraction):
    speakers = [(q.speaker, q.speaker_role) for q in seed_extraction.quotes]
    assert speakers == [("Zabihullah Mujahid", "Taliban spokesperson"), ("Torek Farhadi", None)]
    assert seed_extraction.quotes[0].affiliation == "Taliban"


def test_russia_recognizes_the_taliban(seed_extraction):
    rel = [r for r in seed_extraction.relations if (r.source, r.type, r.target) == ("Russia", "recognizes", "Taliban")]
    assert len(rel) == 1
    assert rel[0].negated is False
    assert rel[0].plover == "COOPERATE"
    assert len(rel[0].sentences) >= 3  # standfirst, key point, body, Farhadi's quote


def test_other_relations_of_the_seed(seed_extraction):
    triples = {(r.source, r.type, r.target) for r in seed_extraction.relations}
    assert ("United Nations", "sanctions", "Taliban") in triples
    assert ("Pakistan", "tensions_with", "Taliban") in triples
    assert ("China", "deal_with", "Taliban") in triples
    assert ("Iran", "engages", "Taliban") in triples and ("India", "engages", "Taliban") in triples
    # "the Soviet Union’s failed invasion of Afghanistan": the historical state, never Russia
    assert ("Afghanistan", "tensions_with", "Soviet Union") in triples
    assert not any("Russia" in (r.source, r.target) and r.type == "tensions_with" and "invasion" in r.cue
                   for r in seed_extraction.relations)


def test_sectors_and_themes_with_evidence(seed_extraction):
    sectors = {s.id: s for s in seed_extraction.sectors}
    themes = {t.id: t for t in seed_extraction.themes}
    for sector in ("critical_minerals", "energy", "defense", "transport"):
        assert sector in sectors, sector
    assert "automotive" not in sectors  # one passing mention ("the auto industry") is not a stake
    for theme in ("recognition", "security", "human_rights", "regional_influence", "sanctions_law"):
        assert theme in themes, theme
    assert any("rare earth minerals" in e for e in sectors["critical_minerals"].evidence)
    assert any("Women’s rights" in e for e in themes["human_rights"].evidence)
    assert seed_extraction.sectors[0].score == 1.0


def test_claims_with_cues(seed_extraction):
    claims = {c.text: c for c in seed_extraction.claims}
    precedent = claims["The move may set a precedent for other nations to follow."]
    assert (precedent.cue, precedent.likelihood, precedent.vague) == ("may", None, True)
    could = claims["This recognition could well be a game-changer for Russia as it strengthens ties in Central Asia."]
    assert could.cue == "could well" and could.vague
    assert any(c.cue == "Time will tell" for c in seed_extraction.claims)
    assert not any("calculated risk" in c.text and c.cue == "risk" for c in seed_extraction.claims)


def test_tone_per_sentence_and_actor(seed_extraction):
    assert len(seed_extraction.tone) == len(seed_extraction.article.sentences)
    assert all(-1 <= t <= 1 for t in seed_extraction.tone)
    positive = seed_extraction.article.sentences.index(next(
        s for s in seed_extraction.article.sentences if "positive message" in s.text))
    assert seed_extraction.tone[positive] > 0.3
