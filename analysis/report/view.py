"""The notebook-facing briefing: one object built from an article, whose methods each return one
section as escaped HTML (for the report) and whose ``tables`` hold the same data as DataFrames
(for exploration). Notebooks call these and nothing else."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import SimpleNamespace

from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__, charts, synthesis, tables
from ..errors import InputError, ParameterError
from ..extract import extract
from ..extract.records import ActorRecord, Extraction
from ..ingest import read_path
from ..knowledge import load
from ..model import Article

__all__ = ["Briefing", "Fragment", "figure_html", "load_article", "resolve_focus"]

_MAX_EVIDENCE = 2  # evidence sentences shown per sector or theme; the rest are counted
_MIN_MENTIONS_ROW = 2  # actors named less often and in no relation are listed in one line
_FIGURE_DPI = charts.DPI  # figures are drawn at the resolution they were laid out for
_TEMPLATES = Path(str(resources.files("analysis").joinpath("templates")))


class Fragment(str):
    """A piece of HTML that notebooks display as HTML."""

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:  # the notebook's text/plain: short, the HTML is what shows
        return f"<briefing section: {len(self):,} characters of HTML>"


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(_TEMPLATES)), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


_MACROS = None


def _macros():
    global _MACROS
    if _MACROS is None:
        _MACROS = _env().get_template("sections.html.j2").module
    return _MACROS


def figure_html(fig, *, alt: str, caption: str) -> Fragment:
    """A matplotlib Figure as an embedded PNG with its alt text and caption. The PNG has no
    alpha channel when the figure is opaque (ours are): the PDF writer would split it out and
    encode the image twice, and the page is a tenth smaller."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    if fig.dpi != _FIGURE_DPI:
        fig.set_dpi(_FIGURE_DPI)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    image = Image.frombuffer("RGBA", canvas.get_width_height(physical=True), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    if image.getextrema()[3][0] == 255:
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="png", dpi=(_FIGURE_DPI, _FIGURE_DPI))
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return Fragment(_macros().figure(data, alt, caption))


def load_article(path: str | Path, record: str = "") -> Article:
    """The article a briefing is about; for a feed, the record with that id or line number."""
    result = read_path(path)
    if not record:
        return result.articles[0]
    for article in result.articles:
        line = (article.meta.path or "").rsplit(":", 1)[-1]
        if record in (article.meta.record_id, line):
            return article
    ids = ", ".join(a.meta.record_id or "?" for a in result.articles[:20])
    raise ParameterError(f"record {record!r} is not in the feed", path=path,
                         hint=f"use one of the record ids: {ids}")


def resolve_focus(ex: Extraction, focus: str) -> ActorRecord | None:
    if not focus:
        return None
    actor = ex.actor(focus)
    if actor is None:
        kb_actor = load().actor_by_name(focus)
        actor = ex.actor(kb_actor.id) if kb_actor else None
    if actor is None:
        names = ", ".join(a.name for a in ex.actors)
        raise ParameterError(f"focus actor {focus!r} is not in this article",
                             hint=f"use one of its actors: {names}")
    return actor


_PROJECT = Path(__file__).resolve().parents[2]


def _display_path(path: str) -> str:
    """The article's path relative to the project folder where it lies under it."""
    try:
        return str(Path(path).resolve().relative_to(_PROJECT))
    except (ValueError, OSError):
        return path


def _without_attribution(text: str) -> str:
    """A quoted claim without the "– Name" after its closing quote (the speaker is shown apart)."""
    return re.sub(r"([”\"])\s*[–—-]\s*[^”\"]{2,80}$", r"\1", text)


@dataclass(frozen=True)
class _Ref:
    sentence: int
    paragraph: int
    text: str = ""


class Briefing:
    """Everything one briefing shows, computed once from the article."""

    def __init__(self, article: str, *, record: str = "", focus: str = "", formats=("html", "pdf"),
                 knowledge: str = "", generated: str | None = None):
        self.path = Path(article)
        if not self.path.exists():
            raise InputError("no such file", path=article, hint="check the `article` parameter")
        self.params = {"article": str(article), "record": record, "focus": focus,
                       "formats": list(formats), "knowledge": knowledge}
        self.kb = load(knowledge) if knowledge else load()
        self.article = load_article(self.path, record)
        self.ex = extract(self.article, knowledge=self.kb)
        self.focus_actor = resolve_focus(self.ex, focus)
        self.f = synthesis.focus_on(self.ex, self.focus_actor)
        self.generated = generated or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    # -- data for exploration -------------------------------------------------------------
    @cached_property
    def tables(self) -> SimpleNamespace:
        return SimpleNamespace(
            actors=tables.actors(self.f), relations=tables.relations(self.f),
            quotes=tables.quotes(self.f), claims=tables.claims(self.f),
            sectors=tables.stakes(self.f, "sectors"), themes=tables.stakes(self.f, "themes"),
            matrix=tables.matrix(self.f), mentions=tables.mentions(self.ex),
        )

    # -- helpers ---------------------------------------------------------------------------
    def _ref(self, sentence: int) -> _Ref:
        s = self.article.sentences[sentence]
        return _Ref(sentence, s.paragraph, synthesis.snippet(s.text, max_words=40))

    def _snippet_ref(self, sentence: int, terms: list[str]) -> _Ref:
        """A sentence cut around the first lexicon term it holds."""
        s = self.article.sentences[sentence]
        lowered = s.text.lower()
        term = next((t for t in terms if t in lowered), None)
        return _Ref(sentence, s.paragraph, synthesis.snippet(s.text, term, max_words=32))

    def _refs(self, sentences) -> list[_Ref]:
        """One link per paragraph, to the first sentence cited in it."""
        refs: dict[int, _Ref] = {}
        for i in sorted(set(sentences)):
            ref = self._ref(i)
            refs.setdefault(ref.paragraph, ref)
        return list(refs.values())

    def _figure(self, fig, *, alt: str, caption: str) -> Fragment:
        return figure_html(fig, alt=alt, caption=caption)

    @property
    def cited(self) -> set[int]:
        cited = {i for r in self.f.relations for i in r.sentences}
        cited |= {c.sentence for c in self.f.claims}
        cited |= {i for s in self.f.sectors + self.f.themes for i in s.sentences[:_MAX_EVIDENCE]}
        cited |= {q.sentence for q in self.f.quotes if q.sentence is not None}
        return cited

    # -- sections --------------------------------------------------------------------------
    def title_block(self) -> Fragment:
        meta = self.article.meta
        b = SimpleNamespace(
            title=self.article.title, standfirst=self.article.standfirst,
            source=meta.source or meta.source_type or meta.author or f"{self.path.name} ({meta.format})",
            published=meta.published or "not stated in the article",
            generated=self.generated, focus=self.focus_actor.name if self.focus_actor else "",
            words=f"{self.article.word_count:,}", paragraphs=len(self.article.paragraphs) - 1,
            short_id=self.article.id[:12],
        )
        return Fragment(_macros().title_block(b))

    def bluf(self) -> Fragment:
        points = [SimpleNamespace(text=p.text, refs=self._refs(p.sentences))
                  for p in synthesis.bluf(self.f, self.kb)]
        return Fragment(_macros().bluf(points))

    def judgments(self) -> Fragment:
        rows = [SimpleNamespace(text=_without_attribution(c.text), cue=c.cue, likelihood=c.likelihood, vague=c.vague,
                                speaker=c.speaker, refs=self._refs([c.sentence])) for c in self.f.claims]
        level, reasons = synthesis.confidence(self.f)
        return Fragment(_macros().judgments(rows, level, reasons, self.kb.claims["bands"],
                                            self.focus_actor.name if self.focus_actor else ""))

    def what_happened(self) -> Fragment:
        rows = [SimpleNamespace(source=r.source, type=r.type, target=r.target, negated=r.negated,
                                plover=r.plover, evidence=synthesis.snippet(r.evidence, r.cue),
                                refs=self._refs(r.sentences))
                for r in self.f.relations]
        return Fragment(_macros().relations(rows))

    def actors(self) -> Fragment:
        rows, minor = [], []
        for pos in synthesis.positions(self.f, self.kb):
            a = pos.actor
            if not pos.stances and a.count < _MIN_MENTIONS_ROW and a is not self.focus_actor and a.type != "person":
                minor.append(SimpleNamespace(name=a.name, type=a.type, iso3=a.iso3, refs=self._refs(a.sentences[:1])))
                continue
            rows.append(SimpleNamespace(name=a.name, type=a.type, iso3=a.iso3, mentions=a.count,
                                        tone=a.tone, role=a.role, affiliation=a.affiliation,
                                        stances=pos.stances, refs=self._refs(pos.sentences[:3])))
        return Fragment(_macros().actors(rows, minor))

    def _stake_items(self, items):
        out = []
        for s in items:
            evidence = [self._snippet_ref(i, s.terms) for i in s.sentences[:_MAX_EVIDENCE]]
            out.append(SimpleNamespace(label=s.label, score=s.score, count=len(s.sentences),
                                       actors=", ".join(list(s.actors)[:4]), evidence=evidence,
                                       more=max(0, len(s.sentences) - _MAX_EVIDENCE)))
        return out

    def economic_stakes(self) -> Fragment:
        return Fragment(_macros().stakes(self._stake_items(self.f.sectors),
                                         "No economic sector is clearly at stake in the article."))

    def stakes_chart(self) -> Fragment:
        matrix = self.tables.matrix
        names = ", ".join(matrix.index[:5])
        return self._figure(
            charts.stakes_matrix(matrix),
            alt=f"Heatmap of actors by economic sector; darker cells mean more evidence sentences. Rows: {names}.",
            caption="Figure 1. Actor × sector: how many of each sector's evidence sentences name the actor.",
        )

    def geopolitical_stakes(self) -> Fragment:
        return Fragment(_macros().stakes(self._stake_items(self.f.themes),
                                         "No geopolitical theme is clearly at stake in the article."))

    def voices(self) -> Fragment:
        rows = [SimpleNamespace(text=q.text, speaker=q.speaker, role=q.speaker_role, kind=q.speaker_kind,
                                refs=self._refs([q.sentence]) if q.sentence is not None else [])
                for q in self.f.quotes]
        return Fragment(_macros().voices(rows))

    def indicators(self) -> Fragment:
        items = [SimpleNamespace(text=p.text, refs=self._refs(p.sentences))
                 for p in synthesis.indicators(self.f, self.kb)]
        return Fragment(_macros().points(items, "Nothing in the article points to a development to watch."))

    def network(self) -> Fragment:
        stances = {t: spec.get("stance", "engages") for t, spec in self.kb.relations.items()}
        pairs = "; ".join(f"{r.source} {r.type.replace('_', ' ')} {r.target}" for r in self.f.relations[:8])
        return self._figure(
            charts.network(self.f, stances),
            alt=f"Network of actors linked by relations: {pairs or 'none'}.",
            caption="Figure 2. Actor network: a line joins two actors the text relates, labelled with "
                    "the relation types; solid = supports, dashed = engages, dotted = opposes; "
                    "grey with × = denied in the text.",
        )

    def method(self) -> Fragment:
        meta = self.article.meta
        facts = [
            ("Article file", _display_path(meta.path or str(self.path))),
            ("Format", meta.format),
            ("Source", meta.source or "not stated"),
            ("Author", meta.author or "not stated"),
            ("Published", meta.published or "not stated"),
            ("URL", meta.url or "not known"),
            ("Source type", meta.source_type or "not recorded"),
            ("Retrieved", meta.retrieved or "not recorded"),
            ("Content hash (sha256)", self.article.id),
            ("Package", f"briefing {__version__}"),
            ("Parameters", ", ".join(f"{k}={_display_path(v) if k == 'article' else v!r}" for k, v in self.params.items())),
            ("Knowledge files", ", ".join(self.ex.knowledge_sources)),
            ("Generated", self.generated),
        ]
        m = SimpleNamespace(
            facts=facts,
            method=[
                "The article was read once and split into paragraphs and sentences; every point "
                "above links to the sentence behind it (¶ = paragraph number in the annotated article).",
                "Actors come from curated knowledge files (states with ISO3 codes, capitals and seats "
                "of power as metonyms, organisations, armed groups) and from how the text names "
                "people and organisations (titles, roles, quote attributions).",
                "Relations are coded from verb and noun cues between actors (PLOVER event types), "
                "with negation; sectors and themes from lexicons; tone from the VADER lexicon.",
                "Likelihood bands come from the article's own hedging words, mapped to ICD 203; "
                "they describe what the article says, not an independent assessment.",
            ],
            limits=[
                "One article is one source: nothing is corroborated, and the article's framing is "
                "reproduced, not judged.",
                "Rules read the text literally: irony, implicit actors (\"others\", \"many nations\") "
                "and events described without an actor-to-actor verb are not coded as relations.",
                "Pronouns are resolved only for quote attributions and a few definite descriptions "
                "(\"the regime\"); tone scoring is lexicon-based and misses context.",
                "Images, video (" + (", ".join(self.article.media) or "none referenced") + ") and "
                "linked pages are not read.",
            ],
        )
        return Fragment(_macros().method(m))

    def annotated_article(self) -> Fragment:
        cited = self.cited
        paras = []
        by_para: dict[int, list] = {}
        for s in self.article.sentences:
            by_para.setdefault(s.paragraph, []).append(s)
        text = self.article.text
        for p in self.article.paragraphs:
            if p.kind == "title":
                continue
            sentences = by_para.get(p.index, [])
            items = []
            if not sentences:
                items.append(SimpleNamespace(index=f"h{p.index}", text=p.text, gap="", cited=False))
            for i, s in enumerate(sentences):
                nxt = sentences[i + 1].start if i + 1 < len(sentences) else p.end
                items.append(SimpleNamespace(index=s.index, text=s.text, gap=text[s.end:nxt], cited=s.index in cited))
            paras.append(SimpleNamespace(number=p.index, kind={"heading": "heading", "key_point": "kp"}.get(p.kind, p.kind),
                                         sentences=items))
        return Fragment(_macros().annotated(paras))
