"""Writes a big batch in one transaction and stops in the middle of it, to be killed:
``python hang_child.py FILE``. A tiny page cache makes the batch spill into the file before
COMMIT, so the kill leaves a half-written file and a hot rollback journal."""

from __future__ import annotations

import sys
import time

from sqlalchemy import event

from matrix_app.domain import models as m
from matrix_app.services.project import Project


def main(path: str) -> None:
    project = Project.open(path)
    project.file.engine.dispose()
    event.listen(project.file.engine, "connect", lambda c, _: c.execute("PRAGMA cache_size=10"))
    ind = project.rows(m.Indicator)[0]
    with project.write() as w:
        w.bulk_create(
            m.Measurement,
            [
                {"indicator_id": ind.id, "commitment_id": ind.commitment_id, "comment": "x" * 300}
                for _ in range(5000)
            ],
        )
        print("HALFWAY", flush=True)
        time.sleep(600)


if __name__ == "__main__":
    main(sys.argv[1])
