"""A second program editing a project: ``python writer_child.py FILE NAME COUNT [--no-lock]
[--step]``.

Creates COUNT measurements (COUNT 0: until its standard input closes), printing ``ACK <id>
<comment>`` after each commit, or ``BUSY <comment>`` when the file stayed locked by another
writer past the busy timeout. ``--step`` makes one edit per line read from standard input, as
a person does (an edit, then a pause), so that a test can act between two edits for sure. ``--no-lock`` skips our edit lock, as a program that does not
know about it (or Windows, where there is none) would: SQLite's own locking must then keep
the file whole.
"""

from __future__ import annotations

import sys
import threading

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage import lock
from matrix_app.storage.errors import ProjectFileError


def main(argv: list[str]) -> int:
    path, name, count = argv[0], argv[1], int(argv[2])
    if "--no-lock" in argv:
        lock.EditLock.acquire = lambda self: True  # type: ignore[method-assign]
    project = Project.open(path)
    print(f"READY {project.read_only_why or 'editing'}", flush=True)
    if project.read_only:
        return 3
    indicator = project.rows(m.Indicator)[0]
    stop = threading.Event()
    step = "--step" in argv
    if count == 0 and not step:
        threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    i = 0
    while (count == 0 and not stop.is_set()) or i < count:
        if step and not sys.stdin.readline():
            break
        comment = f"{name}-{i}"
        try:
            row = project.create(m.Measurement, indicator_id=indicator.id, value=i, comment=comment)
            print(f"ACK {row.id} {comment}", flush=True)
        except ProjectFileError as exc:
            print(f"BUSY {comment} {exc.code}", flush=True)
        i += 1
    project.close()
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
