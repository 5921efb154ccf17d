from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "russia-recognises-taliban.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_article():
    from analysis.ingest import read_path

    return read_path(SEED).articles[0]


@pytest.fixture(scope="session")
def seed_extraction(seed_article):
    from analysis.extract import extract

    return extract(seed_article)


@pytest.fixture(scope="session")
def seed_report(tmp_path_factory):
    """The seed's briefing, built once for the whole session with the real chain."""
    from analysis.report.build import build_one

    out = tmp_path_factory.mktemp("reports")
    return build_one(SEED, out=out, params={})
