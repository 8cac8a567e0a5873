"""Where the fault tests write their figures; docs/reliability.md quotes the last run."""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "build" / "reliability"


def record(name: str, data: dict[str, object]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"{name}.json"
    meta = {
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "when": time.strftime("%Y-%m-%d %H:%M"),
    }
    out.write_text(json.dumps({**data, **meta}, indent=2) + "\n")
    return out
