"""The DuckDB corpus: idempotent adds, exact row counts, the notebook queries, Parquet export,
"what changed since the last digest", and one-line errors for files it cannot open."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.errors import InputError, ParameterError
from analysis.store import to_dict
from analysis.store.corpus import TABLES, Corpus

DEVSET = Path(__file__).resolve().parent / "devset"
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".jsonl"}


@pytest.fixture(scope="module")
def seed_dict(seed_extraction):
    return to_dict(seed_extraction)


@pytest.fixture(scope="module")
def devset_dicts():
    from analysis.extract import extract
    from analysis.ingest import read_path

    paths = sorted(p for p in DEVSET.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md")
    return [to_dict(extract(a)) for p in paths for a in read_path(p).articles]


@pytest.fixture(scope="module")
def all_dicts(seed_dict, devset_dicts):
    return [seed_dict, *devset_dicts]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, all_dicts):
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    with Corpus(path) as c:
        assert c.add_many(all_dicts, ingested_at="2026-01-05T08:00:00Z") == len(all_dicts)
        yield c


def expected_counts(dicts: list[dict]) -> dict[str, int]:
    return {
        "articles": len(dicts),
        "actors": sum(len(d["actors"]) for d in dicts),
        "mentions": sum(len(a["mentions"]) for d in dicts for a in d["actors"]),
        "quotes": sum(len(d["quotes"]) for d in dicts),
        "relations": sum(len(d["relations"]) for d in dicts),
        "stakes": sum(len(d["sectors"]) + len(d["themes"]) for d in dicts),
        "stake_actors": sum(len(s["actors"]) for d in dicts for s in d["sectors"] + d["themes"]),
        "claims": sum(len(d["claims"]) for d in dicts),
        "digests": 0,
    }


def with_id(d: dict, article_id: str, **article) -> dict:
    out = copy.deepcopy(d)
    out["article"]["id"] = article_id
    out["article"].update(article)
    return out


# -- adding ---------------------------------------------------------------------------------


def test_every_article_of_seed_and_devset_is_stored(corpus, all_dicts):
    assert len(all_dicts) == 10  # the seed, 7 single-article files, a feed of 2 records
    assert len({d["article"]["id"] for d in all_dicts}) == 10
    assert len(corpus) == 10
    assert all(d["article"]["id"] in corpus for d in all_dicts)


def test_row_counts_match_the_extraction_dicts_exactly(corpus, all_dicts):
    assert corpus.counts() == expected_counts(all_dicts)


def test_the_seed_rows_match_its_extraction(corpus, seed_dict):
    aid = seed_dict["article"]["id"]
    sql = corpus.connection.execute
    per_table = {t: sql(f"SELECT count(*) FROM {t} WHERE article_id = ?", [aid]).fetchall()[0][0]
                 for t in TABLES if t not in ("articles", "digests")}
    want = expected_counts([seed_dict])
    assert per_table == {t: want[t] for t in per_table}
    # one row per statement (the twelfth: "the Soviet Union’s failed invasion of Afghanistan" is tensions)
    assert per_table["actors"] == 11 and per_table["relations"] == 12
    assert per_table["quotes"] == 2 and per_table["claims"] == 8
    row = sql("SELECT title, format, words, published FROM articles WHERE id = ?", [aid]).fetchall()
    assert row == [("Central Asia: Russia’s Bold New Alliance", "text", seed_dict["article"]["words"], None)]
    russia = sql("SELECT actor_id, type, iso3, mentions FROM actors WHERE article_id = ? AND name = 'Russia'",
                 [aid]).fetchall()
    assert russia == [("RUS", "state", "RUS", 18)]


def test_adding_again_changes_no_row_counts(corpus, all_dicts, seed_dict):
    before = corpus.counts()
    assert corpus.add(seed_dict) is False
    assert corpus.add_many(all_dicts) == 0
    assert corpus.add_many(list(reversed(all_dicts)), ingested_at="2030-01-01") == 0
    assert corpus.counts() == before


def test_add_is_idempotent_within_a_batch_and_across_reopening(tmp_path, seed_dict):
    path = tmp_path / "c.duckdb"
    with Corpus(path) as c:
        assert c.add_many([seed_dict, seed_dict, seed_dict]) == 1
        first = c.counts()
    with Corpus(path) as c:
        assert c.add(seed_dict) is False
        assert c.counts() == first == expected_counts([seed_dict])
    with Corpus(path, read_only=True) as c:
        assert len(c) == 1
        with pytest.raises(InputError, match="read-only"):
            c.add(with_id(seed_dict, "other"))


def test_a_failed_batch_writes_nothing(tmp_path, seed_dict):
    with Corpus(tmp_path / "c.duckdb") as c:
        with pytest.raises(InputError, match="no article id"):
            c.add_many([with_id(seed_dict, "a"), {"article": {}}])
        assert len(c) == 0
        with pytest.raises(InputError, match="schema"):
            c.add(dict(seed_dict, schema="briefing.extraction/0"))
        with pytest.raises(InputError, match="not a dict"):
            c.add_many(["not an extraction"])



def table_rows(c: Corpus, table: str) -> list[tuple]:
    cols = ", ".join(f'"{name}"' for name, _ in TABLES[table])
    return c.connection.execute(f"SELECT {cols} FROM {table} ORDER BY ALL").fetchall()


def test_rows_flattened_elsewhere_store_what_add_many_stores(tmp_path, corpus, all_dicts):
    """A Dask worker flattens its extractions (Rows.of) and the writer only inserts them
    (add_rows): the tables hold exactly what add_many writes, an article in two parts is kept
    once, and adding rows again adds nothing."""
    from analysis.store.corpus import Rows

    parts = [Rows.of(all_dicts[:4]), Rows.of(all_dicts[3:] + all_dicts[:1])]
    merged = Rows.concat(parts)
    assert len(parts[1]) == len(all_dicts) - 2 and len(merged) == len(all_dicts)
    assert merged.ids == [d["article"]["id"] for d in all_dicts]
    with Corpus(tmp_path / "rows.duckdb") as c:
        assert c.add_rows(merged, ingested_at="2026-01-05T08:00:00Z") == len(all_dicts)
        assert c.add_rows(parts[1]) == 0 and c.add_rows(Rows.of([])) == 0
        for table in TABLES:
            if table != "digests":
                assert table_rows(c, table) == table_rows(corpus, table), table
    with pytest.raises(InputError, match="extractions #3-#4 have a malformed actors value"):
        Rows.of([with_id(all_dicts[0], "x"), broken_actor(all_dicts[1])], first=2)



def test_rows_read_from_extraction_records_equal_the_rows_of_their_dicts(seed_extraction):
    """Workers flatten extract() results directly (Rows.of_records), without to_dict: the same
    tables, column for column, as flattening the contract dicts."""
    from analysis.extract import extract
    from analysis.ingest import read_path
    from analysis.store.corpus import Rows

    paths = sorted(p for p in DEVSET.iterdir() if p.suffix in ARTICLE_SUFFIXES and p.name != "README.md")
    records = [seed_extraction, *(extract(a) for p in paths for a in read_path(p).articles), seed_extraction]
    direct, via_dicts = Rows.of_records(records), Rows.of([to_dict(r) for r in records])
    assert len(direct) == 10
    for table, arrow in via_dicts.tables.items():
        assert direct.tables[table].equals(arrow), table


def broken_actor(d: dict) -> dict:
    out = with_id(d, "broken")
    out["actors"][0]["tone"] = "very"  # not a number
    return out


# -- queries --------------------------------------------------------------------------------


def test_relation_network_for_russia_has_russia_recognizes_taliban(corpus):
    net = corpus.relation_network(actor="Russia")
    assert list(net.columns[:7]) == ["source", "type", "target", "negated", "articles", "first_seen", "last_seen"]
    assert ((net.source == "Russia") | (net.target == "Russia")).all()
    row = net[(net.source == "Russia") & (net.type == "recognizes") & (net.target == "Taliban")]
    assert len(row) == 1
    assert not row.negated.iloc[0] and row.articles.iloc[0] == 1


def test_stakes_by_actor_links_russia_to_critical_minerals(corpus):
    stakes = corpus.stakes_by_actor()
    assert list(stakes.columns[:3]) == ["actor", "sector", "evidence"]
    row = stakes[(stakes.actor == "Russia") & (stakes.sector == "critical_minerals")]
    assert len(row) == 1 and row.evidence.iloc[0] >= 1
    only = corpus.stakes_by_actor(actor="Russia", sector="critical_minerals")
    assert only[["actor", "sector"]].values.tolist() == [["Russia", "critical_minerals"]]
    assert "recognition" in set(corpus.stakes_by_actor(kind="theme", actor="Russia").theme)


def test_mentions_and_quotes_queries(corpus, all_dicts):
    mentions = corpus.mentions_over_time(actor="Russia")
    assert list(mentions.columns) == ["period", "actor", "mentions"]
    assert set(mentions.actor) == {"Russia"}
    quotes = corpus.top_quotes(limit=3)
    assert list(quotes.columns) == ["speaker", "speaker_role", "text", "article_title", "published"]
    assert len(quotes) == 3
    taliban = corpus.top_quotes(limit=50, actor="Taliban")
    assert "Zabihullah Mujahid" in set(taliban.speaker)  # "Taliban spokesperson"
    assert len(corpus.top_quotes(limit=1000)) == sum(len(d["quotes"]) for d in all_dicts)


def test_date_filters_use_published_else_ingested_at(tmp_path, seed_dict):
    with Corpus(tmp_path / "dates.duckdb") as c:
        c.add(with_id(seed_dict, "jan", published="2025-01-15"), ingested_at="2025-06-01T00:00:00")
        c.add(with_id(seed_dict, "mar", published="2025-03-10T09:00:00+05:00"), ingested_at="2025-06-01T00:00:00")
        c.add(with_id(seed_dict, "undated", published=None), ingested_at="2025-05-05T12:00:00")
        per_month = c.mentions_over_time(freq="M", actor="Russia")
        assert [str(p.date()) for p in per_month.period] == ["2025-01-01", "2025-03-01", "2025-05-01"]
        assert per_month.mentions.tolist() == [18, 18, 18]
        spring = c.mentions_over_time(date_from="2025-02-01", date_to="2025-04-30", actor="Russia")
        assert [str(p.date()) for p in spring.period] == ["2025-03-10"]
        assert len(c.mentions_over_time(date_from="2025-05-05", actor="Russia")) == 1
        net = c.relation_network(actor="Russia", date_to="2025-03-10")
        rec = net[net.type == "recognizes"].iloc[0]
        assert rec.articles == 2
        assert (str(rec.first_seen.date()), str(rec.last_seen.date())) == ("2025-01-15", "2025-03-10")
        assert c.stakes_by_actor(date_from="2026-01-01").empty
        assert c.top_quotes(date_from="2025-05-01").article_title.nunique() == 1
        with pytest.raises(ParameterError):
            c.mentions_over_time(date_from="last tuesday")
        with pytest.raises(ParameterError):
            c.mentions_over_time(freq="fortnight")


# -- export ---------------------------------------------------------------------------------


def test_export_parquet_writes_one_readable_file_per_table(corpus, tmp_path):
    import pyarrow.parquet as pq

    paths = corpus.export_parquet(tmp_path / "parquet")
    assert sorted(p.name for p in paths) == sorted(f"{t}.parquet" for t in TABLES)
    counts = corpus.counts()
    for path in paths:
        table = pq.read_table(path)
        assert table.num_rows == counts[path.stem], path.name
        assert table.column_names == [c for c, _ in TABLES[path.stem]]
    assert not list((tmp_path / "parquet").glob(".*"))  # no partial files left


# -- what changed since the last digest ------------------------------------------------------


def test_changes_since_the_last_digest(tmp_path, seed_dict, devset_dicts):
    first, second, third = seed_dict, devset_dicts[0], devset_dicts[3]  # seed, Kazakhstan, Pakistan-IMF
    with Corpus(tmp_path / "digest.duckdb") as c:
        c.add_many([first, second], ingested_at="2026-02-01T06:00:00Z")
        c.record_digest("morning", "2026-02-01T06:30:00Z")
        assert c.add(third, ingested_at="2026-02-02T06:00:00Z")
        since = c.last_digest("morning")
        assert since == "2026-02-01T06:30:00"
        assert c.digests().name.tolist() == ["morning"]
        changes = c.changes_since(since)
        assert set(changes) == {"new_articles", "new_actors", "new_relations", "rising_actors"}

        assert changes["new_articles"].title.tolist() == [third["article"]["title"]]
        old_actors = {a["name"] for d in (first, second) for a in d["actors"]}
        brand_new = {a["name"] for a in third["actors"]} - old_actors
        assert brand_new  # e.g. the International Monetary Fund
        assert set(changes["new_actors"].actor) == brand_new
        old_relations = {(r["source"], r["type"], r["target"]) for d in (first, second) for r in d["relations"]}
        new_relations = set(zip(changes["new_relations"].source, changes["new_relations"].type,
                                changes["new_relations"].target))
        assert new_relations == {(r["source"], r["type"], r["target"]) for r in third["relations"]} - old_relations
        rising = changes["rising_actors"]
        assert (rising.change > 0).all()
        assert "Pakistan" in set(rising.actor)
        # the default is the last digest of any name
        assert changes["new_articles"].equals(c.changes_since()["new_articles"])
        # since the beginning, everything is new
        assert len(c.changes_since("2000-01-01")["new_articles"]) == 3


# -- files it cannot open -------------------------------------------------------------------


def test_a_file_that_is_not_a_duckdb_database(tmp_path):
    junk = tmp_path / "corpus.duckdb"
    junk.write_text("title,published\nnot a database,2025-01-01\n")
    with pytest.raises(InputError) as caught:
        Corpus(junk)
    message = str(caught.value)
    assert "\n" not in message
    assert str(junk) in message and "not a DuckDB database" in message
    with pytest.raises(InputError, match="no such corpus"):
        Corpus(tmp_path / "missing.duckdb", read_only=True)


def test_a_corpus_another_process_is_writing(tmp_path):
    path = tmp_path / "busy.duckdb"
    Corpus(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, duckdb; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
         str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for read_only in (False, True):
            with pytest.raises(InputError) as caught:
                Corpus(path, read_only=read_only)
            message = str(caught.value)
            assert "\n" not in message
            assert str(path) in message
            assert f"another process (PID {holder.pid})" in message
            assert "close" in message
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    with Corpus(path) as c:  # free again once the other process ends
        assert len(c) == 0
