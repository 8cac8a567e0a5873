"""Start real second processes (a writer, the CLI) against a project file."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from matrix_app.domain import models as m
from matrix_app.services.project import Project

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"


def child_env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SRC), "MATRIX_LANG": "en", **extra}


def make_project(path: Path) -> Path:
    with Project.new(path, title="Two instances") as p:
        plan = p.create(m.ActionPlan, title="plan")
        c = p.create(m.Commitment, plan_id=plan.id, title="commitment")
        r = p.create(m.Result, commitment_id=c.id, level="purpose")
        p.create(m.Indicator, result_id=r.id, name="indicator")
    return path


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "matrix_app", *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=timeout,
    )


class Writer:
    """``writer_child.py`` in its own process; ``lines`` fills as it acknowledges commits."""

    def __init__(
        self, path: Path, name: str, count: int = 0, no_lock: bool = False, step: bool = False
    ) -> None:
        args = [sys.executable, str(HERE / "writer_child.py"), str(path), name, str(count)]
        if no_lock:
            args.append("--no-lock")
        if step:
            args.append("--step")
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.acked = threading.Condition()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        assert self.ready.wait(60), "writer did not start"

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self.acked:
                self.lines.append(line.rstrip("\n"))
                self.acked.notify_all()
            if line.startswith("READY"):
                self.ready.set()

    @property
    def state(self) -> str:
        return self.lines[0].split(" ", 1)[1]

    def acks(self) -> dict[str, str]:
        with self.acked:
            return {p[1]: p[2] for p in (ln.split() for ln in self.lines) if p[0] == "ACK"}

    def wait_acks(self, n: int, timeout: float = 60) -> None:
        with self.acked:
            assert self.acked.wait_for(
                lambda: sum(ln.startswith("ACK") for ln in self.lines) >= n, timeout
            ), self.lines[-3:]

    def edit(self) -> None:
        """With ``step``: make one edit and wait until it is committed."""
        n = len(self.acks())
        assert self.proc.stdin is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        self.wait_acks(n + 1)

    def stop(self, timeout: float = 60) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        code = self.proc.wait(timeout)
        self._thread.join(10)
        err = self.proc.stderr.read() if self.proc.stderr else ""
        if self.proc.stderr:
            self.proc.stderr.close()
        assert code in (0, 3), err
        return code


def run_on_read_only_folder(folder: Path, code: str) -> subprocess.CompletedProcess | None:
    """Run ``python -c code`` in a child that sees ``folder`` (and its files) read-only.

    Not root: the files and folder lose their write permission. Root ignores permissions,
    so then the folder is bind-mounted read-only in a private mount namespace. None when
    neither can be done here.
    """
    py = [sys.executable, "-c", code]
    if os.geteuid() != 0:
        for f in folder.iterdir():
            f.chmod(0o444)
        folder.chmod(0o555)
        try:
            return subprocess.run(py, capture_output=True, text=True, env=child_env(), timeout=60)
        finally:
            folder.chmod(0o755)
            for f in folder.iterdir():
                f.chmod(0o644)
    if not shutil.which("unshare"):
        return None
    quoted = " ".join(shlex.quote(a) for a in py)
    script = (
        f"mount --bind {shlex.quote(str(folder))} {shlex.quote(str(folder))} && "
        f"mount -o remount,ro,bind {shlex.quote(str(folder))} {shlex.quote(str(folder))} && "
        f"exec {quoted}"
    )
    run = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
    )
    if "mount" in run.stderr and run.returncode != 0 and "Traceback" not in run.stderr:
        return None
    return run
