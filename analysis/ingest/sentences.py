"""Sentence boundaries for English news prose, as offsets (no text is copied or changed)."""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

# Abbreviations after which a full stop never ends a sentence (titles, months, initialisms
# inside names). Compared without the final dot, case-sensitively.
_NEVER_FINAL = frozenset(
    """Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Sen Rep Gov Pres Amb Rev
    Hon Fr Sr Jr St Mt Ft Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Art Vol Fig
    approx vs v cf e.g i.e al Messrs Mme Mlle Gov Atty Supt Brig Cdr Insp Lieut""".split()
)
# Abbreviations that may end a sentence: split only when a usual sentence opener follows.
_MAYBE_FINAL = frozenset("U.S U.K U.N E.U U.S.A U.A.E Inc Ltd Co Corp etc Bros p.m a.m".split())
_OPENERS = frozenset(
    """The A An It He She They We I In On At But And Or So Yet This That These Those There Its
    His Her Their Our Some Many Most Several Officials Analysts However Meanwhile Still Last
    Earlier Later On After Before While When If As For With Without Despite""".split()
)
_BOUNDARY = re.compile(
    r"""(?P<stop>[.!?…]+|\.\.\.)          # the stop
        (?P<close>["”’')\]]*)           # closing quotes or brackets that belong to the sentence
        (?P<space>\s+)                   # white space (any, non-breaking included)
        (?=[“"‘'(\[…]*[A-Z0-9À-ÖØ-ÞЀ-ЯԱ-Ֆ\u0600-\u06FF])   # what opens the next sentence
    """,
    re.VERBOSE,
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.group("stop") == "." and not m.group("close") and _is_abbreviation(text, cursor, m):
            continue
        _add(spans, text, cursor, m.start("space"))
        cursor = m.end()
    _add(spans, text, cursor, end)
    return spans


_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_FOLLOWING_WORD = re.compile(r"[“\"‘'(\[]*(\w+)")


def _is_abbreviation(text: str, cursor: int, m: re.Match[str]) -> bool:
    # the word before the stop, looked for in the last 40 characters only (a regex anchored at
    # the end would otherwise be tried at every position of the sentence)
    word_match = _WORD_BEFORE.search(text, max(cursor, m.start() - 40), m.start())
    if not word_match:
        return False
    word = word_match.group(1)
    if word in _NEVER_FINAL or word.lower() in {"e.g", "i.e", "approx", "vs", "cf"}:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    if word in _MAYBE_FINAL or _INITIALS.fullmatch(word):
        following = _FOLLOWING_WORD.match(text[m.end() : m.end() + 40])
        return not (following and following.group(1) in _OPENERS)
    return False


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
