"""The file's bookkeeping: the change journal and its marks, merge conflicts, meta facts.

Plain SQLModel tables, not ``Row``: they are not journaled themselves."""

from typing import Optional

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from .row import new_id, utc_now


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
