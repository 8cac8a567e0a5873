"""Keep Python's cycle collector from walking a publication's rows again and again.

A 2000-commitment publication holds about a million live objects (the snapshot's rows, the
figures) while it allocates millions of short-lived dicts and strings for the pages; with
the default thresholds every full collection walks all of them (1.2-1.9 s CPU of some 11 s,
measured with the collector off). As the PDF report does (``report.builder``), what is
loaded is frozen (moved out of the collector's sight) and collections run less often; the
pages' objects are freed by reference counting as before.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_relaxed() -> Iterator[None]:
    """Freeze what exists and collect less often until the block ends (``gc.freeze()``
    again inside, after a big load, freezes that too)."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], 50_000), thresholds[1], max(thresholds[2], 50))
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
