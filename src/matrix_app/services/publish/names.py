"""Stable file, page and anchor names for rows in the published site, and the names shown
for institutions (the same on every page and in every language)."""

from __future__ import annotations

import hashlib
import re

from ...domain import models as m
from ..evidence_files import is_executable, safe_file_name

_HEX_ID = re.compile(r"[0-9a-f]{32}")


def slug(row_id: str) -> str:
    """A file-name-safe, stable name for a row (ids are 32 hex digits; anything else hashed)."""
    return row_id if _HEX_ID.fullmatch(row_id or "") else hashlib.sha1(row_id.encode()).hexdigest()


def commitment_page(c: m.Commitment) -> str:
    return f"commitments/{slug(c.id)}.html"


def institution_page(i: m.Institution) -> str:
    return f"institutions/{slug(i.id)}.html"


def evidence_path(e: m.Evidence) -> str | None:
    """Where a file evidence is copied in the site (None: not published)."""
    if e.kind != "file" or not e.sha256 or is_executable(e.file_name):
        return None
    return f"files/{e.sha256[:16]}/{safe_file_name(e.file_name)}"


def inst_name(i: m.Institution) -> str:
    return i.name + (f" ({i.acronym})" if i.acronym and i.acronym != i.name else "")
