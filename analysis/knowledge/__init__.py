"""Knowledge as data: actors, relation cues, sector and theme lexicons, hedging cues.

The files beside this module are the defaults. A user's overlay (a YAML file of the same shape,
named with ``--knowledge FILE`` or the BRIEFING_KNOWLEDGE environment variable, several joined
with ``:``) adds to them without code changes: new actors, aliases, cue words, lexicon terms.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from ..errors import KnowledgeError

__all__ = ["ActorDef", "Knowledge", "Surface", "fold", "fold_text", "load", "slug"]

ACTOR_TYPES = ("state", "igo", "non_state_group", "person", "company", "other")
RELATION_TYPES = (
    "recognizes", "engages", "deal_with", "sanctions", "criticizes", "hosts_talks",
    "tensions_with", "invests_in", "supplies", "aids", "other",
)
SECTORS = (
    "critical_minerals", "mining", "energy", "electricity", "transport", "defense",
    "automotive", "agriculture", "finance", "trade",
)
THEMES = (
    "recognition", "security", "human_rights", "sanctions_law", "regional_influence",
    "migration", "humanitarian",
)
_FILES = ("actors.yaml", "relations.yaml", "stakes.yaml", "claims.yaml", "people.yaml")


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0x80, 0x250)) + list(range(0x370, 0x530)) + list(range(0x41, 0x5B)):
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        low = base.lower()
        if len(low) == 1 and low != ch:
            table[code] = low
    for ch in "’‘ʼ′`":
        table[ord(ch)] = "'"
    for ch in "“”„″":
        table[ord(ch)] = '"'
    for ch in "‐‑‒–—―":
        table[ord(ch)] = "-"
    table[0xA0] = " "
    return table


_FOLD = _fold_table()


_NON_ASCII_SPLIT = re.compile(r"([^\x00-\x7f]+)")


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify quotes and dashes, keeping the length unchanged,
    so offsets into the folded text are offsets into the original."""
    if text.isascii():
        return text.lower().replace("`", "'")  # all the table does to ASCII: the fast path
    # ASCII runs lower-cased at C speed, the table only for the runs of other characters
    parts = _NON_ASCII_SPLIT.split(text)
    parts[::2] = [part.lower().replace("`", "'") for part in parts[::2]]
    parts[1::2] = [part.translate(_FOLD) for part in parts[1::2]]
    folded = "".join(parts)
    if len(folded) != len(text):  # pragma: no cover - the table maps one char to one char
        raise AssertionError("fold changed the text's length")
    return folded


@lru_cache(maxsize=16)
def fold_text(text: str) -> str:
    """fold() of a whole article, computed once however many extractors ask for it."""
    return fold(text)


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    return _NOT_SLUG.sub("-", fold(name)).strip("-")


@dataclass(frozen=True, slots=True)
class ActorDef:
    id: str
    name: str
    type: str
    iso3: str | None = None


@dataclass(frozen=True, slots=True)
class Surface:
    """One way of naming an actor in text."""

    text: str
    actor: str  # ActorDef.id
    kind: str  # name | alias | metonym | capital | demonym


@dataclass(eq=False)  # hashed by identity: compiled matchers are cached per Knowledge
class Knowledge:
    actors: dict[str, ActorDef]
    surfaces: list[Surface]
    ambiguous: dict[str, dict]
    relations: dict
    negation: list[str]
    claims: dict
    stakes: dict
    people: dict
    sources: list[str] = field(default_factory=list)
    role_nouns: dict = field(default_factory=dict)  # "Y's biggest supplier" → relation type
    reported_criticism: dict = field(default_factory=dict)  # speech verbs and words of criticism
    historical: frozenset = frozenset()  # names of states that no longer exist (the Soviet Union)
    shared_demonyms: dict = field(default_factory=dict)  # "Dominican" → DOM unless the article names Dominica
    _by_name: dict | None = field(default=None, repr=False)

    def actor_by_name(self, name: str) -> ActorDef | None:
        """The actor a name, alias, metonym or ISO3 code stands for (not a demonym), or None."""
        key = fold(name.strip())
        key = key[4:] if key.startswith("the ") else key
        return self._names().get(key)

    def _names(self) -> dict[str, ActorDef]:
        if self._by_name is None:
            table: dict[str, ActorDef] = {}
            for surface in reversed(self.surfaces):
                if surface.kind != "demonym":
                    table[fold(surface.text)] = self.actors[surface.actor]
            for actor in self.actors.values():
                table[fold(actor.name)] = actor
                table[actor.id.lower()] = actor
                if actor.iso3:
                    table[actor.iso3.lower()] = actor
            self._by_name = table
        return self._by_name


def _read_yaml(text: str, where: str) -> dict:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"invalid YAML ({exc.__class__.__name__}: {exc})".split("\n")[0],
                             path=where, hint="fix the YAML syntax") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeError("the file must hold a mapping at the top level", path=where,
                             hint="see analysis/knowledge/actors.yaml for the shape")
    return data


def _merge(base: dict, extra: dict) -> dict:
    out = dict(base)
    for key, value in extra.items():
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = _merge(out[key], value)
        elif key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = out[key] + value
        else:
            out[key] = value
    return out


def _overlay_paths(overlays: tuple[str, ...]) -> list[str]:
    env = os.environ.get("BRIEFING_KNOWLEDGE", "")
    return [p for p in (*env.split(":"), *overlays) if p]


def load(*overlays: str) -> Knowledge:
    """The default knowledge plus overlays (files named here or in BRIEFING_KNOWLEDGE)."""
    return _load(tuple(_overlay_paths(overlays)))


@lru_cache(maxsize=8)
def _load(overlays: tuple[str, ...]) -> Knowledge:
    package = resources.files(__package__)
    data: dict = {}
    sources = []
    for name in ("states.yaml", *_FILES):
        data = _merge(data, _read_yaml(package.joinpath(name).read_text(encoding="utf-8"), name))
        sources.append(f"analysis/knowledge/{name}")
    for path in overlays:
        p = Path(path)
        if not p.is_file():
            raise KnowledgeError("the knowledge overlay file does not exist", path=p,
                                 hint="check the path given to --knowledge or BRIEFING_KNOWLEDGE")
        data = _merge(data, _read_yaml(p.read_text(encoding="utf-8"), str(p)))
        sources.append(str(p))
    return _build(data, sources)


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _build(data: dict, sources: list[str]) -> Knowledge:
    actors: dict[str, ActorDef] = {}
    surfaces: list[Surface] = []

    def add(actor_id: str, text: str, kind: str) -> None:
        text = _strip_the(str(text).strip())
        if text:
            surfaces.append(Surface(text, actor_id, kind))

    extras = data.get("state_extras") or {}
    for state in data.get("states") or []:
        iso3 = state["iso3"]
        extra = extras.get(iso3) or {}
        # the name news copy uses ("Turkey", "Czech Republic") where the generated one is a
        # statistical agency's ("Türkiye", "Micronesia, Fed. Sts."); the generated one stays an alias
        name = extra.get("name") or state["name"]
        actors[iso3] = ActorDef(iso3, name, "state", iso3)
        add(iso3, name, "name")
        if name != state["name"]:
            add(iso3, state["name"], "alias")
        demonyms = set(state.get("demonyms") or [])
        for alias in state.get("aliases") or []:
            # (an alias that is also the demonym, "Thai", is read as the demonym)
            if (not re.search(r"\b(?:of|the)\b.*\b(?:of|the)\b", alias) or len(alias) < 60) and alias not in demonyms:
                add(iso3, alias, "alias")
        for demonym in state.get("demonyms") or []:
            add(iso3, demonym, "demonym")
        capital = state.get("capital")
        if capital:
            add(iso3, re.sub(r"\s+D\.C\.$", "", capital), "capital")
        for key, kind in (("aliases", "alias"), ("metonyms", "metonym"), ("demonyms", "demonym")):
            for text in extra.get(key) or []:
                add(iso3, text, kind)
    historical: set[str] = set()
    for i, entry in enumerate(data.get("actors") or []):
        if not isinstance(entry, dict) or "name" not in entry or "type" not in entry:
            raise KnowledgeError(f"actor entry {i + 1} needs a name and a type", path="actors",
                                 hint=f"type is one of {', '.join(ACTOR_TYPES)}")
        if entry["type"] not in ACTOR_TYPES:
            raise KnowledgeError(f"actor {entry['name']!r} has unknown type {entry['type']!r}",
                                 path="actors", hint=f"use one of {', '.join(ACTOR_TYPES)}")
        actor_id = entry.get("iso3") or slug(entry["name"])
        actors[actor_id] = ActorDef(actor_id, entry["name"], entry["type"], entry.get("iso3"))
        if entry.get("historical"):
            historical.add(entry["name"])
        add(actor_id, entry["name"], "name")
        for key, kind in (("aliases", "alias"), ("metonyms", "metonym"), ("demonyms", "demonym")):
            for text in entry.get(key) or []:
                add(actor_id, text, kind)
    relations = data.get("types") or {}
    for name in relations:
        if name not in RELATION_TYPES:
            raise KnowledgeError(f"unknown relation type {name!r}", path="relations",
                                 hint=f"use one of {', '.join(RELATION_TYPES)}")
    stakes = {"sectors": data.get("sectors") or {}, "themes": data.get("themes") or {},
              "rules": data.get("rules") or {}, "contest": data.get("contest") or {},
              "relation_themes": data.get("relation_themes") or {},
              "relation_themes_unless": data.get("relation_themes_unless") or [],
              "sector_themes": data.get("sector_themes") or {}}
    for group, allowed in (("sectors", SECTORS), ("themes", THEMES)):
        for name in stakes[group]:
            if name not in allowed:
                raise KnowledgeError(f"unknown {group[:-1]} {name!r}", path="stakes",
                                     hint=f"use one of {', '.join(allowed)}")
    for rtype, theme in stakes["relation_themes"].items():
        if rtype not in RELATION_TYPES or theme not in THEMES:
            raise KnowledgeError(f"relation_themes maps {rtype!r} to {theme!r}", path="stakes",
                                 hint=f"use a relation type ({', '.join(RELATION_TYPES)}) and a theme "
                                      f"({', '.join(THEMES)})")
    for sector, theme in stakes["sector_themes"].items():
        if sector not in SECTORS or theme not in THEMES:
            raise KnowledgeError(f"sector_themes maps {sector!r} to {theme!r}", path="stakes",
                                 hint=f"use a sector ({', '.join(SECTORS)}) and a theme ({', '.join(THEMES)})")
    claims = {"cues": data.get("cues") or [], "not_cues": data.get("not_cues") or [],
              "bands": data.get("bands") or []}
    people = {k: data.get(k) for k in ("titles", "org_suffixes", "group_nouns", "state_nouns",
                                        "place_preps", "anaphors", "pair_anaphors", "state_organs", "org_nouns",
                                        "company_speakers", "group_heads", "corporate_nouns", "state_epithets")}
    return Knowledge(
        actors=actors,
        surfaces=surfaces,
        ambiguous=data.get("ambiguous") or {},
        relations=relations,
        negation=(data.get("negation") or {}).get("cues") or [],
        claims=claims,
        stakes=stakes,
        people=people,
        sources=sources,
        role_nouns=data.get("role_nouns") or {},
        reported_criticism=data.get("reported_criticism") or {},
        historical=frozenset(historical),
        shared_demonyms={fold(k): v for k, v in (data.get("shared_demonyms") or {}).items()},
    )
