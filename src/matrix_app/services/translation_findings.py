"""What the quality panel's "missing translation" findings read: which texts have a
translation, whether to look, and how each translatable row is named in a finding.

Looked for only when the project is bilingual - it has at least one translation, or the
coordinator set Meta ``bilingual`` to "1" - so a project kept in one language (most are)
never gets hundreds of findings about translations nobody planned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..domain.vocabulary import Level, label

if TYPE_CHECKING:  # the first data is read without SQLAlchemy (services/first_read.py)
    from sqlmodel import Session

    from ..domain import models as m
    from .snapshot import CommitmentData, Snapshot

#: (table, row, commitment id or None, {"what_en": ..., "what_es": ...}).
Named = tuple[str, "m.Row", str | None, dict[str, str]]

#: The translatable texts per table: ``models.text_fields`` of each of
#: ``models.TRANSLATABLE_TABLES``, written out so that reading the first data needs no
#: models (``tests/unit/test_first_read.py`` wants it equal to what the models say).
TEXT_FIELDS: dict[str, list[str]] = {
    "action_plan": ["title", "government", "coordinating_body", "notes"],
    "institution": ["name"],
    "commitment": [
        "title", "status_quo", "objective", "description", "irm_notes",
        "relevance_access_to_information", "relevance_civic_participation",
        "relevance_public_accountability", "relevance_technology_innovation", "budget",
        "national_plan_links", "partners",
    ],
    "result": ["narrative", "assumptions"],
    "indicator": [
        "name", "formula", "unit", "means_of_verification", "data_source", "frequency",
        "responsible",
    ],
    "target_revision": ["reason"],
    "measurement": ["comment"],
    "evidence": ["title", "note"],
    "narrative": ["text"],
    "consultation_comment": ["comment", "response"],
}  # fmt: skip


@dataclass
class TranslationState:
    """What the "missing translation" findings need: which texts have a translation into
    ``lang`` (the language the project's texts are not written in) and whether to look."""

    lang: str = "en"
    have: set[tuple[str, str, str, str]] = field(default_factory=set)
    wanted: bool = False
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)


#: Meta key a coordinator sets ("1") to be told of missing translations before there is any.
BILINGUAL_KEY = "bilingual"


def load_state(s: Session) -> TranslationState:
    # the driver's SQL: no statement compiled on the way to the first data shown
    return read_state(s.connection().exec_driver_sql)


_META = "SELECT key, value FROM meta"
_HAVE = "SELECT entity, row_id, field, lang FROM translation WHERE deleted_at IS NULL"


def read_state(execute) -> TranslationState:
    """``load_state`` through ``execute(sql)`` (a sqlite3 connection's or SQLAlchemy's
    driver-level execute). The field labels (their module reads the models) are loaded
    only when the project is bilingual: a monolingual one's findings never name a field."""
    meta = dict(execute(_META).fetchall())
    own = meta.get("content_lang", "es")
    have = {tuple(r) for r in execute(_HAVE).fetchall()}
    wanted = bool(have) or meta.get(BILINGUAL_KEY) == "1"
    labels: dict[str, tuple[str, str]] = {}
    if wanted:
        from .excel.layout import FIELD_LABELS  # the names the workbook and the forms use

        labels = FIELD_LABELS
    return TranslationState("en" if own == "es" else "es", have, wanted, labels)  # type: ignore[arg-type]


def commitment_texts(self: CommitmentData) -> list[Named]:
    """The commitment's translatable rows, each named for a finding."""
    from .snapshot import evidence_name

    c = self.commitment
    name = f"{c.code} {c.title}".strip()
    cid = c.id
    codes = self.codes()
    out: list[Named] = [
        ("commitment", c, cid, {"what_en": f"of commitment {name}",
                                "what_es": f"del compromiso {name}"}),
    ]  # fmt: skip
    for r in self.results:
        code = codes.get(r.id, "")
        en, es = (label(Level(r.level), x).lower() for x in ("en", "es"))
        out.append(("result", r, cid, {"what_en": f"of {en} {code} of commitment {name}",
                                       "what_es": f"de {es} {code} del compromiso {name}"}))  # fmt: skip
    names = {i.id: i.name for i in self.indicators}
    for i in self.indicators:
        out.append(("indicator", i, cid, {"what_en": f"of indicator “{i.name}” ({name})",
                                          "what_es": f"del indicador “{i.name}” ({name})"}))  # fmt: skip
    for revs in self.revisions.values():
        for rv in revs:
            out.append(("target_revision", rv, cid, {"what_en": f"of a target revision ({name})",
                                                     "what_es": f"de una revisión de meta ({name})"}))  # fmt: skip
    for ind_id, xs in self.measurements.items():
        for x in xs:
            ind = names.get(ind_id, "")
            out.append(("measurement", x, cid, {"what_en": f"of a measurement of “{ind}” ({name})",
                                                "what_es": f"de una medición de “{ind}” ({name})"}))  # fmt: skip
    for e in self.evidence:
        title = evidence_name(e.title, e.file_name, e.url, e.note)
        out.append(("evidence", e, cid, {"what_en": f"of evidence “{title}” ({name})",
                                         "what_es": f"de la evidencia “{title}” ({name})"}))  # fmt: skip
    for n in self.narratives:
        out.append(("narrative", n, cid, {"what_en": f"of a narrative ({name})",
                                          "what_es": f"de una narrativa ({name})"}))  # fmt: skip
    return out


def plan_texts(self: Snapshot) -> list[Named]:
    """The plans' own translatable rows and the institutions, each named for a finding."""
    out: list[Named] = []
    for p in self.plans:
        title = p.plan.title
        out.append(("action_plan", p.plan, None, {"what_en": f"of plan “{title}”",
                                                  "what_es": f"del plan “{title}”"}))  # fmt: skip
        for n in p.narratives:
            out.append(("narrative", n, None, {"what_en": f"of a narrative of plan “{title}”",
                                               "what_es": f"de una narrativa del plan “{title}”"}))  # fmt: skip
    for i in self.institutions:
        out.append(("institution", i, None, {"what_en": f"of institution “{i.name}”",
                                             "what_es": f"de la institución “{i.name}”"}))  # fmt: skip
    return out
