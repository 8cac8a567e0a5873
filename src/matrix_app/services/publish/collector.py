"""Keep Python's cycle collector from walking a publication's rows again and again.

A 2000-commitment publication holds about a million live objects (the snapshot's rows, the
figures) while it allocates millions of short-lived dicts and strings for the pages; with
the default thresholds the collector ran often and its full collections walked all of them
(1.2-1.9 s CPU of some 11 s, measured with the collector off). As the PDF report does
(``report.builder``), collections run less often during a publication; the pages' objects
are freed by reference counting as before. Nothing is frozen: ``gc.unfreeze()`` afterwards
would also release what the GUI froze after loading the project (``ui.project_data``), and
freezing for good would keep any cycle of the publication alive; measured, freezing the
snapshot saved no more than the thresholds alone (within the noise of 2 shared cores).
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_relaxed() -> Iterator[None]:
    """Collect less often until the block ends (the thresholds are put back after)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 50_000), thresholds[1], max(thresholds[2], 50))
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
