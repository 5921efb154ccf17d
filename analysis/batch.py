"""`briefing batch PLAN.yaml`: scheduled runs over many articles.

A plan names the inputs (folders, globs, feed files, feed URLs) and the reports to make: one
briefing per article and parameter set, and corpus digests per day, per focus actor or over
the whole corpus. A run

1. takes a lock on the output folder (a second run waits for nothing: it stops, exit 2);
2. fetches feed URLs, reads every article and extracts it — on Dask workers (a LocalCluster by
   default, or ``--scheduler tcp://...``), or in this process with ``--workers 0``;
3. stores every extraction in the DuckDB corpus (idempotent by article id);
4. builds only the reports whose inputs, parameters or code changed since their last good
   build (``--force`` rebuilds all), each worker keeping one warm kernel;
5. records each finished report in a state file at once, so a run killed at any moment leaves
   the last good reports in place and the next run does only what is left;
6. appends to ``runs.jsonl`` and rewrites ``index.html``.

Exit codes: 0 every input was read and every report is good (or nothing had to be done);
1 partial failure: some reports failed or some inputs could not be read, others are good;
3 total failure: nothing good came out; 2 the plan or the command was wrong (or the lock is held).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import glob
import hashlib
import json
import os
import re
import shutil
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from . import __version__
from .errors import BriefingError, InputError, ParameterError

__all__ = ["EXIT_ALL_FAILED", "Plan", "ReportSpec", "load_plan", "run_plan"]

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_ALL_FAILED = 0, 1, 2, 3
PLAN_KEYS = {"inputs", "out", "db", "fetch_into", "reports", "workers"}
REPORT_KEYS = {"name", "notebook", "per", "parameters"}
PER = ("article", "day", "focus", "corpus")
STATE = ".batch-state.json"
LOCK = ".batch.lock"
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class ReportSpec:
    name: str
    notebook: Path
    per: str
    parameters: tuple[dict, ...]


@dataclass(frozen=True)
class Plan:
    path: Path
    inputs: tuple[str, ...]
    out: Path
    db: Path | None
    fetch_into: Path
    reports: tuple[ReportSpec, ...]
    workers: int = 2


@dataclass
class Job:
    key: str
    report: str
    notebook: str
    params: dict
    slug: str
    title: str
    inputs: list[str]
    article_path: str | None = None
    kind: str = "briefing"
    digest: str | None = None
    hash: str = ""


@dataclass
class Outcome:
    key: str
    slug: str
    status: str  # ok | failed | skipped
    seconds: float = 0.0
    files: list[str] = field(default_factory=list)
    error: str | None = None


def _fail(message: str, path, hint: str) -> ParameterError:
    return ParameterError(message, path=path, hint=hint)


def load_plan(path: str | os.PathLike) -> Plan:
    """Read and check a plan; every problem is one line naming the plan and the key."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such plan file", path=path, hint="write a plan (see README: Scheduled runs)")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise _fail(f"the plan is not valid YAML ({exc.__class__.__name__})", path, "fix its syntax") from None
    if not isinstance(data, dict):
        raise _fail("the plan must be a mapping", path, f"use the keys {', '.join(sorted(PLAN_KEYS))}")
    unknown = set(data) - PLAN_KEYS
    if unknown:
        raise _fail(f"unknown plan key {sorted(unknown)[0]!r}", path, f"valid keys are {', '.join(sorted(PLAN_KEYS))}")
    base = path.parent
    inputs = data.get("inputs") or []
    if not isinstance(inputs, list) or not inputs or not all(isinstance(i, str) for i in inputs):
        raise _fail("'inputs' must be a non-empty list of folders, globs, files or feed URLs", path,
                    "e.g. inputs: [seeds/]")
    reports = []
    for i, spec in enumerate(data.get("reports") or []):
        if not isinstance(spec, dict):
            raise _fail(f"report {i + 1} must be a mapping", path, f"use the keys {', '.join(sorted(REPORT_KEYS))}")
        unknown = set(spec) - REPORT_KEYS
        if unknown:
            raise _fail(f"unknown key {sorted(unknown)[0]!r} in report {i + 1}", path,
                        f"valid keys are {', '.join(sorted(REPORT_KEYS))}")
        per = spec.get("per", "article")
        if per not in PER:
            raise _fail(f"report {i + 1}: 'per' is {per!r}", path, f"use one of {', '.join(PER)}")
        default_nb = "notebooks/briefing.ipynb" if per == "article" else "notebooks/corpus.ipynb"
        notebook = _resolve(base, spec.get("notebook", default_nb))
        if not notebook.is_file():
            raise _fail(f"report {i + 1}: notebook {notebook} does not exist", path, "fix the notebook path")
        params = spec.get("parameters") or [{}]
        if not isinstance(params, list) or not all(isinstance(p, dict) for p in params):
            raise _fail(f"report {i + 1}: 'parameters' must be a list of mappings", path,
                        "e.g. parameters: [{}, {focus: Russia}]")
        reports.append(ReportSpec(str(spec.get("name") or f"{per}-{i + 1}"), notebook, per, tuple(params)))
    if not reports:
        raise _fail("the plan names no report", path, "add reports: [{per: article}]")
    db = data.get("db", "corpus.duckdb")
    out = _resolve(base, data.get("out", "reports"))
    workers = data.get("workers", 2)
    if not isinstance(workers, int) or workers < 0:
        raise _fail(f"'workers' is {workers!r}", path, "use a whole number (0 runs everything in this process)")
    return Plan(path=path, inputs=tuple(inputs), out=out,
                db=(out / db if not Path(db).is_absolute() and "/" not in str(db) else _resolve(base, db)) if db else None,
                fetch_into=_resolve(base, data.get("fetch_into", "seeds/fetched")),
                reports=tuple(reports), workers=workers)


def _resolve(base: Path, value: str) -> Path:
    p = Path(value)
    return p if p.is_absolute() else (base / p).resolve()


# -- code version: a report is rebuilt when the code that makes it changes ----------------
@lru_cache(maxsize=1)
def code_version() -> str:
    digest = hashlib.sha256(__version__.encode())
    package = ROOT / "analysis"
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".j2", ".css", ".json") and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


# -- inputs ----------------------------------------------------------------------------------
def resolve_inputs(plan: Plan, log) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to read, and (input, error) pairs; feed URLs are fetched into plan.fetch_into."""
    files: list[Path] = []
    errors: list[tuple[str, str]] = []
    urls = [i for i in plan.inputs if re.match(r"https?://", i)]
    if urls:
        from .fetch import fetch

        result = fetch(urls, plan.fetch_into)
        log(f"fetched {len(result.stored)} new article(s) from {len(urls)} URL(s)")
        errors.extend(result.errors)
        if plan.fetch_into.is_dir():
            files.extend(_articles_in(plan.fetch_into))
    from .ingest import discover

    for item in plan.inputs:
        if item in urls:
            continue
        target = _resolve(plan.path.parent, item)
        matches = [Path(m) for m in sorted(glob.glob(str(target)))] if any(c in item for c in "*?[") else [target]
        if not matches:
            errors.append((item, "the glob matches no file — check the pattern"))
        for match in matches:
            try:
                files.extend(discover([match]))
            except InputError as exc:
                errors.append((item, str(exc)))
    unique = list(dict.fromkeys(p.resolve() for p in files))
    return unique, errors


def _articles_in(folder: Path) -> list[Path]:
    from .ingest import discover

    try:
        return discover([folder])
    except InputError:
        return []


# -- extraction (Dask or serial) -------------------------------------------------------------
def extract_paths(paths: list[str], *, rows: bool = False):
    """Read and extract the articles of these files: one item per article or per error.

    With ``rows``, ``(items, Rows)``: the corpus rows of the articles (flattened here, on the
    worker), and items whose extraction holds only what planning the reports needs
    (:func:`planning_view`), so that little travels back to the process that writes the corpus."""
    from .extract import extract
    from .ingest import read_path
    from .store import to_dict

    items, records = [], []
    for path in paths:
        try:
            result = read_path(path)
        except InputError as exc:
            items.append({"path": path, "error": str(exc)})
            continue
        for error in result.errors:
            items.append({"path": path, "error": str(error)})
        for article in result.articles:
            ex = extract(article)
            record = article.meta.record_id if article.meta.format == "jsonl" else ""
            if rows:
                records.append(ex)
                items.append({"path": path, "record": record, "extraction": _planning_view_of(ex)})
            else:
                items.append({"path": path, "record": record, "extraction": to_dict(ex)})
    if not rows:
        return items
    from .store.corpus import Rows

    return items, Rows.of_records(records)


_ARTICLE_HEADER = ("id", "title", "published", "source", "url", "format", "path", "words")


def planning_view(extraction: dict) -> dict:
    """The part of an extraction (``to_dict``) that planning reports reads: the article's
    header (id, title, published, ...) and its actors' ids and names."""
    article = extraction["article"]
    return {"schema": extraction.get("schema"),
            "article": {k: article.get(k) for k in _ARTICLE_HEADER},
            "actors": [{"id": a["id"], "name": a["name"], "type": a.get("type"), "iso3": a.get("iso3")}
                       for a in extraction["actors"]]}


def _planning_view_of(ex) -> dict:
    """planning_view(to_dict(ex)), without building the whole dict."""
    from .store import SCHEMA

    art, meta = ex.article, ex.article.meta
    header = (art.id, art.title, meta.published, meta.source, meta.url, meta.format, meta.path, art.word_count)
    return {"schema": SCHEMA, "article": dict(zip(_ARTICLE_HEADER, header)),
            "actors": [{"id": a.id, "name": a.name, "type": a.type, "iso3": a.iso3} for a in ex.actors]}


def _chunks(paths: list[Path], chunk: int) -> list[list[str]]:
    names = [str(p) for p in paths]
    return [names[i:i + chunk] for i in range(0, len(names), chunk)]


def extract_all(paths: list[Path], client=None, *, chunk: int = 25) -> list[dict]:
    """extract_paths over all files, fanned out on a Dask client when one is given. The order
    of the result is the order of ``paths`` either way, so serial and Dask results compare."""
    chunks = _chunks(paths, chunk)
    if client is None:
        return [item for c in chunks for item in extract_paths(c)]
    futures = client.map(extract_paths, chunks, pure=False)
    return [item for f in futures for item in f.result()]


# Articles per corpus transaction when extracting into it: DuckDB writes a transaction of whole
# row groups (122,880 rows) straight to the file, smaller ones through its log and again at the
# checkpoint. Inserting 100,000 generated articles took 32 CPU-s by 5,000 and 20 by 10,000
# (about 170 MB of Arrow rows wait in memory for each transaction).
INSERT_BATCH = 10_000


def extract_into(paths: list[Path], corpus, client=None, *, chunk: int = 25, batch: int = INSERT_BATCH,
                 ingested_at: str | None = None) -> tuple[list[dict], int]:
    """Extract all files (on a Dask client when one is given) into ``corpus`` as they come:
    each worker flattens its articles into corpus rows, this process only inserts them, in
    transactions of about ``batch`` articles, while the workers go on. Returns the items (in the
    order of ``paths``; each extraction cut to :func:`planning_view`) and how many articles were new."""
    from .store.corpus import Rows

    moment = ingested_at or _now()
    chunks = _chunks(paths, chunk)
    results: list[list[dict] | None] = [None] * len(chunks)
    pending: list[Rows] = []
    added = waiting = 0

    def take(index: int, result) -> None:
        nonlocal added, waiting, pending
        results[index], rows = result
        pending.append(rows)
        waiting += len(rows)
        if waiting >= batch:
            added += corpus.add_rows(Rows.concat(pending), ingested_at=moment)
            pending, waiting = [], 0

    if client is None:
        for index, names in enumerate(chunks):
            take(index, extract_paths(names, rows=True))
    else:
        from dask.distributed import as_completed

        futures = client.map(extract_paths, chunks, rows=True, pure=False)
        where = {f.key: i for i, f in enumerate(futures)}
        done = as_completed(futures)
        del futures  # so that each result leaves the workers' memory once it is stored
        for future in done:
            take(where[future.key], future.result())
    if pending:
        added += corpus.add_rows(Rows.concat(pending), ingested_at=moment)
    return [item for result in results for item in result], added


# -- jobs ------------------------------------------------------------------------------------
def _article_date(extraction: dict) -> str | None:
    published = extraction["article"].get("published") or ""
    m = re.match(r"\d{4}-\d{2}-\d{2}", published)
    return m.group(0) if m else None


def _names_actor(extraction: dict, focus: str) -> bool:
    from .knowledge import load

    key = focus.strip().lower()
    kb_actor = load().actor_by_name(focus)
    for actor in extraction["actors"]:
        if key in (actor["name"].lower(), actor["id"].lower(), (actor["iso3"] or "").lower()):
            return True
        if kb_actor is not None and actor["id"] == kb_actor.id:
            return True
    return False


def plan_jobs(plan: Plan, items: list[dict]) -> list[Job]:
    from .knowledge import slug as to_slug
    from .report.build import slug_for
    from .report.params import read_parameters, validate

    articles = [i for i in items if "extraction" in i]
    stems: dict[str, int] = {}
    for path in {i["path"] for i in articles}:
        stems[Path(path).stem] = stems.get(Path(path).stem, 0) + 1
    jobs: list[Job] = []
    for spec in plan.reports:
        declared = read_parameters(spec.notebook)
        nb_hash = _file_hash(spec.notebook)
        for params in spec.parameters:
            if spec.per == "article":
                for item in articles:
                    ex = item["extraction"]
                    focus = params.get("focus", "")
                    if focus and not _names_actor(ex, focus):
                        continue
                    values = validate({**params, "article": item["path"],
                                       **({"record": item["record"]} if item["record"] else {})}, declared)
                    path = Path(item["path"])
                    slug = slug_for(path, record=item["record"], focus=focus, with_suffix=stems[path.stem] > 1)
                    jobs.append(Job(key=f"{spec.name}:{slug}", report=spec.name, notebook=str(spec.notebook),
                                    params=values, slug=slug, title=ex["article"]["title"], inputs=[ex["article"]["id"]],
                                    article_path=item["path"], kind="briefing"))
                continue
            if plan.db is None:
                raise _fail(f"report {spec.name!r} is a corpus digest but the plan has no 'db'", plan.path,
                            "add db: corpus.duckdb")
            scopes = []
            if spec.per == "day":
                days = sorted({d for i in articles if (d := _article_date(i["extraction"]))})
                scopes = [({"date_from": d, "date_to": d}, f"day-{d}",
                           [i["extraction"]["article"]["id"] for i in articles if _article_date(i["extraction"]) == d])
                          for d in days]
            elif spec.per == "focus":
                actor = params.get("actor", "")
                if not actor:
                    raise _fail(f"report {spec.name!r} is per focus but a parameter set has no 'actor'", plan.path,
                                "give each parameter set an actor, e.g. {actor: Russia}")
                scopes = [({}, to_slug(actor),
                           [i["extraction"]["article"]["id"] for i in articles if _names_actor(i["extraction"], actor)])]
            else:
                scopes = [({}, "all", [i["extraction"]["article"]["id"] for i in articles])]
            for scope, suffix, ids in scopes:
                slug = f"{spec.name}-{suffix}"
                values = validate({**params, **scope, "db": str(plan.db), "digest": slug}, declared)
                jobs.append(Job(key=f"{spec.name}:{slug}", report=spec.name, notebook=str(spec.notebook),
                                params=values, slug=slug, title=f"Corpus digest: {suffix.replace('-', ' ')}",
                                inputs=sorted(ids), kind="digest", digest=slug))
        for job in jobs:
            if job.report == spec.name and not job.hash:
                job.hash = hashlib.sha256(json.dumps(
                    {"nb": nb_hash, "code": code_version(), "params": job.params, "inputs": job.inputs},
                    sort_keys=True).encode()).hexdigest()[:20]
    return jobs


# -- the work a worker does ------------------------------------------------------------------
_KERNELS: dict[str, object] = {}


def _kernel(cwd: str):
    from .report.build import WarmKernel

    if cwd not in _KERNELS:
        _KERNELS[cwd] = WarmKernel(Path(cwd))
    return _KERNELS[cwd]


def shutdown_kernels() -> None:
    """Stop this process's warm kernels (on a worker: run through Client.run at the end of a run)."""
    for kernel in _KERNELS.values():
        kernel.shutdown()
    _KERNELS.clear()


def run_job(job: dict, out: str) -> dict:
    """Build one report (on a Dask worker or in this process); never raises."""
    try:
        return _run_job(job, out)
    finally:
        _settle()


_SETTLED = False


def _settle() -> None:
    """After a process's first report, everything it imported to make it (nbconvert,
    WeasyPrint, the kernel client) is frozen out of garbage collection: the collections that
    a PDF's many small objects trigger then skip the long-lived heap."""
    global _SETTLED
    if not _SETTLED:
        import gc

        _SETTLED = True
        gc.collect()
        gc.freeze()


def _run_job(job: dict, out: str) -> dict:
    from .report.build import build_one, build_report

    started = time.perf_counter()
    try:
        notebook = Path(job["notebook"])
        kernel = _kernel(str(notebook.parent))
        if job["kind"] == "briefing":
            result = build_one(Path(job["article_path"]), out=Path(out), params=job["params"], notebook=notebook,
                               slug=job["slug"], kernel=kernel)
        else:
            result = build_report(notebook, job["params"], out=Path(out), slug=job["slug"], title=job["title"],
                                  subject=f"Corpus digest: {job['title']}", kernel=kernel)
        return asdict(Outcome(job["key"], job["slug"], "ok", round(time.perf_counter() - started, 2),
                              [str(f.name) for f in result.files]))
    except BriefingError as exc:
        return asdict(Outcome(job["key"], job["slug"], "failed", round(time.perf_counter() - started, 2), error=str(exc)))
    except Exception as exc:  # a bug in one report must not stop the others
        return asdict(Outcome(job["key"], job["slug"], "failed", round(time.perf_counter() - started, 2),
                              error=f"internal error: {exc.__class__.__name__}: {exc}"))


# -- state, lock, log, index -----------------------------------------------------------------
class Lock:
    """An exclusive lock on the output folder; the OS releases it if the process dies."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / LOCK
        self.handle = open(self.path, "a+")
        try:
            fcntl.flock(self.handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.handle.seek(0)
            holder = self.handle.read().strip() or "another process"
            self.handle.close()
            raise InputError(f"another batch run is writing these reports (pid {holder})", path=folder,
                             hint="wait for it to finish, or use another 'out' folder") from None
        self.handle.seek(0)
        self.handle.truncate()
        self.handle.write(str(os.getpid()))
        self.handle.flush()

    def release(self) -> None:
        fcntl.flock(self.handle, fcntl.LOCK_UN)
        self.handle.close()


def _read_state(out: Path) -> dict:
    path = out / STATE
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}  # a damaged state only means rebuilding


def _write_state(out: Path, state: dict) -> None:
    tmp = out / f"{STATE}.tmp"
    tmp.write_text(json.dumps(state, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, out / STATE)


def _clean_leftovers(out: Path) -> None:
    """Staging folders of a killed run are dropped; a report renamed aside is put back."""
    from .report.build import recover

    for staging in out.glob(".staging-*"):
        shutil.rmtree(staging, ignore_errors=True)
    for old in out.glob(".old-*"):
        recover(out / old.name[len(".old-"):])


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class RunSummary:
    run_id: str
    started: str
    finished: str = ""
    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    input_errors: list[dict] = field(default_factory=list)
    articles: int = 0
    seconds: float = 0.0
    exit_code: int = 0


def run_plan(plan: Plan, *, force: bool = False, scheduler: str | None = None, workers: int | None = None,
             log=print) -> RunSummary:
    workers = plan.workers if workers is None else workers
    started = time.perf_counter()
    summary = RunSummary(run_id=dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}",
                         started=_now())
    lock = Lock(plan.out)
    client = cluster = None
    try:
        _clean_leftovers(plan.out)
        files, input_errors = resolve_inputs(plan, log)
        summary.input_errors = [{"input": i, "error": e} for i, e in input_errors]
        for item, error in input_errors:
            log(f"input error: {error if error.startswith(str(item)) else f'{item}: {error}'}")
        if scheduler or workers > 0:
            client, cluster = _dask(scheduler, workers)
        if plan.db is not None:
            from .store.corpus import Corpus

            with Corpus(plan.db) as corpus:
                items, added = extract_into(files, corpus, client)
        else:
            items = extract_all(files, client)
        for item in items:
            if "error" in item:
                summary.input_errors.append({"input": item["path"], "error": item["error"]})
                log(f"input error: {item['error']}")
        summary.articles = sum(1 for i in items if "extraction" in i)
        log(f"read and extracted {summary.articles} article(s) from {len(files)} file(s)")
        if plan.db is not None:
            log(f"corpus {plan.db}: {added} new article(s)")
        jobs = plan_jobs(plan, items)
        state = _read_state(plan.out)
        todo = []
        for job in jobs:
            previous = state.get(job.key)
            if (not force and previous and previous.get("hash") == job.hash and previous.get("status") == "ok"
                    and (plan.out / job.slug).is_dir()):
                summary.skipped.append(job.key)
            else:
                todo.append(job)
        log(f"{len(todo)} report(s) to build, {len(summary.skipped)} up to date")
        for outcome in _execute_jobs(todo, plan.out, client):
            job = next(j for j in todo if j.key == outcome["key"])
            entry = {"hash": job.hash if outcome["status"] == "ok" else None, "status": outcome["status"],
                     "slug": job.slug, "report": job.report, "title": job.title, "time": _now(),
                     "seconds": outcome["seconds"], "files": outcome["files"], "error": outcome["error"],
                     "params": {k: v for k, v in job.params.items() if k not in ("article", "db")},
                     "kind": job.kind}
            if outcome["status"] != "ok" and job.key in state and state[job.key].get("status") == "ok":
                entry["last_good"] = state[job.key].get("time")  # the previous report is still in place
            state[job.key] = entry
            _write_state(plan.out, state)
            if outcome["status"] == "ok":
                summary.built.append(job.key)
                log(f"built {job.slug} in {outcome['seconds']} s")
            else:
                summary.failed.append({"report": job.key, "error": outcome["error"]})
                log(f"failed {job.slug}: {outcome['error']}")
        digests = [j for j in todo if j.kind == "digest" and j.key in summary.built]
        if digests and plan.db is not None:
            from .store.corpus import Corpus

            with Corpus(plan.db) as corpus:
                for job in digests:
                    corpus.record_digest(job.digest)
        live = {j.key for j in jobs}
        _write_index(plan, {k: v for k, v in state.items() if k in live})
    finally:
        if client is not None:
            try:  # each worker's kernel, and its socket folder, goes with the run
                client.run(shutdown_kernels)
            except Exception:  # a worker that died took its kernel with it
                pass
            client.close()
        if cluster is not None:
            cluster.close()
        shutdown_kernels()
        lock.release()
    summary.finished = _now()
    summary.seconds = round(time.perf_counter() - started, 2)
    problems = len(summary.failed) + len(summary.input_errors)
    good = len(summary.built) + len(summary.skipped)
    summary.exit_code = EXIT_OK if not problems else EXIT_PARTIAL if good else EXIT_ALL_FAILED
    with open(plan.out / "runs.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps(asdict(summary)) + "\n")
    return summary


def _dask(scheduler: str | None, workers: int):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=20), None
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler ({exc})", path=scheduler,
                             hint="check the address (tcp://host:8786) or run without --scheduler") from None
    import dask

    with dask.config.set(LOCAL_DASK):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
    return Client(cluster), cluster


# A local cluster has no dashboard to feed: no statistical profiler sampling each worker's stack
# every 10 ms (it cost the workers a fifth of their CPU time on extraction), and fewer
# event-loop and system checks in every process.
LOCAL_DASK = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
}


def _execute_jobs(jobs: list[Job], out: Path, client):
    payloads = [asdict(j) for j in jobs]
    if client is None:
        for payload in payloads:
            yield run_job(payload, str(out))
        return
    from dask.distributed import as_completed

    # Digests read the corpus; briefings first, so a digest never waits on a long queue.
    futures = [client.submit(run_job, p, str(out), pure=False, key=f"job-{i}-{p['slug']}") for i, p in enumerate(payloads)]
    for future in as_completed(futures):
        yield future.result()


def _write_index(plan: Plan, state: dict) -> None:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(ROOT / "analysis" / "templates")),
                      autoescape=select_autoescape(default=True))
    rows = sorted(state.values(), key=lambda e: (e["report"], e["slug"]))
    html = env.get_template("index.html.j2").render(rows=rows, generated=_now(), plan=plan.path.name,
                                                   css=(ROOT / "analysis" / "templates" / "briefing.css").read_text())
    tmp = plan.out / "index.html.tmp"
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, plan.out / "index.html")
