"""One way to ask "was Cancel pressed?", whatever the caller hands a long operation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def cancel_check(cancelled: Any) -> Callable[[], bool]:
    """Accept a callable, a threading.Event-like object, a flag, or None."""
    if cancelled is None:
        return lambda: False
    if hasattr(cancelled, "is_set"):
        return cancelled.is_set
    if callable(cancelled):
        return lambda: bool(cancelled())
    return lambda: bool(cancelled)
