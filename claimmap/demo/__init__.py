"""The bundled fictional demo corpus (the project's own text, free to ship and test on)."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def corpus_path() -> Path:
    return Path(str(files("claimmap.demo") / "corpus"))
