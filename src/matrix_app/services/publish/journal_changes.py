"""What changed since the previous publication, from the change journal: the facts of the
changes page, the same in every language (``changes_views`` words them; no Qt).

The journal is read once, from the previous publication's mark (see ``journal_read``).
Each row's entries are netted: a row added and removed in between is no change, a field
changed and changed back is none, a row added shows once with its values now, a removal
takes along what went with it. Only what the site publishes is told: the chosen plans'
commitments, evidence that may be published (never evidence marked internal or not yet
public, whatever it was before), fields the site shows (private ones only when the user
publishes them, and their values never), a field's values only when they are not text.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ...domain import models as m
from ..row_links import PARENTS
from .change_labels import FIELD_KINDS
from .journal_read import Entry, Mark, Rows, entries_after, file_key, mark_now
from .opendata import NOT_PUBLISHED, private_columns, published_rows

_LIFE = ("create", "delete", "restore")
_OWN = {"commitment", "action_plan", "institution"}  # rows that are a group themselves


@dataclass
class Line:
    """One change of one row (its words are the page language's)."""

    action: str  # create | delete | restore | update | translation.create/update/delete
    entity: str
    row: Any  # the row now (or as it was removed)
    extra: Any  # the indicator (of a target, measurement, revision) or institution it names
    at: str
    seq: int
    author: str
    field: str | None = None
    old: Any = None  # values of a field whose values are told
    new: Any = None
    lang: str = ""  # a translation's language
    category: str = "other"


@dataclass
class Group:
    kind: str  # commitment | action_plan | institution
    row: Any
    live: bool  # its page is published (a removed commitment is named, not linked)
    lines: list[Line] = field(default_factory=list)

    def latest(self) -> tuple[str, int]:
        return max((ln.at, ln.seq) for ln in self.lines)


@dataclass
class ChangeSet:
    first: bool  # no earlier publication to compare with
    published: str  # when the changes listed were first published (ISO)
    since: str  # the time of the publication they are compared with ("" when first)
    groups: list[Group]
    record: dict[str, Any]  # this publication's mark, for the manifest

    def counts(self) -> Counter:
        return Counter(ln.category for g in self.groups for ln in g.lines)


class _RowChange:
    """A row's entries after the mark, netted."""

    __slots__ = ("cid", "created", "entity", "fields", "first_life", "last_life", "life", "row_id")

    def __init__(self, e: Entry):
        self.entity, self.row_id, self.cid = e.entity, e.row_id, e.commitment_id
        self.created = False
        self.first_life: str | None = None
        self.last_life: str | None = None
        self.life = (e.at, e.seq or 0, e.author)
        self.fields: dict[str, list[Any]] = {}

    def add(self, e: Entry) -> None:
        self.cid = self.cid or e.commitment_id
        if e.action in _LIFE:
            self.created = self.created or e.action == "create"
            self.first_life = self.first_life or e.action
            self.last_life = e.action
            self.life = (e.at, e.seq or 0, e.author)
        elif e.action == "update" and e.field:
            got = self.fields.get(e.field)
            if got is None:
                self.fields[e.field] = [e.old, e.new, e.at, e.seq or 0, e.author]
            else:
                got[1:] = [e.new, e.at, e.seq or 0, e.author]

    def before_live(self) -> bool:
        return not self.created and self.first_life != "restore"

    def after_live(self) -> bool:
        if self.last_life is None:
            return self.before_live()
        return self.last_life != "delete"

    def first_value(self, name: str, now: Any) -> Any:
        got = self.fields.get(name)
        return now if got is None else _decode(got[0])


def _decode(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _publishable(kind: Any, public: Any) -> bool:
    public = _bool(public)
    return public if public is not None else kind != "file"


class _Collector:
    def __init__(self, pub, rows: Rows, privacy):
        self.pub, self.rows, self.privacy = pub, rows, privacy
        self.hidden = private_columns(privacy)
        self.plans = {p.plan.id: p.plan for p in pub.plans}
        self.groups: dict[tuple[str, str], Group] = {}

    def group(self, rc: _RowChange, row: Any) -> Group | None:
        kind, gid = self.group_key(rc, row)
        if not gid:
            return None
        key = (kind, gid)
        if key in self.groups:
            return self.groups[key]
        got = None
        if kind == "commitment":
            live = self.pub.by_id.get(gid)
            if live is not None:
                got = Group(kind, live.commitment, True)
            else:
                gone = self.rows.get("commitment", gid)
                if gone is not None and gone.deleted_at and gone.plan_id in self.plans:
                    got = Group(kind, gone, False)
        elif kind == "action_plan" and gid in self.plans:
            got = Group(kind, self.plans[gid], True)
        elif kind == "institution" and gid in self.pub.institutions:
            got = Group(kind, self.pub.institutions[gid][0], True)
        if got is not None:
            self.groups[key] = got
        return got

    def group_key(self, rc: _RowChange, row: Any) -> tuple[str, str | None]:
        table = rc.entity
        if table == "commitment":
            return "commitment", rc.row_id
        if rc.cid:
            return "commitment", rc.cid
        if table in ("action_plan", "institution"):
            return table, rc.row_id
        if table == "translation" and row is not None:
            target = self.rows.get(row.entity, row.row_id)
            if row.entity in ("action_plan", "institution"):
                return row.entity, row.row_id
            if target is not None and getattr(target, "commitment_id", None):
                return "commitment", target.commitment_id
            return "action_plan", getattr(target, "plan_id", None)
        if table in ("narrative", "consultation_comment") and row is not None:
            return "action_plan", row.plan_id
        return "", None

    def visible(self, rc: _RowChange, row: Any) -> tuple[bool, bool]:
        """(shown before the mark, shown now) as far as this row itself decides."""
        table = rc.entity
        before, after = rc.before_live(), rc.after_live()
        now = after and self.rows.published(table, rc.row_id)
        if table == "evidence":
            kind = rc.first_value("kind", row.kind)
            before = before and _publishable(kind, rc.first_value("public", row.public))
        elif table == "consultation_comment" and not self.privacy.consultation:
            return False, False
        elif table == "translation":
            shown = self.rows.published(row.entity, row.row_id)
            shown = shown and (row.entity, row.field) not in self.hidden
            return before and shown, now and shown
        return before, now

    def lines(self, rc: _RowChange) -> list[Line]:
        table = rc.entity
        row = self.rows.get(table, rc.row_id)
        if row is None or table in NOT_PUBLISHED or table not in m.ENTITIES:
            return []
        group = self.group(rc, row)
        if group is None:
            return []
        before, now = self.visible(rc, row)
        at, seq, author = rc.life
        if table == "translation":
            subject = self.rows.get(row.entity, row.row_id)
            base = dict(
                entity=row.entity,
                row=subject,
                extra=self.rows.extra(row.entity, subject),
                lang=row.lang,
            )
            if before and now:
                got = rc.fields.get("text")
                if got is None or _decode(got[0]) == _decode(got[1]):
                    return []
                return [Line("translation.update", at=got[2], seq=got[3], author=got[4], **base)]
            if now or (before and not rc.after_live()):
                action = "translation.create" if now else "translation.delete"
                return [Line(action, at=at, seq=seq, author=author, **base)]
            return []
        extra = self.rows.extra(table, row)
        if now and not before:
            action = "restore" if not rc.created and table in _OWN else "create"
            return [self.line(action, table, row, extra, at, seq, author)]
        if before and not now:
            if rc.after_live():  # still there, no longer published (marked internal)
                return []
            return [self.line("delete", table, row, extra, at, seq, author)]
        if not (before and now):
            return []
        out = []
        for name, (old, new, at, seq, author) in rc.fields.items():
            kind = FIELD_KINDS.get(f"{table}.{name}")
            if kind is None or (table, name) in self.hidden:
                continue
            o, n = _decode(old), _decode(new)
            if o == n or (kind == "text" and not o and not n):
                continue
            if kind == "text":
                o = n = None  # a text's values are the page's to show, not the change's
            out.append(self.line("update", table, row, extra, at, seq, author, name, o, n))
        return out

    @staticmethod
    def line(action, table, row, extra, at, seq, author, name=None, old=None, new=None) -> Line:
        category = "other"
        if table == "commitment" and action == "create":
            category = "commitment_added"
        elif table == "commitment" and action == "delete":
            category = "commitment_removed"
        elif table == "commitment" and name == "completion":
            category = "completion"
        elif table == "measurement" and action in ("create", "restore"):
            category = "measurement"
        elif table == "evidence" and action in ("create", "restore"):
            category = "evidence"
        elif table == "target_revision" or (
            table == "target" and (action != "update" or name in ("value", "due_date"))
        ):
            category = "target"
        return Line(action, table, row, extra, at, seq, author, name, old, new, "", category)


def _trim(lines: list[Line]) -> list[Line]:
    """Leave out what another line says already: the rows a removal (or restoring) took
    along, anything else about a row added or removed whose group it is, and a target's new
    value when its revision says it."""
    own = [ln for ln in lines if ln.entity in _OWN and ln.action in _LIFE]
    if own:
        return own[:1]
    life = {(ln.entity, ln.row.id, ln.action) for ln in lines if ln.action in ("delete", "restore")}
    revised = {ln.row.target_id for ln in lines if ln.entity == "target_revision"}
    out = []
    for ln in lines:
        if ln.action in ("delete", "restore") and any(
            (parent, getattr(ln.row, fk, None), ln.action) in life
            for fk, parent in PARENTS.get(ln.entity, [])
        ):
            continue
        if ln.entity == "target" and ln.action == "update" and ln.row.id in revised:
            continue
        out.append(ln)
    return out


def build(entries: list[Entry], rows: Rows, pub, privacy) -> list[Group]:
    """The changes told by ``entries``, grouped (newest group first, newest line first)."""
    changes: dict[tuple[str, str], _RowChange] = {}
    for e in entries:
        if e.entity not in m.ENTITIES or e.entity in NOT_PUBLISHED:
            continue
        rc = changes.get((e.entity, e.row_id))
        if rc is None:
            rc = changes[(e.entity, e.row_id)] = _RowChange(e)
        rc.add(e)
    # a commitment added or removed is one line: what went with it is not looked at
    whole = {
        rc.row_id
        for rc in changes.values()
        if rc.entity == "commitment" and rc.before_live() != rc.after_live()
    }
    if whole:
        changes = {
            k: rc for k, rc in changes.items() if rc.entity == "commitment" or rc.cid not in whole
        }
    if not changes:
        return []
    rows.need([(rc.entity, rc.row_id) for rc in changes.values()])
    for _ in range(3):  # then what they name: indicators (of targets), institutions...
        wanted = []
        for rc in changes.values():
            row = rows.get(rc.entity, rc.row_id)
            wanted += rows.refs(rc.entity, row)
            if rc.cid and rc.cid not in pub.by_id:
                wanted.append(("commitment", rc.cid))
            if rc.entity == "translation" and row is not None:
                wanted += rows.refs(row.entity, rows.get(row.entity, row.row_id))
        if not rows.need(wanted):
            break
    collector = _Collector(pub, rows, privacy)
    for rc in changes.values():
        lines = collector.lines(rc)
        if lines:
            group = collector.group(rc, rows.get(rc.entity, rc.row_id))
            if group is not None:
                group.lines += lines
    groups = []
    for g in collector.groups.values():
        g.lines = sorted(_trim(g.lines), key=lambda ln: (ln.at, ln.seq), reverse=True)
        if g.lines:
            groups.append(g)
    groups.sort(key=Group.latest, reverse=True)
    return groups


def collect(project, pub, previous, now: str, privacy, translations, comments) -> ChangeSet:
    """The changes since the previous publication (``previous``: ``previous_marks``)."""
    last, base, published_then = previous
    instance = file_key(str(getattr(getattr(project, "file", None), "instance_id", "") or ""))
    with project.read() as s:
        conn = s.connection()
        mark = mark_now(conn, now, instance)
        groups: list[Group] = []
        since: Mark | None = None
        published = now
        if last is not None:
            entries = entries_after(conn, [last] + ([base] if base else []), instance)

            def index() -> dict[str, dict[str, Any]]:
                found = {n: {r.id: r for r in rs} for n, rs in published_rows(pub.plans).items()}
                hidden = private_columns(privacy)
                found["translation"] = {
                    t.id: t
                    for t in translations
                    if t.row_id in found.get(t.entity, {}) and (t.entity, t.field) not in hidden
                }
                found["consultation_comment"] = {x.id: x for x in comments}
                return found

            rows = Rows(conn, index() if entries else {})
            after_last = [e for e in entries if last.after(e.seq, e.at, instance)]
            groups = build(after_last, rows, pub, privacy)
            if groups:
                since = last
            else:
                since, published = base, published_then
                if base is not None:
                    kept = [e for e in entries if base.after(e.seq, e.at, instance)]
                    groups = build(kept, rows, pub, privacy)
    record = {
        **mark.to_json(),
        "project": file_key(str(getattr(project, "project_id", "") or "")),
        "changes": {"since": since.to_json() if since else None, "published": published},
    }
    return ChangeSet(since is None, published, since.at if since else "", groups, record)
