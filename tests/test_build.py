"""The seed becomes an HTML and a PDF briefing with the real chain: papermill, nbconvert, WeasyPrint."""

import json
import re
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from analysis.errors import ReportError
from analysis.report.build import DEFAULT_NOTEBOOK, build_one
from conftest import SEED

SECTIONS = ["Bottom line up front", "Key judgments and outlook", "What happened", "Actors and positions",
            "Economic stakes", "Geopolitical stakes", "Voices", "Indicators to watch", "Actor network",
            "Sources and method", "Annotated article"]


def test_report_files(seed_report):
    names = sorted(p.name for p in seed_report.directory.iterdir())
    assert names == ["briefing.html", "briefing.ipynb", "briefing.pdf", "extraction.json"]
    assert seed_report.directory.name == "russia-recognises-taliban"
    data = json.loads((seed_report.directory / "extraction.json").read_text())
    assert data["schema"] == "briefing.extraction/1"


@pytest.fixture(scope="module")
def pdf_text(seed_report):
    reader = PdfReader(seed_report.directory / "briefing.pdf")
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_pdf_holds_the_sections_and_the_facts(pdf_text):
    text, reader = pdf_text
    flat = re.sub(r"\s+", " ", text)
    for section in SECTIONS:
        assert section in flat, section
    for fact in ["Central Asia: Russia’s Bold New Alliance", "Russia recognises the Taliban",
                 "Zabihullah Mujahid", "Taliban spokesperson", "Torek Farhadi", "Soviet Union",
                 "United Nations", "Critical minerals", "RUS", "COOPERATE", "vague — no band",
                 "The move may set a precedent for other nations to follow."]:
        assert fact in flat, fact
    assert reader.metadata.title == "Central Asia: Russia’s Bold New Alliance"
    assert reader.metadata.subject.startswith("Briefing on the economic and geopolitical stakes")
    assert reader.mediabox_size if hasattr(reader, "mediabox_size") else True
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    assert "Page 1 of" in flat
    assert len(reader.outline) >= len(SECTIONS)  # bookmarks


def test_pdf_fonts_are_embedded(seed_report):
    reader = PdfReader(seed_report.directory / "briefing.pdf")
    fonts = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            fonts[font.get("/BaseFont")] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), fonts


def test_html_is_self_contained_and_has_no_code(seed_report):
    html = (seed_report.directory / "briefing.html").read_text()
    assert "<script" not in html.lower()
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # nothing fetched from the network
    assert "require.js" not in html and "mathjax" not in html.lower() and "mermaid" not in html.lower()
    assert "from analysis" not in html and "Briefing(" not in html and "In&nbsp;[" not in html
    assert html.count("data:image/png;base64,") == 2
    assert html.count("<figcaption>") == 2 and 'alt="' in html
    for section in SECTIONS:
        assert section in html
    assert 'href="#s-' in html and 'id="s-' in html  # evidence links to sentences


def test_executed_notebook_kept(seed_report):
    nb = nbformat.read(seed_report.directory / "briefing.ipynb", as_version=4)
    assert any("papermill" in c.metadata.get("tags", []) or "injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)


def test_failed_run_keeps_the_previous_report(seed_report, tmp_path):
    out = seed_report.directory.parent
    before = (seed_report.directory / "briefing.pdf").read_bytes()
    nb = nbformat.read(DEFAULT_NOTEBOOK, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('boom')"))
    broken = tmp_path / "broken.ipynb"
    nbformat.write(nb, broken)
    with pytest.raises(ReportError) as info:
        build_one(SEED, out=out, params={"formats": ["html"]}, notebook=broken)
    message = str(info.value)
    assert "failed: RuntimeError: boom" in message and "the previous report was kept" in message
    kept = Path(message.split(":", 1)[0])
    assert kept.name == "russia-recognises-taliban.ipynb" and kept.exists()
    assert (seed_report.directory / "briefing.pdf").read_bytes() == before
    assert not list(out.glob(".staging-*"))


def test_a_warm_kernel_runs_each_report_from_a_clean_namespace(tmp_path):
    """A batch worker's kernel is reused, and each report still starts clean: the executed
    notebook shows the reset cell first, a name one report defines is gone in the next, and
    the kernel's sockets live in a private folder, not beside the notebook."""
    from analysis.report.build import WarmKernel, build_report

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('formats: list[str] = []'),
                                         nbformat.v4.new_code_cell('assert "leak" not in globals()\nleak = 1')],
                                  metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                           "language": "python"}})
    nb.cells[0].metadata["tags"] = ["parameters"]
    notebook = tmp_path / "probe.ipynb"
    nbformat.write(nb, notebook)
    kernel = WarmKernel(tmp_path)
    try:
        for slug in ("first", "second"):
            build_report(notebook, {"formats": []}, out=tmp_path / "out", slug=slug, title=slug, subject=slug,
                         kernel=kernel)
            executed = nbformat.read(tmp_path / "out" / slug / "probe.ipynb", as_version=4)
            assert executed.cells[0].source.startswith("%reset -f")
            assert "clean-namespace" in executed.cells[0].metadata["tags"]
        assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "probe.ipynb"]
    finally:
        kernel.shutdown()


def test_charts_fit_their_labels_as_constrained_layout_does():
    """Charts are laid out from their labels' extents in one pass: long names stay inside the
    figure, and the Axes land where matplotlib's constrained layout would put them."""
    import pandas as pd
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from analysis import charts

    matrix = pd.DataFrame([[1, 0, 2], [2, 3, 0]], index=["Russia", "the Shanghai Cooperation Organisation"],
                          columns=["energy", "critical_minerals", "trade"])
    pivot = pd.DataFrame({"Russia": [3, 5], "the Shanghai Cooperation Organisation": [1, 2]},
                         index=pd.to_datetime(["2025-01-01", "2025-01-02"]))
    for make in (lambda: charts.stakes_matrix(matrix), lambda: charts.mentions_over_time(pivot)):
        fig = make()
        box = fig.axes[0].get_tightbbox(FigureCanvasAgg(fig).get_renderer())
        assert 0 <= box.x0 and 0 <= box.y0 and box.x1 <= fig.bbox.width and box.y1 <= fig.bbox.height
        reference = make()
        reference.set_layout_engine("constrained")
        reference.draw_without_rendering()
        got, want = fig.axes[0].get_position().bounds, reference.axes[0].get_position().bounds
        assert all(abs(a - b) < 0.01 for a, b in zip(got, want)), (got, want)
