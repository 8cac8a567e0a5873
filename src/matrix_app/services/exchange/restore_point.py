"""A merge can be undone: the project is copied just before it, and can be put back.

Where: beside the project, as ``NAME.before-merge-YYYYMMDD-HHMMSS.nap``, like the backup an
upgrade leaves (``NAME.v2-backup.nap``). Beside it rather than in the application's data
folder because

* restoring is then a rename on the same disk (atomic, instant, no second copy of a large
  file on a full disk), and ``copy_database`` already writes there through a temporary file;
* the user sees it where the project is, can open it, send it or delete it, and it moves
  with the folder (a synced or shared folder keeps the way back with the project);
* a merge needs the folder writable anyway (the rollback journal is created there), so a
  folder where the copy cannot be made is one where the merge could not run either.

Only the newest ``KEEP`` restore points of a project are kept (a coordinator merging twenty
packages would otherwise keep twenty copies). No copy, no merge: if the copy cannot be made
(disk full, folder read-only) the merge is refused and nothing is written. A merge that
changes nothing (the same file merged again) removes its restore point again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...messages import MatrixError
from ...storage import checked_files
from ...storage.errors import ProjectFileError
from ...storage.projectfile import copy_database, journal_path, open_project_file
from ..digest import content_digest
from ..project import Project
from .merge import MergeSummary, merge

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]

#: How many restore points of one project are kept beside it.
KEEP = 3

#: What a failed write to the project raises (``services.project._translate_db_error``).
_WRITE_FAILURES = ("disk_full", "write_failed", "read_only")
#: What ``after_failed_write`` says when the file is not verified as it was.
_NOT_AS_BEFORE = ("write_pending", "write_damaged", "write_changed", "write_unreachable")

_STAMP = re.compile(r"\.before-merge-(\d{8}-\d{6})(?:-\d+)?$")


class RestorePointError(MatrixError):
    TEMPLATES = {
        "no_copy": (
            "The merge was not started: a copy of {path} to undo it could not be made "
            "({reason}). Nothing was changed. Free some space or make the folder writable, "
            "then merge again.",
            "No se empezó la combinación: no se pudo hacer una copia de {path} para poder "
            "deshacerla ({reason}). No se modificó nada. Libere espacio o permita escribir en "
            "la carpeta y vuelva a combinar.",
        ),
        "missing": (
            "The restore point {copy} is no longer there; the merge cannot be undone.",
            "El punto de restauración {copy} ya no existe; la combinación no se puede deshacer.",
        ),
        "not_this_project": (
            "{copy} is not a copy of {path} (another project); nothing was changed.",
            "{copy} no es una copia de {path} (es otro proyecto); no se modificó nada.",
        ),
        "pending_journal": (
            "{path} has an unsaved change left half-done ({journal} beside it); open the "
            "project once so it is undone, then undo the merge. Nothing was changed.",
            "{path} tiene un cambio a medio guardar ({journal} a su lado); abra el proyecto "
            "una vez para que se deshaga y luego deshaga la combinación. No se modificó nada.",
        ),
        "merge_failed": (
            "{error} A copy of the project from just before the merge is at {copy}.",
            "{error} Hay una copia del proyecto de justo antes de la combinación en {copy}.",
        ),
    }

    def message(self, lang: str | None = None) -> str:
        inner = self.params.get("inner")
        if isinstance(inner, MatrixError):
            params, self.params = self.params, {**self.params, "error": inner.message(lang)}
            try:
                return super().message(lang)
            finally:
                self.params = params
        return super().message(lang)


@dataclass(frozen=True)
class RestorePoint:
    """The copy of ``project`` made before a merge, and the content it holds."""

    path: Path
    project: Path
    digest: str
    project_id: str

    def restore_hint(self, lang: str = "en") -> str:
        """How to put it back by hand (the command line has no undo)."""
        if lang == "es":
            return (
                f"Punto de restauración: {self.path}\n"
                f"Para deshacer la combinación, cierre el proyecto en la aplicación y "
                f"reemplace {self.project.name} por esa copia (por ejemplo: "
                f'cp "{self.path}" "{self.project}").'
            )
        return (
            f"Restore point: {self.path}\n"
            f"To undo the merge, close the project in the application and replace "
            f"{self.project.name} with that copy (for example: "
            f'cp "{self.path}" "{self.project}").'
        )


def restore_point_path(project_path: Path, now: dt.datetime | None = None) -> Path:
    now = now or dt.datetime.now()
    stem = f"{project_path.stem}.before-merge-{now:%Y%m%d-%H%M%S}"
    candidate = project_path.with_name(stem + project_path.suffix)
    n = 1
    while candidate.exists():
        n += 1
        candidate = project_path.with_name(f"{stem}-{n}{project_path.suffix}")
    return candidate


def restore_points(project_path: Path) -> list[Path]:
    """This project's restore points beside it, newest first."""
    project_path = Path(project_path)
    found = []
    for p in project_path.parent.glob(f"{project_path.stem}.before-merge-*{project_path.suffix}"):
        name = p.name[: -len(project_path.suffix)] if project_path.suffix else p.name
        m = _STAMP.search(name)
        if m and name[: m.start()] == project_path.stem:
            found.append((m.group(1), p.stat().st_mtime_ns, p))
    return [p for *_, p in sorted(found, reverse=True)]


def make_restore_point(project: Project, progress: Progress | None = None) -> RestorePoint:
    """Copy ``project`` (SQLite backup API: consistent while open) beside it, or refuse."""
    dest = restore_point_path(project.path)
    with project.read() as s:
        digest = content_digest(s)
    try:
        copy_database(project.path, dest, progress=progress)
    except ProjectFileError as exc:
        reason = _reason(exc)
        raise RestorePointError("no_copy", path=project.path, reason=reason) from exc
    if not project.read_only:
        # a project open for editing was checked when it opened and has been written by us
        # alone since (the edit lock): the copy we just made of it is as sound, and undoing
        # the merge need not check it again (2,000 commitments: 2 s the window waited)
        checked_files.remember(dest)
    return RestorePoint(dest, project.path, digest, project.project_id)


def _reason(exc: ProjectFileError) -> str:
    if exc.code in ("disk_full", "disk_full_copy"):
        from ...messages import current_language

        return "el disco está lleno" if current_language() == "es" else "the disk is full"
    return str(exc.params.get("detail") or exc.code)


def prune(project_path: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest ``keep`` restore points; returns the removed ones."""
    removed = []
    for old in restore_points(project_path)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
            removed.append(old)
    return removed


def merge_with_restore_point(
    project: Project,
    other_path: Path | str,
    prefer: str | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> tuple[MergeSummary, RestorePoint | None]:
    """Copy the project, then merge. Returns the summary and the restore point (None when the
    merge changed nothing: the copy is removed again).

    A merge that fails is rolled back and checked (``Project.after_failed_write``); the
    restore point is removed when the file is verified as it was, and kept - and named in
    the error - when it is not.
    """
    if project.read_only:
        return merge(project, other_path, prefer, progress, cancel), None  # refuses
    before = project.write_state()
    point = make_restore_point(project)
    try:
        summary = merge(project, other_path, prefer, progress, cancel)
    except ProjectFileError as exc:
        error = exc
        if exc.params.get("path") == project.path and exc.code in _WRITE_FAILURES:
            error = project.after_failed_write(exc, before)
        if error.code in _NOT_AS_BEFORE:  # not verified as it was: keep the way back
            raise RestorePointError("merge_failed", inner=error, copy=point.path) from exc
        _discard(point)
        raise error from exc
    except BaseException:
        _discard(point)
        raise
    if project.write_state() == before:
        _discard(point)
        return summary, None
    prune(project.path)
    return summary, point


def _discard(point: RestorePoint) -> None:
    with contextlib.suppress(OSError):
        point.path.unlink(missing_ok=True)


def restore(point: RestorePoint | Path, project_path: Path | None = None) -> Path:
    """Put the restore point back in place of the project file.

    The project must be closed (no engine, no edit lock). The copy is checked first (opens,
    ``integrity_check``, the same ``project_id``); then it is renamed over the project (an
    atomic rename; a copy through a temporary file if it is on another disk), so the project
    is either as it was or the restore point, never half of each. The restore point is used
    up: the project now is that copy.
    """
    copy = point.path if isinstance(point, RestorePoint) else Path(point)
    target = Path(project_path or (point.project if isinstance(point, RestorePoint) else ""))
    if not copy.exists():
        raise RestorePointError("missing", copy=copy)
    journal = journal_path(target)
    if journal.exists() and journal.stat().st_size > 0:
        raise RestorePointError("pending_journal", path=target, journal=journal.name)
    with open_project_file(copy, read_only=True) as c:
        copy_id = c.project_id
    expected = point.project_id if isinstance(point, RestorePoint) else None
    if expected is None and target.exists():
        try:
            with open_project_file(target, read_only=True, integrity_check=False) as t:
                expected = t.project_id
        except ProjectFileError:
            expected = None  # a damaged project is what a restore point is for
    if expected is not None and copy_id != expected:
        raise RestorePointError("not_this_project", copy=copy, path=target)
    try:
        # A rename on the same disk: atomic, instant, and needs no free space (the disk may
        # well be full after a merge); the restore point becomes the project.
        with contextlib.suppress(OSError):
            os.chmod(copy, stat.S_IMODE(os.stat(target).st_mode))
        vouched = checked_files.unchanged_since_checked(copy)
        os.replace(copy, target)
        if vouched:  # the checked copy itself, renamed: opening it need not check it again
            checked_files.remember(target)  # (2,000 commitments: 2 s the window waited)
    except OSError:
        copy_database(copy, target)  # another disk: copy through a temporary file
    return target
