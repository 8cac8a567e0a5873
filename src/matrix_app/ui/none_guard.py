"""Keep ``None`` alive under PySide6 6.12 on CPython 3.11.

Shiboken 6.12 returns ``None`` from every void method without taking a new reference. On
CPython 3.12+ ``None`` is immortal, so that is harmless; on 3.11 each call (``setText``,
``show``, ``resizeRowsToContents`` ...) drops one reference to ``None`` and after some
thousands of calls the interpreter aborts with "none_dealloc: deallocating None".
Giving ``None`` a very large reference count makes it as good as immortal, as on 3.12.
"""

from __future__ import annotations

import ctypes
import sys

#: Head-room of references: ~10^12 void calls before it could run out.
HEADROOM = 1 << 40


def protect_none() -> None:
    """Make ``None`` effectively immortal on CPython before 3.12 (no-op elsewhere)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM  # the GIL is held: nothing else changes it meanwhile
