"""The tables of a project file.

Every row has a UUID text key (stable across files, so that exchange and merge can match rows),
creation and update timestamps, and a tombstone (``deleted_at``) instead of a hard delete, so a
merge can tell "deleted" from "never had it". Evidence files live in ``Blob`` once per SHA-256.
"""

# The tables live in domain/tables/, one module per area (imported there in a fixed order);
# everyone reads them from here as ``m.Commitment``.
from .tables.evidence import Blob, Evidence  # noqa: F401
from .tables.indicators import Indicator, Measurement, Target, TargetRevision
from .tables.journal import JournalEntry, JournalMark, MergeConflict, Meta  # noqa: F401
from .tables.plans import ActionPlan, Commitment, CommitmentInstitution, Institution, Result
from .tables.row import Row, new_id, new_ids, utc_now  # noqa: F401
from .tables.texts import (  # noqa: F401
    ConsultationComment,
    Narrative,
    ReportProfile,
    Translation,
    _derived_id,
    profile_id,
    translation_id,
)
from .vocabulary import FIELD_VOCAB, TranslatableTable

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
