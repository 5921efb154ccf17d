"""Direct quotations and who said them, in the attribution patterns of English news.

Handled: “…” – Name;  "…," Name said;  "…," said Name, a role;  Name said: "…";
"…," according to Name;  a quote interrupted by its attribution ("…," she said, "…");
a speaker named by role only ("a Taliban spokesman said") and anonymous sources
("a diplomat who asked not to be named"). One- or two-word scare quotes are not quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "attribution_before", "find_quotes", "parse_speaker", "MIN_QUOTE_WORDS", "PRONOUNS"]

#: A quotation has at least this many words; shorter ones are scare quotes ("ally").
MIN_QUOTE_WORDS = 3

_SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adds|wrote|writes|stated|states|noted|notes|warned|warns|"
    r"argued|argues|explained|explains|insisted|insists|declared|declares|announced|announces|"
    r"stressed|stresses|claimed|claims|commented|comments|remarked|remarks|observed|observes|"
    r"acknowledged|acknowledges|conceded|concedes|continued|continues|replied|replies|"
    r"asked|asks|emphasised|emphasized|emphasises|emphasizes|cautioned|cautions|predicted|"
    r"predicts|suggested|suggests|posted|tweeted|recalled|recalls|admitted|admits|"
    r"believes|believed|thinks|thought|put it"
)
_VERB = rf"(?:{_SPEECH_VERBS})"
# A quoted span: curly double, straight double, curly single, straight single.
_QUOTE_PATTERNS = (
    re.compile(r"“([^“”]+)(?:”|$)"),
    re.compile(r"(?<![\w\"])\"([^\"]+)(?:\"|$)"),
    re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘((?:[^‘’]|’(?=\w))+)’(?!\w)"),
    re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))'((?:[^']|'(?=\w))+)'(?!\w)"),
)
_DASH_ATTR = re.compile(r"^[\s,]*[–—-]{1,2}\s*(?P<attr>[^“\"‘]+?)\s*[.]?\s*$")
_AFTER_NAME_VERB = re.compile(
    rf"^\s*[,.]?\s*(?P<attr>(?:[^\s,.“\"]+\s*(?:,[^,]{{1,80}},\s*)?){{1,12}}?)\s+{_VERB}\b(?P<tail>[^.“\"]*)"
)
_AFTER_VERB_NAME = re.compile(rf"^\s*,?\s*{_VERB}\s+(?P<attr>[^.;“\"]+)")
_AFTER_ACCORDING = re.compile(r"^\s*,?\s*according to\s+(?P<attr>[^.;“\"]+)", re.I)
_BEFORE_ACCORDING = re.compile(r"according to\s+(?P<attr>[^,.;“\"]+)\s*,?\s*$", re.I)

PRONOUNS = _PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_ARTICLES = re.compile(r"^(?:the|a|an|one|another)\s+", re.I)
_ANONYMOUS = re.compile(
    r"\b(?:sources?|asked not to be (?:named|identified)|on condition of anonymity|"
    r"not authori[sz]ed to|familiar with|who declined to be (?:named|identified)|insiders?)\b",
    re.I,
)
_ROLE_WORDS = frozenset(
    """spokesperson spokesman spokeswoman spokespeople minister ministers president
    vice-president premier chancellor secretary envoy ambassador diplomat diplomats official
    officials analyst analysts expert experts economist economists adviser advisor director
    chief head leader leaders commander general governor mayor senator lawmaker lawmakers
    deputy chairman chairwoman chair ceo founder professor researcher fellow correspondent
    editor representative representatives negotiator negotiators king queen prince emir
    sheikh mullah cleric officer officers source sources member members observer observers
    executive executives manager strategist consultant partner trader traders
    activist activists campaigner resident residents worker workers farmer farmers
    prime foreign defence defense interior finance energy economy trade deputy
    acting former senior junior top military ministry army police mp mps mep meps
    embassy consulate delegation treasurer attorney-general auditor-general commissioner
    high-commissioner ombudsman""".split()
)
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽЀ-ЯӘҒҚҢӨҰҮҺ"
_NAME_TOKEN = re.compile(rf"^(?:[{_UPPER}][\w’'.-]*|al-\w+|bin|ibn|de|van|von|der|da|du|la|le)$")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int
    end: int
    text: str
    attribution: str | None


def find_quotes(paragraph: str) -> list[QuoteSpan]:
    """Quoted spans of at least MIN_QUOTE_WORDS words in one paragraph, with the raw
    attribution phrase (or None). Offsets are relative to the paragraph."""
    spans = _quoted_spans(paragraph)
    results: list[QuoteSpan] = []
    for i, (qs, qe, inner_s, inner_e) in enumerate(spans):
        next_start = spans[i + 1][0] if i + 1 < len(spans) else len(paragraph)
        prev_end = spans[i - 1][1] if i > 0 else 0
        after = paragraph[qe:next_start]
        before = paragraph[prev_end:qs]
        attr = _attribution_after(after, last=i + 1 == len(spans)) or attribution_before(before)
        inner_s, inner_e = _trim(paragraph, inner_s, inner_e)
        results.append(QuoteSpan(inner_s, inner_e, paragraph[inner_s:inner_e], attr))
    return results


# A pattern is only worth running where its opening mark can open a quotation.
_OPENS = (
    lambda p: "“" in p,
    lambda p: '"' in p,
    lambda p: "‘" in p,
    lambda p: p.startswith("'") or any(f"{c}'" in p for c in " ([—–-"),
)


def _quoted_spans(paragraph: str) -> list[tuple[int, int, int, int]]:
    taken: list[tuple[int, int, int, int]] = []
    for pattern, opens in zip(_QUOTE_PATTERNS, _OPENS):
        if not opens(paragraph):
            continue
        for m in pattern.finditer(paragraph):
            if any(not (m.end() <= s or m.start() >= e) for s, e, _, _ in taken):
                continue
            if len(m.group(1).split()) < MIN_QUOTE_WORDS:
                continue
            taken.append((m.start(), m.end(), m.start(1), m.end(1)))
    return sorted(taken)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _attribution_after(after: str, *, last: bool) -> str | None:
    if re.match(r"\s*\.\s+[A-Z]", after):
        return None  # '… at a discount". The embassy called …': a full stop after the mark ends the sentence
    if last:
        m = _DASH_ATTR.match(after)
        if m:
            return m.group("attr")
    m = _AFTER_ACCORDING.match(after)
    if m:
        return m.group("attr")
    m = _AFTER_VERB_NAME.match(after)
    if m:
        return m.group("attr")
    m = _AFTER_NAME_VERB.match(after)
    if m:
        attr = m.group("attr").strip(" ,")
        first = attr.split()[0].lower() if attr else ""
        # "…” and said households ...", "…,” though he conceded ...": a new clause, not the speaker
        # ("…” of a safety problem and that Canberra had asked": the sentence goes on)
        if first in _CONJUNCTIONS or first in _PREPOSITIONS:
            return None
        return attr
    return None


_CONJUNCTIONS = frozenset("and but or then though although while as because when if so yet which who that".split())
_PREPOSITIONS = frozenset("of to in for on at with from about over into by against".split())


_SPEECH_BEFORE = re.compile(  # a verb, not the noun after "her", "its", "the" ("called her remarks")
    rf"(?<!\bher )(?<!\bhis )(?<!\bits )(?<!\bthe )(?<!\btheir )\b(?:{_SPEECH_VERBS}|called|calls|calling|described|describes|describing|saying|adding|arguing|warning|insisting|blamed|blames|accused|accuses|urged|urges|"
    r"dismissed|dismisses|denounced|denounces|condemned|condemns|criticised|criticized|criticises|criticizes|"
    r"accusing|urging|blaming|dismissing|denouncing|condemning|criticising|criticizing|welcoming|praising|"
    r"welcomed|welcomes|hailed|hails|praised|praises|promised|promises|vowed|vows|pledged|pledges)\b")
_ASIDE = re.compile(r",\s*(?:speaking|writing|quoted|asked|interviewed|who (?:asked|spoke|declined|requested))[^,]{0,80},\s*$")
_CLAUSE_CUT = re.compile(r"(?:[.;!?:]\s+|\bthat\s+|\b(?:and|but|while|as|after|when|though|although|whereas|because)\s+"
                         r"(?=(?:the|a|an|its|their|[A-Z])))")


# (a word right after an article is no verb: "The mines ministry gave ...")
_FIRST_VERB = re.compile(rf"(?<!\bThe)(?<!\bthe)(?<!\bA)(?<!\ba)(?<!\bAn)(?<!\ban)\s(?:{_SPEECH_VERBS}|[a-z]+ed|[a-z]+s|"
                         r"gave|made|took|sent|set|put|cut|held|met|won|lost|sold|bought|paid|kept|left|led|brought|"
                         r"began|became|struck|drew|rose|fell|went|came|saw|ran|spent)\b")


def _first_subject(clause: str) -> str | None:
    """The words before the first verb of ``clause`` ("Chinese spokeswoman Zhou Yanping rejected
    Tokyo's protest and"), if they hold no quotation and no earlier sentence."""
    sentence = re.split(r"[.!?]\s+", clause)[-1]
    verb = _FIRST_VERB.search(sentence)
    if verb is None:
        return None
    subject = sentence[:verb.start()].strip(" ,")
    return subject if subject and not re.search(r"[“”\"]", subject) else None


_NAME_APPOSITION = re.compile(r"(?:^|[.;]\s+|\b(?:and|but)\s+)(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,5}),\s+"
                              r"(?:a|an|the)\s[^,;“”\"]{3,160}$")  # ("Al-Shabaab, the al Qaeda-linked group that ..., said")


# "China, which has paid for Vanuatu's parliament building, a wharf and the national stadium, said":
# a relative clause holding a list
_RELATIVE_WITH_LIST = re.compile(r"^[^,]{2,60}?\S(?=,\s*(?:which|whose)\s[^.;:!?]*\band\s[^,.;:!?]*$)")
_SPEECH_IN = re.compile(r"\b(?:said|says|told|tells|added|called|calls|warned|stated)\b")
_PREPOSITION_FIRST = re.compile(r"(?:of|to|in|on|for|with|at|by|from|over|into|about)\b")


def attribution_before(before: str) -> str | None:
    """The speaker before the quote in the same sentence: "Name said: ...", "a spokesman said
    the bloc had "..."", "an official, speaking on condition of anonymity, said ..."."""
    m = _BEFORE_ACCORDING.search(before)
    if m:
        return m.group("attr")
    verbs = list(_SPEECH_BEFORE.finditer(before))
    if not verbs:
        return None
    verb = verbs[-1]
    if re.search(r"[.!?]\s", before[verb.end():]):
        return None  # the verb belongs to an earlier sentence
    subject = before[: verb.start()].rstrip()
    if verb.group(0).endswith("ing") and subject.endswith(","):
        # "Brazil's foreign ministry said it would seek consultations, calling the increase "…"": the
        # participle goes on with the sentence's subject
        return _first_subject(subject)
    subject = re.sub(r"(?:\s+(?:has|have|had|also|later|then|once|previously|repeatedly|publicly|[a-z]+ly))+$", "", subject)
    apposed = _NAME_APPOSITION.search(subject.rstrip(" ,"))
    if apposed:  # "Halvard Energy, a Geneva-based trader that supplied Nigeria, said": the name
        return apposed.group("name")
    subject = _ASIDE.sub("", subject).rstrip(" ,")
    if re.search(r"(?:^|\s)(?:and|but|then)$", subject):
        # "The ministry suspended tariff cuts, and said it would ...": a second verb of the same
        # subject, named before the clause's first verb
        subject = _first_subject(subject)
        if subject is None or _PREPOSITION_FIRST.match(subject):
            # ('"…" of both governments but urged them …': the subject is before the first quotation,
            # and the paragraph's speaker goes on)
            return None
    if re.search(r",\s*who$", subject):
        subject = "who"  # "according to a person familiar with the talks, who said …"
    relative = re.search(r"\S,\s*(?:which|whose)\s[^,.;:!?]*$", subject)
    if relative:  # "Hezbollah, which Washington lists as a terrorist organisation, said": Hezbollah
        subject = subject[:relative.start() + 1]
    elif (listed := _RELATIVE_WITH_LIST.match(subject)) and not _SPEECH_IN.search(subject, listed.end()):
        relative = listed  # "China, which has paid for X, a wharf and the stadium, said": China
        subject = subject[:listed.end()]
    subject = _CLAUSE_CUT.split(subject)[-1].strip(" ,")
    if relative:
        subject = re.sub(r"^(?:The|the)\s+", "", subject)
    if subject.lower() == "who":
        antecedent = re.search(rf"(?:^|,\s*)(?:according to\s+|(?:{_SPEECH_VERBS})\s+)?([^,;.]{{3,80}}),\s*who\s*$",
                               before[: verb.start()].rstrip())
        return antecedent.group(1).strip() if antecedent else None
    if "," in subject and re.match(r"(?:which|who|whose)\s", subject.rpartition(",")[2].strip()):
        subject = subject.rpartition(",")[0]  # "The United States, which signed ... in 2007, said": the United States
        subject = re.sub(r"^(?:The|the)\s+", "", subject.rpartition(",")[2].strip() or subject)
    words = subject.split()
    if not words or len(words) > 14:
        return None
    if words[-1].lower() in _PRONOUNS:
        reported = _SAID_THEN.search(subject)
        if reported:  # "Singapore's ministry said it welcomed "…"": the ministry said so
            return attribution_before(subject[:reported.end()] + " ")
        return words[-1]  # "In a written statement she said": resolved later
    if "," in subject:  # keep the clause nearest the verb, unless it is an apposition of a name
        head, _, tail = subject.rpartition(",")
        tail = tail.strip()
        if re.match(r"(?:which|who|whose)\s", tail):
            subject = head.rpartition(",")[2].strip() or head  # "China, which buys ..., said": China
        elif not re.match(r"(?:a|an|the)\s", tail):
            subject = tail or head
    return subject or None


def _last_sentence(text: str) -> str:
    """The last sentence of a stretch of text (a full stop, then a capital or an opening quote)."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text)[-1]


_SAID_THEN = re.compile(r"\b(?:said|says|added|adds|told\s+\w+)(?=\s+(?:that\s+)?(?:it|they)$)")
_INVERTED_BEFORE = re.compile(rf",\s*(?:{_SPEECH_VERBS})\s+(?P<attr>[^.;:“”\"]{{3,120}})[.]\s*$")
_SUBJECT_FIRST = re.compile(rf"^\s*(?P<attr>[A-Z][^,.;:“”\"]{{1,80}}?)\s+(?:{_SPEECH_VERBS})\b[^“”\"]*[.]\s*$")


def reported_speaker(before: str) -> str | None:
    """The speaker of the sentence before a quotation that opens its own sentence: "Exemptions are
    unlikely, said Pieter van Aalst, a trade lawyer. “The Commission has built this ...”"."""
    if not re.search(r"[.]\s*$", before):
        return None
    last = _last_sentence(before.strip())
    if re.search(r"[“”\"]", last):
        return None  # the sentence before quotes someone itself
    # "A senior Norwegian officer, who was not authorised to speak publicly, said ...": the aside goes
    m = _INVERTED_BEFORE.search(last) or _SUBJECT_FIRST.match(re.sub(r",\s*who\s[^,]{1,100},", "", last))
    return m.group("attr").strip() if m else None


_UNNAMED_FIRST = re.compile(rf"^\s*(?P<attr>(?:A|An|One|Another)\s[^,.;:“”\"]{{1,80}}?)(?:,\s*who\s[^,]{{1,100}},)?\s+"
                            rf"(?:{_SPEECH_VERBS})\b[^“”\"]*[.]\s*$")


def unnamed_reporter(before: str) -> str | None:
    """The speaker named only by role who opens the sentence before a quotation: "A trader in
    Sambava, who asked not to be named, said exporters were paying less. “…,” he said."."""
    m = _UNNAMED_FIRST.match(_last_sentence(before.rstrip(" “\"‘'")))
    return m.group("attr").strip() if m else None


# the last words of a ministry's or a body's name ("Foreign Affairs", "Mineral Resources")
_PORTFOLIO_WORDS = frozenset("""Affairs Resources Defence Defense Finance Interior Treasury Trade Energy Economy
    Health Justice Customs Administration Ministry Department Office Bureau Agency Commission Authority""".split())


_SPACES = re.compile(r"\s+")
_WHEN_TAIL = re.compile(r"\s+(?:on|in|at|during|last|this|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\w+day|week|month|year|\w+ \d+).*$")
_OCCASION_TAIL = re.compile(r"\s+(?:told\b|in an? (?:interview|statement|speech|post|letter)\b|at an? (?:news |press )?(?:conference|briefing|summit|forum|rally|ceremony|meeting|event)\b).*$")
_WHEN_HEAD = re.compile(r"^(?:In|On|At|By|Last|Early|Late|Earlier|Later)\s+(?:[A-Z]\w+|\d{4}|\w+day)\s+(?=\S)")
_STATEMENT_FROM = re.compile(r"^(?:an?\s+|the\s+)?(?:written\s+|joint\s+)?(?:statement|report|note|letter|post|communiqu[eé]|"
                             r"readout|press\s+release)\s+(?:from|by|of|issued\s+by)\s+(?:the\s+)?", re.I)
_PLACE_TAIL = re.compile(r"\s+(?:in|at|from|based in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
_ACRONYM_PAREN = re.compile(r"\s*\([A-Z][A-Za-z0-9&.-]{1,10}\)")
_SPOKESPERSON_FOR = re.compile(r"^(?:an?\s+|the\s+)?(spokes(?:man|woman|person)|spokespeople)\s+(?:for|of)\s+(?:the\s+)?(.+)$", re.I)


def parse_speaker(attr: str | None) -> tuple[str | None, str | None, str]:
    """Split an attribution phrase into (speaker, role, kind).

    kind is ``named`` (a person's name), ``role`` (named by role only), ``anonymous``,
    ``pronoun`` (to be resolved by the caller) or ``unknown``.
    """
    if not attr:
        return None, None, "unknown"
    attr = _SPACES.sub(" ", attr).strip(" ,.;:–—-")
    attr = _WHEN_TAIL.sub("", attr)
    attr = _OCCASION_TAIL.sub("", attr)
    if not attr:
        return None, None, "unknown"
    if attr.lower() in _PRONOUNS:
        return None, None, "pronoun"
    # "In February Treasurer Marcus Bell": the time before the speaker is no part of the name
    attr = _WHEN_HEAD.sub("", attr)
    # "a statement from the Kremlin": the Kremlin speaks
    attr = _STATEMENT_FROM.sub("", attr)
    if "," not in attr and any(w.lower() in _ROLE_WORDS for w in attr.split()[:-1]):
        # a role with a place: "a Chinese embassy spokesperson in Washington" names no person
        attr = _PLACE_TAIL.sub("", attr)
    attr = _ACRONYM_PAREN.sub("", attr)  # "the China Coast Guard (CCG)"
    if _ANONYMOUS.search(attr):
        return _ARTICLES.sub("", attr), None, "anonymous"
    spokes = _SPOKESPERSON_FOR.match(attr)
    if spokes and not _looks_like_name(spokes.group(2)):
        attr = f"{spokes.group(2)} {spokes.group(1)}"  # "a spokesman for the coast guard" → "coast guard spokesman"
    # "Name, a role at X" / "Name, the group's spokesman"
    if "," in attr:
        head, _, rest = attr.partition(",")
        head, rest = head.strip(), rest.strip(" ,")
        if _looks_like_name(head):
            return head, _ARTICLES.sub("", rest) or None, "named"
        if _looks_like_name(rest):
            return rest, _ARTICLES.sub("", head) or None, "named"
    tokens = attr.split()
    # trailing run of name tokens: "Taliban spokesperson Zabihullah Mujahid"
    i = len(tokens)
    while i > 0 and _NAME_TOKEN.match(tokens[i - 1]) and tokens[i - 1].lower() not in _ROLE_WORDS:
        i -= 1
    name_tokens = tokens[i:]
    while name_tokens and name_tokens[0][0].islower():
        name_tokens = name_tokens[1:]
    cut = max((k for k, w in enumerate(name_tokens) if w in _PORTFOLIO_WORDS), default=-1)
    if cut >= 0 and len(name_tokens) - cut - 1 >= 2:
        # "Minister of Foreign Affairs Ana Diaz": the portfolio's last word, then the name
        i += cut + 1
        name_tokens = name_tokens[cut + 1:]
    role = " ".join(tokens[:i]) or None
    if i > 0 and tokens[i - 1] in ("of", "for"):
        if len(name_tokens) < 3:
            # "China's General Administration of Customs": a body's name, not a person's
            role_phrase = _ARTICLES.sub("", attr)
            return role_phrase, role_phrase, "role"
        # "Minister for Mineral Resources Naja Kleist": the portfolio, then the name
        role = " ".join(tokens[:-2])
        name_tokens = tokens[-2:]
    if name_tokens and (len(name_tokens) >= 2 or role):
        name = " ".join(name_tokens)
        return name, _ARTICLES.sub("", role) if role else None, "named"
    if len(tokens) == 1 and _NAME_TOKEN.match(tokens[0]):
        return tokens[0], None, "named"  # a surname, resolved by the caller
    role_phrase = _ARTICLES.sub("", attr)
    return role_phrase, role_phrase, "role"


def _looks_like_name(text: str) -> bool:
    tokens = text.split()
    return (
        1 <= len(tokens) <= 5
        and all(_NAME_TOKEN.match(t) for t in tokens)
        and tokens[0][0].isupper()
        and not any(t.lower() in _ROLE_WORDS for t in tokens)
    )
