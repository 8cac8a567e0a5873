"""Exchange: package part of a project for an institution, and merge copies back.

No Qt here; the CLI (``commands/exchange.py``) and the GUI (``ui/actions/exchange.py``)
are thin faces over these functions. The merge's design is in ``merge.py`` and
``docs/exchange.md``.
"""

from .conflicts import ConflictView, list_conflicts, settle
from .errors import Cancelled, ExchangeError
from .merge import EntityCounts, MergeSummary, merge
from .package import PackageSummary, find_institution, package
from .restore_point import (
    RestorePoint,
    RestorePointError,
    merge_with_restore_point,
    restore,
    restore_points,
)

__all__ = [
    "Cancelled",
    "ConflictView",
    "EntityCounts",
    "ExchangeError",
    "MergeSummary",
    "PackageSummary",
    "RestorePoint",
    "RestorePointError",
    "find_institution",
    "list_conflicts",
    "merge",
    "merge_with_restore_point",
    "package",
    "restore",
    "restore_points",
    "settle",
]
