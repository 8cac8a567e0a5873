"""Runs inside a private mount namespace on a tiny tmpfs (see test_full_filesystem):
fills the disk for real, then edits, imports and copies, printing what happened as JSON."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from matrix_app.domain import models as m
from matrix_app.services.evidence_attach import attach_files
from matrix_app.services.project import Project
from matrix_app.storage.errors import ProjectFileError


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def attempt(fn) -> str:
    try:
        fn()
    except ProjectFileError as exc:
        return exc.code
    return "ok"


def main(folder: Path) -> None:
    out: dict[str, object] = {}
    project = Project.new(folder / "full.nap", title="Full disk")
    plan = project.create(m.ActionPlan, title="plan")
    c = project.create(m.Commitment, plan_id=plan.id, title="before")
    r = project.create(m.Result, commitment_id=c.id, level="purpose")
    ind = project.create(m.Indicator, result_id=r.id, name="i")
    # Evidence files to attach once the disk is full: read from memory-backed /dev/shm when
    # there is one (the tiny disk cannot hold them), else from the tiny disk before filling.
    shm = Path("/dev/shm")
    docs = Path(shm if shm.is_dir() else folder) / f"fullfs-docs-{folder.name}"
    docs.mkdir(exist_ok=True)
    evidence = [docs / f"acta-{i}.pdf" for i in range(3)]
    for i, doc in enumerate(evidence):
        doc.write_bytes(b"%PDF-1.4\n" + bytes([i]) * 300_000)
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    before = sha(project.path)
    out["edit"] = attempt(
        lambda: project.create(m.Measurement, indicator_id=ind.id, comment="x" * 90_000)
    )
    out["update"] = attempt(lambda: project.update(m.Commitment, c.id, title="y" * 90_000))

    def batch() -> None:
        with project.write() as w:
            w.bulk_create(
                m.Measurement,
                [{"indicator_id": ind.id, "commitment_id": c.id, "value": i} for i in range(5000)],
            )

    out["import"] = attempt(batch)
    out["evidence"] = attempt(lambda: attach_files(project, c.id, evidence))
    out["copy"] = attempt(lambda: project.file.save_copy(folder / "copy.nap"))
    out["unchanged"] = sha(project.path) == before
    out["leftovers"] = sorted(
        p.name for p in folder.iterdir() if p.name not in ("full.nap", "filler.bin", docs.name)
    )
    filler.unlink()
    out["after_free"] = attempt(lambda: project.update(m.Commitment, c.id, title="after"))
    out["title"] = project.get(m.Commitment, c.id).title
    out["measurements"] = len(project.rows(m.Measurement))
    out["evidence_rows"] = len(project.rows(m.Evidence))
    for doc in evidence:
        doc.unlink()
    docs.rmdir()
    project.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
