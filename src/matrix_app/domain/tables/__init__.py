"""The project file's tables, one module per area; ``domain.models`` gathers them.

SQLModel adds a table to its metadata when the class is defined, so the modules are imported
here in one fixed order: the metadata (and the DDL made from it) keeps the same table order
whichever table module is imported first. No ``from __future__ import annotations`` in these
modules: SQLModel reads the field annotations at class creation.
"""

from . import row  # noqa: F401  (isort: skip)
from . import plans  # noqa: F401  (isort: skip)
from . import indicators  # noqa: F401  (isort: skip)
from . import evidence  # noqa: F401  (isort: skip)
from . import texts  # noqa: F401  (isort: skip)
from . import journal  # noqa: F401  (isort: skip)
