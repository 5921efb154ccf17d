"""JupyterLab use: a real Jupyter server on loopback lists notebooks/, opens explore.ipynb,
starts the project's kernel and runs every cell through the REST and kernel websocket API."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import time
import uuid
from pathlib import Path
from urllib.request import Request, urlopen

import pytest
import websocket

from conftest import ROOT

LAB = Path(os.environ.get("BRIEFING_LAB", ROOT / ".venv-lab"))
TIMEOUT = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    jupyter = LAB / "bin" / "jupyter"
    assert jupyter.exists(), f"{jupyter} is missing: run `make install-lab` (make test does it)"
    port, token = _free_port(), secrets.token_hex(16)
    runtime = tmp_path_factory.mktemp("jupyter-runtime")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(runtime), "JUPYTER_CONFIG_DIR": str(runtime / "config")}
    proc = subprocess.Popen(
        [str(jupyter), "server", "--no-browser", f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={ROOT / 'notebooks'}",
         "--ServerApp.port_retries=0", "--allow-root"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urlopen(Request(f"{base}/api/status", headers={"Authorization": f"token {token}"}), timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode(errors="replace")[-2000:])
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("the Jupyter server did not start within 60 s")
    yield base, token
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def _api(base, token, path, method="GET", body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = Request(f"{base}{path}", data=data, method=method,
                  headers={"Authorization": f"token {token}", "Content-Type": "application/json"})
    with urlopen(req, timeout=60) as resp:
        raw = resp.read()
        return json.loads(raw) if raw else None


def _execute(ws, code: str) -> list[dict]:
    """Send one execute_request; return its outputs once both the execute_reply and the idle
    status have arrived (they may come in either order)."""
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test", "session": uuid.uuid4().hex,
                   "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    }))
    reply = idle = None
    outputs = []
    deadline = time.monotonic() + TIMEOUT
    while (reply is None or idle is None) and time.monotonic() < deadline:
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = msg["msg_type"]
        if kind == "execute_reply":
            reply = msg["content"]
        elif kind == "status" and msg["content"]["execution_state"] == "idle":
            idle = True
        elif kind in ("execute_result", "display_data", "stream", "error"):
            outputs.append(msg)
    assert reply is not None and idle, f"no reply for: {code[:60]}"
    assert reply["status"] == "ok", f"{code[:60]!r} failed: {reply.get('ename')}: {reply.get('evalue')}"
    return outputs


def test_explore_notebook_runs_in_a_real_jupyter_server(server):
    base, token = server
    listing = _api(base, token, "/api/contents/")
    names = {item["name"] for item in listing["content"]}
    assert {"briefing.ipynb", "explore.ipynb"} <= names
    nb = _api(base, token, "/api/contents/explore.ipynb")
    assert nb["type"] == "notebook"
    kernel_name = nb["content"]["metadata"]["kernelspec"]["name"]
    assert kernel_name == "briefing"
    specs = _api(base, token, "/api/kernelspecs")
    assert "briefing" in specs["kernelspecs"], "the project's kernel is not registered in the JupyterLab environment"
    # a session, as JupyterLab opens one: the kernel starts in the notebook's folder
    session = _api(base, token, "/api/sessions", "POST",
                   {"path": "explore.ipynb", "type": "notebook", "name": "explore.ipynb", "kernel": {"name": kernel_name}})
    kernel = session["kernel"]
    ws = websocket.create_connection(
        f"{base.replace('http', 'ws')}/api/kernels/{kernel['id']}/channels?token={token}", timeout=TIMEOUT)
    try:
        code_cells = [c for c in nb["content"]["cells"] if c["cell_type"] == "code"]
        assert len(code_cells) >= 8
        results = [_execute(ws, cell["source"]) for cell in code_cells]
    finally:
        ws.close()
        _api(base, token, f"/api/sessions/{session['id']}", "DELETE")
    assert not any(o["msg_type"] == "error" for out in results for o in out)
    html = json.dumps([o["content"] for out in results for o in out])
    for fact in ("Russia", "Taliban", "Zabihullah Mujahid", "critical_minerals"):
        assert fact in html, fact
    widget_outputs = [o for out in results for o in out
                      if "application/vnd.jupyter.widget-view+json" in o["content"].get("data", {})]
    assert len(widget_outputs) == 2  # the actor and the stake pickers
