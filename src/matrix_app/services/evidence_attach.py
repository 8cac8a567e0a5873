"""Attaching evidence files: read, hash and store a batch of files in one transaction.

Reading and hashing a 20 MB file takes 50-100 ms and storing it as long again, so the GUI
runs ``attach_files`` off its thread (with progress and Cancel) and the command line calls
it directly. The rules, whoever calls:

- ``check_sizes`` looks at each file's size before anything is read (cheap: the GUI does it
  before asking whether the files may be published); ``read_file`` bounds the read at the
  limit too, since a file may grow in between.
- A file that has vanished or cannot be read becomes a problem naming it, in the user's
  language; the other files of the batch still land (as when files were added one by one).
- The files that land, land together: one transaction, one journal batch. Each is stored
  as soon as it is read, so one file (20 MB at most) is in memory at a time, not the batch.
  Cancel is looked at between chunks of every read and before every stored file; after
  Cancel, or on an error while storing, the transaction is rolled back and the project file
  is as it was.

No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.limits import MAX_EVIDENCE_BYTES
from ..messages import MatrixError
from .cancelling import cancel_check
from .values import InvalidValue

if TYPE_CHECKING:
    from .project import Project

#: Bytes read between two looks at the cancel flag (about a millisecond of work).
CHUNK = 1 << 20
#: Progress is counted in KiB: a batch's bytes would overflow a Qt signal's int.
UNIT = 1024

Progress = Callable[[int, int], None]


class Cancelled(MatrixError):
    """Cancel was pressed: nothing was stored (the name is what ``ui.tasks`` recognises)."""

    TEMPLATES = {
        "cancelled": (
            "Attaching the files was cancelled; nothing was added.",
            "Se canceló: no se adjuntó ningún archivo.",
        )
    }


@dataclass(frozen=True)
class ReadFile:
    """One file's name, bytes and SHA-256, read and ready to store."""

    name: str
    data: bytes
    sha256: str


@dataclass
class Attached:
    """What a batch did: the new evidence ids and their file names (in the order given), and
    the files left out."""

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    problems: list[InvalidValue] = field(default_factory=list)


class TooLarge(InvalidValue):
    """ "too_large", its size written as the message's language writes numbers (20,5 / 20.5)."""

    def localized(self, lang: str) -> dict[str, object]:
        mb = round(int(self.params["bytes"]) / 1048576, 1)  # type: ignore[call-overload]
        text = f"{mb:,.0f}" if mb.is_integer() else f"{mb:,.1f}"
        if lang == "es":
            text = text.translate(str.maketrans(",.", ".,"))
        return {**super().localized(lang), "size": text}


def too_large(name: str, size: int) -> InvalidValue:
    return TooLarge(
        "too_large",
        name=name,
        bytes=size,
        size=f"{size / 1048576:.1f}",
        limit=MAX_EVIDENCE_BYTES // 1048576,
    )


def unreadable(name: str, exc: OSError) -> InvalidValue:
    """The problem for a file the system would not read: gone, or unreadable and why."""
    if isinstance(exc, FileNotFoundError):
        return InvalidValue("gone", name=name)
    return InvalidValue("unreadable", name=name, detail=exc.strerror or type(exc).__name__)


def check_sizes(paths: Iterable[Path | str]) -> tuple[list[tuple[Path, int]], list[InvalidValue]]:
    """(path, size) of the files within the limit, and a problem for each other one."""
    ok: list[tuple[Path, int]] = []
    problems: list[InvalidValue] = []
    for name in paths:
        path = Path(name)
        try:
            size = path.stat().st_size
        except OSError as exc:
            problems.append(unreadable(path.name, exc))
            continue
        if size > MAX_EVIDENCE_BYTES:
            problems.append(too_large(path.name, size))
        else:
            ok.append((path, size))
    return ok, problems


def read_file(
    path: Path, cancelled: Callable[[], bool], step: Callable[[int], None] | None = None
) -> ReadFile:
    """Read and hash ``path`` in chunks (``step(n)`` after each); at most the limit.

    Raises ``InvalidValue`` for a file gone, unreadable or grown past the limit, and
    ``Cancelled``.
    """
    sha = hashlib.sha256()
    chunks: list[bytes] = []
    size = 0
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                if cancelled():
                    raise Cancelled("cancelled")
                size += len(chunk)
                if size > MAX_EVIDENCE_BYTES:
                    raise too_large(path.name, size + len(fh.read(CHUNK)))
                sha.update(chunk)
                chunks.append(chunk)
                if step is not None:
                    step(len(chunk))
    except OSError as exc:
        raise unreadable(path.name, exc) from exc
    return ReadFile(path.name, b"".join(chunks), sha.hexdigest())


def attach_files(
    project: Project,
    commitment_id: str,
    files: Iterable[tuple[Path, int] | Path | str],
    progress: Progress | None = None,
    cancelled: Any = None,
    **fields: Any,
) -> Attached:
    """Read ``files`` (paths, or (path, size) from ``check_sizes``) and add each as file
    evidence of ``commitment_id`` with ``fields``, all in one transaction.

    ``progress(done, total)`` counts KiB read and stored. Raises ``Cancelled`` (nothing
    stored) or the error that stopped the write (nothing stored either).
    """
    is_cancelled = cancel_check(cancelled)
    sized = [f if isinstance(f, tuple) else (Path(f), _size(Path(f))) for f in files]
    total = max(1, 2 * sum(size for _, size in sized) // UNIT)
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(min(done // UNIT, total), total)

    result = Attached()
    # One file in memory at a time: each is stored as soon as it is read, inside the one
    # transaction, which opens with the first readable file (none readable: nothing written).
    with contextlib.ExitStack() as stack:
        w = None
        for path, _ in sized:
            try:
                f = read_file(path, is_cancelled, step)
            except InvalidValue as exc:
                result.problems.append(exc)
                continue
            if is_cancelled():
                raise Cancelled("cancelled")  # rolls the transaction back
            if w is None:
                w = stack.enter_context(project.write())
            ev = w.add_file(commitment_id, f.name, f.data, known_sha256=f.sha256, **fields)
            result.ids.append(ev.id)
            result.names.append(f.name)
            step(len(f.data))
            del f
        if is_cancelled():
            raise Cancelled("cancelled")
    if progress is not None:
        progress(total, total)
    return result


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_file says what is wrong with it
