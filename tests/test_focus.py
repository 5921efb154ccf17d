"""The focus parameter reorders and filters the briefing around one actor."""

import pytest

from analysis import synthesis
from analysis.errors import ParameterError
from analysis.report.view import Briefing
from conftest import SEED


def test_focus_on_china_keeps_what_concerns_china():
    b = Briefing(str(SEED), focus="Beijing")  # a metonym names the actor too
    assert b.focus_actor.name == "China"
    assert b.f.actors[0].name == "China"
    assert b.f.relations and all("China" in (r.source, r.target) for r in b.f.relations)
    assert {r.type for r in b.f.relations} == {"deal_with", "hosts_talks"}
    assert all(s.actors == {"China": len(s.sentences)} for s in b.f.sectors)
    first = synthesis.bluf(b.f, b.kb)[0].text
    assert first.startswith("China pursues deals with the Taliban")
    html = b.title_block()
    assert "focus: China" in html
    assert "Zabihullah Mujahid" not in b.voices()  # his quote does not concern China


def test_focus_by_iso3_and_unknown_focus():
    assert Briefing(str(SEED), focus="PAK").focus_actor.name == "Pakistan"
    with pytest.raises(ParameterError) as info:
        Briefing(str(SEED), focus="Atlantis")
    assert str(info.value).startswith("focus actor 'Atlantis' is not in this article — use one of its actors: Russia, Taliban")


def test_no_focus_keeps_everything():
    b = Briefing(str(SEED))
    assert b.focus_actor is None and len(b.f.relations) == len(b.ex.relations) >= 9


def test_history_stays_out_of_the_bottom_line():
    # "the Soviet Union's failed invasion of Afghanistan" is a relation of the article, shown under
    # What happened, but no development for the bottom line of a briefing about today
    b = Briefing(str(SEED))
    assert any("Soviet Union" in (r.source, r.target) for r in b.f.relations)
    assert not any("Soviet Union" in point.text for point in synthesis.bluf(b.f, b.kb))


def test_a_focus_without_claims_says_so_about_the_focus():
    html = Briefing(str(SEED), focus="China").judgments()
    assert "No hedged or forward-looking claim in the article concerns China." in html
    assert "The article makes no hedged or forward-looking claim." not in html
