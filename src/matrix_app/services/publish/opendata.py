"""The open-data package: one CSV per entity and a Frictionless ``datapackage.json``.

CSV files are UTF-8 (no BOM), comma-separated with a header row, dates ISO 8601
(YYYY-MM-DD), booleans ``true``/``false``, empty cells for no value. Each row carries its id
and its parents' ids; the data package describes every column with a Table Schema (type,
required, enum of the vocabulary) and declares primary and foreign keys. A reference to a
row that is not published (a deleted evidence a measurement still names, a commitment of a
plan left out) is written empty so that every foreign key resolves.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import types
import typing
from typing import Any

from ...domain import models as m
from ...domain.vocabulary import FIELD_VOCAB
from ..snapshot import PlanData
from .views import Privacy, evidence_path

TITLES = {
    "action_plan": "Action plans",
    "institution": "Institutions",
    "commitment": "Commitments",
    "commitment_institution": "Institutions' roles in commitments (lead, support)",
    "result": "Logframe rows (goal, purpose, outputs, activities)",
    "indicator": "Indicators",
    "target": "Targets of indicators",
    "target_revision": "Revisions of targets, with their reasons",
    "measurement": "Actual values of indicators",
    "evidence": "Evidence (files, links, notes)",
    "narrative": "Narratives (progress, challenges, next steps; process, lessons)",
}


def private_columns(privacy: Privacy) -> set[tuple[str, str]]:
    out = {("consultation_comment", "author")}  # a person's name: never published
    if not privacy.emails:
        out.add(("commitment", "focal_point_email"))
    if not privacy.notes:
        out |= {("commitment", "irm_notes"), ("action_plan", "notes"), ("evidence", "note")}
    return out


def _type_of(annotation: Any) -> str:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        annotation = next(a for a in args if a is not type(None))
    return {
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
        dt.date: "date",
    }.get(annotation, "string")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@functools.lru_cache(maxsize=4096)  # rows written together share their timestamp
def _utc(stamp: str) -> str:
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return ""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC).replace(tzinfo=None)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def published_rows(plans: list[PlanData]) -> dict[str, list[m.Row]]:
    """The live rows of the published plans, per table, in the snapshot's order."""
    rows: dict[str, list[m.Row]] = {name: [] for name in m.ENTITIES}
    insts: dict[str, m.Institution] = {}
    for p in plans:
        rows["action_plan"].append(p.plan)
        rows["narrative"] += p.narratives
        for c in p.commitments:
            rows["commitment"].append(c.commitment)
            for ci, inst in c.institutions:
                rows["commitment_institution"].append(ci)
                insts.setdefault(inst.id, inst)
            rows["result"] += c.ordered_results()
            rows["indicator"] += c.indicators
            for ind in c.indicators:
                targets = c.targets.get(ind.id, [])
                rows["target"] += targets
                for t in targets:
                    rows["target_revision"] += c.revisions.get(t.id, [])
                rows["measurement"] += c.measurements.get(ind.id, [])
            rows["evidence"] += c.evidence
            rows["narrative"] += c.narratives
    rows["institution"] = sorted(insts.values(), key=lambda i: i.name.lower())
    return rows


#: Tables that are the coordinator's settings, not the monitoring: never published.
NOT_PUBLISHED = frozenset({"report_profile"})


def file_names() -> list[str]:
    """The open data's files: a CSV per published table and the package descriptor."""
    return [f"{name}.csv" for name in m.ENTITIES if name not in NOT_PUBLISHED] + [
        "datapackage.json"
    ]


def build(
    plans: list[PlanData],
    privacy: Privacy,
    title: str,
    translations: list[m.Translation] | None = None,
    comments: list[m.ConsultationComment] | None = None,
) -> tuple[dict[str, bytes], dict]:
    """The CSV files (name -> bytes) and the data package descriptor. ``comments``: the
    consultation comments to publish (none unless the coordinator ticked them);
    ``translations``: those of published rows' public fields are published with them."""
    rows = published_rows(plans)
    rows["consultation_comment"] = list(comments or [])
    ids = {name: {r.id for r in rs} for name, rs in rows.items()}
    hidden = private_columns(privacy)
    rows["translation"] = [
        t
        for t in translations or []
        if t.row_id in ids.get(t.entity, ()) and (t.entity, t.field) not in hidden
    ]
    ids["translation"] = {t.id for t in rows["translation"]}
    hidden = private_columns(privacy)
    files: dict[str, bytes] = {}
    resources = []
    for name, cls in m.ENTITIES.items():
        if name in NOT_PUBLISHED:
            continue
        table = cls.__table__  # type: ignore[attr-defined]
        columns = ["id"] + [
            f for f in m.content_fields(cls) if (name, f) not in hidden and f != "position"
        ]
        fields = []
        refs: dict[str, str] = {}
        foreign_keys = []
        for col in columns:
            info = cls.model_fields[col]
            spec: dict[str, Any] = {"name": col, "type": _type_of(info.annotation)}
            if col == "id":
                spec["constraints"] = {"required": True, "unique": True}
            vocab = FIELD_VOCAB.get((name, col))
            if vocab is not None:
                spec.setdefault("constraints", {})["enum"] = [v.value for v in vocab]
            for fk in table.columns[col].foreign_keys:
                target = fk.column.table.name
                if target in m.ENTITIES:
                    refs[col] = target
                    foreign_keys.append(
                        {
                            "fields": col,
                            "reference": {
                                "resource": "" if target == name else target,
                                "fields": fk.column.name,
                            },
                        }
                    )
            fields.append(spec)
        extra = []
        if name == "evidence":
            extra.append("file_path")
            fields.append(
                {
                    "name": "file_path",
                    "type": "string",
                    "description": "The file's copy in this site, relative to the site folder "
                    "(empty when the file is not published).",
                }
            )
        extra.append("updated_at")
        fields.append(
            {"name": "updated_at", "type": "datetime", "description": "Last change (UTC)."}
        )
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(columns + extra)
        cells = [(col, ids[refs[col]] if col in refs else None) for col in columns]
        for r in rows[name]:
            # loaded column values sit in the row's __dict__: reading them there skips the
            # ORM's attribute machinery (a quarter of a million reads for 2000 commitments)
            values = r.__dict__
            line = []
            for col, known in cells:
                value = values[col] if col in values else getattr(r, col)
                if value is None or (known is not None and value not in known):
                    line.append("")
                elif value.__class__ is str:  # most cells: written as they are
                    line.append(value)
                else:
                    line.append(_cell(value))
            if name == "evidence":
                line.append(evidence_path(r) or "")  # type: ignore[arg-type]
            line.append(_utc(r.updated_at))
            writer.writerow(line)
        files[f"{name}.csv"] = buf.getvalue().encode("utf-8")
        schema: dict[str, Any] = {"fields": fields, "primaryKey": "id", "missingValues": [""]}
        if foreign_keys:
            schema["foreignKeys"] = foreign_keys
        resources.append(
            {
                "name": name.replace("_", "-"),
                "path": f"{name}.csv",
                "title": TITLES.get(name, name),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "rows": len(rows[name]),
                "schema": schema,
            }
        )
    # resource names in foreign keys use the resource's name, not the table's
    for res in resources:
        for fk in res["schema"].get("foreignKeys", []):
            if fk["reference"]["resource"]:
                fk["reference"]["resource"] = fk["reference"]["resource"].replace("_", "-")
    package = {
        "profile": "tabular-data-package",
        "name": "ogp-action-plan-monitoring",
        "title": title,
        "description": "Monitoring of Open Government Partnership action-plan commitments: "
        "logframe matrices, indicators, targets, actual values and evidence.",
        "resources": resources,
    }
    files["datapackage.json"] = (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode(
        "utf-8"
    )
    return files, package
