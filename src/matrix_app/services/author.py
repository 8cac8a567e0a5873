"""Who is editing: the name written to the change journal."""

from __future__ import annotations

import getpass
import os


def resolve_author(configured: str | None = None) -> str:
    """The configured name (settings), else ``MATRIX_AUTHOR``, else the OS user name."""
    for candidate in (configured, os.environ.get("MATRIX_AUTHOR")):
        if candidate and candidate.strip():
            return candidate.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry, e.g. in some containers
        return "unknown"
