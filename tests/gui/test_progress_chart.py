"""The indicator chart keeps every point on its axes, whatever the values."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from matrix_app.domain.rules import Point
from matrix_app.ui.commitment.chart import ACTUAL_COLOR, ProgressChart, nice_ticks

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@settings(max_examples=2000, deadline=None)
@given(finite, finite)
def test_ticks_cover_every_value(a, b):
    low, high = min(a, b), max(a, b)
    ticks = nice_ticks(low, high)
    slack = 1e-9 * max(high - low, 1e-300)  # far below a pixel of the axis
    assert ticks[0] <= low + slack
    assert ticks[-1] >= high - slack
    assert 2 <= len(ticks) <= 12
    assert ticks == sorted(ticks)


def test_an_actual_value_over_its_target_is_drawn_inside_the_plot(qtbot):
    """The sample's hackathon indicator: target 15 projects, 17 presented. The last dot was
    drawn above the axis, in the legend's line."""
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.resize(560, 260)
    chart.set_series(
        Point(dt.date(2014, 7, 1), 0.0),
        [Point(dt.date(2014, 11, 30), 15.0)],
        [Point(dt.date(2014, 12, 1), 17.0)],
        "proyectos",
    )
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.value_ticks()[-1] >= 17
    image = chart.grab().toImage()
    legend_band = chart.fontMetrics().height() + 8
    right_part = range(int(chart.width() * 0.8), chart.width())
    blue = ACTUAL_COLOR.rgb()
    in_legend = [
        (x, y) for x in right_part for y in range(legend_band) if image.pixel(x, y) == blue
    ]
    assert in_legend == []
    dot = [(x, y) for x in right_part for y in range(chart.height()) if image.pixel(x, y) == blue]
    assert dot, "the actual value is drawn"
