"""The notebook-facing corpus digest: what changes across articles in the DuckDB corpus (actor
mentions over time, the aggregated relation network, sector stakes by actor, top quotes, what
changed since the last digest), each section one call returning escaped HTML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from .. import charts
from ..errors import InputError
from ..store.corpus import Corpus
from .view import Fragment, _macros, figure_html

__all__ = ["CorpusDigest"]

_TOP_ACTORS = 8
_PERIOD = {"D": "day", "W": "week", "M": "month"}


class CorpusDigest:
    """A digest of the corpus between two dates, optionally about one actor or sector."""

    def __init__(self, db: str, *, date_from: str = "", date_to: str = "", actor: str = "",
                 sector: str = "", digest: str = "digest", generated: str | None = None):
        if not Path(db).exists():
            raise InputError("the corpus database does not exist", path=db,
                             hint="build it with `briefing ingest seeds/` or `briefing batch PLAN.yaml`")
        self.corpus = Corpus(db, read_only=True)
        self.scope = {k: v or None for k, v in {"date_from": date_from, "date_to": date_to}.items()}
        self.actor, self.sector, self.digest = actor or None, sector or None, digest
        self.generated = generated or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        self.freq = self._frequency()
        self.tables = SimpleNamespace(
            mentions=self.corpus.mentions_over_time(freq=self.freq, actor=self.actor, sector=self.sector, **self.scope),
            network=self.corpus.relation_network(actor=self.actor, sector=self.sector, **self.scope),
            stakes=self.corpus.stakes_by_actor(actor=self.actor, sector=self.sector, **self.scope),
            quotes=self.corpus.top_quotes(limit=8, actor=self.actor, sector=self.sector, **self.scope),
        )
        last = self.corpus.last_digest(digest)
        self.since = last
        self.changed = self.corpus.changes_since(last) if last else None
        self.articles = self.corpus.counts().get("articles", 0)
        self.corpus.close()  # everything is read: no lock is held while the notebook presents it

    def _frequency(self) -> str:
        """Days for a short span, weeks for a season, months beyond."""
        dates = self.corpus.connection.sql(
            "SELECT min(coalesce(try_cast(substr(published, 1, 10) AS DATE), CAST(ingested_at AS DATE))), "
            "max(coalesce(try_cast(substr(published, 1, 10) AS DATE), CAST(ingested_at AS DATE))) FROM articles").fetchall()[0]
        if not dates or dates[0] is None:
            return "D"
        span = (dates[1] - dates[0]).days
        return "D" if span <= 31 else "W" if span <= 180 else "M"

    def title_block(self) -> Fragment:
        articles = self.articles
        scope = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in self.scope.items() if v) or "all dates"
        about = self.actor or self.sector or "all actors and sectors"
        return Fragment(_macros().digest_title(SimpleNamespace(
            title=f"Corpus digest: {about}", scope=scope, articles=articles, generated=self.generated,
            since=self.since or "no earlier digest")))

    def mentions_chart(self) -> Fragment:
        frame = self.tables.mentions
        if frame.empty:
            return Fragment('<p class="note">No actor is mentioned in this scope.</p>')
        top = frame.groupby("actor")["mentions"].sum().nlargest(_TOP_ACTORS).index
        pivot = frame[frame.actor.isin(top)].pivot_table(index="period", columns="actor", values="mentions",
                                                          aggfunc="sum", fill_value=0)
        return figure_html(charts.mentions_over_time(pivot),
                           alt=f"Mentions per {_PERIOD[self.freq]} of {', '.join(top)}.",
                           caption=f"Actor mentions per {_PERIOD[self.freq]} (the most mentioned actors).")

    def network(self) -> Fragment:
        frame = self.tables.network.assign(negated=lambda f: f["negated"].map({True: "yes", False: "no"}))
        return Fragment(_macros().table(_rows(frame.head(20), ["source", "type", "target", "negated", "articles"]),
                                        ["Source", "Relation", "Target", "Denied", "Articles"],
                                        "No relation between actors in this scope."))

    def stakes(self) -> Fragment:
        frame = self.tables.stakes
        if frame.empty:
            return Fragment('<p class="note">No sector is at stake in this scope.</p>')
        pivot = frame.pivot_table(index="actor", columns="sector", values="evidence", aggfunc="sum", fill_value=0)
        pivot = pivot.loc[pivot.sum(axis=1).nlargest(10).index]
        return figure_html(charts.stakes_matrix(pivot), alt="Heatmap of actors by sector across the corpus.",
                           caption="Sector stakes by actor: evidence sentences across the articles in scope.")

    def quotes(self) -> Fragment:
        frame = self.tables.quotes
        return Fragment(_macros().table(_rows(frame, ["speaker", "speaker_role", "text", "article_title"]),
                                        ["Speaker", "Role", "Quote", "Article"], "No quotes in this scope."))

    def changes(self) -> Fragment:
        if self.changed is None:
            return Fragment('<p class="note">This is the first digest of this name: everything is new.</p>')
        parts = []
        for key, label, columns in (("new_articles", "New articles", ["title", "published"]),
                                    ("new_actors", "Actors named for the first time", ["name", "type"]),
                                    ("new_relations", "New relations", ["source", "type", "target"]),
                                    ("rising_actors", "Actors mentioned more", ["actor", "before", "after", "change"])):
            frame = self.changed.get(key, pd.DataFrame())
            cols = [c for c in columns if c in frame.columns]
            parts.append(f"<h3>{label}</h3>" + _macros().table(_rows(frame.head(15), cols), cols,
                                                               "Nothing new since the last digest."))
        return Fragment("".join(parts))


def _rows(frame: pd.DataFrame, columns: list[str]) -> list[list[str]]:
    cols = [c for c in columns if c in frame.columns]
    return [[("" if pd.isna(v) else str(v)) for v in row] for row in frame[cols].itertuples(index=False)]
