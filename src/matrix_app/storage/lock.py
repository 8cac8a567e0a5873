"""An advisory lock that says "this file is open for editing in some window".

SQLite's own locks last only as long as a transaction; this one lasts as long as the file is
open, so a second window or program opens the file read-only instead of editing it at the
same time. It is an OS lock (``flock``), released by the OS if the process dies, so a crash
never leaves a stale lock. ``flock`` and SQLite's ``fcntl`` byte-range locks do not interact
on Linux and macOS. On Windows there is no such lock; SQLite's locking still prevents
corruption there.
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


class EditLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock without waiting; False if another holder has it."""
        if fcntl is None:
            return True
        fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the descriptor releases the flock
