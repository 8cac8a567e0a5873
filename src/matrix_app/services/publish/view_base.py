"""One language's formatting for the pages' data: fixed texts, dates, numbers and labels,
each formatted once per language and publication (values, dates and texts repeat across a
site's thousands of indicators: formatting them was the profile's largest share)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ...domain import models as m
from ...domain.vocabulary import Level, label
from ..report.formatting import fmt_date, fmt_percent, fmt_period, fmt_value
from ..snapshot import PlanData
from ..translations import Translations
from .figures import Figures
from .labels import text
from .localized import Localized
from .names import inst_name, institution_page
from .privacy import Privacy

_LEVELS = frozenset(Level)


def paragraphs(value: str | None) -> list[str]:
    """User text split at blank lines (line breaks inside a paragraph are kept by CSS)."""
    if not value or not value.strip():
        return []
    blocks = re.split(r"\n\s*\n", value.replace("\r\n", "\n").replace("\r", "\n").strip())
    return [b.strip("\n") for b in blocks if b.strip()]


class Texts(dict):
    """A language's fixed texts, ``L["col.date"]``: a dict lookup, each text found once,
    instead of a function call per use (in the templates and in the hot loops here)."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def __missing__(self, key: str) -> str:
        got = self[key] = text(key, self.lang)
        return got


class ViewBase:
    """What every kind of page's data needs in one language: the project, the figures shared
    by the languages, and the language's formats."""

    def __init__(
        self,
        lang: str,
        when: dt.date,
        privacy: Privacy,
        plans: list[PlanData],
        figures: Figures | None = None,
        translations: Translations | None = None,
        comments: dict[str, list[m.ConsultationComment]] | None = None,
    ):
        self.lang = lang
        self.loc = Localized(lang, translations)
        self.comments = comments or {}
        self.when = when
        self.privacy = privacy
        self.plans = plans
        self.by_id = {c.id: c for p in plans for c in p.commitments}
        self.plan_of = {c.id: p for p in plans for c in p.commitments}
        self.figures = figures if figures is not None and figures.when == when else Figures(when)
        self._dates: dict[dt.date | None, str] = {}
        self._values: dict[tuple[float | None, str], str] = {}
        self._pcts: dict[float | None, str] = {}
        self._labels: dict[Any, str] = {}
        self._periods: dict[tuple[dt.date | None, dt.date | None], str] = {}
        self.labels = Texts(lang)

    def t(self, key: str, **params: object) -> str:
        if params:
            return text(key, self.lang, **params)
        return self.labels[key]

    def date(self, value: dt.date | None) -> str:
        got = self._dates.get(value)
        if got is None:
            got = self._dates[value] = fmt_date(value, self.lang)
        return got

    def period(self, start: dt.date | None, end: dt.date | None) -> str:
        got = self._periods.get((start, end))
        if got is None:
            got = self._periods[(start, end)] = fmt_period(start, end, self.lang)
        return got

    def pct(self, share: float | None) -> str:
        got = self._pcts.get(share)
        if got is None:
            got = self._pcts[share] = fmt_percent(share, self.lang) if share is not None else ""
        return got

    def value(self, v: float | None, unit: str) -> str:
        key = (v, unit)
        got = self._values.get(key)
        if got is None:
            got = self._values[key] = fmt_value(v, unit, self.lang)
        return got

    def label(self, value: Any) -> str:
        key = (type(value), value)  # a plain string's label is looked up in every table
        got = self._labels.get(key)
        if got is None:
            got = self._labels[key] = label(value, self.lang)
        return got

    def level_name(self, r: m.Result, code: str) -> str:
        name = self.label(Level(r.level)) if r.level in _LEVELS else r.level
        return f"{name} {code}".strip()

    def inst_links(self, insts: list[m.Institution], up: str) -> list[dict[str, str]]:
        return [{"name": inst_name(i), "href": up + institution_page(i)} for i in insts]

    def period_parts(self, narratives: list[Any], period: str, sections: Any) -> list[dict]:
        """The texts of one period, a part per section that has any (in ``sections``'
        order): its label, paragraphs in the page's language, and their language when
        untranslated."""
        parts = []
        for section in sections:
            blocks, langs = [], ""
            for n in narratives:
                if n.period == period and n.section == section.value:
                    value, in_lang = self.loc.block_lang(n, "text", "narrative")
                    blocks += paragraphs(value)
                    langs = langs or in_lang
            if blocks:
                parts.append({"label": self.label(section), "paragraphs": blocks, "lang": langs})
        return parts

    def block(self, obj: Any, field: str, table: str) -> dict[str, Any]:
        """A user text's paragraphs in the page's language, and the language they are in
        when they are not translated ("")."""
        value, in_lang = self.loc.block_lang(obj, field, table)
        return {"paragraphs": paragraphs(value), "lang": in_lang}
