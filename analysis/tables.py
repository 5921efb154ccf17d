"""The briefing's data as pandas DataFrames (for the report's tables and for exploration)."""

from __future__ import annotations

import pandas as pd

from .extract.records import Extraction
from .synthesis import Focused

__all__ = ["actors", "claims", "matrix", "mentions", "quotes", "relations", "stakes"]


def paragraph_of(ex: Extraction, sentence: int | None) -> int | None:
    if sentence is None or not ex.article.sentences:
        return None
    return ex.article.sentences[sentence].paragraph


def actors(f: Focused) -> pd.DataFrame:
    rows = [{
        "actor": a.name, "type": a.type, "iso3": a.iso3 or "", "mentions": a.count,
        "tone": a.tone, "role": a.role or "", "affiliation": a.affiliation or "",
        "first_paragraph": paragraph_of(f.ex, a.mentions[0].sentence),
    } for a in f.actors]
    return pd.DataFrame(rows, columns=["actor", "type", "iso3", "mentions", "tone", "role",
                                       "affiliation", "first_paragraph"])


def relations(f: Focused) -> pd.DataFrame:
    rows = [{
        "source": r.source, "relation": r.type, "target": r.target, "negated": r.negated,
        "plover": r.plover, "cue": r.cue, "evidence": r.evidence,
        "paragraph": paragraph_of(f.ex, min(r.sentences)), "sentence": min(r.sentences),
    } for r in f.relations]
    return pd.DataFrame(rows, columns=["source", "relation", "target", "negated", "plover", "cue",
                                       "evidence", "paragraph", "sentence"])


def quotes(f: Focused) -> pd.DataFrame:
    rows = [{
        "speaker": q.speaker or "unattributed", "role": q.speaker_role or "",
        "kind": q.speaker_kind, "affiliation": q.affiliation or "", "quote": q.text,
        "paragraph": q.paragraph, "sentence": q.sentence,
    } for q in f.quotes]
    return pd.DataFrame(rows, columns=["speaker", "role", "kind", "affiliation", "quote",
                                       "paragraph", "sentence"])


def claims(f: Focused) -> pd.DataFrame:
    rows = [{
        "claim": c.text, "cue": c.cue, "likelihood": c.likelihood or "", "vague": c.vague,
        "speaker": c.speaker or "", "paragraph": paragraph_of(f.ex, c.sentence), "sentence": c.sentence,
    } for c in f.claims]
    return pd.DataFrame(rows, columns=["claim", "cue", "likelihood", "vague", "speaker",
                                       "paragraph", "sentence"])


def stakes(f: Focused, kind: str) -> pd.DataFrame:
    items = f.sectors if kind == "sectors" else f.themes
    rows = [{
        "id": s.id, "label": s.label, "score": s.score, "evidence_sentences": len(s.sentences),
        "actors": ", ".join(list(s.actors)[:4]), "terms": ", ".join(s.terms[:6]),
    } for s in items]
    return pd.DataFrame(rows, columns=["id", "label", "score", "evidence_sentences", "actors", "terms"])


def matrix(f: Focused, *, max_actors: int = 10) -> pd.DataFrame:
    """Actor × sector: how many of a sector's evidence sentences name the actor."""
    sectors = [s for s in f.sectors]
    names = [a.name for a in f.actors if a.type != "person"][:max_actors]
    data = {s.label: [s.actors.get(n, 0) for n in names] for s in sectors}
    frame = pd.DataFrame(data, index=pd.Index(names, name="actor"))
    return frame.loc[frame.sum(axis=1) > 0] if not frame.empty else frame


def mentions(ex: Extraction) -> pd.DataFrame:
    rows = [{
        "actor": a.name, "type": a.type, "text": m.text, "kind": m.kind, "start": m.start,
        "end": m.end, "sentence": m.sentence, "paragraph": paragraph_of(ex, m.sentence),
        "sentence_text": ex.article.sentences[m.sentence].text if ex.article.sentences else "",
    } for a in ex.actors for m in a.mentions]
    return pd.DataFrame(rows, columns=["actor", "type", "text", "kind", "start", "end",
                                       "sentence", "paragraph", "sentence_text"])
