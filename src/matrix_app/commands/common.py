"""What every subcommand shares: exit codes, error printing, opening a project."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..messages import MatrixError, current_language

if TYPE_CHECKING:
    from ..services.project import Project

OK, FOUND_PROBLEMS, BAD_INPUT = 0, 1, 2


def fail(error: MatrixError | str) -> int:
    """Print one clear sentence on stderr and return the bad-input exit code."""
    text = error.message(current_language()) if isinstance(error, MatrixError) else error
    print(f"matrix-app: {text}", file=sys.stderr)
    return BAD_INPUT


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


@contextlib.contextmanager
def open_project(path: str, read_only: bool = False, verify: bool = False) -> Iterator[Project]:
    """Open a project; a read-only command reads an older-format file through an upgraded
    temporary copy (with a note), since looking at a file never changes it."""
    from ..services.project import Project
    from ..storage.errors import ProjectFileError
    from ..storage.projectfile import read_header, upgraded_copy

    given = Path(path)
    try:
        project = Project.open(given, read_only=read_only, verify=verify)
    except ProjectFileError as exc:
        if not read_only or exc.code != "old_read_only":
            raise
        found = read_header(given).user_version
        with upgraded_copy(given) as copy:
            note = ProjectFileError("old_read_copy", path=given, found=found)
            print(note.message(current_language()), file=sys.stderr)
            with Project.open(copy, read_only=True, verify=verify) as project:
                yield project
        return
    with project:
        yield project
