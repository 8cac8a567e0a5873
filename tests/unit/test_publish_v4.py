"""Schema 4 on the website: evidence's public flag, content translations, the new commitment
fields and the consultation's comments."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

import publish_helpers as h
from matrix_app.domain import models as m
from matrix_app.services import translations
from matrix_app.services.publish import Privacy, PublishOptions, publish_site

WHEN = dt.date(2015, 9, 30)


@pytest.fixture
def rich(project, tmp_path):
    project.ids = h.build(project, tmp_path)
    return project


def page(site, lang, cid):
    return (site / lang / "commitments" / f"{cid}.html").read_text(encoding="utf-8")


def csv_rows(site, name):
    return list(csv.DictReader(io.StringIO((site / "data" / name).read_text(encoding="utf-8"))))


def test_evidence_not_marked_public_is_left_out_and_counted(rich, tmp_path):
    site = tmp_path / "site"
    result = publish_site(rich, site, PublishOptions(when=WHEN))
    assert (result.files_undecided, result.evidence_internal) == (1, 1)
    text = page(site, "en", rich.ids["c"]) + page(site, "es", rich.ids["c"])
    assert "undecided draft" not in text and "internal link" not in text
    assert "intranet.example" not in text
    assert not list(site.rglob("borrador.pdf"))
    titles = {r["title"] for r in csv_rows(site, "evidence.csv")}
    assert "undecided draft" not in titles and "internal link" not in titles
    assert "bad link" in titles  # a link nobody marked is public
    # marking the file public publishes it the next time
    draft = next(e for e in rich.rows(m.Evidence) if e.title == "undecided draft")
    rich.update(m.Evidence, draft.id, public=True)
    result = publish_site(rich, site, PublishOptions(when=WHEN))
    assert (result.files_undecided, result.evidence_internal) == (0, 1)
    assert list(site.rglob("borrador.pdf")) and "undecided draft" in page(site, "en", rich.ids["c"])


def test_pages_use_the_translations_and_say_what_is_untranslated(rich, tmp_path):
    cid = rich.ids["c"]
    translations.set_translation(rich, "commitment", cid, "title", "en", "Open data portal")
    translations.set_translation(
        rich, "commitment", cid, "objective", "en", "To publish the data.\n\nAll of it."
    )
    site = tmp_path / "site"
    publish_site(rich, site, PublishOptions(when=WHEN))
    en, es = page(site, "en", cid), page(site, "es", cid)
    assert "Open data portal" in en and "Open data portal" not in es
    assert '<p class="user">To publish the data.</p><p class="user">All of it.</p>' in en
    # the Spanish originals with no translation are marked and carry their language
    assert "(not translated)" in en and '<div lang="es">' in en and '<span lang="es">' in en
    assert "Texts of this page with no translation yet" in en
    assert "sin traducir" not in es and 'lang="es">' not in es.split("<body>", 1)[1]
    home = (site / "en" / "index.html").read_text(encoding="utf-8")
    assert "Open data portal" in home
    # publishing again after a translation changed builds the pages again
    translations.set_translation(rich, "commitment", cid, "title", "en", "Open data portal II")
    publish_site(rich, site, PublishOptions(when=WHEN))
    assert "Open data portal II" in page(site, "en", cid)
    assert "Open data portal II" in (site / "en" / "index.html").read_text(encoding="utf-8")
    translations.set_translation(rich, "commitment", cid, "title", "en", "Open data portal")
    publish_site(rich, site, PublishOptions(when=WHEN))
    rows = csv_rows(site, "translation.csv")
    assert {(r["entity"], r["field"], r["lang"]) for r in rows} == {
        ("commitment", "title", "en"),
        ("commitment", "objective", "en"),
    }


def test_new_commitment_fields_are_published(rich, tmp_path):
    cid = rich.ids["c"]
    rich.update(
        m.Commitment,
        cid,
        relevance_access_to_information="Opens <the> registers",
        budget="CLP 10 million",
        national_plan_links="Digital agenda 2020",
        sdgs="16.6; 16.10",
        partners="Fundación X (contacto@x.cl)",
    )
    site = tmp_path / "site"
    publish_site(rich, site, PublishOptions(when=WHEN))
    en, es = page(site, "en", cid), page(site, "es", cid)
    assert "<h2>Relevance: Access to information</h2>" in en and "Opens &lt;the&gt;" in en
    for words in ("Budget", "CLP 10 million", "Links to national plans", "Digital agenda 2020"):
        assert words in en
    assert "Sustainable Development Goals</dt><dd>16.6; 16.10</dd>" in en
    assert "Non-government partners" in en and "Fundación X" in en
    assert "Presupuesto" in es and "Objetivos de Desarrollo Sostenible" in es
    row = next(r for r in csv_rows(site, "commitment.csv") if r["id"] == cid)
    assert (row["sdgs"], row["budget"]) == ("16.6; 16.10", "CLP 10 million")


def test_consultation_comments_only_when_ticked_and_never_the_authors_name(rich, tmp_path):
    rich.create(
        m.ConsultationComment,
        plan_id=rich.ids["plan"],
        period="end_of_term",
        author="Ana Pérez",
        organisation="Ciudadanía <Activa>",
        received_on="2016-07-15",
        comment="Publish the budget.",
        response="Done in section 3.",
    )
    site = tmp_path / "site"
    publish_site(rich, site, PublishOptions(when=WHEN))
    home = (site / "en" / "index.html").read_text(encoding="utf-8")
    assert "Public consultation" not in home and "Publish the budget." not in home
    assert csv_rows(site, "consultation_comment.csv") == []
    site2 = tmp_path / "site2"
    publish_site(rich, site2, PublishOptions(when=WHEN, privacy=Privacy(consultation=True)))
    home = (site2 / "en" / "index.html").read_text(encoding="utf-8")
    assert "<h3>Public consultation</h3>" in home and "comments received: 1" in home
    assert "Ciudadanía &lt;Activa&gt;" in home and "Done in section 3." in home
    rows = csv_rows(site2, "consultation_comment.csv")
    assert [r["comment"] for r in rows] == ["Publish the budget."] and "author" not in rows[0]
    assert "Ana Pérez" not in h_all(site2)
    assert not (site2 / "data" / "report_profile.csv").exists()


def h_all(site):
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in site.rglob("*")
        if p.suffix in (".html", ".csv", ".json")
    )
