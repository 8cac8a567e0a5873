"""Saving the report dialog's cover and consultation settings as one undoable edit."""

from __future__ import annotations

from typing import Any

from ..document import Document, EditCommand


class ProfileEdit(EditCommand):
    """The plan's report profile (fields and logo) as chosen in the report dialog."""

    def __init__(
        self,
        doc: Document,
        plan_id: str,
        fields: dict[str, Any],
        logo_file: str | None,
        logo_removed: bool,
        text: str,
    ) -> None:
        super().__init__(doc, text)
        self.plan_id, self.fields = plan_id, fields
        self.logo_file, self.logo_removed = logo_file, logo_removed
        self.before: dict[str, Any] = {}
        self.old_logo: str | None = None
        self.logo_changed = False

    def do(self) -> None:
        from ...services import report_profile

        project = self.doc.project
        self.before = report_profile.set_profile(project, self.plan_id, **self.fields)
        if self.logo_file is not None or self.logo_removed:
            self.old_logo = report_profile.set_logo(project, self.plan_id, self.logo_file)
            self.logo_changed = True
        self.doc.notify("report_profile")

    def undo_edit(self) -> None:
        from ...services import report_profile

        project = self.doc.project
        if self.before:
            report_profile.set_profile(project, self.plan_id, **self.before)
        if self.logo_changed:
            report_profile.restore_logo(project, self.plan_id, self.old_logo)
        self.doc.notify("report_profile")


def profile_of(project, plan_id: str) -> dict[str, Any]:
    """A plan's saved report settings for the dialog (empty when it has none)."""
    from ...services import report_profile

    row = report_profile.profile(project, plan_id)
    if row is None:
        return {}
    return {
        "issuing_body": row.issuing_body,
        "cover_text": row.cover_text,
        "consultation_start": row.consultation_start,
        "consultation_end": row.consultation_end,
        "sections": row.section_list(),
        "has_logo": row.logo_sha256 is not None,
    }
