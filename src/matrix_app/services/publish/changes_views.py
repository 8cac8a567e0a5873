"""The "what changed since the last publication" page's data in one language: the facts
``journal_changes`` found, in words (no Qt). Every text is plain: the template escapes it."""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from enum import StrEnum
from typing import Any

from ...domain import models as m
from ...domain.vocabulary import FIELD_VOCAB, CommitmentSection, Level, Period, PlanSection, Role
from ..snapshot import evidence_name
from .change_labels import CHANGE_TEXTS
from .journal_changes import ChangeSet, Group, Line
from .names import commitment_page, inst_name, institution_page, slug
from .view_base import ViewBase

MAX_LINES = 50  # lines shown per commitment, plan or institution; the rest are counted
MAX_GROUPS = 400  # groups shown per section; the rest are counted
MAX_QUOTE = 120  # characters of a user text quoted in a line
_OWN = ("commitment", "action_plan", "institution")
#: The summary's rows after the totals, in this order.
CATEGORIES = (
    "commitment_added",
    "commitment_removed",
    "completion",
    "measurement",
    "target",
    "evidence",
    "other",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@functools.cache
def _kind(table: str, name: str) -> str:
    """How a field's values are told: vocab, date, bool, number or as they are ("code")."""
    if (table, name) in FIELD_VOCAB:
        return "vocab"
    annotation = m.ENTITIES[table].model_fields[name].annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return {dt.date: "date", bool: "bool", float: "number", int: "number"}.get(annotation, "code")


def _vocab(enum: type[StrEnum], value: Any) -> StrEnum | None:
    try:
        return enum(value)
    except ValueError:
        return None


class ChangeWords:
    """One language's sentences for the changes."""

    def __init__(self, views: ViewBase):
        self.v, self.t, self.L = views, views.t, views.labels

    def q(self, value: Any) -> str:
        """A user text quoted in a line: one line, shortened, isolated from the sentence's
        direction (a name in a right-to-left script does not reorder the words around it)."""
        text = " ".join(str(value or "").split())
        if len(text) > MAX_QUOTE:
            text = text[: MAX_QUOTE - 1] + "…"
        return self.t("changes.q", text=f"\u2068{text or '…'}\u2069")

    def user(self, row: Any, name: str, table: str) -> str:
        return self.q(self.v.loc.plain(row, name, table) if row is not None else "")

    def date(self, value: Any) -> str:
        return self.v.date(_date(value)) or "…"

    def label(self, enum: type[StrEnum], value: Any) -> str:
        got = _vocab(enum, value)
        return self.v.label(got) if got is not None else self.q(value)

    def number(self, value: Any, unit: str) -> str:
        try:
            return self.v.value(float(value), unit or "") or "…"
        except (TypeError, ValueError):
            return "…"

    def target_by(self, value: Any, due: Any, unit: str) -> str:
        shown = self.number(value, unit) if value is not None else "…"
        return self.t("target.by", value=shown, date=self.date(due)) if due else shown

    def value(self, ln: Line, value: Any) -> str:
        if value is None or value == "":
            return self.L["changes.none_value"]
        table, name = ln.entity, ln.field or ""
        kind = _kind(table, name)
        if kind == "vocab":
            return self.label(FIELD_VOCAB[(table, name)], value)
        if kind == "date":
            return self.date(value)
        if kind == "bool":
            return self.L["yes" if value else "no"]
        if kind == "number":
            if table == "result" and name == "progress":
                return self.v.pct(float(value) / 100) if isinstance(value, int | float) else "…"
            unit = ln.row.unit if table == "indicator" else getattr(ln.extra, "unit", "")
            return self.number(value, unit)
        return self.q(value)

    def subject(self, table: str, row: Any, extra: Any) -> str:
        """Whose change a line tells: "Indicator “…”", "Activity “…”"..."""
        t = self.t
        if table in _OWN:
            return self.L[f"chg.s.{table}"]
        if row is None:
            return self.q("")
        if table == "commitment_institution":
            return t("chg.s.commitment_institution", name=self.institution(extra))
        if table == "result":
            return t("chg.s.result", level=self.label(Level, row.level), name=self.result(row))
        if table == "indicator":
            return t("chg.s.indicator", name=self.user(row, "name", "indicator"))
        if table in ("target", "target_revision"):
            return t(f"chg.s.{table}", name=self.user(extra, "name", "indicator"))
        if table == "measurement":
            name = self.user(extra, "name", "indicator")
            return t("chg.s.measurement", name=name, date=self.date(row.measured_on))
        if table == "evidence":
            return t("chg.s.evidence", title=self.evidence(row))
        if table == "narrative":
            return t("chg.s.narrative", **self.narrative(row))
        if table == "consultation_comment":
            if (row.organisation or "").strip():
                return t("chg.s.consultation_comment", org=self.q(row.organisation))
            return self.L["chg.s.consultation_comment.anonymous"]
        return self.q(table)

    def institution(self, inst: Any) -> str:
        return self.q(inst_name(inst) if inst is not None else "")

    def result(self, row: Any) -> str:
        return self.user(row, "narrative", "result")

    def evidence(self, row: Any) -> str:
        # never the note: it is internal unless the user publishes notes
        return self.q(evidence_name(row.title or "", row.file_name or "", row.url or ""))

    def narrative(self, row: Any) -> dict[str, str]:
        sections = PlanSection if row.commitment_id is None else CommitmentSection
        return {
            "section": self.label(sections, row.section),
            "period": self.label(Period, row.period),
        }

    def text(self, ln: Line, own: bool) -> str:
        """The line's sentence; ``own``: the change is of the group's own row."""
        t, action, table, row, extra = self.t, ln.action, ln.entity, ln.row, ln.extra
        if action.startswith("translation."):
            lang = self.L[f"chg.lang.{ln.lang}"] if ln.lang in ("en", "es") else self.q(ln.lang)
            return t(f"chg.{action}", subject=self.subject(table, row, extra), language=lang)
        if action == "update":
            key = f"{table}.{ln.field}"
            subject = "" if own else self.subject(table, row, extra)
            if f"chg.v.{key}" in CHANGE_TEXTS:
                label, old, new = (
                    self.L[f"chg.v.{key}"],
                    self.value(ln, ln.old),
                    self.value(ln, ln.new),
                )
                if own:
                    return t("chg.value", field=_cap(label), old=old, new=new)
                return t("chg.value.of", subject=subject, field=label, old=old, new=new)
            phrase = self.L[f"chg.t.{key}"]
            return _cap(phrase) if own else t("chg.text.of", subject=subject, text=phrase)
        key = f"chg.{table}.{action}"
        if key not in CHANGE_TEXTS:
            key = f"chg.{table}.create" if action == "restore" else key
        if key not in CHANGE_TEXTS:  # no sentence for it: said as a change of the row
            return t("chg.text.of", subject=self.subject(table, row, extra), text=action)
        if table in _OWN:
            return self.L[key]
        unit = getattr(extra, "unit", "") or ""
        name = self.user(extra, "name", "indicator")
        if table == "commitment_institution":
            return t(key, name=self.institution(extra), role=self.label(Role, row.role))
        if table == "result":
            return t(key, subject=self.subject(table, row, extra))
        if table == "indicator":
            return t(key, name=self.user(row, "name", "indicator"))
        if table == "target":
            return t(key, name=name, value=self.target_by(row.value, row.due_date, unit))
        if table == "target_revision":  # a due date is told when it moved (as on the page)
            moved = _date(row.old_due_date) != _date(row.new_due_date)
            old = self.target_by(row.old_value, row.old_due_date if moved else None, unit)
            new = self.target_by(row.new_value, row.new_due_date if moved else None, unit)
            reason = self.q(row.reason)
            return t(
                key, name=name, date=self.date(row.revised_on), old=old, new=new, reason=reason
            )
        if table == "measurement":
            value = self.number(row.value, unit)
            return t(key, name=name, value=value, date=self.date(row.measured_on))
        if table == "evidence":
            return t(key, title=self.evidence(row))
        if table == "narrative":
            return t(key, **self.narrative(row))
        return t(key, subject=self.subject(table, row, extra))


def _group(words: ChangeWords, g: Group, plan_index: dict[str, int], authors: bool) -> dict:
    v, t = words.v, words.t
    row = g.row
    if g.kind == "commitment":
        code, title = (row.code or "").strip(), v.loc.plain(row, "title", "commitment").strip()
        key = "commitment.heading" if code else "commitment.heading_nocode"
        name, href, ident = t(key, code=code, title=title), commitment_page(row), "c"
    elif g.kind == "action_plan":
        title = v.loc.plain(row, "title", "action_plan").strip() or words.L["untitled"]
        name, ident = t("changes.group.plan", title=title), "p"
        href = f"index.html#plan{plan_index.get(row.id, 1)}"
    else:
        name, ident = t("changes.group.institution", name=inst_name(row)), "i"
        href = institution_page(row)
    lines = [
        {
            "text": words.text(
                ln, ln.entity == g.kind and ln.row is not None and ln.row.id == row.id
            ),
            "date": words.date(ln.at),
            "iso": ln.at[:10],
            "author": ln.author.strip() if authors else "",
        }
        for ln in g.lines[:MAX_LINES]
    ]
    rest = len(g.lines) - len(lines)
    return {
        "id": f"chg-{ident}-{slug(row.id)}",
        "name": name,
        "href": href if g.live else "",
        "note": "" if g.live else words.L["changes.removed"],
        "lines": lines,
        "more": t("changes.more", n=rest) if rest > 0 else "",
    }


def changes_page(views: ViewBase, pub: Any) -> dict[str, Any]:
    """The page's data: what the publication is compared with, the counts, the groups."""
    cs: ChangeSet = pub.changes
    words = ChangeWords(views)
    t, L = views.t, views.labels
    page: dict[str, Any] = {"first": "", "lead": "", "none": "", "source": "", "sections": []}
    if cs.first:
        cds = pub.commitments
        page["first"] = t("changes.first", date=words.date(cs.published))
        page["summary_heading"], page["summary_col"] = (
            L["changes.summary.first"],
            L["changes.col.kind"],
        )
        page["summary"] = [
            {"label": L[key], "n": n}
            for key, n in (
                ("plans", len(pub.plans)),
                ("table.heading", len(cds)),
                ("changes.holds.institutions", len(pub.institutions)),
                ("changes.holds.indicators", sum(len(c.indicators) for c in cds)),
                (
                    "changes.holds.measurements",
                    sum(len(xs) for c in cds for xs in c.measurements.values()),
                ),
                ("changes.holds.evidence", sum(len(c.evidence) for c in cds)),
            )
        ]
        return page
    counts = cs.counts()
    total = sum(counts.values())
    dates = {"date": words.date(cs.published), "since": words.date(cs.since)}
    if total:
        page["lead"] = (
            t("changes.lead.one", **dates) if total == 1 else t("changes.lead", n=total, **dates)
        )
        page["source"] = L["changes.source"]
    else:
        page["none"] = t("changes.none", since=dates["since"])
    kinds = [g.kind == "commitment" for g in cs.groups]
    page["summary_heading"], page["summary_col"] = L["changes.summary"], L["changes.col.what"]
    page["summary"] = [
        {"label": L[key], "n": n}
        for key, n in (
            ("changes.n.total", total),
            ("changes.n.commitments", sum(kinds)),
            ("changes.n.others", len(kinds) - sum(kinds)),
            *((f"changes.n.{c}", counts.get(c, 0)) for c in CATEGORIES),
        )
        if n or key == "changes.n.total"
    ]
    plan_index = {p.plan.id: i for i, p in enumerate(pub.plans, 1)}
    authors = views.privacy.authors
    for ident, heading, wanted in (
        ("commitments", L["table.heading"], True),
        ("others", L["changes.others"], False),
    ):
        groups = [g for g in cs.groups if (g.kind == "commitment") == wanted]
        if groups:
            shown = [_group(words, g, plan_index, authors) for g in groups[:MAX_GROUPS]]
            rest = len(groups) - len(shown)
            page["sections"].append(
                {
                    "id": f"changes-{ident}",
                    "heading": heading,
                    "groups": shown,
                    "more": t("changes.more_groups", n=rest) if rest > 0 else "",
                }
            )
    return page
