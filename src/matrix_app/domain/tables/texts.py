"""Texts around the plan: narratives, translations, consultation comments, report profiles;
and the ids derived from a key, so two copies make the same translation or profile row."""

import datetime as dt
import hashlib
from typing import ClassVar, Optional

from sqlmodel import Field

from .row import Row


class Narrative(Row, table=True):
    """Report text per plan (process, lessons...) or commitment (progress...) and period."""

    __tablename__ = "narrative"
    plan_id: Optional[str] = Field(default=None, foreign_key="action_plan.id", index=True)
    commitment_id: Optional[str] = Field(default=None, foreign_key="commitment.id", index=True)
    period: str = "mid_term"
    section: str = "progress"
    text: str = ""

    commitment_field: ClassVar[Optional[str]] = "commitment_id"


class Translation(Row, table=True):
    """A user-entered text of another row, in the language that is not the project's own.

    One row per (entity, row_id, field, lang), its id derived from that key
    (``translation_id``): two copies that translate the same text make the same row, so a
    merge sees one field changed on both sides (a conflict it can show), never two rows.
    """

    __tablename__ = "translation"
    entity: str = ""  # table name of the translated row
    row_id: str = Field(default="", index=True, max_length=32)
    field: str = ""  # a text column of that table
    lang: str = "en"
    text: str = ""
    commitment_id: Optional[str] = Field(default=None, foreign_key="commitment.id", index=True)
    position: float = 0.0

    sibling_keys: ClassVar[tuple[str, ...]] = ("row_id",)
    commitment_field: ClassVar[Optional[str]] = "commitment_id"


class ConsultationComment(Row, table=True):
    """A comment received in the public consultation of a plan's self-assessment."""

    __tablename__ = "consultation_comment"
    plan_id: str = Field(foreign_key="action_plan.id", index=True)
    period: str = "mid_term"
    author: str = ""
    organisation: str = ""
    received_on: Optional[dt.date] = None
    comment: str = ""
    response: str = ""
    position: float = 0.0

    sibling_keys: ClassVar[tuple[str, ...]] = ("plan_id",)


class ReportProfile(Row, table=True):
    """The coordinator's settings of one plan's report; one per plan (``profile_id``)."""

    __tablename__ = "report_profile"
    plan_id: str = Field(foreign_key="action_plan.id", index=True)
    issuing_body: str = ""
    cover_text: str = ""
    logo_sha256: Optional[str] = Field(default=None, foreign_key="blob.sha256")
    sections: str = ""  # ";"-separated section keys that are on; empty: the kind's defaults
    consultation_start: Optional[dt.date] = None
    consultation_end: Optional[dt.date] = None

    def section_list(self) -> list[str]:
        return [t.strip() for t in self.sections.split(";") if t.strip()]


def _derived_id(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:32]


def translation_id(entity: str, row_id: str, field: str, lang: str) -> str:
    """The one id of the translation of ``entity.field`` of ``row_id`` into ``lang``."""
    return _derived_id("translation", entity, row_id, field, lang)


def profile_id(plan_id: str) -> str:
    """The one id of a plan's report profile."""
    return _derived_id("report_profile", plan_id)
