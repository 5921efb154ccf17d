"""A corpus of extractions in an embedded DuckDB database, for notebooks that look across
articles (who is mentioned more and more, which relations recur, what changed since the last
digest).

Input is the extraction contract ``briefing.extraction/1`` (``to_dict(extraction)``); the
corpus keeps a flat, relational subset of it:

=============  =================================================================================
table          columns
=============  =================================================================================
articles       id (PK, the article's sha256), title, published (as in the contract), source, url,
               format, path, words, ingested_at (UTC, naive TIMESTAMP)
actors         article_id, actor_id, name, type, iso3, mentions (count), tone
mentions       article_id, actor_id, text, start, "end", sentence
quotes         article_id, text, speaker, speaker_role, start, "end"
relations      article_id, source, type, target, negated, plover, evidence
stakes         article_id, kind ('sector' | 'theme'), id, score, evidence_count
stake_actors   article_id, kind, id, actor, evidence (count of evidence sentences naming the actor)
claims         article_id, text, cue, likelihood, vague
digests        name, at (UTC, naive TIMESTAMP) - one row per digest made
=============  =================================================================================

Adding is idempotent by article id. An article's *date* (for ``date_from``/``date_to`` and
periods) is the ISO date at the start of ``published`` or, when there is none, the UTC date of
``ingested_at``. "New" in :meth:`Corpus.changes_since` means *ingested* after the given time.

One ``Corpus`` holds one DuckDB connection: use it from one thread. DuckDB lets one process
write a database file at a time (and, while it does, no other process may read it).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, ParameterError
from .jsonio import SCHEMA

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Corpus", "Rows", "TABLES"]

DEFAULT_PATH = Path("reports") / "corpus.duckdb"

# name -> [(column, DuckDB type)]; the order is the order of the columns in the database.
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("id", "VARCHAR PRIMARY KEY"), ("title", "VARCHAR"), ("published", "VARCHAR"),
        ("source", "VARCHAR"), ("url", "VARCHAR"), ("format", "VARCHAR"), ("path", "VARCHAR"),
        ("words", "INTEGER"), ("ingested_at", "TIMESTAMP"),
    ],
    "actors": [
        ("article_id", "VARCHAR NOT NULL"), ("actor_id", "VARCHAR"), ("name", "VARCHAR"),
        ("type", "VARCHAR"), ("iso3", "VARCHAR"), ("mentions", "INTEGER"), ("tone", "DOUBLE"),
    ],
    "mentions": [
        ("article_id", "VARCHAR NOT NULL"), ("actor_id", "VARCHAR"), ("text", "VARCHAR"),
        ("start", "INTEGER"), ("end", "INTEGER"), ("sentence", "INTEGER"),
    ],
    "quotes": [
        ("article_id", "VARCHAR NOT NULL"), ("text", "VARCHAR"), ("speaker", "VARCHAR"),
        ("speaker_role", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
    ],
    "relations": [
        ("article_id", "VARCHAR NOT NULL"), ("source", "VARCHAR"), ("type", "VARCHAR"),
        ("target", "VARCHAR"), ("negated", "BOOLEAN"), ("plover", "VARCHAR"), ("evidence", "VARCHAR"),
    ],
    "stakes": [
        ("article_id", "VARCHAR NOT NULL"), ("kind", "VARCHAR"), ("id", "VARCHAR"),
        ("score", "DOUBLE"), ("evidence_count", "INTEGER"),
    ],
    "stake_actors": [
        ("article_id", "VARCHAR NOT NULL"), ("kind", "VARCHAR"), ("id", "VARCHAR"),
        ("actor", "VARCHAR"), ("evidence", "INTEGER"),
    ],
    "claims": [
        ("article_id", "VARCHAR NOT NULL"), ("text", "VARCHAR"), ("cue", "VARCHAR"),
        ("likelihood", "VARCHAR"), ("vague", "BOOLEAN"),
    ],
    "digests": [("name", "VARCHAR NOT NULL"), ("at", "TIMESTAMP NOT NULL")],
}
_ARTICLE_TABLES = [t for t in TABLES if t != "digests"]
# What Rows carry: the article tables' columns but the one the corpus fills in when it stores them.
_ROW_COLUMNS = {t: [(c, k) for c, k in TABLES[t] if c != "ingested_at"] for t in _ARTICLE_TABLES}

_FREQ = {
    "D": "day", "DAY": "day",
    "W": "week", "WEEK": "week",
    "M": "month", "MS": "month", "ME": "month", "MONTH": "month",
    "Q": "quarter", "QS": "quarter", "QE": "quarter", "QUARTER": "quarter",
    "Y": "year", "YS": "year", "YE": "year", "A": "year", "YEAR": "year",
}

# An article's date: the ISO date that starts `published`, else the UTC date of ingestion.
_DATED = r"""
dated AS (
    SELECT id AS article_id, title, published, source, ingested_at,
           coalesce(try_cast(nullif(regexp_extract(published, '^\d{4}-\d{2}-\d{2}'), '') AS DATE),
                    CAST(ingested_at AS DATE)) AS day
    FROM articles
)"""


def _q(name: str) -> str:
    return f'"{name}"'


def _arrow_type(sql_type: str):
    import pyarrow as pa

    base = sql_type.split()[0]
    return {
        "VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us"),
    }[base]


def _utc_naive(value: str | datetime | date | None, *, what: str) -> datetime:
    """An ISO 8601 date or time (or a datetime) as a naive UTC datetime."""
    if value is None:
        return datetime.now(timezone.utc).replace(tzinfo=None)
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ParameterError(
                f"{what} {value!r} is not an ISO 8601 date or time",
                hint="write it like 2025-06-01 or 2025-06-01T06:30:00+00:00",
            ) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment


def _iso_date(value: str | date | None, *, what: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ParameterError(f"{what} {value!r} is not an ISO date", hint="write it like 2025-06-01") from None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


class Corpus:
    """An embedded DuckDB corpus of extractions (see the module's docstring for the tables)."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False):
        import duckdb

        self.path = Path(path)
        self.read_only = read_only
        if self.path.is_dir():
            raise InputError("is a folder, not a corpus database", path=self.path,
                             hint="give a file path such as reports/corpus.duckdb")
        if read_only and not self.path.exists():
            raise InputError("no such corpus database", path=self.path,
                             hint="check the path, or open it without read_only to create it")
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(f"cannot create its folder ({exc.strerror or exc})", path=self.path,
                                 hint="choose a path in a folder you can write to") from None
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise self._open_error(exc) from None
        self._closed = False
        try:
            if read_only:
                missing = [t for t in TABLES if not self._has_table(t)]
                if "articles" in missing:
                    raise InputError("is a DuckDB database but not a briefing corpus (no articles table)",
                                     path=self.path, hint="open a corpus file, or open it without read_only to create one")
            else:
                self._create_schema()
        except BaseException:
            self.close()
            raise

    # -- opening ------------------------------------------------------------------------------

    def _open_error(self, exc: Exception) -> InputError:
        message = str(exc)
        if "Could not set lock" in message:
            pid = re.search(r"PID (\d+)", message)
            holder = f"another process (PID {pid.group(1)})" if pid else "another process"
            return InputError(
                f"the corpus is open for writing in {holder}",
                path=self.path,
                hint="wait for it to finish or close it (a notebook kernel holding the corpus: "
                     "call corpus.close() or restart it), then try again; to read meanwhile, use "
                     "a copy of the file or the Parquet export",
            )
        if "not a valid DuckDB database" in message:
            return InputError("is not a DuckDB database", path=self.path,
                              hint="give the path of a corpus file (e.g. reports/corpus.duckdb), "
                                   "or a path that does not exist yet to create one")
        if "different configuration" in message:
            return InputError(
                "is already open in this process with the other read_only setting",
                path=self.path,
                hint="reuse the open Corpus, or close it before opening the file again",
            )
        first = message.splitlines()[0] if message else type(exc).__name__
        return InputError(f"cannot open the corpus database ({first})", path=self.path,
                          hint="check that it is a DuckDB file written by a compatible duckdb version")

    def _has_table(self, name: str) -> bool:
        return bool(self._scalar(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?",
            [name]))

    def _scalar(self, sql: str, params: list | None = None):
        # fetchall, not fetchone: duckdb 2 refuses further relation queries on a connection
        # holding a result that was not fetched to the end.
        rows = self._con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def _create_schema(self) -> None:
        for table, columns in TABLES.items():
            cols = ", ".join(f"{_q(c)} {t}" for c, t in columns)
            self._con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        if not getattr(self, "_closed", True):
            self._closed = True
            self._con.close()

    def __enter__(self) -> "Corpus":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("read-only" if self.read_only else "open")
        return f"Corpus({str(self.path)!r}, {state})"

    @property
    def connection(self):
        """The DuckDB connection, for ad-hoc SQL in a notebook (``corpus.connection.sql(...)``)."""
        self._check_open()
        return self._con

    def _check_open(self, *, writing: bool = False) -> None:
        if self._closed:
            raise InputError("the corpus is closed", path=self.path, hint="open a new Corpus")
        if writing and self.read_only:
            raise InputError("the corpus was opened read-only", path=self.path,
                             hint="open it with read_only=False to add articles or record digests")

    # -- adding -------------------------------------------------------------------------------

    def add(self, extraction: dict, *, ingested_at: str | None = None) -> bool:
        """Add one extraction; False (and nothing written) if its article is already there."""
        return self.add_many([extraction], ingested_at=ingested_at) == 1

    def add_many(self, extractions: Iterable[dict], *, ingested_at: str | None = None,
                 batch_size: int = 10_000) -> int:
        """Add extractions in batches, each batch in one transaction; returns how many articles
        were new. Articles already in the corpus (or repeated in the input) are skipped."""
        self._check_open(writing=True)
        if batch_size < 1:
            raise ParameterError(f"batch_size must be at least 1, not {batch_size}")
        moment = _utc_naive(ingested_at, what="ingested_at")
        added = offset = 0
        batch: list[dict] = []
        for extraction in extractions:
            batch.append(extraction)
            if len(batch) >= batch_size:
                added += self.add_rows(Rows.of(batch, first=offset), ingested_at=moment)
                offset += len(batch)
                batch = []
        if batch:
            added += self.add_rows(Rows.of(batch, first=offset), ingested_at=moment)
        return added

    def add_rows(self, rows: "Rows", *, ingested_at: str | datetime | None = None) -> int:
        """Add extractions already flattened by :meth:`Rows.of` (on a Dask worker, say) in one
        transaction; returns how many articles were new. Articles already in the corpus are
        skipped, with all their rows."""
        import pyarrow as pa
        import pyarrow.compute as pc

        self._check_open(writing=True)
        moment = _utc_naive(ingested_at, what="ingested_at")
        if not len(rows):
            return 0
        tables = rows.tables
        con = self._con
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_batch_ids", tables["articles"].select(["id"]))
            try:
                present = [row[0] for row in con.execute(
                    "SELECT a.id FROM articles a SEMI JOIN _batch_ids b ON a.id = b.id").fetchall()]
            finally:
                con.unregister("_batch_ids")
            if present:
                known = pa.array(present, pa.string())
                tables = {t: a.filter(pc.invert(pc.is_in(a["id" if t == "articles" else "article_id"], value_set=known)))
                          for t, a in tables.items()}
            fresh = tables["articles"].num_rows
            for table, arrow in tables.items():
                if not arrow.num_rows:
                    continue
                view = f"_batch_{table}"
                con.register(view, arrow)
                try:
                    names = [c for c, _ in TABLES[table]]
                    cols = ", ".join(_q(c) for c in names)
                    select = ", ".join("CAST(? AS TIMESTAMP)" if c == "ingested_at" else _q(c) for c in names)
                    con.execute(f"INSERT INTO {table} ({cols}) SELECT {select} FROM {view}",
                                [moment] if table == "articles" else [])
                finally:
                    con.unregister(view)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return fresh

    # -- inspection and export ----------------------------------------------------------------

    def __len__(self) -> int:
        self._check_open()
        return self._scalar("SELECT count(*) FROM articles")

    def __contains__(self, article_id: object) -> bool:
        self._check_open()
        return bool(self._scalar("SELECT count(*) FROM articles WHERE id = ?", [str(article_id)]))

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        self._check_open()
        return {t: self._scalar(f"SELECT count(*) FROM {t}")
                for t in TABLES if self._has_table(t)}

    def export_parquet(self, folder: str | Path) -> list[Path]:
        """Write each table to ``<folder>/<table>.parquet`` (replacing it atomically)."""
        self._check_open()
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in TABLES:
            if not self._has_table(table):
                continue
            target = folder / f"{table}.parquet"
            partial = folder / f".{table}.parquet.partial"
            literal = str(partial).replace("'", "''")
            self._con.execute(f"COPY (SELECT * FROM {table}) TO '{literal}' (FORMAT parquet)")
            os.replace(partial, target)
            written.append(target)
        return written

    # -- queries ------------------------------------------------------------------------------

    def _scope(self, *, date_from=None, date_to=None, sector: str | None = None) -> tuple[str, list]:
        """The WITH clause defining ``dated`` and ``scope`` (articles within the filters)."""
        where, params = [], []
        start = _iso_date(date_from, what="date_from")
        end = _iso_date(date_to, what="date_to")
        if start is not None:
            where.append("day >= ?")
            params.append(start)
        if end is not None:
            where.append("day <= ?")
            params.append(end)
        if sector:
            where.append("article_id IN (SELECT article_id FROM stakes WHERE id = ?)")
            params.append(sector)
        cond = " AND ".join(where) or "TRUE"
        return f"WITH {_DATED},\nscope AS (SELECT * FROM dated WHERE {cond})\n", params

    def _df(self, sql: str, params: list) -> "pd.DataFrame":
        self._check_open()
        return self._con.execute(sql, params).df()

    def mentions_over_time(self, *, freq: str = "D", date_from: str | None = None,
                           date_to: str | None = None, actor: str | None = None,
                           sector: str | None = None) -> "pd.DataFrame":
        """Mentions per actor per period: columns period, actor, mentions.

        ``freq``: D, W (weeks start on Monday), M, Q or Y. ``actor`` keeps that actor's rows;
        ``sector`` keeps articles with that sector (or theme) among their stakes."""
        unit = _FREQ.get(str(freq).upper())
        if unit is None:
            raise ParameterError(f"freq {freq!r} is not one of D, W, M, Q, Y")
        with_, params = self._scope(date_from=date_from, date_to=date_to, sector=sector)
        actor_cond = ""
        if actor:
            actor_cond = "WHERE a.name = ?"
            params.append(actor)
        sql = with_ + f"""
            SELECT CAST(date_trunc('{unit}', s.day) AS DATE) AS period, a.name AS actor,
                   CAST(sum(a.mentions) AS BIGINT) AS mentions
            FROM actors a JOIN scope s USING (article_id)
            {actor_cond}
            GROUP BY ALL
            ORDER BY period, mentions DESC, actor"""
        return self._df(sql, params)

    def relation_network(self, *, date_from: str | None = None, date_to: str | None = None,
                         actor: str | None = None, sector: str | None = None) -> "pd.DataFrame":
        """Relations aggregated over articles: columns source, type, target, negated, articles,
        first_seen, last_seen, plover. ``actor`` keeps relations where it is source or target."""
        with_, params = self._scope(date_from=date_from, date_to=date_to, sector=sector)
        actor_cond = ""
        if actor:
            actor_cond = "WHERE r.source = ? OR r.target = ?"
            params += [actor, actor]
        sql = with_ + f"""
            SELECT r.source, r.type, r.target, r.negated,
                   count(DISTINCT r.article_id) AS articles,
                   min(s.day) AS first_seen, max(s.day) AS last_seen,
                   any_value(r.plover) AS plover
            FROM relations r JOIN scope s USING (article_id)
            {actor_cond}
            GROUP BY r.source, r.type, r.target, r.negated
            ORDER BY articles DESC, last_seen DESC, r.source, r.type, r.target"""
        return self._df(sql, params)

    def stakes_by_actor(self, *, kind: str = "sector", date_from: str | None = None,
                        date_to: str | None = None, actor: str | None = None,
                        sector: str | None = None) -> "pd.DataFrame":
        """Evidence sentences linking actors to stakes: columns actor, sector, evidence (count of
        evidence sentences), articles. ``kind='theme'`` gives themes (the column is then
        ``theme``); ``sector`` keeps that stake id."""
        if kind not in ("sector", "theme"):
            raise ParameterError(f"kind {kind!r} is not 'sector' or 'theme'")
        with_, params = self._scope(date_from=date_from, date_to=date_to)
        conds = ["x.kind = ?"]
        params.append(kind)
        if actor:
            conds.append("x.actor = ?")
            params.append(actor)
        if sector:
            conds.append("x.id = ?")
            params.append(sector)
        sql = with_ + f"""
            SELECT x.actor, x.id AS {kind}, CAST(sum(x.evidence) AS BIGINT) AS evidence,
                   count(DISTINCT x.article_id) AS articles
            FROM stake_actors x JOIN scope s USING (article_id)
            WHERE {' AND '.join(conds)}
            GROUP BY x.actor, x.id
            ORDER BY evidence DESC, articles DESC, x.actor, {kind}"""
        return self._df(sql, params)

    def top_quotes(self, *, limit: int = 10, date_from: str | None = None, date_to: str | None = None,
                   actor: str | None = None, sector: str | None = None) -> "pd.DataFrame":
        """Quotes, newest articles first, named speakers before unnamed, in article order:
        columns speaker, speaker_role, text, article_title, published. ``actor`` keeps quotes
        said by the actor, whose speaker role names it ("Taliban spokesperson"), or that mention
        it."""
        if not isinstance(limit, int) or limit < 0:
            raise ParameterError(f"limit must be a whole number >= 0, not {limit!r}")
        with_, params = self._scope(date_from=date_from, date_to=date_to, sector=sector)
        actor_cond = ""
        if actor:
            actor_cond = """WHERE q.speaker = ? OR contains(coalesce(q.speaker_role, ''), ?)
                OR EXISTS (SELECT 1 FROM mentions m JOIN actors a
                               ON a.article_id = m.article_id AND a.actor_id = m.actor_id
                           WHERE m.article_id = q.article_id AND a.name = ?
                             AND m.start >= q.start AND m."end" <= q."end")"""
            params += [actor, actor, actor]
        params.append(limit)
        sql = with_ + f"""
            SELECT q.speaker, q.speaker_role, q.text, s.title AS article_title, s.published
            FROM quotes q JOIN scope s USING (article_id)
            {actor_cond}
            ORDER BY s.day DESC NULLS LAST, q.speaker IS NULL, s.ingested_at DESC, q.article_id, q.start
            LIMIT ?"""
        return self._df(sql, params)

    # -- digests ------------------------------------------------------------------------------

    def record_digest(self, name: str = "digest", at: str | None = None) -> str:
        """Remember that digest ``name`` was made at ``at`` (ISO time; default now, UTC).
        Returns the stored time (ISO, UTC)."""
        self._check_open(writing=True)
        moment = _utc_naive(at, what="at")
        self._con.execute('INSERT INTO digests (name, "at") VALUES (?, ?)', [name, moment])
        return moment.isoformat()

    def digests(self) -> "pd.DataFrame":
        """One row per digest name: name, last (UTC time of the latest), count."""
        return self._df("""SELECT name, max("at") AS last, count(*) AS count
                           FROM digests GROUP BY name ORDER BY last DESC, name""", [])

    def last_digest(self, name: str | None = None) -> str | None:
        """When digest ``name`` (any digest if None) was last made, as ISO UTC time, or None."""
        self._check_open()
        if name is None:
            last = self._scalar('SELECT max("at") FROM digests')
        else:
            last = self._scalar('SELECT max("at") FROM digests WHERE name = ?', [name])
        return last.isoformat() if last is not None else None

    def changes_since(self, since: str | None = None, *, limit: int = 20) -> dict[str, "pd.DataFrame"]:
        """What changed since ``since`` (ISO date or time; default: the last digest of any
        name, or the beginning). "New" means ingested after ``since``:

        - ``new_articles``: id, title, published, source, ingested_at
        - ``new_actors``: actor, type, mentions, articles, first_seen (actors not in any older article)
        - ``new_relations``: source, type, target, negated, articles, first_seen (triples not in
          any older article)
        - ``rising_actors``: actor, before, after, change - mentions in the new articles
          (``after``) against the same length of time just before ``since`` (``before``), the
          ``limit`` largest rises.
        """
        self._check_open()
        if since is None:
            since = self.last_digest()
        moment = _utc_naive(since, what="since") if since is not None else datetime(1, 1, 1)
        con = self._con
        new_articles = con.execute("""
            SELECT id, title, published, source, ingested_at FROM articles
            WHERE ingested_at > ? ORDER BY ingested_at, title""", [moment]).df()
        new_actors = con.execute("""
            SELECT a.name AS actor, any_value(a.type) AS type, CAST(sum(a.mentions) AS BIGINT) AS mentions,
                   count(DISTINCT a.article_id) AS articles, min(t.ingested_at) AS first_seen
            FROM actors a JOIN articles t ON t.id = a.article_id
            GROUP BY a.name
            HAVING min(t.ingested_at) > ?
            ORDER BY mentions DESC, actor""", [moment]).df()
        new_relations = con.execute("""
            SELECT r.source, r.type, r.target, r.negated, count(DISTINCT r.article_id) AS articles,
                   min(t.ingested_at) AS first_seen
            FROM relations r JOIN articles t ON t.id = r.article_id
            GROUP BY r.source, r.type, r.target, r.negated
            HAVING min(t.ingested_at) > ?
            ORDER BY articles DESC, r.source, r.type, r.target""", [moment]).df()
        rising = con.execute("""
            WITH bounds AS (
                SELECT CAST(? AS TIMESTAMP) AS since,
                       greatest(max(ingested_at), CAST(? AS TIMESTAMP)) AS until FROM articles),
            windowed AS (
                SELECT a.name, a.mentions,
                       t.ingested_at > b.since AS is_after,
                       t.ingested_at <= b.since AND t.ingested_at > b.since - (b.until - b.since) AS is_before
                FROM actors a JOIN articles t ON t.id = a.article_id, bounds b)
            SELECT name AS actor,
                   CAST(coalesce(sum(mentions) FILTER (WHERE is_before), 0) AS BIGINT) AS before,
                   CAST(coalesce(sum(mentions) FILTER (WHERE is_after), 0) AS BIGINT) AS after,
                   after - before AS change
            FROM windowed WHERE is_after OR is_before
            GROUP BY name HAVING change > 0
            ORDER BY change DESC, after DESC, actor
            LIMIT ?""", [moment, moment, limit]).df()
        return {"new_articles": new_articles, "new_actors": new_actors,
                "new_relations": new_relations, "rising_actors": rising}


class Rows:
    """Extractions flattened into the corpus's tables, ready to insert: one Arrow table per
    table, at most one article per id, the articles table without ``ingested_at`` (the corpus
    sets it when it stores them). A few kilobytes per article and cheap to send between
    processes, so a Dask worker can flatten what it extracted and the process holding the
    corpus only inserts (:meth:`Corpus.add_rows`)."""

    __slots__ = ("tables",)

    def __init__(self, tables: dict):
        self.tables = tables

    @classmethod
    def of(cls, extractions: Iterable[dict], *, first: int = 0) -> "Rows":
        """Rows of ``to_dict(extract(article))`` dicts; an article repeated in them is kept once.
        ``first``: the number of extractions before these (for error messages)."""
        import pyarrow as pa

        batch = list(extractions)
        by_id: dict[str, dict] = {}
        for number, extraction in enumerate(batch, start=first):
            by_id.setdefault(cls._article_id(extraction, number), extraction)
        columns = cls._columns(list(by_id.items()))
        tables = {}
        for table, data in columns.items():
            try:
                tables[table] = pa.table({c: pa.array(data[c], _arrow_type(t)) for c, t in _ROW_COLUMNS[table]})
            except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
                first_line = str(exc).splitlines()[0]
                raise InputError(
                    f"extractions #{first + 1}-#{first + len(batch)} have a malformed "
                    f"{table} value ({first_line})",
                    hint="pass to_dict(extract(article)) output unchanged") from None
        return cls(tables)

    @classmethod
    def of_records(cls, extractions: Iterable) -> "Rows":
        """The rows of ``extract(article)`` results, read straight from them: the same rows as
        ``Rows.of(to_dict(x) for x in extractions)`` without building the whole contract dict
        (sentences, places, tone...) that the store does not keep (a tenth of a worker's time)."""
        import pyarrow as pa

        by_id: dict = {}
        for ex in extractions:
            by_id.setdefault(ex.article.id, ex)
        cols = {t: {c: [] for c, _ in spec} for t, spec in _ROW_COLUMNS.items()}
        A, AC, M, QU, R, S, SA, C = (cols[t] for t in
                                     ("articles", "actors", "mentions", "quotes", "relations",
                                      "stakes", "stake_actors", "claims"))
        for aid, ex in by_id.items():
            art, meta = ex.article, ex.article.meta
            A["id"].append(aid)
            A["title"].append(art.title)
            A["published"].append(_text(meta.published))
            A["source"].append(meta.source)
            A["url"].append(meta.url)
            A["format"].append(meta.format)
            A["path"].append(meta.path)
            A["words"].append(art.word_count)
            for actor in ex.actors:
                mentions = actor.mentions
                AC["article_id"].append(aid)
                AC["actor_id"].append(actor.id)
                AC["name"].append(actor.name)
                AC["type"].append(actor.type)
                AC["iso3"].append(actor.iso3)
                AC["mentions"].append(len(mentions))
                AC["tone"].append(actor.tone)
                for m in mentions:
                    M["article_id"].append(aid)
                    M["actor_id"].append(actor.id)
                    M["text"].append(m.text)
                    M["start"].append(m.start)
                    M["end"].append(m.end)
                    M["sentence"].append(m.sentence)
            for q in ex.quotes:
                QU["article_id"].append(aid)
                QU["text"].append(q.text)
                QU["speaker"].append(q.speaker)
                QU["speaker_role"].append(q.speaker_role)
                QU["start"].append(q.start)
                QU["end"].append(q.end)
            for r in ex.relations:
                for _, evidence in r.statements(ex.article):  # one row per statement, as in the JSON
                    R["article_id"].append(aid)
                    R["source"].append(r.source)
                    R["type"].append(r.type)
                    R["target"].append(r.target)
                    R["negated"].append(bool(r.negated))
                    R["plover"].append(r.plover)
                    R["evidence"].append(evidence)
            for kind, stakes in (("sector", ex.sectors), ("theme", ex.themes)):
                for st in stakes:
                    S["article_id"].append(aid)
                    S["kind"].append(kind)
                    S["id"].append(st.id)
                    S["score"].append(st.score)
                    S["evidence_count"].append(len(st.evidence or ()))
                    for actor, count in (st.actors or {}).items():
                        SA["article_id"].append(aid)
                        SA["kind"].append(kind)
                        SA["id"].append(st.id)
                        SA["actor"].append(actor)
                        SA["evidence"].append(count)
            for c in ex.claims:
                C["article_id"].append(aid)
                C["text"].append(c.text)
                C["cue"].append(c.cue)
                C["likelihood"].append(c.likelihood)
                C["vague"].append(bool(c.vague))
        return cls({table: pa.table({c: pa.array(data[c], _arrow_type(t)) for c, t in _ROW_COLUMNS[table]})
                    for table, data in cols.items()})

    @classmethod
    def concat(cls, parts: Iterable["Rows"]) -> "Rows":
        """One Rows of several; an article in more than one part is kept from the first."""
        import pyarrow as pa
        import pyarrow.compute as pc

        kept: list[dict] = []
        seen: set[str] = set()
        for part in parts:
            ids = part.ids
            tables = part.tables
            repeated = seen.intersection(ids)
            if repeated:
                known = pa.array(sorted(repeated), pa.string())
                tables = {t: a.filter(pc.invert(pc.is_in(a["id" if t == "articles" else "article_id"], value_set=known)))
                          for t, a in tables.items()}
            seen.update(ids)
            kept.append(tables)
        if not kept:
            return cls.of([])
        return cls({t: pa.concat_tables([k[t] for k in kept]) for t in kept[0]})

    @property
    def ids(self) -> list[str]:
        return self.tables["articles"].column("id").to_pylist()

    def __len__(self) -> int:
        return self.tables["articles"].num_rows

    def __repr__(self) -> str:
        return f"Rows({len(self)} articles)"

    @staticmethod
    def _article_id(extraction: Any, number: int) -> str:
        if not isinstance(extraction, dict):
            raise InputError(f"extraction #{number + 1} is a {type(extraction).__name__}, not a dict",
                             hint="pass to_dict(extract(article)) or a parsed `briefing extract --json` line")
        schema = extraction.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise InputError(f"extraction #{number + 1} has schema {schema!r}, not {SCHEMA!r}",
                             hint="re-extract it with this version of briefing")
        article = extraction.get("article")
        article_id = article.get("id") if isinstance(article, dict) else None
        if not isinstance(article_id, str) or not article_id:
            raise InputError(f"extraction #{number + 1} has no article id",
                             hint="pass to_dict(extract(article)), whose article.id is the sha256 of its text")
        return article_id

    @staticmethod
    def _columns(fresh: list[tuple[str, dict]]) -> dict[str, dict[str, list]]:
        """Column lists per table for the new extractions (fast path: plain list appends)."""
        cols = {t: {c: [] for c, _ in spec} for t, spec in _ROW_COLUMNS.items()}
        A, AC, M, QU, R, S, SA, C = (cols[t] for t in
                                     ("articles", "actors", "mentions", "quotes", "relations",
                                      "stakes", "stake_actors", "claims"))
        for aid, ex in fresh:
            art = ex.get("article") or {}
            A["id"].append(aid)
            A["title"].append(art.get("title"))
            A["published"].append(_text(art.get("published")))
            A["source"].append(art.get("source"))
            A["url"].append(art.get("url"))
            A["format"].append(art.get("format"))
            A["path"].append(art.get("path"))
            A["words"].append(art.get("words"))
            for actor in ex.get("actors") or ():
                mentions = actor.get("mentions") or ()
                AC["article_id"].append(aid)
                AC["actor_id"].append(actor.get("id"))
                AC["name"].append(actor.get("name"))
                AC["type"].append(actor.get("type"))
                AC["iso3"].append(actor.get("iso3"))
                AC["mentions"].append(len(mentions))
                AC["tone"].append(actor.get("tone"))
                for m in mentions:
                    M["article_id"].append(aid)
                    M["actor_id"].append(actor.get("id"))
                    M["text"].append(m.get("text"))
                    M["start"].append(m.get("start"))
                    M["end"].append(m.get("end"))
                    M["sentence"].append(m.get("sentence"))
            for q in ex.get("quotes") or ():
                QU["article_id"].append(aid)
                QU["text"].append(q.get("text"))
                QU["speaker"].append(q.get("speaker"))
                QU["speaker_role"].append(q.get("speaker_role"))
                QU["start"].append(q.get("start"))
                QU["end"].append(q.get("end"))
            for r in ex.get("relations") or ():
                R["article_id"].append(aid)
                R["source"].append(r.get("source"))
                R["type"].append(r.get("type"))
                R["target"].append(r.get("target"))
                R["negated"].append(bool(r.get("negated")))
                R["plover"].append(r.get("plover"))
                R["evidence"].append(r.get("evidence"))
            for kind, key in (("sector", "sectors"), ("theme", "themes")):
                for s in ex.get(key) or ():
                    S["article_id"].append(aid)
                    S["kind"].append(kind)
                    S["id"].append(s.get("id"))
                    S["score"].append(s.get("score"))
                    S["evidence_count"].append(len(s.get("evidence") or ()))
                    for actor, count in (s.get("actors") or {}).items():
                        SA["article_id"].append(aid)
                        SA["kind"].append(kind)
                        SA["id"].append(s.get("id"))
                        SA["actor"].append(actor)
                        SA["evidence"].append(count)
            for c in ex.get("claims") or ():
                C["article_id"].append(aid)
                C["text"].append(c.get("text"))
                C["cue"].append(c.get("cue"))
                C["likelihood"].append(c.get("likelihood"))
                C["vague"].append(bool(c.get("vague")))
        return cols


def iter_extractions(paths: Iterable[str | Path]) -> Iterator[dict]:
    """Extraction dicts of every article in ``paths`` (files or ``.jsonl`` feeds), for
    ``Corpus.add_many``."""
    from ..extract import extract
    from ..ingest import read_path
    from .jsonio import to_dict

    for path in paths:
        for article in read_path(path).articles:
            yield to_dict(extract(article))
