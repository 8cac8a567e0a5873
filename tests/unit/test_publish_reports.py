"""The site's self-assessment pages (a plan's mid-term / end-of-term report as a page) and,
when included, the reports as PDF files: what they show, what they keep private, links,
publishing again, the command line (issue 15: "one per plan period report, link the PDFs if
the user chose to include them")."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

import publish_helpers as h
from matrix_app import cli
from matrix_app.domain import models as m
from matrix_app.services import report as builder
from matrix_app.services.publish import Privacy, PublishOptions, period_reports, publish_site

WHEN = dt.date(2015, 9, 30)
COMMENT_AUTHOR = "Comment Author Name"


@pytest.fixture
def rich(project, tmp_path):
    project.ids = ids = h.build(project, tmp_path)
    project.create(
        m.Narrative,
        plan_id=ids["plan"],
        period="end_of_term",
        section="lessons",
        text="end-of-term lesson text",
    )
    project.create(
        m.ConsultationComment,
        plan_id=ids["plan"],
        period="mid_term",
        author=COMMENT_AUTHOR,
        organisation="Fundación Ciudadana",
        comment="mid-term comment text",
    )
    return project


def publish(project, out: Path, **kw):
    kw.setdefault("when", WHEN)
    return publish_site(project, out, PublishOptions(**kw))


def pages(site: Path, lang: str) -> dict[str, str]:
    return {
        p.name: p.read_text(encoding="utf-8") for p in sorted((site / lang / "reports").glob("*"))
    }


def test_a_page_per_plan_and_period_with_that_periods_texts(rich, tmp_path):
    publish(rich, tmp_path / "site")
    for lang in ("es", "en"):
        got = pages(tmp_path / "site", lang)
        mid = next(t for n, t in got.items() if n.endswith("-mid-term.html"))
        end = next(t for n, t in got.items() if n.endswith("-end-of-term.html"))
        assert len(got) == 2
        # the mid-term page: the plan's and the commitment's mid-term texts, not the others
        assert "process" in mid and "narrative" in mid and "end-of-term lesson" not in mid
        assert "end-of-term lesson text" in end and "narrative &lt;script" not in end
        home = (tmp_path / "site" / lang / "index.html").read_text(encoding="utf-8")
        for name in got:
            assert f'href="reports/{name}"' in home
    en = pages(tmp_path / "site", "en")
    assert any("<h1>Mid-term self-assessment: plan" in t for t in en.values())
    es = pages(tmp_path / "site", "es")
    assert any("<h1>Autoevaluación de fin de término: plan" in t for t in es.values())


def test_user_text_on_the_report_pages_is_text(rich, tmp_path):
    publish(rich, tmp_path / "site", privacy=Privacy(consultation=True))
    for text in pages(tmp_path / "site", "en").values():
        assert "<script>" not in text and "<img src=x" not in text
        assert "&lt;script&gt;" in text


def test_a_plan_with_nothing_said_has_no_report_page(project, tmp_path):
    plan = project.create(m.ActionPlan, title="Quiet plan")
    project.create(m.Commitment, plan_id=plan.id, code="1", title="Something")
    publish(project, tmp_path / "site")
    assert not (tmp_path / "site" / "en" / "reports").exists()
    home = (tmp_path / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert "reports/" not in home and "Self-assessment reports" not in home


def test_the_consultation_is_on_its_periods_page_only_when_published(rich, tmp_path):
    publish(rich, tmp_path / "a")
    assert all("mid-term comment text" not in t for t in pages(tmp_path / "a", "en").values())
    publish(rich, tmp_path / "b", privacy=Privacy(consultation=True))
    got = pages(tmp_path / "b", "en")
    mid = next(t for n, t in got.items() if n.endswith("-mid-term.html"))
    end = next(t for n, t in got.items() if n.endswith("-end-of-term.html"))
    assert "mid-term comment text" in mid and "Fundación Ciudadana" in mid
    assert "mid-term comment text" not in end
    assert all(COMMENT_AUTHOR not in t for t in got.values())  # never the authors


def test_no_pdf_unless_asked(rich, tmp_path):
    publish(rich, tmp_path / "site")
    assert not (tmp_path / "site" / "reports").exists()  # (evidence files may be PDFs)
    assert all(".pdf" not in t for t in pages(tmp_path / "site", "en").values())


def test_included_pdfs_are_linked_with_their_checksum(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, reports=True)
    pdfs = sorted((site / "reports").glob("*.pdf"))
    assert len(pdfs) == 4  # two periods, two languages
    for lang in ("es", "en"):
        home = (site / lang / "index.html").read_text(encoding="utf-8")
        for text in pages(site, lang).values():
            for href in re.findall(r'href="([^"]+\.pdf)"', text):
                target = (site / lang / "reports" / href).resolve()
                data = target.read_bytes()
                assert data.startswith(b"%PDF")
                assert hashlib.sha256(data).hexdigest() in text
        assert len(re.findall(r'href="\.\./reports/[^"]+\.pdf"', home)) == 4
    es_page = next(t for n, t in pages(site, "es").items() if n.endswith("-mid-term.html"))
    assert "Descargar el informe en español (PDF)" in es_page
    assert es_page.index("en español") < es_page.index("en inglés")  # the page's own first


def test_the_pdfs_hold_only_what_the_site_publishes(rich, tmp_path, monkeypatch):
    seen = []
    real = builder.render_plan

    def spy(plan, options, *args, inputs=None, **kw):
        seen.append((plan, inputs))
        return real(plan, options, *args, inputs=inputs, **kw)

    monkeypatch.setattr(builder, "render_plan", spy)
    publish(rich, tmp_path / "a", reports=True)
    assert len(seen) == 4
    for plan, inputs in seen:
        for c in plan.commitments:
            assert c.commitment.focal_point_email == ""
            assert all(e.note == "" for e in c.evidence)
            assert all(e.publishable() for e in c.evidence)  # internal and undecided left out
        assert inputs.comments == []
        assert not (inputs.sections or set()) & {"annex"}
    # the project's own rows are untouched (the copy is the report's)
    assert rich.get(m.Commitment, rich.ids["c"]).focal_point_email == h.EMAIL
    seen.clear()
    publish(rich, tmp_path / "b", reports=True, privacy=Privacy(emails=True, consultation=True))
    plan, inputs = seen[0]
    assert any(c.commitment.focal_point_email == h.EMAIL for c in plan.commitments)
    assert {x.comment for x in inputs.comments} == {"mid-term comment text"}
    assert all(x.author == "" for x in inputs.comments)


def test_publishing_again_unchanged_does_not_lay_the_pdfs_out(rich, tmp_path, monkeypatch):
    site = tmp_path / "site"
    publish(rich, site, reports=True)
    before = {p.name: p.read_bytes() for p in (site / "reports").glob("*.pdf")}

    def refuse(*a, **kw):
        raise AssertionError("laid out again")

    monkeypatch.setattr(builder, "render_plan", refuse)
    result = publish(rich, site, reports=True)
    assert result.written == 0
    assert {p.name: p.read_bytes() for p in (site / "reports").glob("*.pdf")} == before
    monkeypatch.undo()
    with rich.write() as w:  # a text of the end of term changes: its PDFs are made again
        n = next(x for x in rich.rows(m.Narrative) if x.text == "end-of-term lesson text")
        w.update(m.Narrative, n.id, text="a new lesson")
    publish(rich, site, reports=True)
    after = {p.name: p.read_bytes() for p in (site / "reports").glob("*.pdf")}
    changed = {n for n in after if after[n] != before[n]}
    assert changed and all("-end-of-term-" in n for n in changed)
    # and without the option the PDFs go away with the publication that no longer has them
    publish(rich, site)
    assert not list((site / "reports").glob("*.pdf"))


def test_cli_include_reports(rich, tmp_path, capsys):
    rich.close()
    out = tmp_path / "site"
    code = cli.main(["publish", str(rich.path), str(out), "--include-reports", "--lang", "es"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert sorted(p.name.rsplit("-", 1)[-1] for p in (out / "reports").glob("*.pdf")) == [
        "es.pdf",
        "es.pdf",
    ]


def test_public_plan_copies_never_change_the_snapshot(rich):
    from matrix_app.services.snapshot_read import load_snapshot

    with rich.read() as s:
        snap = load_snapshot(s, plain=True)
    p = snap.plans[0]
    public = period_reports.public_plan(p, Privacy())
    assert p.commitments[0].commitment.focal_point_email == h.EMAIL
    assert public.commitments[0].commitment.focal_point_email == ""
    assert any(e.note for c in p.commitments for e in c.evidence)
    assert not any(e.note for c in public.commitments for e in c.evidence)
