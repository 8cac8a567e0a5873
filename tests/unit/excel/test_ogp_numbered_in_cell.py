"""One row per commitment with its milestones numbered inside one cell ("1. …\n2. …") and
their dates, progress and means of verification numbered the same way in their cells:
one milestone per number, each with the items of its number; an unnumbered cell is every
milestone's."""

from __future__ import annotations

import datetime as dt

import pytest

from .ogp_tracker_helpers import imported, workbook

d = dt.date
FORMS = {
    "es": (["N°", "Compromiso", "Hitos", "Fecha de cumplimiento", "Medios de verificación"],
           "{n}. {x}"),
    "en": (["No.", "Commitment", "Milestones", "End date", "Means of verification"],
           "{n}) {x}"),
    "fr": (["N°", "Engagement", "Jalons", "Date de fin", "Justificatifs"], "{n} - {x}"),
}  # fmt: skip


def _cell(form: str, items: list[str]) -> str:
    return "\n".join(form.format(n=i, x=x) for i, x in enumerate(items, 1))


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_one_milestone_per_number(tmp_path, lang):
    head, form = FORMS[lang]
    rows = [
        head,
        [
            "1",
            "Portal",
            _cell(form, ["Diagnose the portal", "Approve the directive", "Train the officers"]),
            _cell(form, ["31/03/2018", "30/06/2018", "31/12/2018"]),
            _cell(form, ["Report", "Resolution", "Attendance lists"]),
        ],
        [
            "2",
            "Visits",
            _cell(form, ["Deploy the register", "Publish the data"]),
            "30/09/2018",
            _cell(form, ["https://visits.example.org", "Data portal"]),
        ],
    ]
    got = imported(tmp_path, workbook(tmp_path / "n.xlsx", {"S": rows}))
    assert got["1"]["milestones"] == [
        ("Diagnose the portal", None, d(2018, 3, 31), None),
        ("Approve the directive", None, d(2018, 6, 30), None),
        ("Train the officers", None, d(2018, 12, 31), None),
    ]
    assert got["2"]["milestones"] == [
        ("Deploy the register", None, d(2018, 9, 30), None),
        ("Publish the data", None, d(2018, 9, 30), None),
    ]
    assert [(e[0], e[1]) for e in got["1"]["evidence"]] == sorted([
        ("Diagnose the portal", "Report"), ("Approve the directive", "Resolution"),
        ("Train the officers", "Attendance lists")])  # fmt: skip
    assert [e[0] for e in got["2"]["evidence"]] == ["Deploy the register", "Publish the data"]


def test_a_code_or_a_single_item_is_one_milestone(tmp_path):
    rows = [["No.", "Commitment", "Milestone", "End date"],
            ["1", "Portal", "1.2 Publish the data\nin open formats", "30/06/2018"],
            ["2", "Visits", "1. Deploy the register", "30/09/2018"]]  # fmt: skip
    got = imported(tmp_path, workbook(tmp_path / "c.xlsx", {"S": rows}))
    assert [ms[0] for ms in got["1"]["milestones"]] == ["1.2 Publish the data\nin open formats"]
    assert [ms[0] for ms in got["2"]["milestones"]] == ["1. Deploy the register"]
