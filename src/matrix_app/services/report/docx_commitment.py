"""The pages of one commitment in the Word report: facts, texts, logframe, indicators,
charts, evidence and narratives (a mixin of ``DocxReport``)."""

from __future__ import annotations

import datetime as dt
import unicodedata

from ...domain import models as m
from ...domain.rules import Point
from ...domain.vocabulary import (
    CommitmentSection,
    Direction,
    Level,
    OgpValue,
    OpenedGovernment,
    label,
)
from ..snapshot import CommitmentData, PlanData, evidence_name
from .docx_base import _blocks_into, _para, _shade, _table
from .docx_charts import indicator_png
from .formatting import (
    _blocks,
    clean,
    fmt_date,
    fmt_percent,
    fmt_period,
    fmt_size,
    fmt_value,
    short_sha,
)


class CommitmentPages:
    plan: PlanData
    lang: str
    period: str
    when: dt.date

    def commitment(self, c: CommitmentData) -> None:
        cm = c.commitment
        key = "commitment.heading" if cm.code.strip() else "commitment.heading_nocode"
        self.heading(
            self.t(key, code=" ".join(cm.code.split()), title=" ".join(clean(cm.title).split())), 2
        )
        self.facts(c)
        for key, value in (
            ("status_quo", cm.status_quo),
            ("objective", cm.objective),
            ("description", cm.description),
        ):
            if _blocks(value):
                self.heading(self.t(key), 3)
                _blocks_into(self.out, value)
        self.relevance_texts(c)
        missing = []
        for part, key in (
            (self.logframe, "logframe"),
            (self.indicators, "indicators"),
            (self.charts, None),
            (self.evidence, "evidence"),
            (self.narratives, "narratives"),
        ):
            if not part(c) and key is not None:
                missing.append(self.t(f"missing.{key}"))
        if missing:
            _para(self.out, self.t("missing", items=", ".join(missing)), muted=True)

    def relevance_texts(self, c: CommitmentData) -> None:
        """Why the commitment is relevant to each OGP value (the text, not only the tag)."""
        found = [
            (v, getattr(c.commitment, f"relevance_{v.value}", ""))
            for v in OgpValue
            if _blocks(getattr(c.commitment, f"relevance_{v.value}", ""))
        ]
        if not found:
            return
        self.heading(self.t("relevance.heading"), 3)
        for v, value in found:
            self.heading(label(v, self.lang), 4)
            _blocks_into(self.out, value)

    def facts(self, c: CommitmentData) -> None:
        cm = c.commitment
        values = [label(v, self.lang) for v in OgpValue if getattr(cm, f"ogp_{v.value}", False)]
        focal = cm.focal_point_name.strip()
        if cm.focal_point_email.strip():
            email = cm.focal_point_email.strip()
            focal = f"{focal} <{email}>" if focal else email
        starred, source = c.starred_verdict()
        if source == "unknown":
            star = self.t("starred.unknown")
        else:
            star = ("★ " if starred else "") + self.t(
                f"starred.{source}.{'yes' if starred else 'no'}"
            )
        t = self.t
        rows = [
            (t("fact.lead"), _names(c.lead()) or t("none")),
            (t("fact.support"), _names(c.support()) or t("none")),
            (t("fact.dates"), fmt_period(cm.start_date, cm.end_date, self.lang)),
            (t("fact.values"), ", ".join(values) or t("none")),
            (t("fact.themes"), ", ".join(cm.theme_list())),
            (t("fact.focal_point"), focal),
            (t("fact.completion"), label(cm.completion, self.lang)),
            (
                t("fact.schedule", date=fmt_date(self.when, self.lang)),
                label(c.schedule(self.when), self.lang),
            ),
            (t("fact.starred"), star),
            (t("fact.opened"), _opened(cm, self.lang)),
            (t("fact.budget"), cm.budget),
            (t("fact.national_plans"), cm.national_plan_links),
            (t("fact.sdgs"), "; ".join(cm.sdg_list())),
            (t("fact.partners"), cm.partners),
        ]
        table = _table(
            self.out, None, [[[(k, "bold")], v] for k, v in rows if clean(v).strip()], [48, 122]
        )
        for row in table.rows:
            _shade(row.cells[0], "F2F5F9")

    def _level_name(self, r: m.Result, code: str) -> str:
        name = label(Level(r.level), self.lang) if r.level in set(Level) else r.level
        return f"{name} {code}".strip()

    def logframe(self, c: CommitmentData) -> bool:
        results = c.ordered_results()
        if not results:
            return False
        codes = c.codes()
        by_result: dict[str, list[m.Indicator]] = {}
        for ind in c.indicators:
            by_result.setdefault(ind.result_id, []).append(ind)
        cols = (
            "col.level",
            "col.narrative",
            "col.indicators",
            "col.verification",
            "col.assumptions",
        )
        rows = []
        shaded = []
        for r in results:
            inds = by_result.get(r.id, [])
            level = self._level_name(r, codes.get(r.id, ""))
            narrative: list[tuple] = [(r.narrative, "")]
            if r.level == Level.ACTIVITY:
                bits = [fmt_period(r.start_date, r.end_date, self.lang)]
                if r.progress is not None:
                    bits.append(self.t("activity.done", p=fmt_percent(r.progress / 100, self.lang)))
                narrative.append((" · ".join(b for b in bits if b), "small"))
            indent = "\u2003" if r.level == Level.ACTIVITY else ""
            rows.append(
                [
                    [(indent + level, "bold")],
                    narrative,
                    [("• " + i.name, "") for i in inds],
                    [
                        ("• " + i.means_of_verification, "")
                        for i in inds
                        if i.means_of_verification.strip()
                    ],
                    r.assumptions,
                ]
            )
            if r.level in (Level.GOAL, Level.PURPOSE):
                shaded.append(len(rows))
        self.heading(self.t("logframe"), 3)
        table = _table(self.out, [self.t(k) for k in cols], rows, [27, 45, 35, 33, 30])
        for i in shaded:
            for cell in table.rows[i].cells:
                _shade(cell, "E6ECF3")
        return True

    def _targets(self, c: CommitmentData, ind: m.Indicator) -> list[tuple]:
        lines: list[tuple] = []
        for t in c.targets.get(ind.id, []):
            value = fmt_value(t.value, ind.unit, self.lang) or "…"
            when = fmt_date(t.due_date, self.lang)
            lines.append((self.t("target.by", value=value, date=when) if when else value, ""))
            for rv in c.revisions.get(t.id, []):
                old = fmt_value(rv.old_value, ind.unit, self.lang) or "…"
                if rv.old_due_date and rv.old_due_date != rv.new_due_date:
                    old = self.t("target.by", value=old, date=fmt_date(rv.old_due_date, self.lang))
                lines.append(
                    (
                        self.t(
                            "target.revised",
                            date=fmt_date(rv.revised_on, self.lang) or "…",
                            old=old,
                            reason=rv.reason.strip() or "…",
                        ),
                        "small",
                    )
                )
        return lines

    def indicators(self, c: CommitmentData) -> bool:
        if not c.indicators:
            return False
        codes = c.codes()
        results = {r.id: r for r in c.results}
        cols = (
            "col.indicator",
            "col.baseline",
            "col.targets",
            "col.latest",
            "col.progress",
            "col.status",
        )
        rows = []
        for ind in c.indicators:
            name: list[tuple] = [(ind.name, "bold")]
            details = []
            r = results.get(ind.result_id)
            if r is not None:
                details.append(self._level_name(r, codes.get(r.id, "")))
            if ind.unit.strip():
                details.append(self.t("indicator.unit", unit=ind.unit.strip()))
            if ind.direction == Direction.DECREASE:
                details.append(self.t("indicator.decreasing"))
            if details:
                name.append((" · ".join(details), "small"))
            baseline = [
                (fmt_value(ind.baseline_value, ind.unit, self.lang), ""),
                (fmt_date(ind.baseline_date, self.lang), "small"),
            ]
            measured = [x for x in c.measurements.get(ind.id, []) if x.value is not None]
            latest: list[tuple] = []
            if measured:
                last = max(measured, key=lambda x: (x.measured_on is not None, x.measured_on))
                latest.append((fmt_value(last.value, ind.unit, self.lang), ""))
                latest.append((fmt_date(last.measured_on, self.lang), "small"))
                cited = c.cited_evidence(last)
                if cited is not None:
                    source = evidence_name(cited.title, cited.file_name, cited.url, cited.note)
                    latest.append((self.t("latest.evidence", title=source), "small"))
            rows.append(
                [
                    name,
                    baseline,
                    self._targets(c, ind),
                    latest,
                    fmt_percent(c.indicator_progress(ind, self.when), self.lang),
                    label(c.indicator_status(ind, self.when), self.lang),
                ]
            )
        self.heading(self.t("indicators"), 3)
        _table(self.out, [self.t(k) for k in cols], rows, [42, 24, 45, 23, 17, 19])
        return True

    def charts(self, c: CommitmentData) -> bool:
        from docx.shared import Pt

        drawn = False
        for ind in c.indicators:
            targets, actual = c.indicator_points(ind)
            if not targets and not actual:
                continue
            if not drawn:
                self.heading(self.t("chart.heading"), 3)
                drawn = True
            base = None
            if ind.baseline_value is not None and ind.baseline_date is not None:
                base = Point(ind.baseline_date, ind.baseline_value)
            unit = " ".join(ind.unit.split())
            caption = " ".join(clean(ind.name).split()) + (f" ({unit})" if unit else "")
            p = _para(self.out, caption, bold=True)
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_after = Pt(2)
            self.picture(indicator_png(base, targets, actual, self.lang), 110)
        if not drawn and c.indicators:
            _para(self.out, self.t("chart.none"), muted=True)
        return drawn

    def _source(self, e: m.Evidence) -> list[tuple]:
        lines: list[tuple] = []
        if e.kind == "link" and e.url.strip():
            url = e.url.strip()
            safe = url.lower().startswith(("http://", "https://", "mailto:")) and not any(
                ch in ' "<>' or unicodedata.category(ch).startswith("C") for ch in url
            )  # a link target must be XML text: no control or format characters
            lines.append((url, "link", url) if safe and len(url) <= 2000 else (url, ""))
        if e.kind == "file" or e.file_name:
            bits = [e.file_name or "…"]
            if e.sha256:
                bits.append(f"SHA-256 {short_sha(e.sha256)}")
            if e.size is not None:
                bits.append(fmt_size(e.size, self.lang))
            lines.append((" · ".join(bits), ""))
        if e.note.strip():
            lines.append((e.note, "small" if lines else ""))
        return lines

    def evidence(self, c: CommitmentData) -> bool:
        if not c.evidence:
            return False
        head = [self.t(k) for k in ("col.title", "col.date", "col.kind", "col.source")]
        rows = [
            [
                [(e.title, "bold")],
                fmt_date(e.date, self.lang),
                label(e.kind, self.lang),
                self._source(e),
            ]
            for e in c.evidence
        ]
        self.heading(self.t("evidence"), 3)
        _table(self.out, head, rows, [52, 28, 16, 74])
        return True

    def narratives(self, c: CommitmentData) -> bool:
        found = False
        for section in CommitmentSection:
            texts = [
                n.text
                for n in c.narratives
                if n.period == self.period and n.section == section.value and n.text.strip()
            ]
            if not texts:
                continue
            if not found:
                self.heading(self.t("narratives"), 3)
                found = True
            self.heading(label(section, self.lang), 4)
            for value in texts:
                _blocks_into(self.out, value)
        return found


def _opened(cm: m.Commitment, lang: str) -> str:
    from .docx_parts import _vocab

    if not cm.irm_opened_government:
        return ""
    return _vocab(OpenedGovernment, cm.irm_opened_government, lang)


def _names(insts: list[m.Institution]) -> str:
    return "; ".join(i.name + (f" ({i.acronym})" if i.acronym else "") for i in insts)
