"""Build one briefing: validate parameters, execute the notebook with papermill, export HTML and
PDF, and publish reports/<slug>/ atomically: a failed run leaves the previous report as it was."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import ParameterError, ReportError
from ..extract import extract
from ..knowledge import load
from ..knowledge import slug as to_slug
from ..model import Article
from ..store import to_json
from .params import read_parameters, validate
from .view import load_article, resolve_focus

__all__ = ["BuildResult", "WarmKernel", "build_one", "build_report", "check_formats", "slug_for", "recover", "FORMATS", "DEFAULT_NOTEBOOK"]

FORMATS = ("html", "pdf")
DEFAULT_NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "briefing.ipynb"
KERNEL = "python3"  # ipykernel's native kernel: the same interpreter as this process


class WarmKernel:
    """One Jupyter kernel kept running across many reports (a batch worker's): pandas,
    matplotlib and the package are imported once, and each report still starts from a clean
    namespace — a first cell resets it (``%reset -f``) and the executed notebook shows that.

    The reset cell also freezes what survives the reset (the imported modules, mostly) out of
    later garbage collections, so that the next report's reset and collections do not walk
    them again. The kernel talks to this process over Unix sockets in a private folder and
    keeps no input history, through one client for all reports (a client per report waited
    0.2 s for the kernel's output channel to go quiet before its first cell)."""

    RESET = ("%reset -f\nimport gc, matplotlib\nmatplotlib.rcdefaults()\n"
             "gc.freeze()  # later garbage collections skip what survived the reset")

    def __init__(self, cwd: Path):
        import tempfile

        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self._run_sync = run_sync
        self._sockets = tempfile.mkdtemp(prefix="briefing-kernel-")
        self.km = AsyncKernelManager(kernel_name=KERNEL, transport="ipc", ip=os.path.join(self._sockets, "k"))
        run_sync(self.km.start_kernel)(cwd=str(cwd), extra_arguments=["--HistoryManager.enabled=False"])
        self.kc = self.km.client()
        self.kc.start_channels()
        run_sync(self.kc.wait_for_ready)(timeout=120)
        import atexit

        atexit.register(self.shutdown)

    def prepare(self, nb):
        import nbformat

        cell = nbformat.v4.new_code_cell(self.RESET)
        cell.metadata["tags"] = ["report-hidden", "clean-namespace"]
        nb.cells.insert(0, cell)
        return nb

    def shutdown(self) -> None:
        if self.kc.channels_running:
            self.kc.stop_channels()
        if self.km.has_kernel:
            try:
                self._run_sync(self.km.shutdown_kernel)(now=True)
            except Exception:  # the kernel may already be gone at interpreter exit
                pass
        shutil.rmtree(self._sockets, ignore_errors=True)


@dataclass
class BuildResult:
    slug: str
    directory: Path
    files: list[Path] = field(default_factory=list)
    seconds: float = 0.0


def slug_for(path: Path, *, record: str = "", focus: str = "", with_suffix: bool = False) -> str:
    """reports/<slug>/: the file's stem; with ``with_suffix`` (two files share a stem) the
    extension too; a feed record adds its id, a focus actor its name."""
    base = to_slug(path.stem) or "article"
    if with_suffix and path.suffix:
        base = f"{base}-{path.suffix.lstrip('.').lower()}"
    if record:
        base = f"{base}--{to_slug(record) or 'record'}"
    if focus:
        base = f"{base}--{to_slug(focus)}"
    return base


def check_formats(values: dict) -> None:
    bad = [f for f in values.get("formats", []) if f not in FORMATS]
    if bad:
        raise ParameterError(f"unknown output format {bad[0]!r}", hint=f"formats may hold {', '.join(FORMATS)}")


def build_one(path: Path, *, out: Path, params: dict, notebook: Path = DEFAULT_NOTEBOOK,
              article: Article | None = None, slug: str | None = None,
              kernel: WarmKernel | None = None) -> BuildResult:
    """One article's briefing under out/<slug>/ (briefing.{ipynb,html,pdf}, extraction.json)."""
    declared = read_parameters(notebook)
    values = validate({**params, "article": str(path.resolve())}, declared)
    check_formats(values)
    kb = load(values["knowledge"]) if values.get("knowledge") else load()
    article = article or load_article(path, values.get("record", ""))
    ex = extract(article, knowledge=kb)
    resolve_focus(ex, values.get("focus", ""))  # an unknown focus fails here, before any kernel
    record = (article.meta.record_id or "") if article.meta.format == "jsonl" else ""
    name = slug or slug_for(path, record=record, focus=values.get("focus", ""))
    return build_report(notebook, values, out=out, slug=name, title=article.title,
                        subject=f"Briefing on the economic and geopolitical stakes of: {article.title}",
                        extra_files={"extraction.json": to_json(ex, indent=2) + "\n"}, kernel=kernel)


def build_report(notebook: Path, values: dict, *, out: Path, slug: str, title: str, subject: str,
                 extra_files: dict[str, str] | None = None, kernel: WarmKernel | None = None) -> BuildResult:
    """Execute ``notebook`` with validated ``values`` and publish out/<slug>/ atomically:
    the executed notebook, ``extra_files`` and the formats asked for (html, pdf)."""
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    staging = out / f".staging-{slug}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    stem = notebook.stem
    try:
        executed = _execute(notebook, staging / f"{stem}.ipynb", values, out, slug, kernel)
        for name, content in (extra_files or {}).items():
            (staging / name).write_text(content, encoding="utf-8")
        formats = values.get("formats") or []
        if formats:
            from .export import to_html, to_pdf

            html = to_html(executed, title=title, subject=subject)
            if "html" in formats:
                (staging / f"{stem}.html").write_text(html, encoding="utf-8")
            if "pdf" in formats:
                to_pdf(html, staging / f"{stem}.pdf")
        target = out / slug
        _publish(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    files = sorted(target.iterdir())
    return BuildResult(slug, target, files, time.perf_counter() - started)


def _execute(notebook: Path, output: Path, values: dict, out: Path, slug: str, kernel: WarmKernel | None):
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    source = nbformat.read(str(notebook), as_version=4)
    extra = {}
    if kernel is not None:
        source = kernel.prepare(source)
        extra.update(km=kernel.km, warm_kc=kernel.kc, engine_name=_warm_engine())
    try:
        return pm.execute_notebook(
            source, str(output), parameters=values, kernel_name=KERNEL,
            cwd=str(notebook.parent), progress_bar=False, log_output=False, report_mode=True,
            request_save_on_cell_execute=False, **extra,
        )
    except PapermillExecutionError as exc:
        failed = out / ".failed" / f"{slug}.ipynb"
        failed.parent.mkdir(parents=True, exist_ok=True)
        if output.exists():
            shutil.copyfile(output, failed)
        raise ReportError(
            f"cell {exc.exec_count} of {notebook.name} failed: {exc.ename}: {exc.evalue}".replace("\n", " "),
            path=failed, hint="open that notebook to see the traceback; the previous report was kept",
        ) from None


_WARM_ENGINE = "briefing-warm-kernel"


@lru_cache(maxsize=1)
def _warm_engine() -> str:
    """A papermill engine that runs the notebook through the warm kernel's own client.
    papermill's nbclient engine gives every notebook a new client, which waits 0.2 s for the
    kernel's output channel to go quiet before the first cell (a sixth of a briefing's
    execution), and leaves the client's sockets open."""
    import logging

    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.utils import merge_kwargs, remove_args

    class Client(PapermillNotebookClient):
        def __init__(self, nb_man, km=None, warm_kc=None, **kw):
            super().__init__(nb_man, km=km, **kw)
            self.kc = warm_kc  # nbclient sets None and would make a client of its own

    class Engine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None,
                                     stderr_file=None, start_timeout=60, execution_timeout=None, **kwargs):
            # as NBClientEngine.execute_managed_notebook (papermill 2.x), with the client above
            kwargs = remove_args(["input_path"], **kwargs)
            safe_kwargs = remove_args(["timeout", "startup_timeout"], **kwargs)
            final_kwargs = merge_kwargs(
                safe_kwargs, timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
                startup_timeout=start_timeout, kernel_name=kernel_name, log=logging.getLogger("papermill"),
                log_output=log_output, stdout_file=stdout_file, stderr_file=stderr_file)
            return Client(nb_man, **final_kwargs).execute()

    papermill_engines.register(_WARM_ENGINE, Engine)
    return _WARM_ENGINE


def _publish(staging: Path, target: Path) -> None:
    """Swap the new report in: rename the old one aside, rename the new one in, delete the old.
    If a run dies between the two renames, the next run restores the old one first."""
    old = target.with_name(f".old-{target.name}")
    recover(target)
    if target.exists():
        os.replace(target, old)
    os.replace(staging, target)
    shutil.rmtree(old, ignore_errors=True)


def recover(target: Path) -> None:
    old = target.with_name(f".old-{target.name}")
    if old.exists() and not target.exists():
        os.replace(old, target)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
