"""Runs in a private mount namespace (see test_failed_write_truth.py): opens a project for
editing, then its folder turns read-only under it (a remount, as when a USB stick is locked
or a share goes read-only), then edits; prints the error codes and messages as JSON."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from matrix_app.domain import models as m
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError


def main(folder: Path) -> None:
    project = Project.new(folder / "p.nap", title="Read-only later")
    plan = project.create(m.ActionPlan, title="plan")
    before = hashlib.sha256((folder / "p.nap").read_bytes()).hexdigest()
    for cmd in (
        ["mount", "--bind", str(folder), str(folder)],
        ["mount", "-o", "remount,ro,bind", str(folder), str(folder)],
    ):
        subprocess.run(cmd, check=True)
    out: dict[str, object] = {}
    try:
        project.update(m.ActionPlan, plan.id, title="changed")
        out["edit"] = "ok"
    except ProjectFileError as exc:
        out["edit"] = exc.code
        out["en"], out["es"] = exc.message("en"), exc.message("es")
    out["unchanged"] = hashlib.sha256((folder / "p.nap").read_bytes()).hexdigest() == before
    out["title"] = project.get(m.ActionPlan, plan.id).title
    out["listing"] = sorted(p.name for p in folder.iterdir())
    project.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
