"""Where the fault tests write their figures; docs/reliability.md quotes the last run.

A test run writes them under its own tmp_path, never into the working tree; to keep them, set
``MATRIX_FIGURES=DIR`` (e.g. ``MATRIX_FIGURES=build/reliability pytest -m slow``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from pathlib import Path


def figures_dir(tmp_path: Path) -> Path:
    """``MATRIX_FIGURES`` if set, else the test's own ``tmp_path``."""
    chosen = os.environ.get("MATRIX_FIGURES")
    return Path(chosen) if chosen else tmp_path


def record(name: str, data: dict[str, object], tmp_path: Path) -> Path:
    out_dir = figures_dir(tmp_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{name}.json"
    meta = {
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "when": time.strftime("%Y-%m-%d %H:%M"),
    }
    out.write_text(json.dumps({**data, **meta}, indent=2) + "\n")
    return out
