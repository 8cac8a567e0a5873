"""A plan's report settings (``models.ReportProfile``): one row per plan, made on first use.

The row's id is derived from the plan's (``models.profile_id``), so two copies that each set
up the report of a plan edit the same row and a merge sees a field conflict, not two
profiles. Undo: ``set_profile`` and ``set_logo`` return what they replaced; setting that
back is the undo (a profile that was made stays, holding its defaults: the same report).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from ..domain import limits
from ..domain import models as m
from .project import Project, Writer
from .values import InvalidValue

#: What a logo file starts with: PNG or JPEG (what Word, PDF and browsers all show).
_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def find(s: Session, plan_id: str, include_deleted: bool = False) -> m.ReportProfile | None:
    """The plan's profile (the derived id, else a live one made elsewhere), or None."""
    row = s.get(m.ReportProfile, m.profile_id(plan_id))
    if row is None:
        q = select(m.ReportProfile).where(m.ReportProfile.plan_id == plan_id)
        row = s.exec(q.order_by(col(m.ReportProfile.deleted_at).is_not(None))).first()
    if row is not None and row.deleted_at and not include_deleted:
        return None
    return row


def profile(project: Project, plan_id: str) -> m.ReportProfile | None:
    """The plan's live report settings, or None (the report then uses its defaults)."""
    with project.read() as s:
        return find(s, plan_id)


def ensure_in(w: Writer, plan_id: str) -> m.ReportProfile:
    """The plan's live profile, made (or brought back) if needed."""
    w.get(m.ActionPlan, plan_id)  # live, or "does not exist"
    row = find(w.s, plan_id, include_deleted=True)
    if row is None:
        return w.create(m.ReportProfile, id=m.profile_id(plan_id), plan_id=plan_id)
    w.revive(row)
    return row


def set_profile(project: Project, plan_id: str, **fields: Any) -> dict[str, Any]:
    """Change the plan's report settings; returns the old values of what changed."""
    if "plan_id" in fields or "logo_sha256" in fields:
        raise InvalidValue("unknown_field", entity="report_profile", field="plan_id/logo")
    with project.write() as w:
        row = ensure_in(w, plan_id)
        return w.update(m.ReportProfile, row.id, **fields)


def check_logo(name: str, data: bytes) -> None:
    """Refuse a logo that is not a PNG or JPEG image or exceeds the evidence size limit."""
    if len(data) > limits.MAX_EVIDENCE_BYTES:
        raise InvalidValue(
            "too_large",
            name=name,
            size=f"{len(data) / 1048576:.1f}",
            limit=limits.MAX_EVIDENCE_BYTES // 1048576,
        )
    if not data.startswith(_MAGIC):
        raise InvalidValue("not_image", name=name)


def set_logo_in(w: Writer, plan_id: str, data: bytes | None, name: str = "") -> str | None:
    """``set_logo`` inside an open write."""
    row = ensure_in(w, plan_id)
    before = row.logo_sha256
    sha = None
    if data is not None:
        check_logo(name, data)
        sha = w.put_blob(data)
    w.update(m.ReportProfile, row.id, logo_sha256=sha)
    return before


def set_logo(project: Project, plan_id: str, file: Path | str | bytes | None) -> str | None:
    """Set the report's logo from a file (or bytes; None removes it); returns the SHA-256
    of the logo it replaced, which ``restore_logo`` puts back."""
    if isinstance(file, str | Path):
        path = Path(file)
        try:
            data: bytes | None = path.read_bytes()
        except OSError as exc:
            raise InvalidValue("unreadable", name=path.name, detail=exc.strerror) from exc
        name = path.name
    else:
        data, name = file, "logo"
    with project.write() as w:
        return set_logo_in(w, plan_id, data, name)


def restore_logo(project: Project, plan_id: str, sha256: str | None) -> str | None:
    """Put back a logo ``set_logo`` replaced (its bytes stay in the file); the undo."""
    with project.write() as w:
        row = ensure_in(w, plan_id)
        before = row.logo_sha256
        if sha256 is not None and w.s.get(m.Blob, sha256) is None:
            raise InvalidValue("missing_row", entity="blob", id=sha256)
        w.update(m.ReportProfile, row.id, logo_sha256=sha256)
        return before


def logo_bytes(project: Project, plan_id: str) -> bytes | None:
    """The plan's logo image, or None."""
    with project.read() as s:
        row = find(s, plan_id)
        if row is None or row.logo_sha256 is None:
            return None
        blob = s.get(m.Blob, row.logo_sha256)
        return blob.data if blob is not None else None
