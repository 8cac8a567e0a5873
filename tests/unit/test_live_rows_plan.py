"""An edit re-reads a few commitments' rows through the commitment index, never by a scan
of a table of 100,000 rows (services/live_rows.py; bench/gui_edit.py)."""

from __future__ import annotations

import datetime as dt
import shutil

from sqlalchemy import event

from matrix_app.paths import sample_project
from matrix_app.services.project import Project
from matrix_app.ui.project_data import load_commitment_updates


def test_a_few_commitments_are_read_through_their_index(tmp_path):
    path = tmp_path / "sample.nap"
    shutil.copyfile(sample_project(), path)
    with Project.open(path, author="Ana") as p:
        with p.read() as s:
            cid = s.connection().exec_driver_sql("SELECT id FROM commitment LIMIT 1").scalar()
        seen: list[tuple[str, tuple]] = []

        def remember(conn, cursor, statement, parameters, context, executemany):
            if "commitment_id IN" in statement:
                seen.append((statement, tuple(parameters)))

        event.listen(p.file.engine, "before_cursor_execute", remember)
        try:
            updates = load_commitment_updates(p, {cid}, dt.date(2015, 9, 1))
        finally:
            event.remove(p.file.engine, "before_cursor_execute", remember)
        assert updates[cid] is not None
        read = {sql.split(" FROM ")[1].split()[0].strip('"') for sql, _ in seen}
        assert {"result", "indicator", "target", "measurement", "evidence"} <= read
        with p.read() as s:
            conn = s.connection()
            for sql, params in seen:
                if 'FROM "narrative"' in sql:  # the plans' own narratives too: a few hundred
                    continue
                plan = " ".join(
                    r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)
                )
                table = sql.split(" FROM ")[1].split()[0].strip('"')
                assert f"USING INDEX ix_{table}_commitment_id" in plan, (sql, plan)
