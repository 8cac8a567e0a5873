"""Any text a user can enter prints: any length, any script, any markup-looking text.

A property test fills every text field of a generated plan with random text (Latin, Arabic,
Hebrew, CJK, emoji, combining marks, control characters, reportlab markup) and checks that
``matrix-app report`` exits 0 with a readable PDF; fixed cases cover the lengths of issue 14
and the 100,000-character limit of ``domain.limits``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from matrix_app.cli import main
from matrix_app.commands.report import PART_KEYS
from matrix_app.domain import models as m
from matrix_app.domain.limits import MAX_TEXT_CHARS
from matrix_app.services.project import Project

MARKUP = [
    "<b>",
    "</b>",
    "&",
    "&amp;",
    "&#0;",
    "<para>",
    "</para>",
    "<font name=x>",
    '<img src="/etc/passwd"/>',
    "<br/>",
    "]]>",
    "<![CDATA[",
    "<a href='file:///x'>",
    "\\",
    "%s",
    "{0}",
]
SCRIPTS = [
    "Transparencia municipal ",
    "الشفافية والمساءلة ",  # Arabic
    "שקיפות ממשלתית ",  # Hebrew
    "政府公开透明度 ",  # CJK
    "情報公開 ",
    "투명성 ",
    "🏛️📊✅👩🏽‍💼 ",
    "e\u0301\u0308\u0323 ",  # combining marks
    "\u200b\u200d\u202e\u2066",  # zero-width, bidi overrides
    "\x00\x01\x07\x0b\x0c\x1b\x7f\x85\ufeff\ufffe",
    "\t\r\n\n",
    "x" * 300,  # one long word
]

piece = st.one_of(
    st.sampled_from(MARKUP), st.sampled_from(SCRIPTS), st.text(max_size=40), st.just(" ")
)
any_text = st.lists(piece, max_size=60).map("".join)
long_text = st.tuples(st.sampled_from(SCRIPTS + MARKUP), st.integers(1, 3000)).map(
    lambda t: (t[0] * (t[1] // max(1, len(t[0])) + 1))[: t[1]]
)
field_text = st.one_of(any_text, any_text, long_text)


def build_plan(path, text) -> Project:
    """A plan with one of every row, every text field filled by ``text(name)``."""
    p = Project.new(path)
    with p.write() as w:
        plan = w.create(
            m.ActionPlan,
            title=text("plan.title"),
            government=text("plan.government"),
            coordinating_body=text("plan.coordinating_body"),
            notes=text("plan.notes"),
            period_start=dt.date(2014, 7, 1),
            period_end=dt.date(2016, 6, 30),
        )
        inst = [
            w.create(m.Institution, name=text(f"inst{i}.name"), acronym=text(f"inst{i}.acronym"))
            for i in range(2)
        ]
        c = w.create(
            m.Commitment,
            plan_id=plan.id,
            code=text("c.code"),
            title=text("c.title"),
            status_quo=text("c.status_quo"),
            objective=text("c.objective"),
            description=text("c.description"),
            themes=text("c.themes"),
            focal_point_name=text("c.focal_point_name"),
            focal_point_email=text("c.focal_point_email"),
            irm_notes=text("c.irm_notes"),
            relevance_access_to_information=text("c.relevance_ati"),
            relevance_civic_participation=text("c.relevance_cp"),
            relevance_public_accountability=text("c.relevance_pa"),
            relevance_technology_innovation=text("c.relevance_ti"),
            budget=text("c.budget"),
            national_plan_links=text("c.national_plan_links"),
            sdgs=text("c.sdgs"),
            partners=text("c.partners"),
            irm_opened_government="marginal",
            ogp_civic_participation=True,
            start_date=dt.date(2014, 7, 1),
            end_date=dt.date(2016, 6, 30),
            completion="substantial",
        )
        for i, role in ((0, "lead"), (1, "support")):
            w.create(
                m.CommitmentInstitution, commitment_id=c.id, institution_id=inst[i].id, role=role
            )
        w.create(m.Result, commitment_id=c.id, level="goal", narrative=text("goal.narrative"))
        purpose = w.create(
            m.Result,
            commitment_id=c.id,
            level="purpose",
            narrative=text("purpose.narrative"),
            assumptions=text("purpose.assumptions"),
        )
        output = w.create(
            m.Result,
            commitment_id=c.id,
            level="output",
            parent_id=purpose.id,
            narrative=text("output.narrative"),
            assumptions=text("output.assumptions"),
        )
        w.create(
            m.Result,
            commitment_id=c.id,
            level="activity",
            parent_id=output.id,
            narrative=text("activity.narrative"),
            start_date=dt.date(2014, 7, 1),
            end_date=dt.date(2015, 7, 1),
            progress=50,
        )
        ind = w.create(
            m.Indicator,
            result_id=purpose.id,
            name=text("ind.name"),
            formula=text("ind.formula"),
            unit=text("ind.unit"),
            means_of_verification=text("ind.means_of_verification"),
            data_source=text("ind.data_source"),
            frequency=text("ind.frequency"),
            responsible=text("ind.responsible"),
            baseline_value=1,
            baseline_date=dt.date(2014, 1, 1),
        )
        t = w.create(
            m.Target, indicator_id=ind.id, due_date=dt.date(2015, 6, 30), value=5, note=text("t")
        )
        w.revise_target(
            t.id,
            6,
            dt.date(2015, 6, 30),
            ("motivo " + text("rev.reason"))[:MAX_TEXT_CHARS],
            dt.date(2015, 1, 1),
        )
        ev = w.create(
            m.Evidence,
            commitment_id=c.id,
            kind="link",
            title=text("ev.title"),
            url=("https://example.org/" + text("ev.url"))[:MAX_TEXT_CHARS],
            note=text("ev.note"),
            date=dt.date(2015, 3, 1),
        )
        w.add_file(c.id, text("file.name")[:200] or "f.pdf", b"x", title=text("file.title"))
        w.create(
            m.Measurement,
            indicator_id=ind.id,
            measured_on=dt.date(2015, 3, 1),
            value=3,
            comment=text("x.comment"),
            reported_by=text("x.reported_by"),
            evidence_id=ev.id,
        )
        for period in ("mid_term", "end_of_term"):
            for section in ("process", "lessons"):
                w.create(
                    m.Narrative,
                    plan_id=plan.id,
                    period=period,
                    section=section,
                    text=text(f"plan.{period}.{section}"),
                )
            for section in ("progress", "challenges"):
                w.create(
                    m.Narrative,
                    commitment_id=c.id,
                    period=period,
                    section=section,
                    text=text(f"c.{period}.{section}"),
                )
        for period in ("mid_term", "end_of_term"):
            w.create(
                m.ConsultationComment,
                plan_id=plan.id,
                period=period,
                author=text("cc.author"),
                organisation=text("cc.organisation"),
                received_on=dt.date(2015, 9, 2),
                comment=text("cc.comment"),
                response=text("cc.response"),
            )
    from matrix_app.services import report_profile, translations

    report_profile.set_profile(
        p,
        plan.id,
        issuing_body=text("profile.issuing_body"),
        cover_text=text("profile.cover_text"),
        consultation_start=dt.date(2015, 9, 1),
        consultation_end=dt.date(2015, 9, 15),
    )
    for field in ("title", "description", "budget"):
        translations.set_translation(p, "commitment", c.id, field, "en", text(f"en.c.{field}"))
    return p


def report_ok(path, out, lang="es", kind="mid-term", draft=False) -> PdfReader:
    args = ["report", str(path), str(out), "--lang", lang, "--kind", kind, "--date", "2015-09-30"]
    code = main(args + (["--draft", "--sections", ",".join(PART_KEYS)] if draft else []))
    assert code == 0
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 4
    for page in reader.pages:
        page.extract_text()
    return reader


@settings(
    max_examples=12,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking a report takes hours
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data(), lang=st.sampled_from(["es", "en"]))
def test_any_text_in_any_field_never_breaks_the_report(tmp_path_factory, data, lang):
    folder = tmp_path_factory.mktemp("any")
    p = build_plan(folder / "p.nap", lambda name: data.draw(field_text, label=name))
    p.close()
    report_ok(folder / "p.nap", folder / "r.pdf", lang, draft=True)
    word_ok(folder / "p.nap", folder / "r.docx", lang, draft=True)


def word_ok(path, out, lang="es", kind="mid-term", draft=False):
    """The same project as a Word document: exit 0 and a document python-docx reads."""
    import docx

    args = ["report", str(path), str(out), "--lang", lang, "--kind", kind, "--date", "2015-09-30"]
    assert main(args + (["--draft"] if draft else [])) == 0
    d = docx.Document(str(out))
    assert any(p.style.name == "Heading 1" for p in d.paragraphs)


def _big(filler: str) -> str:
    return (filler * (MAX_TEXT_CHARS // len(filler) + 1))[:MAX_TEXT_CHARS]


def test_every_field_at_the_limit_prints(tmp_path):
    big = _big("Compromiso de transparencia ")
    p = build_plan(tmp_path / "p.nap", lambda name: big)
    p.close()
    reader = report_ok(tmp_path / "p.nap", tmp_path / "r.pdf", "en")
    assert len(reader.pages) < 2000


BIG_FIELDS = (
    "plan.title",
    "c.title",
    "inst0.name",
    "ind.name",
    "purpose.narrative",
    "c.description",
)


@pytest.mark.parametrize(
    "filler", ["政府公开透明度", "x", "الشفافية "], ids=["cjk", "one-word", "arabic"]
)
def test_texts_without_spaces_at_the_limit_print(tmp_path, filler):
    big = _big(filler)
    p = build_plan(tmp_path / "p.nap", lambda name: big if name in BIG_FIELDS else "texto")
    p.close()
    report_ok(tmp_path / "p.nap", tmp_path / "r.pdf", "es")


@pytest.mark.slow
@pytest.mark.parametrize(
    "filler", ["政府公开透明度", "x", "الشفافية "], ids=["cjk", "one-word", "arabic"]
)
def test_every_field_at_the_limit_in_any_script_prints(tmp_path, filler):
    p = build_plan(tmp_path / "p.nap", lambda name: _big(filler))
    p.close()
    report_ok(tmp_path / "p.nap", tmp_path / "r.pdf", "en")


ISSUE_CASES = {
    "commitment title 3000": {"c.title": "Título de compromiso " * 150},
    "plan title 450": {"plan.title": "Plan de acción nacional de gobierno abierto " * 10},
    "institution 1500": {"inst0.name": "Institución pública responsable " * 47},
    "indicator 3000": {"ind.name": "Indicador de resultado " * 130},
}


@pytest.mark.parametrize("case", list(ISSUE_CASES))
def test_the_lengths_of_issue_14_print(tmp_path, case):
    values = ISSUE_CASES[case]
    p = build_plan(tmp_path / "p.nap", lambda name: values.get(name, "texto"))
    p.close()
    for lang, kind in (("es", "mid-term"), ("en", "end-of-term")):
        report_ok(tmp_path / "p.nap", tmp_path / f"r-{lang}.pdf", lang, kind)


def test_thirty_lead_institutions_print(tmp_path):
    p = build_plan(tmp_path / "p.nap", lambda name: "texto")
    with p.write() as w:
        c = p.rows(m.Commitment)[0]
        for i in range(30):
            inst = w.create(
                m.Institution, name=f"Subsecretaría de Desarrollo Institucional N.º {i:02d}"
            )
            w.create(
                m.CommitmentInstitution, commitment_id=c.id, institution_id=inst.id, role="lead"
            )
    p.close()
    reader = report_ok(tmp_path / "p.nap", tmp_path / "r.pdf")
    text = " ".join(pg.extract_text() for pg in reader.pages)
    assert "N.º 29" in " ".join(text.split())
