"""The tables of a project file.

Every row has a UUID text key (stable across files, so that exchange and merge can match rows),
creation and update timestamps, and a tombstone (``deleted_at``) instead of a hard delete, so a
merge can tell "deleted" from "never had it". Evidence files live in ``Blob`` once per SHA-256.
"""

import datetime as dt
import hashlib
import os
from typing import ClassVar, Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from .vocabulary import FIELD_VOCAB, TranslatableTable


def new_id() -> str:
    """A random (version 4) UUID as 32 hex digits; os.urandom directly, as bulk imports make
    hundreds of thousands of them and ``uuid.uuid4().hex`` costs three times as much."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return raw.hex()


def new_ids(n: int) -> list[str]:
    """``n`` ids as ``new_id`` makes them, in ascending order, from one os.urandom call."""
    raw = bytearray(os.urandom(16 * n))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])
    text = raw.hex()
    return sorted(text[i : i + 32] for i in range(0, 32 * n, 32))


def utc_now() -> str:
    """Timestamps are ISO 8601 text in UTC: sortable, portable and digest-neutral."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class Row(SQLModel):
    """Columns shared by every journaled entity."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    deleted_at: Optional[str] = Field(default=None, index=True)

    #: Field that scopes sibling order (None: one list for the whole file).
    sibling_keys: ClassVar[tuple[str, ...]] = ()
    #: How to find the commitment a row belongs to (for per-commitment history and packages).
    commitment_field: ClassVar[Optional[str]] = None


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


class Evidence(Row, table=True):
    __tablename__ = "evidence"
    commitment_id: str = Field(foreign_key="commitment.id", index=True)
    result_id: Optional[str] = Field(default=None, foreign_key="result.id")
    indicator_id: Optional[str] = Field(default=None, foreign_key="indicator.id")
    kind: str = "link"
    title: str = ""
    date: Optional[dt.date] = None
    url: str = ""
    note: str = ""
    file_name: str = ""
    media_type: str = ""
    sha256: Optional[str] = Field(default=None, foreign_key="blob.sha256")
    size: Optional[int] = None
    #: May it be published? True public, False internal, None not decided (schema 4): a
    #: link counts as public, a file is left out of the website until someone says so.
    public: Optional[bool] = None

    commitment_field: ClassVar[Optional[str]] = "commitment_id"

    def publishable(self) -> bool:
        """Whether the website may show it: files only once marked public."""
        if self.public is not None:
            return self.public
        return self.kind != "file"


class Blob(SQLModel, table=True):
    """An evidence file's bytes, stored once per content hash."""

    __tablename__ = "blob"
    sha256: str = Field(primary_key=True, max_length=64)
    size: int = 0
    data: bytes = b""


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


class JournalEntry(SQLModel, table=True):
    """One change: who changed what, when, from which file. The basis of history and merge.

    ``action`` is create | update | delete | restore. A create carries every field in
    ``new_value`` (JSON object); an update carries one field's old and new JSON values.
    """

    __tablename__ = "journal"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    seq: Optional[int] = Field(default=None, index=True)
    at: str = Field(default_factory=utc_now, index=True)
    author: str = ""
    origin: str = ""  # instance id of the file the change was made in
    entity: str = ""
    row_id: str = Field(default="", index=True)
    commitment_id: Optional[str] = Field(default=None, index=True)
    action: str = "update"
    field: Optional[str] = None
    old_value: Optional[str] = None
    new_value: Optional[str] = None
    batch: Optional[str] = Field(default=None, index=True)


class JournalMark(SQLModel, table=True):
    """A fingerprint of a journal up to ``seq``: a hash chain over entry ids in seq order.

    ``own`` marks are this file's journal, one per write transaction. Other marks are
    other files' journals whose entries up to their ``seq`` this file holds (a merge
    records them). A merge skips the other file's entries up to its last mark we also
    hold, so it reads what changed, not the whole journal (see storage/journal_marks.py).
    """

    __tablename__ = "journal_mark"
    __table_args__ = (Index("ix_journal_mark_own_seq", "own", "seq"),)
    chain: str = Field(primary_key=True, max_length=32)
    seq: int
    own: bool


class MergeConflict(SQLModel, table=True):
    """A change made differently in two copies, found by a merge: both values, who and when.

    ``kind`` is "field" (the same field set to different values) or "delete" (rows deleted
    in one copy while the other edited them or added rows under them; ``batch_rows`` lists
    the deleted rows as JSON ``[[table, id], ...]`` and ``deleted_by`` says which side). The
    table holds the ``applied`` side's value until someone settles it (``resolution``). Not
    journaled and not exchanged: it is the bookkeeping of the file that did the merge.
    """

    __tablename__ = "conflict"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    merge_batch: str = Field(default="", index=True)
    merged_at: str = ""
    source_instance: str = Field(default="", index=True)
    source_name: str = ""
    kind: str = "field"
    entity: str = ""
    row_id: str = Field(default="", index=True)
    commitment_id: Optional[str] = None
    field: Optional[str] = None
    ours_value: Optional[str] = None
    ours_author: str = ""
    ours_at: str = ""
    theirs_value: Optional[str] = None
    theirs_author: str = ""
    theirs_at: str = ""
    deleted_by: Optional[str] = None
    batch_rows: Optional[str] = None
    applied: str = "ours"
    resolution: Optional[str] = None
    settled_by: str = ""
    settled_at: str = ""


class Meta(SQLModel, table=True):
    """Key/value facts about the file: project id, instance id, provenance."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str = ""


#: Journaled entities by table name, parents before children.
ENTITIES: dict[str, type[Row]] = {
    cls.__tablename__: cls  # type: ignore[misc]
    for cls in (
        ActionPlan,
        Institution,
        Commitment,
        CommitmentInstitution,
        Result,
        Indicator,
        Target,
        TargetRevision,
        Evidence,
        Measurement,
        Narrative,
        ConsultationComment,
        ReportProfile,
        Translation,
    )
}

#: Columns that are bookkeeping, not content.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "deleted_at"})


def content_fields(cls: type[Row]) -> list[str]:
    """The user-visible columns of an entity, in declaration order."""
    return [name for name in cls.model_fields if name not in BOOKKEEPING]


#: Columns that are not prose a person writes (ids, codes, addresses, lists of keys).
_NOT_PROSE = {
    ("commitment", "code"),
    ("commitment", "themes"),
    ("commitment", "sdgs"),
    ("commitment", "focal_point_name"),
    ("commitment", "focal_point_email"),
    ("institution", "acronym"),
    ("evidence", "url"),
    ("evidence", "file_name"),
    ("evidence", "media_type"),
    ("measurement", "reported_by"),
    ("consultation_comment", "author"),
    ("consultation_comment", "organisation"),
    ("narrative", "section"),
}

#: Tables whose texts may have a translation.
TRANSLATABLE_TABLES: tuple[str, ...] = tuple(t.value for t in TranslatableTable)


def text_fields(table: str) -> list[str]:
    """The prose columns of a translatable table: what a translation may be of."""
    cls = ENTITIES[table]
    return [
        name
        for name in content_fields(cls)
        if cls.model_fields[name].annotation is str
        and not name.endswith("_id")
        and (table, name) not in _NOT_PROSE
        and (table, name) not in FIELD_VOCAB
    ]


#: (table, field) pairs a translation may name.
TRANSLATABLE: frozenset[tuple[str, str]] = frozenset(
    (table, name) for table in TRANSLATABLE_TABLES for name in text_fields(table)
)
