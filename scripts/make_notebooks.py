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


def briefing() -> nbformat.NotebookNode:
    params = new_code_cell(PARAMETERS)
    params.metadata["tags"] = ["parameters"]
    cells = [
        _hidden("# Briefing\n\nRun top to bottom, or with papermill / `briefing build`. Change the "
                "parameters in the next cell; every section below is one call into the `analysis` "
                "package. This cell does not appear in the report."),
        params,
        new_code_cell("from analysis.report.view import Briefing\n\n"
                      "b = Briefing(article, record=record, focus=focus, formats=formats, knowledge=knowledge)"),
        new_code_cell("b.title_block()"),
    ]
    for heading, calls in SECTIONS:
        cells.append(new_markdown_cell(f"## {heading}"))
        cells.extend(new_code_cell(call) for call in calls)
    nb = new_notebook(cells=cells, metadata={"kernelspec": KERNEL, "language_info": {"name": "python"}})
    return nb


def main() -> None:
    out = ROOT / "notebooks" / "briefing.ipynb"
    out.parent.mkdir(exist_ok=True)
    nbformat.write(briefing(), str(out))
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
