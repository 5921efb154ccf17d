"""Extraction ↔ the JSON contract ``briefing.extraction/1`` (and, later, tables)."""

from .jsonio import SCHEMA, to_dict, to_json

__all__ = ["SCHEMA", "to_dict", "to_json"]
