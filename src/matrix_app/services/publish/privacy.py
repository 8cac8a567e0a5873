"""What a publication may show beyond the public record: chosen by the user, off by default,
and applied while the pages' data are built, before any template sees them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Privacy:
    """What is published beyond the public record (all off by default)."""

    emails: bool = False  # focal points' e-mail addresses
    notes: bool = False  # internal notes: plan notes, IRM notes, evidence notes
    quality: bool = False  # matrix quality findings
    authors: bool = False  # who made the last change (journal author names)
    consultation: bool = False  # the public consultation's comments and responses
