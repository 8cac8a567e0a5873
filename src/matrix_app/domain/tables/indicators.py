"""Indicators and what they are measured against: targets, their revisions, measurements."""

import datetime as dt
from typing import ClassVar, Optional

from sqlmodel import Field

from .row import Row


class Indicator(Row, table=True):
    __tablename__ = "indicator"
    result_id: str = Field(foreign_key="result.id", index=True)
    commitment_id: str = Field(foreign_key="commitment.id", index=True)
    name: str = ""
    formula: str = ""
    unit: str = ""
    direction: str = "increase"
    dimension: Optional[str] = None
    baseline_value: Optional[float] = None
    baseline_date: Optional[dt.date] = None
    means_of_verification: str = ""
    data_source: str = ""
    frequency: str = ""
    responsible: str = ""
    position: float = 0.0

    sibling_keys: ClassVar[tuple[str, ...]] = ("result_id",)
    commitment_field: ClassVar[Optional[str]] = "commitment_id"


class Target(Row, table=True):
    __tablename__ = "target"
    indicator_id: str = Field(foreign_key="indicator.id", index=True)
    commitment_id: str = Field(foreign_key="commitment.id", index=True)
    due_date: Optional[dt.date] = None
    value: Optional[float] = None
    note: str = ""

    commitment_field: ClassVar[Optional[str]] = "commitment_id"


class TargetRevision(Row, table=True):
    """A revision of a target: what it was before, when and why it changed."""

    __tablename__ = "target_revision"
    target_id: str = Field(foreign_key="target.id", index=True)
    commitment_id: str = Field(foreign_key="commitment.id", index=True)
    old_value: Optional[float] = None
    old_due_date: Optional[dt.date] = None
    new_value: Optional[float] = None
    new_due_date: Optional[dt.date] = None
    revised_on: Optional[dt.date] = None
    reason: str = ""

    commitment_field: ClassVar[Optional[str]] = "commitment_id"


class Measurement(Row, table=True):
    __tablename__ = "measurement"
    indicator_id: str = Field(foreign_key="indicator.id", index=True)
    commitment_id: str = Field(foreign_key="commitment.id", index=True)
    measured_on: Optional[dt.date] = None
    value: Optional[float] = None
    comment: str = ""
    reported_by: str = ""
    evidence_id: Optional[str] = Field(default=None, foreign_key="evidence.id")

    commitment_field: ClassVar[Optional[str]] = "commitment_id"
