"""Keep Python's cyclic garbage collector out of a big load (plain Python, no Qt).

Opening a project imports SQLAlchemy and reads 2,000 commitments: about a million new
objects. A collection meanwhile walks them all, holding the GIL - and so freezing the GUI
thread - for up to 90 ms each time; the GUI thread's collector (``gui_gc``) asks
``paused()`` and waits while any load runs. ``gc.freeze()`` at the end moves what exists to
the permanent generation, so no later collection walks the modules or the loaded rows either
(the rows are freed by reference counting when the next load replaces them).
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_active = 0


def paused() -> bool:
    """True while some thread is inside ``collector_paused``."""
    return _active > 0


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    global _active
    with _lock:
        _active += 1
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        with _lock:
            _active -= 1
        if was_enabled and not paused():
            gc.enable()
