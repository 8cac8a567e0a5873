"""A World Bank framework's second header row under "Cumulative Target Values" names each
year's column, often with its fiscal year ("YR1 (FY18)", "Year 2 (2019)", "FY20" alone): each
is a target at that fiscal year's end (30 June), and the second header row, repeated before
each section, is never an indicator (blind set 3)."""

from __future__ import annotations

from openpyxl import Workbook

from matrix_app.domain import models as m
from matrix_app.services.excel.importing import import_workbook
from matrix_app.services.project import Project


def _framework(tmp_path, head1, head2, rows, merges=()):
    wb = Workbook()
    ws = wb.active
    ws.title = "Results Framework"
    ws.append(["Project Name: Justice Services Improvement Project (P162833)"])
    ws.append(["Project Development Objective (PDO)", "Improve the timeliness of justice"])
    ws.append(["PDO Level Results Indicators"])
    ws.append(head1)
    ws.append(head2)
    ws.append(rows[0])
    ws.append(["Intermediate Results Indicators"])
    ws.append(head1)
    ws.append(head2)
    ws.append(["Component 1: Electronic case management"])
    ws.append(rows[1])
    for rng in merges:
        ws.merge_cells(rng)
    path = tmp_path / "rf.xlsx"
    wb.save(path)
    return path


def _targets(project):
    names = {i.id: i.name for i in project.rows(m.Indicator)}
    out: dict[str, list] = {}
    for t in sorted(project.rows(m.Target), key=lambda t: t.due_date):
        out.setdefault(names[t.indicator_id], []).append((t.due_date.isoformat(), t.value))
    return out


def test_yr_with_its_fiscal_year_is_a_target_at_that_year_end(tmp_path):
    head1 = ["Indicator Name", "Unit of Measure", "Baseline\n(FY17)", "Cumulative Target Values",
             None, None, "End Target\n(FY21)", "Frequency"]  # fmt: skip
    head2 = [None, None, None, "YR1 (FY18)", "YR2 (FY19)", "YR3 (FY20)", None, None]
    rows = [["Average days to resolve a case", "Days", "540", "500", "450", "TBD", "360",
             "Annual"],
            ["Cases filed electronically", "Number", "1,233", "5,000", "15,000", "30,000",
             "50,000", "Annual"]]  # fmt: skip
    merges = ["D4:F4", "A4:A5", "D8:F8", "A8:A9"]
    path = _framework(tmp_path, head1, head2, rows, merges)
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        names = sorted(i.name for i in project.rows(m.Indicator))
        assert names == ["Average days to resolve a case", "Cases filed electronically"]
        got = _targets(project)
        assert got["Average days to resolve a case"] == [
            ("2018-06-30", 500.0), ("2019-06-30", 450.0), ("2021-06-30", 360.0)]  # fmt: skip
        assert got["Cases filed electronically"] == [
            ("2018-06-30", 5000.0), ("2019-06-30", 15000.0), ("2020-06-30", 30000.0),
            ("2021-06-30", 50000.0)]  # fmt: skip
        assert "missing_value" in {w.issue.code for w in report.warnings}  # the TBD


def test_a_year_written_in_full_or_a_fiscal_year_alone_dates_the_column(tmp_path):
    # no baseline year: only the second row's own years can date the targets
    head1 = ["Indicator Name", "Baseline", "Frequency", "Intermediate Target Values", None,
             "End Target"]  # fmt: skip
    head2 = [None, None, None, "Year 1 (2019)", "FY20", None]
    rows = [["Court rulings published online", "0", "Annual", "25", "50", "90"],
            ["Users satisfied", "12.5", "Annual", "20", "30", "45"]]  # fmt: skip
    path = _framework(tmp_path, head1, head2, rows, ["D4:E4", "D8:E8"])
    with Project.new(tmp_path / "p.nap") as project:
        import_workbook(project, path)
        got = _targets(project)
        # the undated End Target falls at the last year's end and replaces its target
        assert got["Court rulings published online"] == [
            ("2019-06-30", 25.0), ("2020-06-30", 90.0)]  # fmt: skip
        assert all(i.name for i in project.rows(m.Indicator))


def test_a_second_header_row_of_words_is_no_indicator_with_an_empty_name(tmp_path):
    head1 = ["Indicator Name", "Baseline (FY17)", "Targets", None, "Frequency"]
    head2 = [None, None, "Mid-term", "Final", None]
    rows = [["Court rulings published online", "0", "25", "50", "Annual"],
            ["Users satisfied", "12.5", "20", "30", "Annual"]]  # fmt: skip
    path = _framework(tmp_path, head1, head2, rows, ["C4:D4", "C8:D8"])
    with Project.new(tmp_path / "p.nap") as project:
        report = import_workbook(project, path)
        names = sorted(i.name for i in project.rows(m.Indicator))
        assert names == ["Court rulings published online", "Users satisfied"]
        assert report.warnings  # the columns it could not read are listed
