"""A project for the site tests: every text field hostile, every kind of row present."""

from __future__ import annotations

import html.parser
import re
from pathlib import Path

from matrix_app.domain import models as m

#: What a user might type; it must reach the page as text, never as markup.
HOSTILE = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>"
EMAIL = "focal.point@example.org"
IRM_NOTE = "irm-note-secret"
EVIDENCE_NOTE = "evidence-note-secret"
PLAN_NOTE = "plan-note-secret"
AUTHOR = "Test Author"


def hostile(tag: str) -> str:
    return f"{tag} {HOSTILE}"


def build(project, tmp_path: Path) -> dict[str, str]:
    """Fill ``project``; returns the ids tests need."""
    plan = project.create(
        m.ActionPlan,
        title=hostile("plan"),
        government=hostile("gov"),
        coordinating_body=hostile("body"),
        period_start="2014-07-01",
        period_end="2016-06-30",
        notes=PLAN_NOTE,
    )
    inst = project.create(m.Institution, name=hostile("inst"), acronym="<b>X</b>", kind="ministry")
    other = project.create(m.Institution, name="Consejo para la Transparencia", acronym="CPLT")
    c = project.create(
        m.Commitment,
        plan_id=plan.id,
        code="<i>1</i>",
        title=hostile("title"),
        status_quo=hostile("status"),
        objective=hostile("objective"),
        description=hostile("description") + "\n\nSecond paragraph.",
        themes=hostile("theme") + "; open data",
        start_date="2014-07-01",
        end_date="2016-06-30",
        focal_point_name=hostile("focal"),
        focal_point_email=EMAIL,
        completion="substantial",
        ogp_access_to_information=True,
        irm_specificity="high",
        irm_potential_impact="moderate",
        irm_notes=IRM_NOTE,
    )
    c2 = project.create(
        m.Commitment, plan_id=plan.id, code="2", title="Second commitment", completion="limited"
    )
    project.create(m.CommitmentInstitution, commitment_id=c.id, institution_id=inst.id, role="lead")
    project.create(
        m.CommitmentInstitution, commitment_id=c.id, institution_id=other.id, role="support"
    )
    project.create(
        m.CommitmentInstitution, commitment_id=c2.id, institution_id=other.id, role="lead"
    )
    project.create(m.Result, commitment_id=c.id, level="goal", narrative=hostile("goal"))
    purpose = project.create(
        m.Result,
        commitment_id=c.id,
        level="purpose",
        narrative=hostile("purpose"),
        assumptions=hostile("assumption"),
    )
    out = project.create(
        m.Result,
        commitment_id=c.id,
        level="output",
        parent_id=purpose.id,
        narrative=hostile("output"),
    )
    project.create(
        m.Result,
        commitment_id=c.id,
        level="activity",
        parent_id=out.id,
        narrative=hostile("activity"),
        start_date="2014-09-01",
        end_date="2015-06-30",
        progress=50,
    )
    ind = project.create(
        m.Indicator,
        result_id=purpose.id,
        commitment_id=c.id,
        name=hostile("indicator"),
        formula=hostile("formula"),
        unit="%",
        baseline_value=10,
        baseline_date="2014-07-01",
        means_of_verification=hostile("mov"),
        data_source=hostile("source"),
        frequency=hostile("frequency"),
        responsible=hostile("responsible"),
    )
    target = project.create(
        m.Target,
        indicator_id=ind.id,
        commitment_id=c.id,
        due_date="2016-06-30",
        value=80,
        note=hostile("target-note"),
    )
    project.revise_target(target.id, 60, "2016-06-30", hostile("reason"), "2015-03-01")
    link = project.create(
        m.Evidence,
        commitment_id=c.id,
        kind="link",
        title=hostile("link"),
        url="https://example.org/acta?a=1&b=2",
        date="2015-01-10",
    )
    project.create(
        m.Evidence, commitment_id=c.id, kind="link", title="bad link", url="javascript:alert(3)"
    )
    f = tmp_path / "acta <final>.pdf"
    f.write_bytes(b"%PDF-1.4 evidence")
    project.add_file_evidence(
        c.id, f, title=hostile("file"), note=EVIDENCE_NOTE, date="2015-02-01", public=True
    )
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ\x90\x00")
    project.add_file_evidence(c.id, exe, title="an installer", public=True)
    # not published: a file nobody has marked public yet, and a link marked internal
    draft = tmp_path / "borrador.pdf"
    draft.write_bytes(b"%PDF-1.4 draft")
    project.add_file_evidence(c.id, draft, title="undecided draft")
    project.create(
        m.Evidence,
        commitment_id=c.id,
        kind="link",
        title="internal link",
        url="https://intranet.example/secret",
        public=False,
    )
    project.create(
        m.Measurement,
        indicator_id=ind.id,
        commitment_id=c.id,
        measured_on="2015-06-30",
        value=35,
        comment=hostile("comment"),
        reported_by=hostile("reporter"),
        evidence_id=link.id,
    )
    project.create(
        m.Narrative,
        commitment_id=c.id,
        period="mid_term",
        section="progress",
        text=hostile("narrative"),
    )
    project.create(
        m.Narrative, plan_id=plan.id, period="mid_term", section="process", text=hostile("process")
    )
    return {"plan": plan.id, "c": c.id, "c2": c2.id, "inst": inst.id, "target": target.id}


class Links(html.parser.HTMLParser):
    """Every URL attribute and every id of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str, dict[str, str | None]]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for key in ("href", "src", "action", "data", "poster"):
            if a.get(key) is not None:
                self.urls.append((tag, a[key], a))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            url = re.search(r"url=(.*)$", a.get("content") or "", flags=re.I)
            if url:
                self.urls.append((tag, url.group(1).strip(), a))


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))
