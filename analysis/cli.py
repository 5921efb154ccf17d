"""The `briefing` command.

    briefing build [PATH...] [--out DIR] [-p NAME=VALUE ...]   briefings (HTML + PDF) into reports/
    briefing extract PATH... --json                            the extraction contract, JSON Lines
    briefing params                                            the notebook's parameters
    briefing batch PLAN.yaml [--force] [--scheduler ADDR]      scheduled runs over many articles
    briefing ingest PATH... [--db FILE] [--parquet DIR]        extractions into the DuckDB corpus
    briefing fetch URL... [--into DIR]                         articles from feeds and pages

Exit codes: 0 success; 1 a briefing failed (others may have been built); 2 bad input or usage;
3 (batch) every report failed.
Errors are one line on stderr naming the file and what to do; --debug shows the traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from . import __version__
from .errors import BriefingError, InputError, ParameterError

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
DEFAULT_SEEDS = "seeds"
DEFAULT_OUT = "reports"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other bad input
        self.exit(EXIT_BAD_INPUT, f"briefing: {message} — run `briefing {self._sub_name()}--help` for usage\n")

    def _sub_name(self) -> str:
        parts = self.prog.split()
        return (parts[1] + " ") if len(parts) > 1 else ""


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="briefing", description="Turn news articles into briefings on their "
                     "economic and geopolitical stakes.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    build = sub.add_parser("build", help="build briefings (HTML + PDF) under reports/<article>/")
    build.add_argument("paths", nargs="*", help=f"article files or folders (default: {DEFAULT_SEEDS}/)")
    build.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT}/)")
    build.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                       help="a notebook parameter, e.g. -p focus=Russia -p formats=html")
    build.add_argument("--notebook", default=None, help="the notebook to run (default: notebooks/briefing.ipynb)")
    build.add_argument("--max-bytes", type=int, default=None, help="largest article file accepted")
    build.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")

    ext = sub.add_parser("extract", help="print the extraction of each article as JSON Lines")
    ext.add_argument("paths", nargs="+", help="article files or folders")
    ext.add_argument("--json", action="store_true", required=True, help="JSON Lines on stdout (one object per article)")
    ext.add_argument("--knowledge", default="", help="overlay YAML with extra actors or lexicon terms")
    ext.add_argument("--max-bytes", type=int, default=None, help="largest article file accepted")
    ext.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")

    batch = sub.add_parser("batch", help="run a plan: inputs → corpus → briefings and digests, incrementally")
    batch.add_argument("plan", help="the plan (YAML)")
    batch.add_argument("--force", action="store_true", help="rebuild every report, changed or not")
    batch.add_argument("--scheduler", default=None, help="a Dask scheduler address (tcp://host:8786); default: a local cluster")
    batch.add_argument("--workers", type=int, default=None, help="local Dask workers (0: run in this process)")
    batch.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")

    ingest = sub.add_parser("ingest", help="extract articles into the DuckDB corpus")
    ingest.add_argument("paths", nargs="+", help="article files, folders or feeds")
    ingest.add_argument("--db", default="reports/corpus.duckdb", help="the corpus database (default: reports/corpus.duckdb)")
    ingest.add_argument("--parquet", default=None, help="also export every table as Parquet into this folder")
    ingest.add_argument("--scheduler", default=None, help="extract on this Dask scheduler (tcp://host:8786)")
    ingest.add_argument("--workers", type=int, default=0, help="extract on a local Dask cluster of N workers")
    ingest.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")

    fetch = sub.add_parser("fetch", help="fetch articles from RSS/Atom feeds and pages into seeds/")
    fetch.add_argument("urls", nargs="+", help="feed or article URLs")
    fetch.add_argument("--into", default="seeds", help="where to store new articles (default: seeds/)")
    fetch.add_argument("--min-interval", type=float, default=1.0, help="seconds between requests to one host")
    fetch.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")

    params = sub.add_parser("params", help="list the briefing notebook's parameters")
    params.add_argument("--notebook", default=None)
    params.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks")
    return parser


_DEBUG = False


def _report(error: BaseException) -> None:
    """One line per error; with --debug, the traceback first."""
    if _DEBUG:
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    print(f"briefing: error: {error}", file=sys.stderr)


def _cmd_extract(args) -> int:
    from .extract import extract
    from .ingest import read_paths
    from .knowledge import load
    from .store import to_json

    kb = load(args.knowledge) if args.knowledge else load()
    failures = 0
    out = sys.stdout
    for result in read_paths(args.paths, limit=args.max_bytes):
        for article in result.articles:
            out.write(to_json(extract(article, knowledge=kb)) + "\n")
        for error in result.errors:
            _report(error)
            failures += 1
    out.flush()
    return EXIT_BAD_INPUT if failures else EXIT_OK


def _parse_params(raw: list[str], notebook: Path) -> dict:
    from .report.params import coerce, read_parameters

    declared = read_parameters(notebook)
    values = {}
    for item in raw:
        if "=" not in item:
            raise ParameterError(f"parameter {item!r} is not NAME=VALUE",
                                 hint="write it like -p focus=Russia")
        name, value = item.split("=", 1)
        if name == "article":
            raise ParameterError("parameter 'article' is set from the PATH arguments",
                                 hint="name the article file as an argument instead")
        values[name.strip()] = coerce(value, name.strip(), declared)
    return values


def _cmd_build(args) -> int:
    from .ingest import read_paths
    from .report.build import DEFAULT_NOTEBOOK, WarmKernel, build_one, slug_for

    notebook = Path(args.notebook) if args.notebook else DEFAULT_NOTEBOOK
    if not notebook.is_file():
        raise ParameterError("the notebook does not exist", path=notebook,
                             hint="pass --notebook with a path to a .ipynb file")
    params = _parse_params(args.param, notebook)
    paths = args.paths or [DEFAULT_SEEDS]
    out = Path(args.out)
    built, failed = [], []
    results = read_paths(paths, limit=args.max_bytes)
    stems: dict[str, int] = {}
    for result in results:
        stem = Path(result.path).stem
        stems[stem] = stems.get(stem, 0) + 1
    kernel: WarmKernel | None = None  # one kernel, over Unix sockets, for every briefing of the run
    try:
        for result in results:
            for error in result.errors:
                _report(error)
                failed.append((result.path, error))
            for article in result.articles:
                where = article.meta.path or result.path
                started = time.perf_counter()
                try:
                    record = article.meta.record_id if article.meta.format == "jsonl" else ""
                    path = Path(result.path)
                    slug = slug_for(path, record=record, focus=params.get("focus", ""), with_suffix=stems[path.stem] > 1)
                    if kernel is None:
                        kernel = WarmKernel(notebook.parent)
                    r = build_one(path, out=out, notebook=notebook, slug=slug,
                                  params={**params, **({"record": record} if record else {})}, article=article,
                                  kernel=kernel)
                except BriefingError as exc:
                    _report(exc)
                    failed.append((where, exc))
                    continue
                built.append(r)
                names = ", ".join(p.name for p in r.files)
                print(f"built {r.directory}/ ({names}) in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    finally:  # stopped however the run ends (an interrupted run leaves no kernel behind)
        if kernel is not None:
            kernel.shutdown()
    print(f"briefing: {len(built)} built, {len(failed)} failed" +
          (": " + "; ".join(str(p) for p, _ in failed) if failed else ""), file=sys.stderr)
    if not failed:
        return EXIT_OK
    if all(isinstance(e, (InputError, ParameterError)) for _, e in failed) and not built:
        return EXIT_BAD_INPUT
    return EXIT_FAILED


def _cmd_params(args) -> int:
    from .report.build import DEFAULT_NOTEBOOK
    from .report.params import read_parameters

    for p in read_parameters(Path(args.notebook) if args.notebook else DEFAULT_NOTEBOOK).values():
        print(p.describe())
    return EXIT_OK


def _cmd_batch(args) -> int:
    from .batch import load_plan, run_plan

    plan = load_plan(args.plan)
    summary = run_plan(plan, force=args.force, scheduler=args.scheduler, workers=args.workers,
                       log=lambda line: print(f"briefing: {line}", file=sys.stderr))
    print(f"briefing: {len(summary.built)} built, {len(summary.skipped)} up to date, {len(summary.failed)} failed"
          f" in {summary.seconds} s; index: {plan.out / 'index.html'}" +
          ("; failed: " + ", ".join(f["report"] for f in summary.failed) if summary.failed else ""), file=sys.stderr)
    return summary.exit_code


def _cmd_ingest(args) -> int:
    from .batch import _dask, extract_into
    from .ingest import discover
    from .store.corpus import Corpus

    files = discover(args.paths)
    client = cluster = None
    if args.scheduler or args.workers > 0:
        client, cluster = _dask(args.scheduler, args.workers)
    try:
        with Corpus(args.db) as corpus:
            # rows are inserted as the workers deliver them, as `briefing batch` does
            items, added = extract_into(files, corpus, client)
            if args.parquet:
                corpus.export_parquet(args.parquet)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    errors = [i for i in items if "error" in i]
    for item in errors:
        print(f"briefing: error: {item['error']}", file=sys.stderr)
    total = sum(1 for i in items if "extraction" in i)
    print(f"briefing: {total} article(s) read, {added} new in {args.db}, {len(errors)} error(s)", file=sys.stderr)
    return EXIT_BAD_INPUT if errors else EXIT_OK


def _cmd_fetch(args) -> int:
    from .fetch import fetch

    result = fetch(args.urls, Path(args.into), min_interval=args.min_interval)
    for path in result.stored:
        print(f"stored {path}", file=sys.stderr)
    for url, reason in result.skipped:
        print(f"skipped {url}: {reason}", file=sys.stderr)
    for url, message in result.errors:
        print(f"briefing: error: {message}", file=sys.stderr)
    print(f"briefing: {len(result.stored)} stored, {len(result.unchanged)} unchanged, {len(result.skipped)} skipped, "
          f"{len(result.errors)} failed", file=sys.stderr)
    return EXIT_FAILED if result.errors else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    global _DEBUG
    debug = _DEBUG = bool(getattr(args, "debug", False)) or os.environ.get("BRIEFING_DEBUG") == "1"
    commands = {"build": _cmd_build, "extract": _cmd_extract, "params": _cmd_params, "batch": _cmd_batch,
                "ingest": _cmd_ingest, "fetch": _cmd_fetch}
    try:
        return commands[args.command](args)
    except BriefingError as exc:
        if debug:
            raise
        _report(exc)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefing: interrupted; reports already published are complete", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
        if debug:
            raise
        print(f"briefing: internal error: {exc.__class__.__name__}: {exc} — rerun with --debug "
              "and report it", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
