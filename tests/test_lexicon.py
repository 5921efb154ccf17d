"""The folding and whole-word lookup every extractor stands on: fast paths give exactly what the
plain table gives."""

import pytest

from analysis.extract.lexicon import TermMatcher
from analysis.knowledge import _FOLD, fold


def test_fold_is_the_table_for_every_character():
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for i in range(0, len(chars), 512):
        chunk = "".join(chars[i:i + 512])
        for text in (chunk, "Ab" + chunk, chunk.encode("ascii", "ignore").decode()):
            assert fold(text) == text.translate(_FOLD)


@pytest.mark.parametrize("text, hits", [
    ("Officials said aid would flow.", ["aid"]),  # not the "aid" inside "said"
    ("The Dr. Ahmed clinic and U.S. aid.", ["dr.", "u.s.", "aid"]),
    ("Women’s rights and women's rights.", ["women's rights", "women's rights"]),
    ("Pre-aid talks and aid-ish words, then _aid and aid.", ["aid"]),
    ("Humanitarian aid", ["humanitarian aid"]),  # the longest term at a position
])
def test_terms_match_whole_words_only(text, hits):
    matcher = TermMatcher({t: t for t in ("aid", "dr.", "u.s.", "women's rights", "humanitarian aid")})
    folded = fold(text)
    assert [value for _, _, value in matcher.finditer(folded)] == hits
    assert all(folded[s:e] == fold(v) for s, e, v in matcher.finditer(folded))
