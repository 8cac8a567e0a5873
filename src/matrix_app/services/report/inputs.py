"""What a report needs besides the plan's matrices: the consultation's comments, the
coordinator's report profile (issuing body, logo, cover text, parts, consultation dates) and
the translations of the plan's texts into the report's language (schema 4).

``translate_plan`` gives the plan with every printed text in the report's language where a
translation exists; each text still in the content language is marked (``[ES]``) and
counted, so the front matter can say how many are untranslated.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ...domain import models as m
from ..snapshot import PlanData
from .scripts import starts_rtl

#: The texts a report prints, per table (what is translated and counted).
PRINTED: dict[str, tuple[str, ...]] = {
    "action_plan": ("title", "government", "coordinating_body"),
    "commitment": (
        "title",
        "status_quo",
        "objective",
        "description",
        "relevance_access_to_information",
        "relevance_civic_participation",
        "relevance_public_accountability",
        "relevance_technology_innovation",
        "budget",
        "national_plan_links",
        "partners",
    ),
    "institution": ("name",),
    "result": ("narrative", "assumptions"),
    "indicator": ("name", "unit", "means_of_verification"),
    "target_revision": ("reason",),
    "evidence": ("title", "note"),
    "narrative": ("text",),
    "consultation_comment": ("comment", "response"),
}


#: Texts translated when there is a translation but never marked: a unit of "%" makes
#: values print as percentages.
UNMARKED = frozenset({("indicator", "unit")})


@dataclass
class ReportInputs:
    comments: list = field(default_factory=list)  # ConsultationComment of the plan and kind
    issuing_body: str = ""
    cover_text: str = ""
    logo: bytes | None = None
    sections: frozenset[str] | None = None  # from the profile; None: the kind's defaults
    consultation: tuple[dt.date | None, dt.date | None] = (None, None)
    translations: object | None = None  # services.translations.Translations
    untranslated: int = 0  # texts printed in the content language (set by translate_plan)
    #: whether those texts carry the language mark: not when nothing at all is translated
    #: (a Spanish-only project's English report would be [ES] on every line; one sentence
    #: in the front matter says it instead)
    untranslated_marked: bool = False
    content_lang: str = "es"


def load_inputs(project, plan_id: str, kind: str, index=None) -> ReportInputs:
    """The plan's comments of ``kind``, its report profile and the project's translations
    (``index``: those already loaded, when one caller makes several reports)."""
    from sqlmodel import col, select

    from .. import report_profile, translations

    with project.read() as s:
        q = select(m.ConsultationComment).where(
            m.ConsultationComment.plan_id == plan_id,
            m.ConsultationComment.period == kind,
            col(m.ConsultationComment.deleted_at).is_(None),
        )
        comments = sorted(
            s.exec(q),
            key=lambda c: (c.received_on is None, c.received_on or dt.date.min, c.position),
        )
        prof = report_profile.find(s, plan_id)
    index = index if index is not None else translations.load(project)
    inputs = ReportInputs(comments=comments, translations=index, content_lang=index.content_lang)
    if prof is not None:
        inputs.issuing_body = prof.issuing_body
        inputs.cover_text = prof.cover_text
        inputs.sections = frozenset(prof.section_list()) or None
        inputs.consultation = (prof.consultation_start, prof.consultation_end)
        inputs.logo = report_profile.logo_bytes(project, plan_id)
    return inputs


class _Translator:
    def __init__(self, index, lang: str) -> None:
        self.index, self.lang = index, lang
        self.marking = len(index) > 0
        self.mark = f"[{index.content_lang.upper()}] " if self.marking else ""
        self.missing: set[tuple[str, str, str]] = set()

    def row(self, obj):
        if obj is None:
            return obj
        table = type(obj).__tablename__
        changes = {}
        for name in PRINTED.get(table, ()):
            original = getattr(obj, name, "") or ""
            if not original.strip():
                continue
            text, done = self.index.translated(obj, name, self.lang)
            if not done and (table, name) in UNMARKED:
                continue  # printed as it is (its value also decides a format)
            if not done:
                self.missing.add((table, obj.id, name))
                # at the start of the text; at its end for right-to-left text, whose
                # direction its first letter decides
                rtl = starts_rtl(original)
                if not self.marking:
                    text = original
                elif rtl:
                    text = f"{original} {self.mark.strip()}"
                else:
                    text = self.mark + original
            if text != original:
                changes[name] = text
        return obj.model_copy(update=changes) if changes else obj

    def rows(self, items: list) -> list:
        return [self.row(x) for x in items]


def translate_plan(plan: PlanData, inputs: ReportInputs, lang: str) -> PlanData:
    """``plan`` with its printed texts in ``lang`` where translated (the rest marked), and
    ``inputs.comments`` likewise; sets ``inputs.untranslated``."""
    index = inputs.translations
    if index is None or lang == inputs.content_lang:
        inputs.untranslated = 0
        return plan
    tr = _Translator(index, lang)
    commitments = []
    for c in plan.commitments:
        commitments.append(
            replace(
                c,
                commitment=tr.row(c.commitment),
                institutions=[(ci, tr.row(inst)) for ci, inst in c.institutions],
                results=tr.rows(c.results),
                indicators=tr.rows(c.indicators),
                revisions={k: tr.rows(v) for k, v in c.revisions.items()},
                evidence=tr.rows(c.evidence),
                narratives=tr.rows(c.narratives),
            )
        )
    out = PlanData(tr.row(plan.plan), commitments, tr.rows(plan.narratives))
    inputs.comments = tr.rows(inputs.comments)
    inputs.untranslated = len(tr.missing)
    inputs.untranslated_marked = tr.marking
    return out
