"""Keep Python's cycle collector from walking a big job's live objects again and again.

A publication or a report holds hundreds of thousands of live objects (the snapshot's rows,
the figures, the report's story) while it allocates millions of short-lived ones; with the
default thresholds full collections walk all of them (publication: 1.2-1.9 s CPU of some
11 s; report: time per page growing with the plan's size). Inside ``collector_relaxed``
collections run less often; objects are still freed by reference counting as before.

Jobs may overlap (a report and a publication in two workers), so the thresholds are raised
by the first job in and put back by the last one out, never by whichever ends first.
``freeze=True`` also moves what exists to the permanent generation while the job runs (the
report's layout: time per page flat), and the last job out releases it. That release also
hands back what a load froze (``ui.gc_pause``): a later full collection walks it once.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_active = 0
_frozen = False
_saved: tuple[int, int, int] | None = None


@contextlib.contextmanager
def collector_relaxed(freeze: bool = False) -> Iterator[None]:
    """Collect less often (and, with ``freeze``, skip what exists now) until the block ends."""
    global _active, _frozen, _saved
    with _lock:
        if _active == 0:
            _saved = gc.get_threshold()
            t = _saved
            gc.set_threshold(max(t[0], 50_000), t[1], max(t[2], 50))
        _active += 1
        if freeze:
            gc.freeze()
            _frozen = True
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                if _saved is not None:
                    gc.set_threshold(*_saved)
                if _frozen:
                    gc.unfreeze()
                    _frozen = False


def refreeze() -> None:
    """Inside ``collector_relaxed(freeze=True)``: freeze what the job built so far too."""
    with _lock:
        if _active:
            gc.freeze()
