"""Commitments side by side on one sheet, each with its own title, lead line and header
(a column empty on every row between them): every one is read, not only the left one."""

import pytest

from .ogp_tracker_helpers import imported, workbook

HEADS = {
    "en": (["Milestone", "Start", "End", "Progress (%)"], "Commitment {n}: {t}", "Lead MDA: {i}"),
    "es": (["Hito", "Fecha de inicio", "Fecha de término", "% de avance"], "Compromiso {n}: {t}",
           "Institución responsable: {i}"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(HEADS))
@pytest.mark.parametrize("blocks", [2, 3])
def test_every_block_is_read(tmp_path, lang, blocks):
    head, title, lead = HEADS[lang]

    def line(cell) -> list:  # one row across the blocks, a blank column after each block
        return [v for b in range(1, blocks + 1) for v in (*cell(b), None)]

    rows = [["Tracker"], []]
    rows.append(line(lambda b: [title.format(n=b, t=f"Reform {b}"), None, None, None]))
    rows.append(line(lambda b: [lead.format(i=f"Agency {b}"), None, None, None]))
    rows.append(line(lambda b: head))
    rows.append(line(lambda b: [f"Step {b}.1", "01/01/2020", "30/06/2020", 100]))
    rows.append(["Step 1.2", "01/07/2020", "31/12/2021", 40])
    got = imported(tmp_path, workbook(tmp_path / "s.xlsx", {"Tracker": rows}))
    assert sorted(got) == [str(b) for b in range(1, blocks + 1)]
    for b in range(1, blocks + 1):
        assert got[str(b)]["title"] == f"Reform {b}"
        assert got[str(b)]["lead"] == [f"Agency {b}"]
        assert got[str(b)]["milestones"][0][0] == f"Step {b}.1"
    assert [m[0] for m in got["1"]["milestones"]] == ["Step 1.1", "Step 1.2"]


def test_a_spacer_column_inside_one_matrix_splits_nothing(tmp_path):
    rows = [
        ["Commitment 1: Open data"],
        ["Milestone", "Start", "End", None, "Progress (%)", "Evidence", "Remarks"],
        ["Publish the portal", "01/01/2020", "30/06/2020", None, 50, "Report", "On track"],
    ]
    got = imported(tmp_path, workbook(tmp_path / "s.xlsx", {"Tracker": rows}))
    assert [m[0] for m in got["1"]["milestones"]] == ["Publish the portal"]
    assert got["1"]["milestones"][0][3] == 50
