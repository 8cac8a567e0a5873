"""What every subcommand shares: exit codes, error printing, opening a project."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..messages import MatrixError, current_language

OK, FOUND_PROBLEMS, BAD_INPUT = 0, 1, 2


def fail(error: MatrixError | str) -> int:
    """Print one clear sentence on stderr and return the bad-input exit code."""
    text = error.message(current_language()) if isinstance(error, MatrixError) else error
    print(f"matrix-app: {text}", file=sys.stderr)
    return BAD_INPUT


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def open_project(path: str, read_only: bool = False):
    from ..services.project import Project

    return Project.open(Path(path), read_only=read_only)
