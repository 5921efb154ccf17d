#!/usr/bin/env python3
"""Check annotated gold files (the dev and held-out sets): every gold file parses, every
start_words / sentence_words string occurs in its article, values are in the taxonomy, and
every article has a gold file.

    python scripts/check_gold.py tests/heldout2
"""
import html
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path("tests/devset").resolve()

ACTOR_TYPES = {"state", "igo", "non_state_group", "person", "company", "other"}
REL_TYPES = {"recognizes", "engages", "deal_with", "sanctions", "criticizes", "hosts_talks",
             "tensions_with", "invests_in", "supplies", "aids", "other"}
SECTORS = {"critical_minerals", "mining", "energy", "electricity", "transport", "defense",
           "automotive", "agriculture", "finance", "trade"}
THEMES = {"recognition", "security", "human_rights", "sanctions_law", "regional_influence",
          "migration", "humanitarian"}
BANDS = {"almost no chance", "very unlikely", "unlikely", "roughly even chance", "likely",
         "very likely", "almost certain", None}
KINDS = {"named", "role", "anonymous"}
CUES = re.compile(r"\b(could|may|might|will|would|likely|unlikely|expected|probably|almost certainly)\b", re.I)
QUOTE_RE = re.compile(r"“([^”]+)”|\"([^\"\n]+)\"")


def html_article_text(raw):
    m = re.search(r"<article\b.*?</article>", raw, re.S)
    art = m.group(0)
    # drop ad blocks inside the article
    art = re.sub(r"<div class=\"(?:ad-slot|advert)[^\"]*\".*?</div>", " ", art, flags=re.S)
    art = re.sub(r"<(p|h1|h2|h3|li|blockquote|div|header|footer|cite)\b", r"\n\n<\1", art)
    text = re.sub(r"<[^>]+>", " ", art)
    text = html.unescape(text)
    return re.sub(r"[ \t]+", " ", text)


def load_articles(path):
    """Return list of (label, text) for one article file."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        return [(path.name, html_article_text(raw))]
    if path.suffix == ".jsonl":
        out = []
        for line in raw.splitlines():
            if line.strip():
                r = json.loads(line)
                assert set(r) == {"id", "url", "title", "published", "source", "author", "body"}, r.keys()
                out.append((f"{path.name}#{r['id']}", r["title"] + "\n\n" + r["body"]))
        return out
    return [(path.name, raw)]


def sentences(text):
    parts = re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])|\n+", text)
    return [p.strip() for p in parts if p.strip()]


def check(label, text, gold, errors, warnings, counts):
    def err(msg):
        errors.append(f"{label}: {msg}")

    actors = gold.get("actors") or []
    names = set()
    for a in actors:
        names.add(a["name"])
        if a["type"] not in ACTOR_TYPES:
            err(f"bad actor type {a}")
        if a["type"] == "state":
            if not (isinstance(a.get("iso3"), str) and re.fullmatch(r"[A-Z]{3}", a["iso3"])):
                err(f"state without ISO3: {a['name']}")
        elif a.get("iso3") is not None:
            err(f"non-state with iso3: {a['name']}")
        forms = [a["name"]] + list(a.get("aliases") or [])
        low = text.lower()
        if not any(f.lower() in low for f in forms):
            err(f"actor not found in text: {a['name']}")
        for al in a.get("aliases") or []:
            if al.lower() not in low:
                err(f"alias not found in text: {a['name']} / {al}")

    qstarts = []
    for q in gold.get("quotes") or []:
        sw = q["start_words"]
        qstarts.append(sw)
        if sw not in text:
            err(f"quote start_words not found: {sw!r}")
        if q["speaker_kind"] not in KINDS:
            err(f"bad speaker_kind {q}")
        if q["speaker_kind"] == "named" and q["speaker"] not in names:
            err(f"named speaker not in actors: {q['speaker']}")
    # quotations in the text that are not annotated (3+ words)
    for m in QUOTE_RE.finditer(text):
        inner = (m.group(1) or m.group(2)).strip()
        if re.search(r"\b(said|added)\b[^.\n]{0,50},\s*$", text[max(0, m.start() - 80):m.start()]):
            continue  # second half of a quote interrupted by "he said", annotated with its first half
        if len(inner.split()) >= 3 and not any(inner.startswith(s) for s in qstarts):
            warnings.append(f"{label}: unannotated quotation? {inner[:60]!r}")

    for r in gold.get("relations") or []:
        if r["type"] not in REL_TYPES:
            err(f"bad relation type {r}")
        for k in ("source", "target"):
            if r[k] not in names:
                err(f"relation {k} not an actor: {r[k]}")
        if not isinstance(r["negated"], bool):
            err(f"negated not bool: {r}")
        if r["source"] == r["target"]:
            err(f"relation with source == target: {r}")
        if r["sentence_words"] not in text:
            err(f"relation sentence_words not found: {r['sentence_words']!r}")

    for s in gold.get("sectors") or []:
        if s not in SECTORS:
            err(f"bad sector {s}")
    for t in gold.get("themes") or []:
        if t not in THEMES:
            err(f"bad theme {t}")

    claim_starts = []
    for c in gold.get("claims") or []:
        sw = c["sentence_words"]
        claim_starts.append(sw)
        if sw not in text:
            err(f"claim sentence_words not found: {sw!r}")
        if c["likelihood"] not in BANDS:
            err(f"bad likelihood {c}")
        if c["cue"].lower() not in text.lower():
            err(f"claim cue not in text: {c['cue']!r}")
        if c["vague"] != (c["cue"] in {"could", "may", "might"}):
            err(f"vague flag inconsistent with cue: {c}")
    for sent in sentences(text):
        if CUES.search(re.sub(r"\bMay \d", "", sent)) and not any(cs in sent for cs in claim_starts):
            warnings.append(f"{label}: cue word outside annotated claims: {sent[:90]!r}")

    counts.append((label, len(text.split()), len(actors), len(gold.get("quotes") or []),
                   len(gold.get("relations") or []), len(gold.get("claims") or [])))


def main():
    errors, warnings, counts = [], [], []
    for apath in sorted(HERE.iterdir()):
        if apath.suffix in {".txt", ".md", ".html", ".jsonl"} and apath.name != "README.md":
            if not (HERE / (apath.name + ".gold.yaml")).exists():
                errors.append(f"{apath.name}: no gold file beside it")
    for gpath in sorted(HERE.glob("*.gold.yaml")):
        art_path = HERE / gpath.name[: -len(".gold.yaml")]
        gold = yaml.safe_load(gpath.read_text(encoding="utf-8"))
        arts = load_articles(art_path)
        golds = gold["records"] if "records" in gold else [gold]
        if len(golds) != len(arts):
            errors.append(f"{gpath.name}: {len(golds)} gold records for {len(arts)} articles")
            continue
        for (label, text), g in zip(arts, golds):
            check(label, text, g, errors, warnings, counts)
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print(f"\n{'article':55} words actors quotes relations claims")
    for c in counts:
        print(f"{c[0]:55} {c[1]:5} {c[2]:6} {c[3]:6} {c[4]:9} {c[5]:6}")
    print(f"\n{len(counts)} articles, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
