"""Helpers shared by the fault tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import event


def file_sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class PageLimit:
    """Make the project's disk "full": no connection may grow the file past a page count.

    ``PRAGMA max_page_count`` is per connection, so the engine's pool is emptied and every
    new connection gets the limit; ``lift()`` empties the pool again so the next
    connections write freely (the same Project goes on working).
    """

    def __init__(self, project) -> None:
        self.engine = project.file.engine
        self.pages: int | None = None
        event.listen(self.engine, "connect", self._on_connect)

    def _on_connect(self, conn, _record) -> None:
        if self.pages is not None:
            conn.execute(f"PRAGMA max_page_count={self.pages}")

    def set(self, extra_pages: int = 0) -> None:
        self.engine.dispose()
        with self.engine.connect() as c:
            count = c.exec_driver_sql("PRAGMA page_count").scalar()
        self.engine.dispose()
        self.pages = int(count) + extra_pages

    def lift(self) -> None:
        self.pages = None
        self.engine.dispose()

    def remove(self) -> None:
        event.remove(self.engine, "connect", self._on_connect)


@pytest.fixture
def page_limit(small_project):
    limit = PageLimit(small_project)
    yield limit
    limit.remove()
