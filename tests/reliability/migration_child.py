"""Opens an old-format project with a synthetic migration to the next version that stops halfway:
``python migration_child.py FILE fail|hang``. ``fail`` raises after changing rows; ``hang``
prints HALFWAY and waits to be killed (SIGKILL) in the middle of the migration."""

from __future__ import annotations

import json
import sys
import time

from matrix_app.storage import migrations
from matrix_app.storage.errors import ProjectFileError
from matrix_app.storage.projectfile import open_project_file


def half_migration(mode: str):
    def step(conn) -> None:
        conn.execute("ALTER TABLE commitment ADD COLUMN scratch_budget REAL")
        conn.execute("UPDATE commitment SET title = upper(title), scratch_budget = 1")
        conn.execute("CREATE TABLE scratch(x)")
        conn.executemany("INSERT INTO scratch VALUES (?)", [(i,) for i in range(20000)])
        if mode == "hang":
            print("HALFWAY", flush=True)
            time.sleep(600)
        raise RuntimeError("the last step stopped halfway")

    return step


def main(path: str, mode: str) -> int:
    current = migrations.SCHEMA_VERSION
    migrations.MIGRATIONS = {**migrations.MIGRATIONS, current: half_migration(mode)}
    migrations.SCHEMA_VERSION = current + 1
    try:
        open_project_file(path).close()
    except ProjectFileError as exc:
        print(json.dumps({"code": exc.code, "en": exc.message("en"), "es": exc.message("es")}))
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
