"""Plans, institutions, commitments and their logframe results."""

import datetime as dt
from typing import ClassVar, Optional

from sqlmodel import Field

from .row import Row


class ActionPlan(Row, table=True):
    __tablename__ = "action_plan"
    title: str = ""
    government: str = ""
    period_start: Optional[dt.date] = None
    period_end: Optional[dt.date] = None
    coordinating_body: str = ""
    notes: str = ""
    position: float = 0.0

    sibling_keys: ClassVar[tuple[str, ...]] = ()


class Institution(Row, table=True):
    __tablename__ = "institution"
    name: str = ""
    acronym: str = ""
    kind: str = "ministry"


class Commitment(Row, table=True):
    __tablename__ = "commitment"
    plan_id: str = Field(foreign_key="action_plan.id", index=True)
    code: str = ""
    title: str = ""
    status_quo: str = ""
    objective: str = ""
    description: str = ""
    ogp_access_to_information: bool = False
    ogp_civic_participation: bool = False
    ogp_public_accountability: bool = False
    ogp_technology_innovation: bool = False
    themes: str = ""  # "; "-separated tags
    start_date: Optional[dt.date] = None
    end_date: Optional[dt.date] = None
    focal_point_name: str = ""
    focal_point_email: str = ""
    completion: str = "not_started"
    continues_id: Optional[str] = Field(default=None, foreign_key="commitment.id")
    irm_specificity: Optional[str] = None
    irm_potential_impact: Optional[str] = None
    irm_completion_mid_term: Optional[str] = None
    irm_completion_end_of_term: Optional[str] = None
    irm_on_time: Optional[bool] = None
    irm_opened_government: Optional[str] = None
    irm_starred: Optional[bool] = None  # the IRM's published verdict, when there is one
    irm_notes: str = ""
    position: float = 0.0
    # Schema 4 (last, so a fresh file and an upgraded one have the same column order):
    # why the commitment is relevant to each OGP value, and what the report's cover sheet asks.
    relevance_access_to_information: str = ""
    relevance_civic_participation: str = ""
    relevance_public_accountability: str = ""
    relevance_technology_innovation: str = ""
    budget: str = ""
    national_plan_links: str = ""
    sdgs: str = ""  # "; "-separated SDG targets, e.g. "16.6; 16.10"
    partners: str = ""  # non-government partners, with contacts

    sibling_keys: ClassVar[tuple[str, ...]] = ("plan_id",)
    commitment_field: ClassVar[Optional[str]] = "id"

    def theme_list(self) -> list[str]:
        return [t.strip() for t in self.themes.split(";") if t.strip()]

    def sdg_list(self) -> list[str]:
        return [t.strip() for t in self.sdgs.split(";") if t.strip()]


class CommitmentInstitution(Row, table=True):
    __tablename__ = "commitment_institution"
    commitment_id: str = Field(foreign_key="commitment.id", index=True)
    institution_id: str = Field(foreign_key="institution.id", index=True)
    role: str = "lead"
    position: float = 0.0

    sibling_keys: ClassVar[tuple[str, ...]] = ("commitment_id",)
    commitment_field: ClassVar[Optional[str]] = "commitment_id"


class Result(Row, table=True):
    """One row of the logframe: goal, purpose, output or activity."""

    __tablename__ = "result"
    commitment_id: str = Field(foreign_key="commitment.id", index=True)
    parent_id: Optional[str] = Field(default=None, foreign_key="result.id", index=True)
    level: str = "output"
    narrative: str = ""
    assumptions: str = ""
    start_date: Optional[dt.date] = None  # activities double as OGP milestones
    end_date: Optional[dt.date] = None
    progress: Optional[float] = None  # percent of the activity done, 0-100
    position: float = 0.0

    sibling_keys: ClassVar[tuple[str, ...]] = ("commitment_id", "parent_id", "level")
    commitment_field: ClassVar[Optional[str]] = "commitment_id"
