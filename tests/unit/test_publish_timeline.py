"""Milestones on a timeline against the "as of" date: the commitment page's Gantt chart."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import xml.etree.ElementTree as ET

import pytest

import publish_helpers as h
from matrix_app.domain import models as m
from matrix_app.services.publish import PublishOptions, publish_site
from matrix_app.services.publish.charts import timeline_geometry, timeline_svg

WHEN = dt.date(2015, 9, 30)
SVG = "{http://www.w3.org/2000/svg}"


def chart_of(page: str) -> ET.Element:
    found = re.search(r'<svg class="chart timeline".*?</svg>', page, re.S)
    assert found, "no timeline on the page"
    return ET.fromstring(
        found.group(0).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )


def test_bars_run_from_start_to_end_filled_up_to_progress_with_the_as_of_line():
    rows = [
        ("1.1", dt.date(2015, 1, 1), dt.date(2015, 12, 31), 0.5, False),
        ("1.2", dt.date(2015, 7, 1), dt.date(2016, 6, 30), None, True),
        ("1.3", None, dt.date(2016, 1, 1), 1.0, False),  # undated: in the table only
    ]
    g = timeline_geometry(rows, dt.date(2015, 9, 30))
    svg = ET.fromstring(
        str(timeline_svg(g, "en", "Activities <&>", "tl", "30 September 2015")).replace(
            "<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1
        )
    )
    assert svg.find(f"{SVG}title").text == "Activities <&>"
    labels = [t.text for t in svg.iter(f"{SVG}text")]
    assert labels[:2] == ["Jan 2015", "Jul 2015"] and "Jan 2016" in labels
    assert "1.1" in labels and "1.2" in labels and "1.3" not in labels
    assert "30 September 2015" in labels
    rects = svg.findall(f"{SVG}rect")
    bar1, done1, bar2 = rects  # 1.2 has no progress: no fill
    x0, w = float(bar1.get("x")), float(bar1.get("width"))
    assert float(done1.get("x")) == x0 and float(done1.get("width")) == pytest.approx(w / 2, 0.01)
    # 1 Jan 2015 to 30 June 2016 is the axis: 1.2 starts half-way through 2015
    span = float(bar2.get("x")) + float(bar2.get("width")) - x0
    assert (float(bar2.get("x")) - x0) / span == pytest.approx(181 / 546, abs=0.01)
    assert bar2.get("stroke") == "#a33a2a" and bar1.get("stroke") != "#a33a2a"  # late
    line = next(ln for ln in svg.iter(f"{SVG}line") if ln.get("stroke-dasharray"))
    assert (float(line.get("x1")) - x0) / span == pytest.approx(272 / 546, abs=0.01)


def test_the_axis_reaches_the_as_of_date_and_nothing_dated_draws_nothing():
    rows = [("1", dt.date(2012, 1, 1), dt.date(2012, 12, 31), 1.0, False)]
    g = timeline_geometry(rows, dt.date(2015, 9, 30))
    assert g.today_x == "704.0" and g.today_anchor == "end"  # the right end of the axis
    assert timeline_geometry([("1", None, None, None, False)], WHEN) is None
    assert str(timeline_svg(None, "en", "t", "tl", "x")) == ""


def test_the_commitment_page_shows_its_activities_on_a_timeline_with_a_text_equivalent(
    project, tmp_path
):
    ids = h.build(project, tmp_path)
    c = ids["c"]
    out = project.rows(m.Result)
    parent = next(r for r in out if r.commitment_id == c and r.level == "output")
    project.create(
        m.Result,
        commitment_id=c,
        level="activity",
        parent_id=parent.id,
        narrative="On time",
        start_date="2015-01-01",
        end_date="2016-03-31",
        progress=80,
    )
    project.create(
        m.Result, commitment_id=c, level="activity", parent_id=parent.id, narrative="Undated"
    )
    site = tmp_path / "site"
    publish_site(project, site, PublishOptions(when=WHEN))
    for lang, today in (("en", "30 September 2015"), ("es", "30 de septiembre de 2015")):
        page = (site / lang / "commitments" / f"{c}.html").read_text(encoding="utf-8")
        svg = chart_of(page)
        assert today in svg.find(f"{SVG}title").text
        bars = [r for r in svg.findall(f"{SVG}rect") if r.get("fill") == "#d6e6f7"]
        assert len(bars) == 2  # the undated activity is only in the table
        # the helper's activity ended in June at 50 %: overdue; the other one is ahead
        assert [r.get("stroke") for r in bars].count("#a33a2a") == 1
        table = page[page.index('<table class="milestones">') :]
        assert "Undated" in table and "On time" in table and "80" in table
        assert today in page[page.index("</svg>") : page.index('<table class="milestones">')]


def test_no_timeline_without_dated_activities(project, tmp_path):
    plan = project.create(m.ActionPlan, title="P")
    c = project.create(m.Commitment, plan_id=plan.id, code="1", title="No activities")
    site = tmp_path / "site"
    publish_site(project, site, PublishOptions(when=WHEN))
    page = (site / "en" / "commitments" / f"{c.id}.html").read_text(encoding="utf-8")
    assert "chart timeline" not in page and "No activities recorded." in page


def test_the_home_page_shows_a_small_plans_commitments_on_a_timeline(project, tmp_path):
    plan = project.create(m.ActionPlan, title="P")
    for i, (start, end) in enumerate([("2014-07-01", "2016-06-30"), ("2015-01-01", "2015-06-30")]):
        project.create(
            m.Commitment,
            plan_id=plan.id,
            code=str(i + 1),
            title=f"C{i + 1} <b>",
            start_date=start,
            end_date=end,
        )
    site = tmp_path / "site"
    publish_site(project, site, PublishOptions(when=WHEN))
    home = (site / "en" / "index.html").read_text(encoding="utf-8")
    svg = chart_of(home)
    bars = [r for r in svg.findall(f"{SVG}rect") if r.get("fill") == "#d6e6f7"]
    assert len(bars) == 2 and "30 September 2015" in svg.find(f"{SVG}title").text
    # its text equivalent: each commitment's dates
    table = home[home.index("The timeline&#39;s dates and figures") :]
    assert "C1 &lt;b&gt;" in table and "1 January 2015" in table and "30 June 2015" in table
    # a plan of more commitments than a chart can show in a bar each keeps only its table
    for i in range(41):
        project.create(m.Commitment, plan_id=plan.id, code=f"x{i}", title="more")
    publish_site(project, site, PublishOptions(when=WHEN))
    assert "chart timeline" not in (site / "en" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("years", [1, 2, 4, 6, 10, 14, 30, 80])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_month_labels_never_run_into_each_other_however_long_the_span(years, lang):
    """Seen: a 2012-2013 plan published as of 2026 had a label every half year over 14
    years, 29 labels written over each other. The step grows with the span."""
    start = dt.date(2012, 4, 1)
    when = dt.date(2012 + years, 12, 3)
    svg = chart_of(
        str(timeline_svg(timeline_geometry([("1", start, dt.date(2013, 6, 30), 1.0, False)], when),
                         lang, "t", "x", "today"))
    )  # fmt: skip
    labels = [t for t in svg.iter(f"{SVG}text") if t.get("text-anchor") == "middle"]
    xs = [float(t.get("x")) for t in labels if t.get("class") == "num"]
    assert len(xs) >= 2, years
    gaps = [b - a for a, b in itertools.pairwise(xs)]
    widest = max(len(t.text) for t in labels if t.get("class") == "num")
    assert min(gaps) >= max(60, widest * 7), (years, gaps, widest)
    dates = [t.text for t in labels if t.get("class") == "num"]
    assert len(set(dates)) == len(dates)
