"""The extraction contract other tools rely on: ``briefing extract --json`` prints one object
per article with the keys below (DESIGN.md, "Contracts"). Offsets index the article's extracted
plain text."""

from __future__ import annotations

import json

from .. import __version__
from ..extract.records import Extraction

__all__ = ["SCHEMA", "to_dict", "to_json"]

SCHEMA = "briefing.extraction/1"


def to_dict(ex: Extraction) -> dict:
    art = ex.article
    meta = art.meta
    return {
        "schema": SCHEMA,
        "generator": f"briefing {__version__}",
        "article": {
            "id": art.id,
            "title": art.title,
            "published": meta.published,
            "source": meta.source,
            "url": meta.url,
            "format": meta.format,
            "author": meta.author,
            "path": meta.path,
            "record_id": meta.record_id,
            "dateline": meta.dateline,
            "standfirst": art.standfirst,
            "key_points": art.key_points,
            "headings": art.headings,
            "words": art.word_count,
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                for s in art.sentences
            ],
        },
        "actors": [
            {
                "id": a.id, "name": a.name, "type": a.type, "iso3": a.iso3,
                "role": a.role, "affiliation": a.affiliation, "known": a.known,
                "tone": a.tone,
                "mentions": [
                    {"text": m.text, "start": m.start, "end": m.end, "sentence": m.sentence, "kind": m.kind}
                    for m in a.mentions
                ],
            }
            for a in ex.actors
        ],
        "places": [
            {"name": p.name, "country": p.country, "text": p.text, "start": p.start, "end": p.end,
             "sentence": p.sentence}
            for p in ex.places
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "speaker_role": q.speaker_role,
             "speaker_kind": q.speaker_kind, "affiliation": q.affiliation,
             "start": q.start, "end": q.end, "sentence": q.sentence}
            for q in ex.quotes
        ],
        "relations": [  # one per statement: a relation stated in three sentences is three entries
            {"source": r.source, "type": r.type, "target": r.target, "negated": r.negated,
             "evidence": evidence, "plover": r.plover, "cue": r.cue, "sentence": index,
             "symmetric": r.symmetric}
            for r in ex.relations for index, evidence in r.statements(ex.article)
        ],
        "sectors": [_stake(s) for s in ex.sectors],
        "themes": [_stake(s) for s in ex.themes],
        "claims": [
            {"text": c.text, "cue": c.cue, "likelihood": c.likelihood, "vague": c.vague,
             "sentence": c.sentence, "speaker": c.speaker}
            for c in ex.claims
        ],
        "tone": {"sentences": ex.tone, "mean": round(sum(ex.tone) / len(ex.tone), 3) if ex.tone else 0.0},
    }


def _stake(s) -> dict:
    return {"id": s.id, "label": s.label, "score": s.score, "raw": s.raw, "evidence": s.evidence,
            "sentences": s.sentences, "terms": s.terms, "actors": s.actors}


def to_json(ex: Extraction, *, indent: int | None = None) -> str:
    return json.dumps(to_dict(ex), ensure_ascii=False, indent=indent)
