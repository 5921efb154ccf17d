"""Score the extraction against an annotated dev set: precision, recall and F1 for actors, quote
speakers, relations, sectors, themes and claims.

    python -m analysis.evaluate tests/devset        (make eval)

Each article ``X`` has its gold annotations in ``X.gold.yaml`` (a feed: ``records:``, one per
record). Matching is deliberately tolerant of naming: states match on ISO3, other actors on
their name or any alias written in the gold file; symmetric relations match in either order.

Relations are scored two ways. "relations" counts statements: a gold row names the sentence that
states the relation, and a predicted relation counts once for each sentence it cites, so a
relation found in the wrong sentence is both a miss and an extra. "relation triples" counts the
distinct (source, type, target, negated) of each article, wherever they are stated.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .extract import extract
from .extract.records import ActorRecord, Extraction
from .ingest import read_path
from .knowledge import fold

__all__ = ["Score", "evaluate", "main"]

SYMMETRIC = {"engages", "deal_with", "tensions_with"}
TARGETS = {"actors": 0.90, "quote speakers": 0.90, "relations": 0.70, "relation triples": 0.70, "sectors": 0.80,
           "themes": 0.80}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _norm(text: str | None) -> str:
    text = fold(text or "").replace("'s", "")
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return re.sub(r"[^\w]+", " ", text).strip()


class _GoldActor:
    def __init__(self, entry: dict):
        self.name = entry["name"]
        self.type = entry.get("type")
        self.iso3 = entry.get("iso3")
        self.forms = {_norm(self.name)} | {_norm(a) for a in entry.get("aliases") or []}

    def matches(self, actor: ActorRecord) -> bool:
        if self.iso3 and actor.iso3:
            return self.iso3 == actor.iso3
        if _norm(actor.name) in self.forms or _norm(actor.id) in self.forms:
            return True
        return any(_norm(m.text) in self.forms and m.kind not in ("demonym", "anaphor") for m in actor.mentions)

    def matches_name(self, name: str, ex: Extraction) -> bool:
        actor = ex.actor(name)
        return self.matches(actor) if actor else _norm(name) in self.forms


def _match_actors(gold: list[_GoldActor], ex: Extraction, score: Score, label: str) -> None:
    used: set[int] = set()
    for g in gold:
        hit = next((i for i, a in enumerate(ex.actors) if i not in used and g.matches(a)), None)
        if hit is None:
            score.fn += 1
            score.misses.append(f"{label}: {g.name}")
        else:
            used.add(hit)
            score.tp += 1
    for i, a in enumerate(ex.actors):
        if i not in used:
            score.fp += 1
            score.extras.append(f"{label}: {a.name} ({a.type})")


def _find_gold_actor(gold: list[_GoldActor], name: str) -> _GoldActor | None:
    key = _norm(name)
    return next((g for g in gold if key in g.forms), None)


_FUNCTION_WORDS = frozenset("for of the a an s at in".split())


def _speaker_ok(pred: str | None, gold: str | None) -> bool:
    """Same speaker: equal names, one inside the other, the same surname, or the same words in
    another order ("spokeswoman for Zambia's mines ministry" = "Zambia's mines ministry spokeswoman")."""
    p, g = _norm(pred), _norm(gold)
    if not p or not g:
        return p == g
    if p == g or p in g or g in p or p.split()[-1] == g.split()[-1]:
        return True
    pw, gw = set(p.split()) - _FUNCTION_WORDS, set(g.split()) - _FUNCTION_WORDS
    return bool(pw) and (pw <= gw or gw <= pw)


def _quote_key(text: str) -> str:
    return re.sub(r"\W+", " ", fold(text)).strip()


def _score_article(ex: Extraction, gold: dict, scores: dict[str, Score], label: str) -> None:
    gold_actors = [_GoldActor(a) for a in gold.get("actors") or []]
    _match_actors(gold_actors, ex, scores["actors"], label)

    # quote speakers: a predicted quote counts when its text starts where the gold one does
    # and its speaker matches
    preds = list(ex.quotes)
    matched: set[int] = set()
    for gq in gold.get("quotes") or []:
        start = _quote_key(gq["start_words"])
        hit = next((i for i, q in enumerate(preds) if i not in matched and
                    (_quote_key(q.text).startswith(start[:25]) or start[:25] in _quote_key(q.text))), None)
        if hit is not None and _speaker_ok(preds[hit].speaker, gq.get("speaker")):
            matched.add(hit)
            scores["quote speakers"].tp += 1
        else:
            scores["quote speakers"].fn += 1
            got = preds[hit].speaker if hit is not None else "quote not found"
            scores["quote speakers"].misses.append(f"{label}: “{gq['start_words']}” → {gq.get('speaker')} (got {got})")
    for i, q in enumerate(preds):
        if i not in matched:
            scores["quote speakers"].fp += 1
            scores["quote speakers"].extras.append(f"{label}: “{q.text[:40]}” → {q.speaker}")

    # relations: each statement in its sentence (a gold row names the sentence that states it;
    # a predicted relation counts once for every sentence it cites), and the distinct triples
    gold_rel = []
    for r in gold.get("relations") or []:
        gold_rel.append((_find_gold_actor(gold_actors, r["source"]) or _GoldActor({"name": r["source"]}),
                         r["type"], _find_gold_actor(gold_actors, r["target"]) or _GoldActor({"name": r["target"]}),
                         bool(r.get("negated")), r.get("sentence_words", "")))
    statements = [(rel, _norm(text)) for rel in ex.relations for _, text in rel.statements(ex.article)]
    _match_relations(ex, gold_rel, statements, scores["relations"], label,
                     lambda words, sentence: _norm(words) in sentence)
    triples, seen = [], set()
    for g in gold_rel:
        parties = (g[0].name, g[2].name)
        key = (*(sorted(parties) if g[1] in SYMMETRIC else parties), g[1], g[3])
        if key not in seen:
            seen.add(key)
            triples.append(g)
    _match_relations(ex, triples, [(rel, "") for rel in ex.relations], scores["relation triples"], label,
                     lambda words, sentence: True)

    for key, items in (("sectors", ex.sectors), ("themes", ex.themes)):
        predicted = {s.id for s in items}
        expected = set(gold.get(key) or [])
        scores[key].tp += len(predicted & expected)
        scores[key].fp += len(predicted - expected)
        scores[key].fn += len(expected - predicted)
        scores[key].misses += [f"{label}: {x}" for x in sorted(expected - predicted)]
        scores[key].extras += [f"{label}: {x}" for x in sorted(predicted - expected)]

    # claims: the sentence, then its likelihood band
    claim_keys = {_quote_key(c.text): c for c in ex.claims}
    matched_claims = set()
    for gc in gold.get("claims") or []:
        start = _quote_key(gc["sentence_words"])
        hit = next((k for k in claim_keys if k.startswith(start) or start in k), None)
        if hit and claim_keys[hit].likelihood == gc.get("likelihood"):
            scores["claims"].tp += 1
            matched_claims.add(hit)
        else:
            scores["claims"].fn += 1
            got = f"{claim_keys[hit].cue}/{claim_keys[hit].likelihood}" if hit else "not found"
            scores["claims"].misses.append(f"{label}: {gc['sentence_words']} → {gc.get('likelihood')} (got {got})")
            if hit:
                matched_claims.add(hit)
                scores["claims"].fp += 1
    for k, c in claim_keys.items():
        if k not in matched_claims:
            scores["claims"].fp += 1
            scores["claims"].extras.append(f"{label}: {c.text[:60]} ({c.cue})")


def _match_relations(ex: Extraction, gold_rel: list, predicted: list, score: Score, label: str, same_place) -> None:
    """Each predicted (relation, sentence) takes the first unused gold row with the same type,
    negation and parties (either way round for a symmetric type) in the same place."""
    used: set[int] = set()
    for rel, sentence in predicted:
        hit = None
        for i, (gs, gt_type, gt, gneg, words) in enumerate(gold_rel):
            if i in used or gt_type != rel.type or gneg != rel.negated or not same_place(words, sentence):
                continue
            direct = gs.matches_name(rel.source, ex) and gt.matches_name(rel.target, ex)
            swapped = gs.matches_name(rel.target, ex) and gt.matches_name(rel.source, ex)
            if direct or (rel.type in SYMMETRIC and swapped):
                hit = i
                break
        if hit is None:
            score.fp += 1
            score.extras.append(f"{label}: {rel.source} {'not ' if rel.negated else ''}{rel.type} "
                                f"{rel.target} — cue “{rel.cue}” in “{(sentence or rel.evidence)[:70]}…”")
        else:
            used.add(hit)
            score.tp += 1
    for i, (gs, gtype, gt, gneg, words) in enumerate(gold_rel):
        if i not in used:
            score.fn += 1
            score.misses.append(f"{label}: {gs.name} {'not ' if gneg else ''}{gtype} {gt.name} — in “{words}…”")


def evaluate(folder: Path) -> tuple[dict[str, Score], int]:
    scores = {k: Score() for k in ("actors", "quote speakers", "relations", "relation triples", "sectors", "themes",
                                   "claims")}
    articles = 0
    for gold_path in sorted(folder.glob("*.gold.yaml")):
        article_path = gold_path.with_name(gold_path.name[: -len(".gold.yaml")])
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        result = read_path(article_path)
        golds = gold["records"] if "records" in gold else [gold]
        for i, (article, g) in enumerate(zip(result.articles, golds)):
            label = article_path.name + (f"#{i + 1}" if len(golds) > 1 else "")
            _score_article(extract(article), g, scores, label)
            articles += 1
    return scores, articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"evaluate: error: {args.folder}: not a folder — pass the dev set folder, e.g. tests/devset", file=sys.stderr)
        return 2
    scores, articles = evaluate(args.folder)
    print(f"annotated set: {args.folder} ({articles} articles)")
    print(f"{'':16} {'precision':>9} {'recall':>7} {'F1':>6}  {'target':>6}")
    failed = False
    for name, s in scores.items():
        target = TARGETS.get(name)
        mark = "" if target is None else ("ok" if s.f1 >= target else "BELOW")
        failed |= mark == "BELOW"
        print(f"{name:16} {s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f}  {target if target else '':>6} {mark}")
    if args.verbose:
        for name, s in scores.items():
            for line in s.misses:
                print(f"  miss  [{name}] {line}")
            for line in s.extras:
                print(f"  extra [{name}] {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
