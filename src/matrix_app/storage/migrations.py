"""Schema versions and the steps between them.

``MIGRATIONS[n]`` upgrades a file from version n to n + 1. The steps run in order inside one
transaction, after a backup copy of the file has been written beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection

#: "MMNP" - written to the SQLite header so any tool can tell our files from others.
APPLICATION_ID = 0x4D4D4E50
SCHEMA_VERSION = 1
OLDEST_SUPPORTED = 1

MIGRATIONS: dict[int, Callable[[Connection], None]] = {}
