"""Evidence of progress (links and files) and the files' bytes, once per SHA-256."""

import datetime as dt
from typing import ClassVar, Optional

from sqlmodel import Field, SQLModel

from .row import Row


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
