"""briefing: turn geopolitical news articles into briefings on their economic and geopolitical
stakes.

Layers (imports point one way): ingest → extract → store → charts/tables → report → cli.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
