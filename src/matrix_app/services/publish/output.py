"""Writing the site into its folder: staged, then put in place, with a manifest of our files.

Every file of a publication is first written into a staging folder inside OUTDIR (same file
system), then moved into place with ``os.replace`` and the manifest written last. A cancelled
or failed publication removes the staging folder and leaves the site as it was. The manifest
(``matrix-publish.json``) lists each file we wrote with its SHA-256, so publishing again:

- skips building a page whose inputs (its rows, options, language and the program; a
  fingerprint kept in the manifest as ``inputs``) are those of the page on disk,
- rewrites only files whose content changed (a page's "published" stamp is not part of its
  content, so an unchanged page keeps its bytes and its date),
- removes files of the previous publication that this one no longer has,
- refuses a folder holding files we did not write, or files edited since (unless ``force``;
  even then such files are left alone, never deleted).

The manifest also records the publication (``publication``: its time and where it stood in
the project's change journal), which the next publication's changes page starts from.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from ...messages import MatrixError

MANIFEST = "matrix-publish.json"
STAGING_PREFIX = ".matrix-publish-staging-"
STAMP = "<!--@published@-->"
_STAMP = STAMP.encode()
FORMAT = "matrix-app publish 1"
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


class PublishError(MatrixError):
    TEMPLATES = {
        "not_folder": (
            "Cannot publish into {path}: it is a file, not a folder.",
            "No se puede publicar en {path}: es un archivo, no una carpeta.",
        ),
        "foreign": (
            "Cannot publish into {path}: the folder holds files Monitoring Matrix did not write "
            "there ({files}). Choose an empty or new folder, or use --force to publish anyway "
            "(those files are kept).",
            "No se puede publicar en {path}: la carpeta contiene archivos que Monitoring Matrix "
            "no escribió ({files}). Elija una carpeta vacía o nueva, o use --force para publicar "
            "de todos modos (esos archivos se conservan).",
        ),
        "edited": (
            "Cannot publish into {path}: files of the previous publication were changed since "
            "({files}). Use --force to overwrite them.",
            "No se puede publicar en {path}: se modificaron archivos de la publicación anterior "
            "({files}). Use --force para sobrescribirlos.",
        ),
        "write_failed": (
            "Could not write the site into {path}: {detail}.",
            "No se pudo escribir el sitio en {path}: {detail}.",
        ),
        "unknown_plan": (
            "{path} has no action plan with id {plan}; its plans are: {plans}.",
            "{path} no tiene un plan de acción con id {plan}; sus planes son: {plans}.",
        ),
        "no_plan": (
            "{path} has no action plan to publish.",
            "{path} no tiene ningún plan de acción que publicar.",
        ),
        "bad_lang": (
            "Unknown site language {lang}: use es or en.",
            "Idioma del sitio desconocido {lang}: use es o en.",
        ),
    }


class Cancelled(MatrixError):
    """The user stopped the publication; the site folder is as it was."""

    TEMPLATES = {
        "cancelled": (
            "Publishing was cancelled; the site folder was left as it was.",
            "Se canceló la publicación; la carpeta del sitio quedó como estaba.",
        )
    }

    def __init__(self) -> None:
        super().__init__("cancelled")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_file(path: str, data: bytes) -> None:
    """Create (or truncate) ``path`` with ``data``: a system call per step."""
    fd = os.open(path, _WRITE_FLAGS, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _os_detail(exc: OSError) -> str:
    return exc.strerror or str(exc)


@dataclass
class Entry:
    sha256: str  # of the bytes on disk
    content: str  # of the content without the published stamp (= sha256 for other files)
    published: str  # ISO timestamp this content was first published
    size: int
    mtime_ns: int = 0
    inputs: str = ""  # fingerprint of what the page was built from ("" = unknown)


def _list_files(root: Path) -> list[str]:
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(STAGING_PREFIX)]
        for name in files:
            rel = Path(folder, name).relative_to(root).as_posix()
            if rel != MANIFEST:
                out.append(rel)
    return sorted(out)


def _short_list(names: list[str]) -> str:
    shown = ", ".join(names[:3])
    return shown + (f", … (+{len(names) - 3})" if len(names) > 3 else "")


@dataclass
class SiteWriter:
    """Collects the new publication's files and puts them in place at ``commit``."""

    root: Path
    force: bool = False
    now: str = ""
    old: dict[str, Entry] = field(default_factory=dict)
    intact: set[str] = field(default_factory=set)
    new: dict[str, Entry] = field(default_factory=dict)
    staged: list[str] = field(default_factory=list)
    staging: Path | None = None
    previous: object = None  # the previous publication's record, as the manifest had it
    record: dict = field(default_factory=dict)  # this publication's, written by ``commit``
    _folders: set[str] = field(default_factory=set, init=False, repr=False)  # made already

    # -- before ---------------------------------------------------------------------------
    def check(self) -> None:
        """Refuse a file, or a folder with files that are not ours; note which are intact."""
        root = self.root
        if root.exists() and not root.is_dir():
            raise PublishError("not_folder", path=root)
        if not root.exists():
            return
        manifest = root / MANIFEST
        if manifest.is_file():
            try:
                data = json.loads(manifest.read_text(encoding="utf-8"))
                if data.get("format") == FORMAT:
                    self.previous = data.get("publication")
                    for rel, e in (data.get("files") or {}).items():
                        self.old[str(rel)] = Entry(
                            str(e["sha256"]),
                            str(e["content"]),
                            str(e["published"]),
                            int(e["size"]),
                            int(e.get("mtime_ns", 0)),
                            str(e.get("inputs") or ""),
                        )
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                self.old, self.previous = {}, None
        try:
            present = _list_files(root)
        except OSError as exc:
            raise PublishError("write_failed", path=root, detail=_os_detail(exc)) from exc
        foreign = [f for f in present if f not in self.old]
        edited = []
        for rel in present:
            entry = self.old.get(rel)
            if entry is None:
                continue
            path = root / rel
            st = path.stat()
            if st.st_size == entry.size and st.st_mtime_ns == entry.mtime_ns:
                self.intact.add(rel)
            elif st.st_size == entry.size and _sha(path.read_bytes()) == entry.sha256:
                self.intact.add(rel)
            else:
                edited.append(rel)
        if foreign and not self.force:
            raise PublishError("foreign", path=root, files=_short_list(foreign))
        if edited and not self.force:
            raise PublishError("edited", path=root, files=_short_list(edited))

    def start(self) -> None:
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.root))
        except OSError as exc:
            raise PublishError("write_failed", path=self.root, detail=_os_detail(exc)) from exc

    # -- adding files -----------------------------------------------------------------------
    def can_keep(self, rel: str, inputs: str) -> bool:
        """Whether the file on disk, untouched since, was built from these inputs."""
        entry = self.old.get(rel)
        return bool(inputs) and entry is not None and rel in self.intact and entry.inputs == inputs

    def keep(self, rel: str, inputs: str) -> bool:
        """Keep the page on disk when it was built from these inputs (no need to build it)."""
        if self.can_keep(rel, inputs):
            self.new[rel] = self.old[rel]
            return True
        return False

    def unchanged(self, rel: str, content: str, inputs: str = "") -> bool:
        """Keep the file already published with this content (no need to build its bytes)."""
        entry = self.old.get(rel)
        if entry is not None and rel in self.intact and entry.content == content:
            self.new[rel] = entry if entry.inputs == inputs else replace(entry, inputs=inputs)
            return True
        return False

    def add(self, rel: str, data: bytes, stamp: bytes | None = None, inputs: str = "") -> None:
        """A file of the site; ``stamp`` (for pages) replaces the STAMP marker on writing,
        and when the rest of the page is what was published, the file is kept as it is."""
        at = -1 if stamp is None else data.find(_STAMP)
        if at < 0:
            content = _sha(data)
            if not self.unchanged(rel, content, inputs):
                self._stage(rel, data, content, inputs)
            return
        # the page's two hashes (of its content, and of its bytes with the stamp) share all
        # that comes before the stamp, near the page's end: it is hashed once
        view = memoryview(data)
        head, tail = hashlib.sha256(view[:at]), view[at + len(_STAMP) :]
        hashed = head.copy()
        hashed.update(_STAMP)
        hashed.update(tail)
        content = hashed.hexdigest()
        if self.unchanged(rel, content, inputs):
            return
        head.update(stamp)
        head.update(tail)
        self._stage(rel, b"".join((view[:at], stamp, tail)), content, inputs, head.hexdigest())

    def add_blob(self, rel: str, sha256: str, read) -> None:
        """An evidence file, by hash: ``read()`` gives its checked bytes only when needed."""
        if self.unchanged(rel, sha256):
            return
        self._stage(rel, read(), sha256, sha256=sha256)  # read() checked it

    def _stage(
        self, rel: str, data: bytes, content: str, inputs: str = "", sha256: str = ""
    ) -> None:
        assert self.staging is not None
        target = os.path.join(self.staging, rel)
        try:
            # thousands of pages share a few folders: each is made once, and a file is
            # written with a call per step instead of pathlib's open/write (a tenth of a
            # publication's writing time went to making folders that existed)
            folder = os.path.dirname(target)
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
            _write_file(target, data)
        except OSError as exc:
            raise PublishError("write_failed", path=self.root, detail=_os_detail(exc)) from exc
        sha256 = sha256 or _sha(data)
        self.new[rel] = Entry(sha256, content, self.now, len(data), inputs=inputs)
        self.staged.append(rel)

    def published_of(self, rel: str) -> str:
        entry = self.old.get(rel)
        return entry.published if entry is not None else self.now

    # -- after ------------------------------------------------------------------------------
    def abort(self) -> None:
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging = None

    def commit(self) -> tuple[int, int]:
        """Move the staged files into place, remove what is gone, write the manifest."""
        assert self.staging is not None
        root = self.root
        try:
            staging, made = str(self.staging), set()
            for rel in self.staged:
                target = os.path.join(root, rel)
                folder = os.path.dirname(target)
                if folder not in made:
                    os.makedirs(folder, exist_ok=True)
                    made.add(folder)
                try:
                    os.replace(os.path.join(staging, rel), target)
                except OSError:  # a folder where the file goes: replaced by the file
                    if not os.path.isdir(target) or os.path.islink(target):
                        raise
                    shutil.rmtree(target)
                    os.replace(os.path.join(staging, rel), target)
            removed = 0
            for rel in sorted(set(self.old) - set(self.new)):
                path = root / rel
                if rel in self.intact and path.is_file():
                    path.unlink()
                    removed += 1
                    self._prune(path.parent)
            # every file of the site (the staged are among them): a membership test on the
            # staged list per file was quadratic, 0.25 s of CPU at 2,000 commitments
            for rel in self.new:
                self.new[rel].mtime_ns = os.stat(os.path.join(root, rel)).st_mtime_ns
            manifest = {
                "format": FORMAT,
                "note": "Files Monitoring Matrix wrote here; publishing again updates them.",
                **({"publication": self.record} if self.record else {}),
                "files": {
                    rel: {
                        "sha256": e.sha256,
                        "content": e.content,
                        "published": e.published,
                        "size": e.size,
                        "mtime_ns": e.mtime_ns,
                        **({"inputs": e.inputs} if e.inputs else {}),
                    }
                    for rel, e in sorted(self.new.items())
                },
            }
            tmp = root / (MANIFEST + ".tmp")
            tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
            os.replace(tmp, root / MANIFEST)
        except OSError as exc:
            raise PublishError("write_failed", path=root, detail=_os_detail(exc)) from exc
        finally:
            self.abort()
        return len(self.staged), removed

    def _prune(self, folder: Path) -> None:
        while folder != self.root and folder.is_dir():
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent
