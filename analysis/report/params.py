"""Notebook parameters: read the typed ``parameters`` cell, validate values before any kernel
starts. An unknown or ill-typed parameter is an error naming it and listing the valid ones."""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..errors import ParameterError

__all__ = ["Parameter", "read_parameters", "validate", "coerce"]

_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "list[str]": list}


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    default: object
    help: str

    def describe(self) -> str:
        return f"{self.name} ({self.type}, default {self.default!r}): {self.help}"


def read_parameters(notebook: str | Path) -> dict[str, Parameter]:
    """The parameters declared in the notebook's cell tagged ``parameters``:
    ``name: type = default  # help: what it is``."""
    nb = nbformat.read(str(notebook), as_version=4)
    cell = next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        raise ParameterError("the notebook has no cell tagged 'parameters'", path=notebook,
                             hint="tag the cell that declares the parameters with 'parameters'")
    lines = cell.source.splitlines()
    params: dict[str, Parameter] = {}
    for node in ast.parse(cell.source).body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        kind = ast.unparse(node.annotation)
        if kind not in _TYPES:
            raise ParameterError(f"parameter {node.target.id!r} has unsupported type {kind!r}",
                                 path=notebook, hint=f"use one of {', '.join(_TYPES)}")
        line = lines[node.lineno - 1]
        help_text = line.split("# help:", 1)[1].strip() if "# help:" in line else ""
        if not help_text:
            raise ParameterError(f"parameter {node.target.id!r} has no '# help:' comment",
                                 path=notebook, hint="end its line with '# help: what it is'")
        default = ast.literal_eval(node.value) if node.value is not None else None
        params[node.target.id] = Parameter(node.target.id, kind, default, help_text)
    return params


def _valid_list(declared: dict[str, Parameter]) -> str:
    return "; ".join(p.describe() for p in declared.values())


def validate(values: dict[str, object], declared: dict[str, Parameter]) -> dict[str, object]:
    """Check names and types; return the full parameter set (defaults filled in)."""
    for name, value in values.items():
        if name not in declared:
            raise ParameterError(f"unknown parameter {name!r}",
                                 hint=f"valid parameters are: {_valid_list(declared)}")
        p = declared[name]
        expected = _TYPES[p.type]
        ok = isinstance(value, expected) and not (expected is int and isinstance(value, bool))
        if ok and p.type == "list[str]":
            ok = all(isinstance(v, str) for v in value)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            ok = True
        if not ok:
            raise ParameterError(
                f"parameter {name!r} must be {p.type}, not {type(value).__name__} ({value!r})",
                hint=f"valid parameters are: {_valid_list(declared)}")
    return {name: values.get(name, p.default) for name, p in declared.items()}


def coerce(raw: str, name: str, declared: dict[str, Parameter]) -> object:
    """Turn a command-line ``name=value`` string into the declared type."""
    if name not in declared:
        raise ParameterError(f"unknown parameter {name!r}",
                             hint=f"valid parameters are: {_valid_list(declared)}")
    kind = declared[name].type
    try:
        if kind == "str":
            return raw
        if kind in ("list", "list[str]"):
            if raw.startswith("["):
                return json.loads(raw)
            return [part.strip() for part in raw.split(",") if part.strip()]
        if kind == "bool":
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        return _TYPES[kind](raw)
    except ValueError:
        raise ParameterError(f"parameter {name!r} must be {kind}, got {raw!r}",
                             hint=f"valid parameters are: {_valid_list(declared)}") from None
