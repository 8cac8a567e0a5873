"""What every journaled row has: a random UUID key, timestamps and a tombstone."""

import datetime as dt
import os
from typing import ClassVar, Optional

from sqlmodel import Field, SQLModel


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
