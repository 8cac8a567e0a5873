"""Stable file and anchor names for rows in the published site."""

from __future__ import annotations

import hashlib
import re

_HEX_ID = re.compile(r"[0-9a-f]{32}")


def slug(row_id: str) -> str:
    """A file-name-safe, stable name for a row (ids are 32 hex digits; anything else hashed)."""
    return row_id if _HEX_ID.fullmatch(row_id or "") else hashlib.sha1(row_id.encode()).hexdigest()
