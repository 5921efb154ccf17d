"""Benchmarks (make bench). Each part runs in its own process so that its peak RSS is its own.

    python -m analysis.bench                          every part, with the default sizes
    python -m analysis.bench extract --articles 10000
    python -m analysis.bench briefings --reports 100 --plain 10
    python -m analysis.bench corpus --corpus 100000

extract: ingest + extraction throughput on one core over a generated corpus (words/s,
articles/s, peak RSS), beside spaCy's blank English tokenizer on the same corpus, and peak RSS
at two corpus sizes to show it does not grow with the corpus.
briefings: `briefing batch` making HTML + PDF briefings on a local Dask cluster, beside the
plain chain a user would otherwise write per article (papermill CLI, then nbconvert for HTML,
then WeasyPrint's CLI for the PDF) on the same notebook and articles, in reports per minute.
corpus: extraction of a generated corpus into DuckDB on 1 and 2 Dask workers (articles/s,
peak RSS of every process).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator

__all__ = ["generate_articles", "main"]

# Vocabulary for the generated corpus: real actor names and cue words, recombined at random so
# that no two articles are alike.
_STATES = ["Russia", "China", "Kazakhstan", "Uzbekistan", "Pakistan", "India", "Iran", "Türkiye",
           "Afghanistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan", "Azerbaijan", "Qatar",
           "Saudi Arabia", "the United States", "Japan", "Mongolia", "Georgia", "Armenia"]
_CAPITALS = ["Moscow", "Beijing", "Astana", "Tashkent", "Islamabad", "New Delhi", "Tehran", "Ankara",
             "Kabul", "Ashgabat", "Bishkek", "Dushanbe", "Baku", "Doha", "Riyadh", "Washington"]
_ORGS = ["the European Union", "the IMF", "the World Bank", "the Asian Development Bank",
         "the Shanghai Cooperation Organisation", "the United Nations", "NATO", "OPEC", "the Taliban",
         "Gazprom", "Rosatom", "CNPC", "Kazatomprom"]
_VERBS = ["signed a gas supply deal with", "criticised", "imposed sanctions on", "held talks with",
          "recognised", "invested $2 billion in", "agreed to supply grain to", "condemned",
          "hosted peace talks with", "has not recognised", "stopped short of sanctioning",
          "pledged humanitarian aid to", "deepened ties with", "accused"]
_STAKES = ["the rare earth deposits", "a new railway corridor", "the pipeline's capacity", "wheat exports",
           "the power grid", "a lithium mine", "arms sales", "central bank reserves", "customs tariffs",
           "border security", "refugee returns", "human rights monitors", "regional influence"]
_HEDGES = ["could", "may", "is expected to", "is likely to", "will probably", "is unlikely to", "might"]
_FUTURE = ["double its exports by 2030", "reshape transit routes across the region",
           "face new sanctions", "delay the project by two years", "draw in other investors",
           "strain relations with its neighbours"]
_FIRST = ["Aigerim", "Daniyar", "Farida", "Timur", "Nodira", "Bakhtiyar", "Leyla", "Rustam", "Zarina", "Omar"]
_LAST = ["Sadykova", "Omarov", "Karimova", "Bekov", "Yusupova", "Aliyev", "Nazarova", "Rakhimov"]
_ROLES = ["an analyst at the Caspian Policy Institute", "a senior energy official", "a foreign ministry spokesman",
          "a trade economist", "a former diplomat"]


def _filler_words() -> list[str]:
    """A broad vocabulary (the VADER lexicon's plain words) so that the corpus is not a handful
    of repeated tokens, which would flatter any tokenizer's cache."""
    from .extract.tone import lexicon

    return sorted(w for w in lexicon() if w.isalpha() and len(w) > 3)


def _actor(rng: random.Random) -> str:
    pool = rng.choice((_STATES, _CAPITALS, _ORGS))
    return rng.choice(pool)


def _sentence(rng: random.Random, filler: list[str]) -> str:
    kind = rng.random()
    if kind < 0.25:
        words = " ".join(rng.choice(filler) for _ in range(rng.randint(8, 16)))
        return f"{_actor(rng)} said the {words} would matter for {rng.choice(_STAKES)}."
    if kind < 0.55:
        return f"{_actor(rng)} {rng.choice(_VERBS)} {_actor(rng)} over {rng.choice(_STAKES)} on {rng.choice(['Monday', 'Tuesday', 'Friday'])}."
    if kind < 0.65:
        return f"The agreement {rng.choice(_HEDGES)} {rng.choice(_FUTURE)}, officials in {rng.choice(_CAPITALS)} said."
    if kind < 0.8:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        return (f"\u201cWe see {rng.choice(_STAKES)} as a question of {rng.choice(['sovereignty', 'trust', 'money', 'time'])},\u201d "
                f"said {name}, {rng.choice(_ROLES)}.")
    return (f"Trade between {rng.choice(_STATES)} and {rng.choice(_STATES)} rose by {rng.randint(2, 40)} percent last year, "
            f"driven by {rng.choice(_STAKES)} and {rng.choice(_STAKES)}.")


def generate_articles(n: int, *, seed: int = 2026, paragraphs: int = 8) -> Iterator[str]:
    """``n`` plain-text articles (title, blank line, paragraphs), reproducible from ``seed``."""
    rng = random.Random(seed)
    filler = _filler_words()

    def sentence() -> str:
        s = _sentence(rng, filler)
        return s[0].upper() + s[1:]

    for i in range(n):
        title = f"{_actor(rng).removeprefix('the ')} and {_actor(rng)} at odds over {rng.choice(_STAKES)} ({i})"
        body = ["ASTANA, March 3 (Bench Wire) - " + sentence() + " " + sentence()]
        for _ in range(paragraphs - 1):
            body.append(" ".join(sentence() for _ in range(rng.randint(2, 4))))
        yield title + "\n\n" + "\n\n".join(body) + "\n"


def _children_cpu() -> float:
    """CPU seconds of the child processes waited for so far (with their own children)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_mb() -> float:
    """This process's peak resident memory. Linux's VmHWM, not ru_maxrss: a Dask worker is
    forked and exec'd from the driver, and ru_maxrss keeps the driver's RSS at the fork."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_extract(n: int) -> dict:
    from .extract import extract
    from .ingest import read_text
    from .knowledge import load

    kb = load()
    extract(read_text(next(generate_articles(1, seed=1))), knowledge=kb)  # build matchers once
    texts = generate_articles(n)  # generated one at a time (flat memory); the clocks run only around ingest+extract
    words = articles = 0
    seconds = cpu = 0.0
    for text in texts:
        started, cpu_started = time.perf_counter(), time.process_time()
        extract(read_text(text), knowledge=kb)
        seconds += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        words += len(text.split())
        articles += 1
    return {"part": "extract", "articles": articles, "words": words, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2), "words_per_s": round(words / seconds),
            "words_per_cpu_s": round(words / cpu), "articles_per_s": round(articles / seconds, 1),
            "peak_rss_mb": round(_peak_rss_mb(), 1)}


def _run_spacy(n: int) -> dict:
    try:
        import spacy
    except ImportError:
        return {"part": "spacy", "error": "spaCy is not installed (pip install '.[bench]')"}
    nlp = spacy.blank("en")
    words = 0
    seconds = cpu = 0.0
    for text in generate_articles(n):  # as for extraction: the clocks run only around the tokenizer
        started, cpu_started = time.perf_counter(), time.process_time()
        nlp.tokenizer(text)
        seconds += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        words += len(text.split())
    return {"part": "spacy", "articles": n, "words": words, "seconds": round(seconds, 2),
            "words_per_s": round(words / seconds), "words_per_cpu_s": round(words / cpu),
            "peak_rss_mb": round(_peak_rss_mb(), 1)}


PARTS = {"extract": _run_extract, "spacy": _run_spacy}


def _write_corpus(folder, n: int) -> list:
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(generate_articles(n, seed=7)):
        path = folder / f"article-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def bench_briefings(reports: int, plain: int, workers: int = 2) -> None:
    import os
    import shutil
    import tempfile
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    notebook = root / "notebooks" / "briefing.ipynb"
    bindir = Path(sys.executable).parent
    print(f"== briefings (HTML + PDF): {reports} in one batch on {workers} Dask workers, "
          f"beside the plain chain on {plain} of the same articles ==")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        paths = _write_corpus(tmp / "articles", reports)
        plan = tmp / "plan.yaml"
        plan.write_text(
            f"inputs: [{tmp / 'articles'}]\nout: {tmp / 'reports'}\ndb: null\nworkers: {workers}\n"
            f"reports:\n  - name: briefing\n    per: article\n    notebook: {notebook}\n", encoding="utf-8")
        started, cpu_started = time.perf_counter(), _children_cpu()
        proc = subprocess.run([str(bindir / "briefing"), "batch", str(plan)], capture_output=True, text=True)
        batch_s, batch_cpu = time.perf_counter() - started, _children_cpu() - cpu_started
        built = len(list((tmp / "reports").glob("*/briefing.pdf")))
        if proc.returncode != 0:
            print(f"batch failed ({proc.returncode}): {proc.stderr.strip().splitlines()[-1]}")
        rate = built / batch_s * 60
        print(f"briefing batch : {built} briefings in {batch_s:.1f} s = {rate:.1f} reports/min "
              f"(cluster start, extraction and corpus included); CPU {batch_cpu:.0f} s = "
              f"{batch_cpu / max(1, built):.2f} CPU-s per report, all processes")
        out = tmp / "plain"
        out.mkdir()
        env = {**os.environ, "PATH": f"{bindir}:{os.environ.get('PATH', '')}"}
        started, cpu_started = time.perf_counter(), _children_cpu()
        for path in paths[:plain]:
            executed = out / f"{path.stem}.ipynb"
            subprocess.run([str(bindir / "papermill"), str(notebook), str(executed), "-p", "article", str(path),
                            "-k", "python3", "--cwd", str(notebook.parent)], capture_output=True, check=True, env=env)
            subprocess.run([str(bindir / "jupyter-nbconvert"), "--to", "html", "--no-input", str(executed)],
                           capture_output=True, check=True, env=env)
            subprocess.run([str(bindir / "weasyprint"), str(executed.with_suffix(".html")),
                            str(executed.with_suffix(".pdf"))], capture_output=True, check=True, env=env)
        plain_s, plain_cpu = time.perf_counter() - started, _children_cpu() - cpu_started
        plain_rate = plain / plain_s * 60
        print(f"plain chain    : {plain} briefings in {plain_s:.1f} s = {plain_rate:.1f} reports/min "
              f"(papermill CLI + nbconvert --to html + weasyprint CLI, per article); CPU "
              f"{plain_cpu / plain:.2f} CPU-s per report")
        print(f"speed-up: {rate / plain_rate:.1f}x wall, {plain_cpu / plain / (batch_cpu / max(1, built)):.1f}x CPU "
              f"per report; targets: >= 60 reports/min "
              f"({'met' if rate >= 60 else 'NOT met'}), >= 5x the plain chain "
              f"({'met' if rate >= 5 * plain_rate else 'NOT met'})")
        shutil.rmtree(tmp / "reports", ignore_errors=True)


def bench_corpus(n: int, worker_counts=(1, 2), chunk: int = 500) -> None:
    import tempfile
    from pathlib import Path

    from dask.distributed import as_completed

    from .batch import INSERT_BATCH as batch
    from .batch import _dask
    from .store.corpus import Corpus, Rows

    print(f"== corpus: {n:,} generated articles extracted on Dask and stored in DuckDB ==")
    for workers in worker_counts:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "corpus.duckdb"
            started, cpu_started = time.perf_counter(), time.process_time()
            client, cluster = _dask(None, workers)  # the local cluster `briefing batch` and `ingest` start
            with cluster, client, Corpus(db) as corpus:
                ranges = [(i, min(i + chunk, n)) for i in range(0, n, chunk)]
                seeds = list(range(len(ranges)))
                # each chunk generates its own articles from its own seed; what comes back is the
                # chunk's corpus rows (Arrow), flattened on the worker as `briefing batch` does,
                # and inserted here in transactions of about `batch` articles
                pending = [client.submit(_extract_chunk, lo, hi, seed, pure=False) for (lo, hi), seed in zip(ranges[:workers * 2], seeds)]
                queue = list(zip(ranges[workers * 2:], seeds[workers * 2:]))
                worker_peak: dict[str, float] = {}
                waiting: list = []
                stored = 0
                done = as_completed(pending)
                del pending
                for future in done:
                    rows, peak, where = future.result()
                    del future
                    worker_peak[where] = max(worker_peak.get(where, 0.0), peak)
                    if queue:
                        (lo, hi), seed = queue.pop(0)
                        done.add(client.submit(_extract_chunk, lo, hi, seed, pure=False))
                    waiting.append(rows)
                    del rows
                    if sum(len(r) for r in waiting) >= batch:
                        stored += corpus.add_rows(Rows.concat(waiting))
                        waiting = []
                stored += corpus.add_rows(Rows.concat(waiting))
                worker_cpu = client.run(time.process_time)
            seconds = time.perf_counter() - started
            driver_cpu = time.process_time() - cpu_started
            driver = _peak_rss_mb()
            total = driver + sum(worker_peak.values())
            print(f"{workers} worker{'s' if workers > 1 else ''}: {stored:,} articles in {seconds:.0f} s = "
                  f"{stored / seconds:,.0f} articles/s; CPU: driver {driver_cpu:.0f} s, workers "
                  f"{', '.join(f'{v:.0f}' for v in worker_cpu.values())} s; peak RSS: driver {driver:.0f} MB, "
                  f"workers {', '.join(f'{v:.0f}' for v in worker_peak.values())} MB, all {total:.0f} MB "
                  f"(targets: <= 300 s {'met' if seconds <= 300 else 'NOT met'}, < 2048 MB "
                  f"{'met' if total < 2048 else 'NOT met'})")


def _extract_chunk(start: int, stop: int, seed: int):
    """On a worker: generate, read and extract articles; return their corpus rows, this
    process's peak RSS and its id."""
    import os

    from .extract import extract
    from .ingest import read_text
    from .store.corpus import Rows

    rows = Rows.of_records(extract(read_text(text)) for text in generate_articles(stop - start, seed=10_000 + seed))
    return rows, _peak_rss_mb(), str(os.getpid())


def _child(part: str, n: int) -> dict:
    """Run one part in a fresh single-threaded process and return its figures."""
    env_cmd = [sys.executable, "-m", "analysis.bench", "--child", part, "--articles", str(n)]
    proc = subprocess.run(env_cmd, capture_output=True, text=True, check=False,
                          env={**__import__("os").environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
    if proc.returncode != 0:
        return {"part": part, "error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_extract(n: int) -> None:
    print(f"== extraction throughput, one core, {n:,} generated articles ==")
    ours = _child("extract", n)
    ref = _child("spacy", n)
    small = _child("extract", max(1, n // 5))
    if "error" in ours:
        print(f"extract failed: {ours['error']}")
        return
    print(f"briefing ingest+extract : {ours['words_per_s']:>9,} words/s wall, {ours['words_per_cpu_s']:>9,} words/CPU-s"
          f"  {ours['articles_per_s']:>7,} articles/s  peak RSS {ours['peak_rss_mb']} MB"
          f"  ({ours['words']:,} words in {ours['seconds']} s)")
    if "error" in ref:
        print(f"spaCy blank tokenizer   : {ref['error']}")
    else:
        print(f"spaCy blank tokenizer   : {ref['words_per_s']:>9,} words/s wall, {ref['words_per_cpu_s']:>9,} words/CPU-s"
              f"  (reference floor; peak RSS {ref['peak_rss_mb']} MB)")
        print(f"ratio briefing / spaCy tokenizer: {ours['words_per_cpu_s'] / ref['words_per_cpu_s']:.2f} (CPU time)")
    print(f"peak RSS at {small['articles']:,} articles: {small['peak_rss_mb']} MB; at {n:,}: {ours['peak_rss_mb']} MB"
          f" (target: independent of corpus size)")
    target = 100_000
    print(f"target >= {target:,} words/s on one core (CPU time; wall time varies with this VM's load): "
          f"{'met' if ours['words_per_cpu_s'] >= target else 'NOT met'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis.bench")
    parser.add_argument("parts", nargs="*", default=[], help="extract, briefings, corpus (default: all)")
    parser.add_argument("--articles", type=int, default=10_000, help="articles for the extraction part")
    parser.add_argument("--reports", type=int, default=100, help="briefings for the batch part")
    parser.add_argument("--plain", type=int, default=10, help="articles run through the plain chain")
    parser.add_argument("--corpus", type=int, default=100_000, help="articles for the corpus part")
    parser.add_argument("--child", choices=sorted(PARTS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(PARTS[args.child](args.articles)))
        return 0
    parts = args.parts or ["extract", "briefings", "corpus"]
    if "extract" in parts:
        bench_extract(args.articles)
    if "briefings" in parts:
        bench_briefings(args.reports, args.plain)
    if "corpus" in parts:
        bench_corpus(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
