"""The mode a newly written user file gets: what ``open()`` would give it under the umask.

Files written through ``tempfile.mkstemp`` (to replace the target atomically) are created
0600; a report, workbook or project copy is meant to be shared, so it is set to this mode
before it takes the target's name.
"""

from __future__ import annotations

import os


def _umask() -> int:
    """The process umask, read without changing it where the OS allows (``os.umask`` sets it
    to 0 for a moment, which a file created meanwhile on another thread would inherit)."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def default_file_mode() -> int:
    """rw for everyone the umask allows (0644 under the usual umask 022)."""
    return 0o666 & ~_umask()


def share(path: str | os.PathLike[str]) -> None:
    """Give a file written through mkstemp the mode a plain ``open()`` would have given it."""
    os.chmod(path, default_file_mode())
