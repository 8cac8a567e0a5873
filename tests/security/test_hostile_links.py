"""A workbook's hyperlinks are read from its XML (``services/excel/links.py``); a crafted sheet
with a link over a range in every row must not make reading a cell's address cost every
range of the sheet (150,000 ranges read for 150,000 cells: 2 x 10^10 comparisons before)."""

from __future__ import annotations

import re

from hostile_books import edit_sheet
from openpyxl import Workbook

from matrix_app.services.excel import links as links_module
from matrix_app.services.excel.links import Links, sheet_links
from matrix_app.services.excel.safety import sheet_parts

URL = "https://example.org/evidence"
RANGES = 150_000


def _crafted(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Links"
    ws["B2"] = "Ver evidencia"
    ws["B2"].hyperlink = URL
    base = tmp_path / "base.xlsx"
    wb.save(base)

    def every_row(xml: bytes) -> bytes:
        tag = re.search(rb"<hyperlink [^>]*/>", xml).group(0)
        rid = re.search(rb'r:id="([^"]+)"', tag).group(1).decode()
        many = "".join(f'<hyperlink ref="A{r}:C{r}" r:id="{rid}"/>' for r in range(3, 3 + RANGES))
        return xml.replace(tag, tag + many.encode())

    return edit_sheet(base, tmp_path / "crafted.xlsx", "Links", every_row)


def test_a_link_over_a_range_in_every_row_costs_only_its_row(tmp_path, alarm):
    path = _crafted(tmp_path)
    found = sheet_links(path, sheet_parts(path)["Links"])
    assert found.get(1, 1) == URL  # B2, a cell's own link
    hits = sum(found.get(r, 1) == URL for r in range(2, 2 + RANGES + 1))
    assert hits == RANGES  # every row's range (A3:C3, A4:C4 ...), none lost
    assert found.get(5, 3) == ""  # column D: outside every range


def test_ranges_past_the_budget_are_left_out_not_read_forever(alarm, monkeypatch):
    monkeypatch.setattr(links_module, "MAX_RANGE_ROWS", 10)
    got = Links([(0, 0, 5, 0, URL), (6, 0, 1_048_575, 16_383, URL)])  # the whole sheet
    assert [got.get(r, 0) for r in (0, 5, 6, 9, 10, 1_000_000)] == [URL] * 4 + ["", ""]
