"""A World Bank results framework counts in the Bank's fiscal years (ending 30 June): a year
alone in any of its headers is that fiscal year, so a framework's baseline, yearly targets and
end target are dated by one rule (the blind set had YR1 2016 on 30 June and End Target 2019 on
31 December)."""

import datetime as dt

import pytest

from matrix_app.services.excel.formats.worldbank import _header_date


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Baseline\n2015", dt.date(2015, 6, 30)),
        ("End Target\n2019", dt.date(2019, 6, 30)),
        ("YR1 2016", dt.date(2016, 6, 30)),
        ("FY2018", dt.date(2018, 6, 30)),
        ("End Target (FY2018)", dt.date(2018, 6, 30)),
        ("Meta final 2020", dt.date(2020, 6, 30)),
        ("Target (Dec 2019)", dt.date(2019, 12, 31)),  # a month says the day
        ("Q3 2019", dt.date(2019, 9, 30)),
        ("2do semestre 2019", dt.date(2019, 12, 31)),
        ("31/12/2019", dt.date(2019, 12, 31)),
        ("Frequency", None),
    ],
)
def test_a_year_alone_is_the_fiscal_year_and_a_month_or_period_is_itself(header, expected):
    assert _header_date(header) == expected
