"""What a page is built from, as a fingerprint kept in the manifest: publishing again skips
building a page (or the open data) whose fingerprint is that of the file on disk, since its
content could not differ."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..snapshot import CommitmentData

_PROGRAM: dict[str, str] = {}


def program() -> str:
    """Fingerprint of what turns rows into pages: templates, this package, the rules and
    formats it uses, and the program's version (a frozen build has no sources to read). A
    page built by another version of them is built again."""
    from ... import __version__, domain
    from ...paths import resources_dir

    root = resources_dir() / "publish" / "templates"
    got = _PROGRAM.get(str(root))
    if got is None:
        package = Path(__file__).resolve().parent
        services = package.parent
        files = sorted(root.glob("*")) + sorted(package.glob("*.py"))
        files += sorted(Path(domain.__file__).resolve().parent.glob("*.py"))
        files += [services / "snapshot.py", services / "evidence_files.py"]
        files += sorted((services / "report").glob("*.py"))
        h = hashlib.sha256(__version__.encode())
        for f in files:  # in a frozen build the .py sources are absent: the version stands
            if f.is_file():
                h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        got = _PROGRAM[str(root)] = h.hexdigest()
    return got


def rows_key(rows: Iterable[Any]) -> str:
    """The ids and last-change times of rows (every edit, merge or undo sets updated_at)."""
    return hashlib.sha256(
        "\n".join(f"{r.id} {r.updated_at}" for r in rows).encode("utf-8")
    ).hexdigest()


def commitment_rows(c: CommitmentData) -> Iterator[Any]:
    """Every row a commitment's page prints."""
    yield c.commitment
    for ci, inst in c.institutions:
        yield ci
        yield inst
    yield from c.results
    yield from c.indicators
    for ts in c.targets.values():
        yield from ts
    for rs in c.revisions.values():
        yield from rs
    for xs in c.measurements.values():
        yield from xs
    yield from c.evidence
    yield from c.narratives


class Fingerprints:
    """A publication's fingerprints: what every page shares (program, date, privacy,
    languages, translations, published comments: a change to any builds all again) and
    what each page adds (its rows, title, path...)."""

    def __init__(self, shared: tuple[Any, ...], commitments: list[CommitmentData]):
        self.shared = repr(shared)
        self.commitment = {c.id: rows_key(commitment_rows(c)) for c in commitments}

    def of(self, *parts: object) -> str:
        return hashlib.sha256(repr((self.shared, *parts)).encode("utf-8")).hexdigest()
