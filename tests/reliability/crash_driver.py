"""Child process of the crash harness: edits a project until it is killed.

Usage: ``python crash_driver.py FILE COPIES_DIR START SEED``. Before each operation it prints
``TRY <n> <kind>``; after the operation's transaction has committed it prints
``ACK <n> <kind> <json>`` (what it wrote), flushing both, so the parent knows exactly which
operations were acknowledged to the user when it killed this process with SIGKILL.

Operations are plug-ins (``OPERATIONS``): plain edits, a multi-row batch written the way
the importer writes (``Writer.bulk_create`` in one transaction), a target revision, a
delete, and "save a copy". Features that exist on the branch (Excel import, merge) add
their own operations in ``optional_operations``.
"""

from __future__ import annotations

import importlib.util
import json
import random
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from matrix_app.domain import models as m
from matrix_app.services.project import Project

Operation = Callable[["Context", int], dict[str, Any]]

#: The institution that leads the test commitment (packages are cut for it).
INSTITUTION = "Crash Test Agency"


class Context:
    """What operations share: the project, the ids they edit, where copies go."""

    def __init__(self, project: Project, copies: Path, rnd: random.Random) -> None:
        self.project = project
        self.copies = copies
        self.rnd = rnd
        self.commitment = project.rows(m.Commitment)[0]
        self.purpose = project.rows(m.Result, level="purpose")[0]
        self.indicator = project.rows(m.Indicator)[0]
        self.target = project.rows(m.Target)[0]
        self.created: list[str] = []  # measurements created by this run, candidates for delete


def op_measure(ctx: Context, n: int) -> dict[str, Any]:
    row = ctx.project.create(
        m.Measurement, indicator_id=ctx.indicator.id, value=float(n), comment=f"op-{n}"
    )
    ctx.created.append(row.id)
    return {"id": row.id, "value": float(n), "comment": f"op-{n}"}


def op_retitle(ctx: Context, n: int) -> dict[str, Any]:
    ctx.project.update(m.Commitment, ctx.commitment.id, title=f"title-{n}")
    return {"title": f"title-{n}"}


def batch_size(n: int) -> int:
    """Rows in operation n's batch; the parent computes it too, to check all-or-nothing."""
    return 100 + (n * 397) % 1400


def op_batch(ctx: Context, n: int) -> dict[str, Any]:
    """Many rows in one transaction, as an import writes them: all of them or none."""
    size = batch_size(n)
    tag = f"batch-{n}"
    pad = "x" * ctx.rnd.randint(50, 400)
    with ctx.project.write() as w:
        output = w.create(
            m.Result,
            commitment_id=ctx.commitment.id,
            level="output",
            parent_id=ctx.purpose.id,
            narrative=tag,
        )
        w.bulk_create(
            m.Measurement,
            [
                {
                    "indicator_id": ctx.indicator.id,
                    "commitment_id": ctx.commitment.id,
                    "value": float(i),
                    "comment": tag,
                    "reported_by": pad,
                }
                for i in range(size)
            ],
        )
    return {"tag": tag, "measurements": size, "output": output.id}


def op_revise(ctx: Context, n: int) -> dict[str, Any]:
    ctx.project.revise_target(ctx.target.id, float(n), "2016-06-30", f"revision-{n}")
    return {"value": float(n), "reason": f"revision-{n}"}


def op_delete(ctx: Context, n: int) -> dict[str, Any]:
    if not ctx.created:
        return op_measure(ctx, n)
    row_id = ctx.created.pop(ctx.rnd.randrange(len(ctx.created)))
    ctx.project.delete(m.Measurement, row_id)
    return {"deleted": row_id}


def op_copy(ctx: Context, n: int) -> dict[str, Any]:
    dest = ctx.copies / f"copy-{n}.nap"
    ctx.project.file.save_copy(dest)
    return {"copy": dest.name}


#: kind -> (operation, weight)
OPERATIONS: dict[str, tuple[Operation, int]] = {
    "measure": (op_measure, 6),
    "retitle": (op_retitle, 3),
    "batch": (op_batch, 3),
    "revise": (op_revise, 2),
    "delete": (op_delete, 2),
    "copy": (op_copy, 1),
}


def op_import(ctx: Context, n: int) -> dict[str, Any]:
    """Import a workbook (exported from another project) that adds a whole commitment."""
    from matrix_app.services.excel.export import export_workbook
    from matrix_app.services.excel.importing import import_workbook

    tag, size = f"imp-{n}", batch_size(n) // 4
    work = ctx.copies / f"import-{n}"
    work.mkdir()
    with Project.new(work / "source.nap", title=tag) as src, src.write() as w:
        plan = w.create(m.ActionPlan, title=tag)
        c = w.create(m.Commitment, plan_id=plan.id, code=tag, title=tag)
        r = w.create(m.Result, commitment_id=c.id, level="purpose", narrative=tag)
        ind = w.create(m.Indicator, result_id=r.id, name=tag)
        w.bulk_create(
            m.Measurement,
            [
                {"indicator_id": ind.id, "commitment_id": c.id, "value": i, "comment": tag}
                for i in range(size)
            ],
        )
    with Project.open(work / "source.nap") as src:
        export_workbook(src, work / "in.xlsx")
    import_workbook(ctx.project, work / "in.xlsx")
    shutil.rmtree(work)
    return {"tag": tag, "measurements": size, "commitment": c.id}


def op_merge(ctx: Context, n: int) -> dict[str, Any]:
    """Package the commitment for an institution, edit the package, merge it back."""
    from matrix_app.services.exchange.merge import merge
    from matrix_app.services.exchange.package import package

    tag, size = f"merge-{n}", batch_size(n) // 4
    pkg = ctx.copies / f"package-{n}.nap"
    package(ctx.project, pkg, INSTITUTION)
    with Project.open(pkg, author="agency") as other, other.write() as w:
        ind = other.rows(m.Indicator)[0]
        w.bulk_create(
            m.Measurement,
            [
                {
                    "indicator_id": ind.id,
                    "commitment_id": ind.commitment_id,
                    "value": i,
                    "comment": tag,
                }
                for i in range(size)
            ],
        )
    merge(ctx.project, pkg)
    pkg.unlink()
    return {"tag": tag, "measurements": size}


def optional_operations() -> dict[str, tuple[Operation, int]]:
    """Operations of features that may not be on this branch yet (Excel import, merge)."""
    ops: dict[str, tuple[Operation, int]] = {}
    if importlib.util.find_spec("matrix_app.services.excel") is not None:
        ops["import"] = (op_import, 2)
    if importlib.util.find_spec("matrix_app.services.exchange") is not None:
        ops["merge"] = (op_merge, 2)
    return ops


def main(argv: list[str]) -> int:
    path, copies, start, seed = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    rnd = random.Random(seed)
    project = Project.open(path)
    if project.read_only:
        print(f"READONLY {project.read_only_why}", flush=True)
        return 3
    if seed % 2:
        # A small page cache makes big transactions spill into the file before COMMIT,
        # so a kill mid-transaction leaves a half-written file and a hot journal behind.
        project.file.engine.dispose()
        event.listen(
            project.file.engine,
            "connect",
            lambda conn, _: conn.execute("PRAGMA cache_size=20"),
        )
    ctx = Context(project, copies, rnd)
    ops = {**OPERATIONS, **optional_operations()}
    kinds = list(ops)
    weights = [ops[k][1] for k in kinds]
    print("READY", flush=True)
    n = start
    while True:
        kind = rnd.choices(kinds, weights)[0]
        print(f"TRY {n} {kind}", flush=True)
        payload = ops[kind][0](ctx, n)
        print(f"ACK {n} {kind} {json.dumps(payload)}", flush=True)
        n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
