"""The site's "what changed since the last publication" page: from the change journal, since
the previous publication to the same folder, private by default, escaped, per plan chosen."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

import publish_helpers as h
from matrix_app.domain import models as m
from matrix_app.services.publish import MANIFEST, Cancelled, Privacy, PublishOptions, publish_site

WHEN = dt.date(2015, 9, 30)
T1, T2, T3, T4 = (f"2015-10-0{d}T12:00:00+00:00" for d in (1, 2, 3, 4))


@pytest.fixture
def rich(project, tmp_path):
    project.ids = h.build(project, tmp_path)
    return project


def publish(project, out, **kw):
    kw.setdefault("when", WHEN)
    return publish_site(project, out, PublishOptions(**kw))


def page(site: Path, lang: str = "en") -> str:
    return (site / lang / "changes.html").read_text(encoding="utf-8")


def words(site: Path, lang: str = "en") -> str:
    """The page's main content as a reader reads it (tags out, entities and isolates read)."""
    text = page(site, lang)
    main = text[text.index("<main") : text.index("</main>")]
    plain = html.unescape(re.sub(r"<[^>]+>", " ", main)).replace("\u2068", "").replace("\u2069", "")
    return " ".join(plain.split())


def indicator(project) -> m.Indicator:
    return next(i for i in project.rows(m.Indicator) if i.commitment_id == project.ids["c"])


# -- the page and its links -------------------------------------------------------------------
def test_the_page_is_in_both_languages_and_every_page_links_to_it(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    for lang, nav, heading in (
        ("en", "Changes", "What changed since the last publication"),
        ("es", "Cambios", "Qué cambió desde la última publicación"),
    ):
        target = (site / lang / "changes.html").resolve()
        assert f'<html lang="{lang}">' in page(site, lang)
        assert f"<h1>{heading}</h1>" in page(site, lang)
        pages = list((site / lang).rglob("*.html"))
        assert len(pages) > 5
        for p in pages:
            links = [(p.parent / url).resolve() for tag, url, _ in h.parse(p).urls if tag == "a"]
            assert target in links, p
            assert f">{nav}</a></li>" in p.read_text(encoding="utf-8"), p
        home = (site / lang / "index.html").read_text(encoding="utf-8")
        assert f'<p class="changes-link"><a href="changes.html">{heading}</a></p>' in home
    # the other language's switch leads to the same page
    assert 'href="../es/changes.html" hreflang="es"' in page(site, "en")


def test_the_first_publication_says_so_and_lists_nothing(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    assert "First publication: this site was first published here on 1 October 2015" in words(site)
    assert "Primera publicación: este sitio se publicó aquí por primera vez el 1 de octubre" in (
        words(site, "es")
    )
    assert 'class="changes"' not in page(site)  # no change listed
    assert "holds Published Number Action plans 1 Commitments 2 Institutions 2" in words(site)
    record = json.loads((site / MANIFEST).read_text())["publication"]
    assert record["at"] == T1 and record["journal_seq"] > 0
    assert record["changes"] == {"since": None, "published": T1}
    manifest = (site / MANIFEST).read_text()  # a public file: no id of the project or file
    assert rich.project_id not in manifest and rich.file.instance_id not in manifest
    # published again with nothing changed: still the first publication, nothing rewritten
    again = publish(rich, site, now=T2)
    assert again.written == 0
    assert "first published here on 1 October 2015" in words(site)


# -- what is listed ---------------------------------------------------------------------------
def test_an_edit_appears_after_the_next_publication_and_older_ones_do_not(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    rich.create(m.Measurement, indicator_id=indicator(rich).id, measured_on="2015-09-30", value=45)
    publish(rich, site, now=T2)
    text = words(site)
    assert (
        "1 change published on 2 October 2015, since the previous publication of 1 October 2015"
        in text
    )
    assert re.search(r"Indicator “indicator .*”: new measurement 45% \(30 September 2015\)", text)
    assert "New measurements 1" in text
    assert "nueva medición de 45 % (30 de septiembre de 2015)" in words(site, "es")  # NBSP
    # the commitment's heading links to its page
    c = rich.ids["c"]
    assert f'<a href="commitments/{c}.html">Commitment &lt;i&gt;1&lt;/i&gt;: title' in page(site)
    rich.update(m.Commitment, c, completion="complete")
    publish(rich, site, now=T3)
    text = words(site)
    assert "since the previous publication of 2 October 2015" in text
    assert "Completion: Substantial → Complete" in text
    assert "Cumplimiento: Sustancial → Completo" in words(site, "es")
    assert "new measurement" not in text  # published the time before


def test_publishing_again_unchanged_keeps_the_page_and_rewrites_nothing(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    rich.update(m.Commitment, rich.ids["c2"], completion="complete")
    publish(rich, site, now=T2)
    before = {lang: (site / lang / "changes.html").read_bytes() for lang in ("en", "es")}
    again = publish(rich, site, now=T3)
    assert (again.written, again.removed) == (0, 0)
    assert {lang: (site / lang / "changes.html").read_bytes() for lang in before} == before
    assert "Completion: Limited → Complete" in words(site)
    # a change the site does not publish (a private note) is no publication of changes: the
    # page keeps telling the last one, and no other page is rewritten
    rich.update(m.Commitment, rich.ids["c"], irm_notes="changed " + h.IRM_NOTE)
    quiet = publish(rich, site, now=T4)
    assert "Completion: Limited → Complete" in words(site)
    assert "IRM notes" not in words(site) and h.IRM_NOTE not in page(site)
    assert {lang: (site / lang / "changes.html").read_bytes() for lang in before} == before
    assert quiet.written < quiet.files // 2
    # the page is built again when the journal has a change to tell
    rich.update(m.Commitment, rich.ids["c2"], title="Renamed")
    publish(rich, site, now=T4)
    assert "Title changed" in words(site) and "Completion: Limited" not in words(site)
    assert "since the previous publication of 4 October 2015" in words(site)


def test_changes_undone_or_rows_added_and_removed_in_between_are_no_change(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    rich.update(m.Commitment, rich.ids["c2"], completion="complete")
    rich.update(m.Commitment, rich.ids["c2"], completion="limited")  # back as it was
    x = rich.create(m.Measurement, indicator_id=indicator(rich).id, value=99)
    rich.delete(m.Measurement, x.id)
    publish(rich, site, now=T2)
    assert 'class="changes"' not in page(site)
    assert "first published here on 1 October 2015" in words(site)


def test_a_removed_commitment_is_named_not_linked_and_takes_its_rows_along(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    rich.delete(m.Commitment, rich.ids["c"])
    publish(rich, site, now=T2)
    text = words(site)
    assert "Commitment <i>1</i>: title" in text and "(removed)" in text
    assert "Commitment removed" in text and "Commitments removed 1" in text
    assert "Indicator" not in text and "Evidence removed" not in text  # taken along
    assert f"commitments/{rich.ids['c']}.html" not in page(site)
    assert "Compromiso eliminado" in words(site, "es") and "(eliminado)" in words(site, "es")


def test_a_change_merged_in_after_the_publication_is_listed_though_made_before(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site)
    rich.update(m.Commitment, rich.ids["c2"], completion="complete")
    with rich.read() as s:  # as a merge copies it in: made before, written after
        s.connection().exec_driver_sql(
            "UPDATE journal SET at = '2014-01-01T00:00:00.000000+00:00' "
            "WHERE seq = (SELECT max(seq) FROM journal)"
        )
        s.commit()
    publish(rich, site)
    assert "Completion: Limited → Complete 1 January 2014" in words(site)


def test_another_projects_site_in_the_folder_is_no_previous_publication(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    manifest = json.loads((site / MANIFEST).read_text())
    manifest["publication"]["project"] = "another project"
    (site / MANIFEST).write_text(json.dumps(manifest))
    rich.update(m.Commitment, rich.ids["c2"], completion="complete")
    publish(rich, site, now=T2)
    assert "First publication: this site was first published here on 2 October 2015" in (
        words(site)
    )


def test_an_older_manifest_without_a_record_compares_with_its_latest_file(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site)
    manifest = json.loads((site / MANIFEST).read_text())
    del manifest["publication"]
    with rich.read() as s:  # its files' dates are those of the publication (here: to the µs)
        latest = s.connection().exec_driver_sql("SELECT max(at) FROM journal").scalar()
    for entry in manifest["files"].values():
        entry["published"] = latest
    (site / MANIFEST).write_text(json.dumps(manifest))
    rich.update(m.Commitment, rich.ids["c2"], completion="complete")
    publish(rich, site)
    text = words(site)
    assert "1 change published on" in text and "Completion: Limited → Complete" in text


def test_a_cancelled_publication_leaves_the_comparison_as_it_was(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    rich.update(m.Commitment, rich.ids["c2"], completion="complete")
    seen: list[int] = []
    with pytest.raises(Cancelled):
        publish_site(
            rich,
            site,
            PublishOptions(when=WHEN, now=T2),
            lambda d, t: seen.append(d),
            cancelled=lambda: len(seen) > 3,
        )
    assert json.loads((site / MANIFEST).read_text())["publication"]["at"] == T1
    publish(rich, site, now=T3)
    assert "since the previous publication of 1 October 2015" in words(site)
    assert "Completion: Limited → Complete" in words(site)


# -- privacy, escaping, selection -------------------------------------------------------------
def test_private_by_default_authors_only_when_published(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    c = rich.ids["c"]
    rich.update(m.Commitment, c, focal_point_email="new." + h.EMAIL, irm_notes="new " + h.IRM_NOTE)
    rich.update(m.ActionPlan, rich.ids["plan"], notes="new " + h.PLAN_NOTE)
    ev = next(e for e in rich.rows(m.Evidence) if e.title == h.hostile("file"))
    rich.update(m.Evidence, ev.id, note="new " + h.EVIDENCE_NOTE)
    rich.create(m.Evidence, commitment_id=c, kind="link", title="secret internal", public=False)
    draft = tmp_path / "draft2.pdf"
    draft.write_bytes(b"%PDF-1.4 draft 2")
    rich.add_file_evidence(c, draft, title="secret undecided")
    public = next(e for e in rich.rows(m.Evidence) if e.title == h.hostile("link"))
    rich.update(m.Evidence, public.id, public=False)  # withdrawn: not named either
    internal = next(e for e in rich.rows(m.Evidence) if e.title == "internal link")
    rich.update(m.Evidence, internal.id, title="secret renamed internal")
    rich.update(m.Commitment, c, completion="complete")  # a public change
    publish(rich, site, now=T2)
    for lang in ("en", "es"):
        text = page(site, lang)
        for secret in (h.EMAIL, h.IRM_NOTE, h.PLAN_NOTE, h.EVIDENCE_NOTE, h.AUTHOR, "secret"):
            assert secret not in text, (lang, secret)
        assert "link &lt;script" not in text  # the withdrawn evidence
    text = words(site)
    assert "Completion: Substantial → Complete" in text
    for said in ("e-mail", "IRM notes", "internal notes", "note changed", "Evidence"):
        assert said not in text, said
    # with the options: authors named, private fields told, their values still never
    publish(
        rich, site, now=T3, privacy=Privacy(emails=True, notes=True, authors=True, quality=True)
    )
    text = words(site)
    assert f"· {h.AUTHOR}" in text
    assert "Focal point e-mail changed" in text and "IRM notes changed" in text
    assert (
        "Evidence “file <script>alert(1)</script>\"'><img src=x onerror=alert(2)>”: note changed"
        in text
    )
    for value in (h.EMAIL, h.IRM_NOTE, h.PLAN_NOTE, h.EVIDENCE_NOTE, "secret"):
        assert value not in page(site), value


def test_hostile_text_in_a_change_is_text(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    long_name = "<script>alert(9)</script>" + "x" * 5000 + " مؤشر"
    rich.update(m.Indicator, indicator(rich).id, name=long_name)
    rich.create(
        m.Evidence, commitment_id=rich.ids["c"], kind="link", title=h.HOSTILE, url="https://e.org"
    )
    publish(rich, site, now=T2, privacy=Privacy(authors=True))
    for lang in ("en", "es"):
        text = page(site, lang)
        assert "<script>alert" not in text and "<img src=x" not in text
        assert "&lt;script&gt;alert(9)&lt;/script&gt;xxx" in text
        assert "x" * 200 not in text  # a quoted name is shortened
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&#34;&#39;&gt;&lt;img src=x" in text
    assert "Evidence added: “<script>alert(1)</script>" in words(site)


def test_only_the_chosen_plans_changes_are_listed(rich, tmp_path):
    other = rich.create(m.ActionPlan, title="Other plan")
    elsewhere = rich.create(m.Commitment, plan_id=other.id, code="9", title="Elsewhere")
    gone = rich.create(m.Commitment, plan_id=other.id, code="8", title="Gone elsewhere")
    site = tmp_path / "site"
    publish(rich, site, now=T1, plan_ids=(rich.ids["plan"],))
    rich.update(m.Commitment, elsewhere.id, completion="complete")
    rich.delete(m.Commitment, gone.id)
    rich.update(m.ActionPlan, other.id, title="Other plan renamed")
    rich.update(m.Commitment, rich.ids["c2"], completion="complete")
    publish(rich, site, now=T2, plan_ids=(rich.ids["plan"],))
    text = words(site)
    assert "Completion: Limited → Complete" in text and "Commitment 2: Second commitment" in text
    for other_plan in ("Elsewhere", "Other plan", "removed"):
        assert other_plan not in text, other_plan
    assert "1 change published" in text


def test_plans_and_institutions_have_their_own_section(rich, tmp_path):
    site = tmp_path / "site"
    publish(rich, site, now=T1)
    rich.update(m.ActionPlan, rich.ids["plan"], title="Plan renamed", period_end="2016-12-31")
    rich.update(m.Institution, rich.ids["inst"], kind="autonomous")
    publish(rich, site, now=T2)
    text = words(site)
    # newest first: the institution, then the plan
    assert "Action plans and institutions Institution: inst <script>" in text
    plan = text.index("Action plan: Plan renamed")
    assert text.index("Kind: Ministry / agency → Autonomous body") < plan
    assert plan < text.index("Period end: 30 June 2016 → 31 December 2016")
    assert plan < text.index("Title changed")
    assert 'href="index.html#plan1"' in page(site)
    assert f'href="institutions/{rich.ids["inst"]}.html"' in page(site)
    assert "Plan de acción: Plan renamed" in words(site, "es")
    # every link of the page leads to a page of the site (and its anchor)
    for _tag, url, _ in h.parse(site / "en" / "changes.html").urls:
        path, _, anchor = url.partition("#")
        target = (site / "en" / (path or "changes.html")).resolve()
        assert target.is_file(), url
        if anchor:
            assert anchor in h.parse(target).ids, url
