"""Runs inside a private mount namespace on a 2 MB tmpfs (see test_failed_write_truth.py):
a project with some content, the disk filled up to ``free_kib``, then the real command line
``matrix-app import-xlsx`` of a workbook that does not fit (``mode`` "import"), or
``matrix-app merge`` of a copy into which that workbook was imported elsewhere ("merge").
Prints what happened as JSON; the project file alone is copied out (``alone.nap``) as
someone e-mailing it would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from matrix_app.domain import models as m
from matrix_app.services.digest import content_digest
from matrix_app.services.project import Project


def digest(path: Path) -> str:
    with Project.open(path, read_only=True) as p, p.read() as s:
        return content_digest(s)


def main(folder: Path, out: Path, workbook: Path, free_kib: int, lang: str, mode: str) -> None:
    nap = folder / "project.nap"
    with Project.new(nap, title="Before the import") as project:
        plan = project.create(m.ActionPlan, title="NAP")
        c = project.create(m.Commitment, plan_id=plan.id, code="1", title="kept as it was")
        project.create(m.Result, commitment_id=c.id, level="purpose", narrative="purpose")
    before = digest(nap)
    theirs = out / "theirs.nap"
    if mode == "merge":  # the same project, changed a lot somewhere with room
        from matrix_app.services.excel.importing import import_workbook

        shutil.copyfile(nap, theirs)
        with Project.open(theirs, author="Luis") as p:
            import_workbook(p, workbook)
    command = ["import-xlsx", str(nap), str(workbook)]
    if mode == "merge":
        command = ["merge", str(nap), str(theirs)]
    size_before = nap.stat().st_size
    st = os.statvfs(folder)
    filler = folder / "filler.bin"
    with open(filler, "wb") as fh:
        fh.write(b"\0" * max(0, st.f_bavail * st.f_frsize - free_kib * 1024))
    run = subprocess.run(
        [sys.executable, "-m", "matrix_app", *command],
        capture_output=True,
        text=True,
        env={**os.environ, "MATRIX_LANG": lang},
        timeout=120,
    )
    listing = sorted(p.name for p in folder.iterdir() if p.name != "filler.bin")
    shutil.copyfile(nap, out / "alone.nap")  # the .nap alone, as it would be e-mailed
    size_after = nap.stat().st_size
    filler.unlink()
    print(
        json.dumps(
            {
                "rc": run.returncode,
                "stderr": run.stderr,
                "stdout": run.stdout,
                "listing": listing,
                "digest_before": before,
                "size_before": size_before,
                "size_after": size_after,
            }
        )
    )


if __name__ == "__main__":
    args = sys.argv[1:]
    main(Path(args[0]), Path(args[1]), Path(args[2]), int(args[3]), args[4], args[5])
