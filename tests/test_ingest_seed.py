"""The seed's plain-text layout is read into its structure, characters kept as they are."""

from analysis.model import KEY_POINT, MEDIA, QUOTE


def test_title_and_standfirst(seed_article):
    assert seed_article.title == "Central Asia: Russia’s Bold New Alliance"
    assert seed_article.standfirst.startswith("Russia’s recognition of the Taliban government marks a seismic shift")
    assert seed_article.meta.format == "text"


def test_key_points_are_the_five_at_a_glance_bullets(seed_article):
    points = seed_article.key_points
    assert len(points) == 5
    assert points[0] == "Russia is the first country to formally recognize the Taliban government in Afghanistan since 2021."
    assert points[-1] == "The move may set a precedent for other nations to follow."
    assert not any(p.startswith("•") for p in points)


def test_section_headings(seed_article):
    assert seed_article.headings == [
        "Russia’s Diplomatic Gamble",
        "Implications for International Relations",
        "Economic and Geopolitical Stakes",
    ]


def test_media_reference_is_not_body_text(seed_article):
    assert seed_article.media == ("Watch a report: Russia Becomes First Country To Recognise Afghanistan’s Taliban Govt",)
    assert "Watch a report" not in seed_article.text
    assert all(p.kind != MEDIA for p in seed_article.paragraphs)


def test_the_two_quotes_and_their_attribution(seed_article):
    quotes = seed_article.quotes
    assert len(quotes) == 2
    first, second = quotes
    assert first.text.startswith("We believe Russia’s move is a positive message to the rest of the world. … We think")
    assert first.speaker == "Zabihullah Mujahid"
    assert first.speaker_role == "Taliban spokesperson"
    assert second.text.startswith("Afghanistan has rare earth mines and deposits")
    assert second.text.endswith("before anybody else returns to Afghanistan for such investments.")
    assert second.speaker == "Torek Farhadi"
    assert second.speaker_role is None
    kinds = {seed_article.paragraphs[q.paragraph].kind for q in quotes}
    assert kinds == {QUOTE}


def test_the_scare_quote_ally_is_not_a_quote(seed_article):
    assert not any(q.text == "ally" for q in seed_article.quotes)
    assert "“ally”" in seed_article.text


def test_characters_are_kept_not_stripped(seed_article):
    text = seed_article.text
    assert "“" in text and "”" in text and "’" in text and "…" in text and "—" in text
    # the line holding only a non-breaking space is not a paragraph
    assert all(p.text.strip("\u00a0 ") for p in seed_article.paragraphs)


def test_offsets_slice_back(seed_article):
    text = seed_article.text
    for unit in (*seed_article.paragraphs, *seed_article.sentences, *seed_article.quotes):
        assert text[unit.start:unit.end] == unit.text


def test_sentences(seed_article):
    sentences = [s.text for s in seed_article.sentences]
    assert "Yet, not all nations have jumped on the bandwagon." in sentences
    assert "Russia’s recognition could influence other countries to reconsider their positions." in sentences
    assert len(sentences) == 33  # 29 of prose, plus the title and the three headings, one each
    assert sum(1 for s in seed_article.sentences if seed_article.paragraphs[s.paragraph].kind in ('title', 'heading')) == 4
    key_point_paragraphs = {p.index for p in seed_article.paragraphs if p.kind == KEY_POINT}
    assert sum(1 for s in seed_article.sentences if s.paragraph in key_point_paragraphs) == 5


def test_content_id_is_sha256_of_text(seed_article):
    import hashlib

    assert seed_article.id == hashlib.sha256(seed_article.text.encode()).hexdigest()
