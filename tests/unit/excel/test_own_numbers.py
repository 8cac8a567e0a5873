"""The own-format reader keeps a finite number cell of a number column as calamine gives it
(a float) and sends anything else through ``parse_number``: the same values and the same
refusals as parsing every cell."""

from __future__ import annotations

import math

import pytest

from matrix_app.services.excel import own
from matrix_app.services.excel.errors import ProblemList
from matrix_app.services.excel.layout import columns
from matrix_app.services.excel.parse import parse_number


class _Sheet:
    def __init__(self, title, rows):
        self.title, self._rows = title, rows

    def iter_native_rows(self):
        yield from self._rows


def _read(cells, decimal="."):
    cols = {c.field: c for c in columns("measurement")}
    header = [cols[f].header("en") for f in ("id", "indicator_id", "value")]
    rows = [header] + [[f"{i + 1:032x}", "a" * 32, v] for i, v in enumerate(cells)]
    problems = ProblemList()
    out = own._read_sheet(
        _Sheet("Measurements", rows), "measurement", own.IdMaker("p" * 32), problems,
        lambda n: None, lambda: False, decimal,
    )  # fmt: skip
    return [st.values.get("value") for st in out], problems


@pytest.mark.parametrize("decimal", [".", ","])
def test_number_cells_read_as_parse_number_reads_them(decimal):
    cells = [0.0, -0.0, 41.5, 1e300, -2.5e-300, 3.0, "12,5", "1.234,5", True]
    got, _problems = _read(cells, decimal)
    for value, cell in zip(got, cells, strict=True):
        try:
            want = parse_number(cell, decimal)
        except ValueError:
            want = None
        assert value == want and type(value) is type(want)
        if isinstance(want, float):
            assert math.copysign(1, value) == math.copysign(1, want)


def test_infinite_or_nan_number_cells_are_refused_as_before():
    _got, problems = _read([math.inf, -math.inf, math.nan, 2.0])
    codes = [(p.row, p.issue.code) for p in problems.errors]
    assert codes == [(2, "number"), (3, "number"), (4, "number")]
