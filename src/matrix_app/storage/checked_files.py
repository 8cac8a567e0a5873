"""Which project files this installation has checked (or last written) and not seen change.

The content check (content_check.py) reads every row and SQLite's ``integrity_check``
every page, together seconds on a very large project, and they only need to run on a file
that something other than this application may have written (a torn copy is a new file):
a received file, a copy, or our own file edited by another program. So the files this
installation checked or wrote are remembered by what the file system says of them
(device, inode, size, modification time) and by SQLite's own change counter in the
header, which every committed write by any SQLite program increments. A file whose marks
all still match is the one we left; anything else is checked again. Git's index trusts
a working tree file in the same way.

The record lives in the user's own state folder, never in the project (a file cannot vouch
for itself), and a missing or damaged record only means checking again.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from ..paths import state_dir

#: Files remembered at most (the oldest are forgotten first).
MAX_FILES = 200


def _record_path() -> Path:
    return state_dir() / "checked-files.json"


def _marks(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return None
    if len(head) < 100:
        return None
    counter = int.from_bytes(head[24:28], "big")
    valid_for = int.from_bytes(head[92:96], "big")
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, counter, valid_for]


def _load() -> dict[str, list[int]]:
    try:
        data = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def unchanged_since_checked(path: Path) -> bool:
    """True if ``path`` is exactly as this installation last checked or wrote it."""
    marks = _marks(path)
    return marks is not None and _load().get(str(Path(path).resolve())) == marks


def remember(path: Path) -> None:
    """Record ``path`` as checked, as it is now (best effort: a failure only costs a check)."""
    marks = _marks(path)
    if marks is None:
        return
    record = _load()
    key = str(Path(path).resolve())
    record.pop(key, None)
    record[key] = marks
    while len(record) > MAX_FILES:
        record.pop(next(iter(record)))
    target = _record_path()
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".checked-", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(record, fh)
            os.replace(tmp, target)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
