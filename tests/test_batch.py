"""Scheduled runs: a plan over 20 articles runs twice (the second run rebuilds nothing), then
once more after one article changes (only what depends on it is rebuilt); exit codes, the
lock, the run log, the index, and Dask results equal to the serial path's."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.batch import Lock, extract_all, load_plan
from analysis.errors import ParameterError
from conftest import FIXTURES, ROOT

CORPUS = FIXTURES / "corpus"
BRIEFING = [sys.executable, "-m", "analysis.cli"]


def write_plan(folder: Path, *, notebook: Path = ROOT / "notebooks" / "briefing.ipynb", digest: bool = True,
               workers: int = 2) -> Path:
    plan = folder / "plan.yaml"
    lines = [f"inputs: [{folder / 'articles'}]", f"out: {folder / 'reports'}", "db: corpus.duckdb",
             f"workers: {workers}", "reports:", "  - name: briefing", "    per: article", f"    notebook: {notebook}",
             "    parameters: [{formats: [html]}]"]
    if digest:
        lines += ["  - name: digest", "    per: corpus", f"    notebook: {ROOT / 'notebooks' / 'corpus.ipynb'}",
                  "    parameters: [{formats: [html]}]"]
    plan.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return plan


def batch(plan: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*BRIEFING, "batch", str(plan), *args], capture_output=True, text=True, timeout=600)


def last_run(folder: Path) -> dict:
    return json.loads((folder / "reports" / "runs.jsonl").read_text().splitlines()[-1])


@pytest.fixture
def twenty(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted(CORPUS.iterdir()):
        if path.name != "README.md":
            shutil.copy(path, articles / path.name)
    assert len([p for p in articles.iterdir() if not p.name.endswith(".provenance.yaml")]) == 20
    return tmp_path


def test_incremental_runs(twenty):
    plan = write_plan(twenty)
    first = batch(plan)
    assert first.returncode == 0, first.stderr
    run = last_run(twenty)
    assert len(run["built"]) == 21 and run["skipped"] == [] and run["failed"] == []
    assert len(list((twenty / "reports").glob("*/briefing.html"))) == 20
    assert (twenty / "reports" / "digest-all" / "corpus.html").exists()

    second = batch(plan)
    assert second.returncode == 0, second.stderr
    run = last_run(twenty)
    assert run["built"] == [] and len(run["skipped"]) == 21
    assert "0 built, 21 up to date, 0 failed" in second.stderr

    changed = twenty / "articles" / "05_azerbaijan_turkiye_gas_extension.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nAnalysts said Georgia could also benefit.\n",
                       encoding="utf-8")
    third = batch(plan)
    assert third.returncode == 0, third.stderr
    run = last_run(twenty)
    assert sorted(run["built"]) == ["briefing:05-azerbaijan-turkiye-gas-extension", "digest:digest-all"]
    assert len(run["skipped"]) == 19
    report = (twenty / "reports" / "05-azerbaijan-turkiye-gas-extension" / "briefing.html").read_text()
    assert "Georgia could also benefit" in report

    index = (twenty / "reports" / "index.html").read_text()
    assert index.count('href="') >= 21 and "21 reports" in index and "0 failed" in index
    assert len((twenty / "reports" / "runs.jsonl").read_text().splitlines()) == 3

    forced = batch(plan, "--force", "--workers", "0")  # the serial path, every report rebuilt
    assert forced.returncode == 0, forced.stderr
    assert len(last_run(twenty)["built"]) == 21


def test_exit_codes_tell_partial_and_total_failure(twenty):
    (twenty / "articles" / "99_empty.txt").write_text("")
    partial = batch(write_plan(twenty, digest=False), "--workers", "0")
    assert partial.returncode == 1, partial.stderr
    assert "99_empty.txt: the file is empty" in partial.stderr

    broken = twenty / "broken.ipynb"
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / "briefing.ipynb", as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("raise RuntimeError('boom')"))
    nbformat.write(nb, broken)
    (twenty / "articles" / "99_empty.txt").unlink()
    total = batch(write_plan(twenty, notebook=broken, digest=False), "--workers", "0", "--force")
    assert total.returncode == 3, total.stderr
    run = last_run(twenty)
    assert len(run["failed"]) == 20 and run["built"] == []
    assert "RuntimeError: boom" in run["failed"][0]["error"]
    # the good reports of the first run are still there, and the index says they are kept
    assert len(list((twenty / "reports").glob("*/briefing.html"))) == 20
    assert "is kept" in (twenty / "reports" / "index.html").read_text()


def test_a_second_run_cannot_take_the_lock(twenty):
    plan = write_plan(twenty, digest=False)
    lock = Lock(twenty / "reports")
    try:
        proc = batch(plan)
    finally:
        lock.release()
    assert proc.returncode == 2
    assert "another batch run is writing these reports" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_bad_plans_are_one_line_errors(tmp_path):
    plan = tmp_path / "plan.yaml"
    plan.write_text("inputs: [seeds/]\nreports: [{per: week}]\n")
    with pytest.raises(ParameterError, match="'per' is 'week' — use one of article, day, focus, corpus"):
        load_plan(plan)
    plan.write_text("inputs: [seeds/]\ncolour: red\nreports: [{per: article}]\n")
    proc = batch(plan)
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"briefing: error: {plan}: unknown plan key 'colour' — valid keys are "
                                   "db, fetch_into, inputs, out, reports, workers")


@pytest.fixture(scope="module")
def dask_client():
    from analysis.batch import _dask

    client, cluster = _dask(None, 2)  # the local cluster `briefing batch` starts
    with cluster, client:
        yield client


@pytest.fixture(scope="module")
def thirty():
    from analysis.ingest import discover

    return discover([CORPUS, ROOT / "tests" / "devset", ROOT / "seeds"])


def test_dask_results_equal_the_serial_path(dask_client, thirty):
    serial = extract_all(thirty, None)
    parallel = extract_all(thirty, dask_client, chunk=4)
    assert len(serial) == len(parallel) == 30  # 20 fixtures, 9 dev-set articles (a feed holds 2), the seed
    assert json.dumps(serial, sort_keys=True) == json.dumps(parallel, sort_keys=True)


def test_extraction_into_the_corpus_on_dask_equals_the_serial_store(dask_client, thirty, tmp_path):
    """Workers flatten their articles into corpus rows and this process only inserts them, as
    they come, in transactions of `batch` articles: the corpus holds what add_many stores from
    the serial path's extractions, and the items list each article in the order of the files."""
    from analysis.batch import extract_into, planning_view
    from analysis.store.corpus import TABLES, Corpus

    moment = "2026-03-01T06:30:00Z"
    full = extract_all(thirty, None)
    with Corpus(tmp_path / "reference.duckdb") as reference:
        assert reference.add_many([i["extraction"] for i in full], ingested_at=moment) == 30
        want = {t: reference.connection.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
    for name, client, chunk in (("serial", None, 25), ("dask", dask_client, 4)):
        with Corpus(tmp_path / f"{name}.duckdb") as corpus:
            items, added = extract_into(thirty, corpus, client, chunk=chunk, batch=7, ingested_at=moment)
            assert added == 30, name
            assert items == [{**i, "extraction": planning_view(i["extraction"])} for i in full], name
            got = {t: corpus.connection.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}
            assert got == want, name
            assert extract_into(thirty[:3], corpus, client)[1] == 0  # idempotent by article id


def test_a_run_killed_with_sigkill_leaves_good_reports_and_the_next_run_finishes(twenty):
    import os
    import signal
    import time

    plan = write_plan(twenty, digest=False)
    reports = twenty / "reports"
    proc = subprocess.Popen([*BRIEFING, "batch", str(plan)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list(reports.glob("*/briefing.html"))) < 4:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    published = [p.parent for p in reports.glob("*/briefing.html")]
    assert 4 <= len(published) < 20
    for folder in published:  # every published report is whole
        assert sorted(p.name for p in folder.iterdir()) == ["briefing.html", "briefing.ipynb", "extraction.json"]
    state = json.loads((reports / ".batch-state.json").read_text()) if (reports / ".batch-state.json").exists() else {}
    recorded = sum(1 for entry in state.values() if entry["status"] == "ok")

    rerun = batch(plan)
    assert rerun.returncode == 0, rerun.stderr
    run = last_run(twenty)
    assert len(run["built"]) + len(run["skipped"]) == 20 and run["failed"] == []
    assert len(run["skipped"]) >= recorded  # what the killed run finished is not redone
    assert len(list(reports.glob("*/briefing.html"))) == 20
    assert not list(reports.glob(".staging-*"))
