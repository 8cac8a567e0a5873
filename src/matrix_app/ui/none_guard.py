"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on CPython 3.11.

Shiboken 6.12 returns ``None`` from every void method without taking a new reference, and
``SignalInstance.emit()`` returns ``True`` the same way. On CPython 3.12+ these singletons
are immortal, so that is harmless; on 3.11 each call (``setText``, ``show``, every
``signal.emit(...)`` made from Python ...) drops one reference, and after some thousands of
calls the interpreter aborts with "none_dealloc: deallocating None" or "bool_dealloc:
deallocating True or False". The bool case struck at Ctrl+Q after a long session (issue 12):
each editor refresh emits ``dataChanged`` from Python a few times, and the missing
references ran out while the interpreter released everything at exit.
Giving the singletons a very large reference count makes them as good as immortal, as on 3.12.
"""

from __future__ import annotations

import ctypes
import sys

#: Head-room of references: ~10^12 unbalanced calls before one could run out.
HEADROOM = 1 << 40

#: The objects shiboken hands out without a reference.
SINGLETONS = (None, True, False)


def protect_none() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython before 3.12
    (no-op elsewhere)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for obj in SINGLETONS:
        refcount = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if refcount.value < HEADROOM:
            refcount.value += HEADROOM  # the GIL is held: nothing else changes it meanwhile
