"""Write the source notebooks (without outputs) from this script, so their cells stay thin and
reviewable. Run `make notebooks` after editing; the notebooks are committed without outputs."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
KERNEL = {"name": "briefing", "display_name": "Python (briefing)", "language": "python"}

PARAMETERS = '''\
article: str = "../seeds/russia-recognises-taliban.txt"  # help: path of the article file (.txt, .md, .html or .jsonl)
record: str = ""  # help: for a .jsonl feed, the record id or line number to brief (empty: the first record)
focus: str = ""  # help: actor to centre the briefing on (name, alias or ISO3 code); empty for the whole article
formats: list[str] = ["html", "pdf"]  # help: outputs `briefing build` exports: "html" and/or "pdf"
knowledge: str = ""  # help: optional overlay YAML file with extra actors or lexicon terms'''

SECTIONS = [
    ("Bottom line up front", ["b.bluf()"]),
    ("Key judgments and outlook", ["b.judgments()"]),
    ("What happened", ["b.what_happened()"]),
    ("Actors and positions", ["b.actors()"]),
    ("Economic stakes", ["b.economic_stakes()", "b.stakes_chart()"]),
    ("Geopolitical stakes", ["b.geopolitical_stakes()"]),
    ("Voices", ["b.voices()"]),
    ("Indicators to watch", ["b.indicators()"]),
    ("Actor network", ["b.network()"]),
    ("Sources and method", ["b.method()"]),
    ("Annotated article", ["b.annotated_article()"]),
]


def _hidden(text: str):
    cell = new_markdown_cell(text)
    cell.metadata["tags"] = ["report-hidden"]
    return cell


def _notebook(intro, parameters: str, setup: str, first: list[str], sections) -> nbformat.NotebookNode:
    """A thin notebook: an introduction, the parameters cell, one setup call, then a heading and
    one or two calls per section. ``intro`` is a cell (hidden from reports or not)."""
    params = new_code_cell(parameters)
    params.metadata["tags"] = ["parameters"]
    cells = [intro, params, new_code_cell(setup), *(new_code_cell(call) for call in first)]
    for heading, calls in sections:
        if heading:
            cells.append(new_markdown_cell(f"## {heading}"))
        cells.extend(new_code_cell(call) for call in ([calls] if isinstance(calls, str) else calls))
    for i, cell in enumerate(cells):
        cell.id = f"cell-{i:02d}"  # stable ids: regenerating a notebook changes nothing that did not change
    return new_notebook(cells=cells, metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})


def briefing() -> nbformat.NotebookNode:
    return _notebook(
        _hidden("# Briefing\n\nRun top to bottom, or with papermill / `briefing build`. Change the "
                "parameters in the next cell; every section below is one call into the `analysis` "
                "package. This cell does not appear in the report."),
        PARAMETERS,
        "from analysis.report.view import Briefing\n\n"
        "b = Briefing(article, record=record, focus=focus, formats=formats, knowledge=knowledge)",
        ["b.title_block()"], SECTIONS)


EXPLORE_PARAMETERS = '''\
article: str = "../seeds/russia-recognises-taliban.txt"  # help: path of the article file (.txt, .md, .html or .jsonl)
record: str = ""  # help: for a .jsonl feed, the record id or line number (empty: the first record)
focus: str = ""  # help: actor to centre the tables on (name, alias or ISO3 code); empty for all
knowledge: str = ""  # help: optional overlay YAML file with extra actors or lexicon terms'''

EXPLORE = [
    ("Actors", "x.tables.actors"),
    ("Pick an actor to read its evidence", "x.actor_picker()"),
    ("Relations", "x.tables.relations"),
    ("Sectors and themes", "x.tables.sectors"),
    (None, "x.tables.themes"),
    ("Pick a sector or theme to read its evidence", "x.stake_picker()"),
    ("Actor × sector", "x.tables.matrix"),
    ("Quotes", "x.tables.quotes"),
    ("Forward-looking claims", "x.tables.claims"),
    ("Every mention", "x.tables.mentions"),
]


def explore() -> nbformat.NotebookNode:
    return _notebook(
        new_markdown_cell("# Explore an article\n\nThe briefing's data as tables, with pickers to read the "
                          "sentences behind an actor, a sector or a theme. Change the parameters and run all."),
        EXPLORE_PARAMETERS,
        "from analysis.report.explore import Explorer\n\n"
        "x = Explorer(article, record=record, focus=focus, knowledge=knowledge)",
        [], EXPLORE)


CORPUS_PARAMETERS = '''\
db: str = "../reports/corpus.duckdb"  # help: the DuckDB corpus built by `briefing ingest` or `briefing batch`
date_from: str = ""  # help: first day included (YYYY-MM-DD); empty for no lower bound
date_to: str = ""  # help: last day included (YYYY-MM-DD); empty for no upper bound
actor: str = ""  # help: only articles naming this actor; empty for all
sector: str = ""  # help: only articles with this sector at stake (e.g. energy); empty for all
digest: str = "digest"  # help: the digest's name: "what changed" is measured since its last run
formats: list[str] = ["html", "pdf"]  # help: outputs `briefing batch` exports: "html" and/or "pdf"'''

CORPUS = [
    ("Actor mentions over time", "d.mentions_chart()"),
    ("Relation network across articles", "d.network()"),
    ("Sector stakes by actor", "d.stakes()"),
    ("Top quotes", "d.quotes()"),
    ("What changed since the last digest", "d.changes()"),
]


def corpus() -> nbformat.NotebookNode:
    return _notebook(
        _hidden("# Corpus digest\n\nWhat changes across the articles in the corpus. Run with papermill or "
                "`briefing batch`; this cell does not appear in the report."),
        CORPUS_PARAMETERS,
        "from analysis.report.corpus_view import CorpusDigest\n\n"
        "d = CorpusDigest(db, date_from=date_from, date_to=date_to, actor=actor, sector=sector, digest=digest)",
        ["d.title_block()"], CORPUS)


def main() -> None:
    folder = ROOT / "notebooks"
    folder.mkdir(exist_ok=True)
    for name, build in (("briefing.ipynb", briefing), ("explore.ipynb", explore), ("corpus.ipynb", corpus)):
        nbformat.write(build(), str(folder / name))
        print(f"wrote {folder / name}")


if __name__ == "__main__":
    main()
