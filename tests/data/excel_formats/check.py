"""Compare an imported project with a corpus case's expected project (see make_corpus.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from matrix_app.domain import models as m


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def dump(project: Any) -> list[dict[str, Any]]:
    out = []
    for c in sorted(project.rows(m.Commitment), key=lambda c: (c.code, c.title)):
        results = project.rows(m.Result, commitment_id=c.id)
        by_id = {r.id: r for r in results}
        roles = {
            x.institution_id: x.role
            for x in project.rows(m.CommitmentInstitution, commitment_id=c.id)
        }
        insts = [i.name for i in project.rows(m.Institution) if roles.get(i.id) == "lead"]
        support = sorted(
            i.name for i in project.rows(m.Institution) if roles.get(i.id, "lead") != "lead"
        )
        indicators = []
        for i in project.rows(m.Indicator, commitment_id=c.id):
            indicators.append({
                "of": by_id[i.result_id].narrative, "name": i.name, "formula": i.formula,
                "dimension": i.dimension, "unit": i.unit, "baseline": i.baseline_value,
                "baseline_date": _iso(i.baseline_date),
                "means_of_verification": i.means_of_verification,
                "data_source": i.data_source, "frequency": i.frequency,
                "responsible": i.responsible,
                "targets": sorted((_iso(t.due_date), t.value)
                                  for t in project.rows(m.Target, indicator_id=i.id)),
                "measurements": sorted((_iso(x.measured_on), x.value)
                                       for x in project.rows(m.Measurement, indicator_id=i.id)),
            })  # fmt: skip
        out.append({
            "code": c.code, "title": c.title, "institutions": insts, "completion": c.completion,
            "support": support, "themes": c.themes,
            "results": sorted(
                (r.level, r.narrative, by_id[r.parent_id].narrative if r.parent_id else None)
                for r in results
            ),
            "milestones": {r.narrative: (_iso(r.start_date), _iso(r.end_date), r.progress)
                           for r in results if r.level == "activity"},
            "assumptions": {r.narrative: r.assumptions for r in results if r.assumptions},
            "evidence": {by_id[e.result_id].narrative: (e.url or e.title)
                         for e in project.rows(m.Evidence, commitment_id=c.id) if e.result_id},
            "indicators": indicators,
        })  # fmt: skip
    return out


def differences(project: Any, expected: list[dict[str, Any]]) -> list[str]:
    """What differs between the project and the expected commitments (empty: all as expected)."""
    got = dump(project)
    diffs: list[str] = []
    if [(c["code"], c["title"]) for c in got] != sorted((e["code"], e["title"]) for e in expected):
        return [f"commitments {[(c['code'], c['title']) for c in got]}"]
    for want in sorted(expected, key=lambda e: (e["code"], e["title"])):
        have = next(c for c in got if (c["code"], c["title"]) == (want["code"], want["title"]))
        tag = f"commitment {want['code'] or want['title']}"
        if have["results"] != sorted(want["results"], key=lambda t: tuple(x or "" for x in t)):
            diffs.append(f"{tag}: results {have['results']}")
        if "institution" in want and have["institutions"] != [want["institution"]]:
            diffs.append(f"{tag}: institutions {have['institutions']}")
        for key in ("assumptions", "evidence", "completion", "support", "themes"):
            if key in want and have[key] != (sorted(want[key]) if key == "support" else want[key]):
                diffs.append(f"{tag}: {key} {have[key]}")
        if "milestones" in want:
            for name, dates in want["milestones"].items():
                if have["milestones"].get(name) != dates:
                    diffs.append(f"{tag}: milestone {name}: {have['milestones'].get(name)}")
        names = sorted((i["of"], i["name"]) for i in have["indicators"])
        if names != sorted((i["of"], i["name"]) for i in want["indicators"]):
            diffs.append(f"{tag}: indicators {names}")
            continue
        for wi in want["indicators"]:
            hi = next(
                i for i in have["indicators"] if (i["of"], i["name"]) == (wi["of"], wi["name"])
            )
            for key, value in wi.items():
                if key in ("targets", "measurements"):
                    value = sorted(tuple(v) for v in value)
                if hi[key] != value:
                    diffs.append(f"{tag}: indicator {wi['name']}: {key} {hi[key]!r} != {value!r}")
    return diffs
