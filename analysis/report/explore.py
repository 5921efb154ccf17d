"""Interactive exploration for JupyterLab: the briefing's data as DataFrames, and widgets to
pick an actor, a sector or a theme and read the sentences behind it."""

from __future__ import annotations

import pandas as pd

from .view import Briefing

__all__ = ["Explorer"]


class Explorer(Briefing):
    """A Briefing with per-actor and per-stake evidence tables and pickers."""

    def actor_evidence(self, actor: str) -> pd.DataFrame:
        """Every sentence naming the actor, with its paragraph, tone and the relations it states."""
        record = self.ex.actor(actor)
        if record is None:
            return pd.DataFrame(columns=["paragraph", "sentence", "tone", "relations", "text"])
        rows = []
        for index in record.sentences:
            sentence = self.article.sentences[index]
            relations = "; ".join(f"{r.source} {'not ' if r.negated else ''}{r.type} {r.target}"
                                  for r in self.ex.relations if index in r.sentences)
            rows.append({"paragraph": sentence.paragraph, "sentence": index, "tone": self.ex.tone[index],
                         "relations": relations, "text": sentence.text})
        return pd.DataFrame(rows, columns=["paragraph", "sentence", "tone", "relations", "text"])

    def stake_evidence(self, stake: str) -> pd.DataFrame:
        """The evidence sentences of a sector or theme (by id), with the actors they name."""
        item = next((s for s in self.ex.sectors + self.ex.themes if s.id == stake), None)
        if item is None:
            return pd.DataFrame(columns=["paragraph", "sentence", "actors", "text"])
        rows = []
        for index in item.sentences:
            names = [a.name for a in self.ex.actors if index in a.sentences]
            rows.append({"paragraph": self.article.sentences[index].paragraph, "sentence": index,
                         "actors": ", ".join(names), "text": self.article.sentences[index].text})
        return pd.DataFrame(rows, columns=["paragraph", "sentence", "actors", "text"])

    def actor_picker(self):
        """A dropdown of the article's actors; picking one shows its evidence."""
        import ipywidgets as widgets

        names = [a.name for a in self.ex.actors]
        return widgets.interactive(lambda actor: self.actor_evidence(actor), actor=widgets.Dropdown(
            options=names, value=names[0] if names else None, description="Actor"))

    def stake_picker(self):
        """A dropdown of the sectors and themes at stake; picking one shows its evidence."""
        import ipywidgets as widgets

        options = [(f"{s.label} ({s.kind})", s.id) for s in self.ex.sectors + self.ex.themes]
        return widgets.interactive(lambda stake: self.stake_evidence(stake), stake=widgets.Dropdown(
            options=options, value=options[0][1] if options else None, description="Stake"))
