import datetime as dt

import pytest

from matrix_app.domain import rules
from matrix_app.domain.rules import Point, ResultRef
from matrix_app.domain.vocabulary import Schedule, Status

D = dt.date


class TestProgress:
    def test_increase(self):
        assert rules.progress(30.3, 90, 86.7) == pytest.approx((86.7 - 30.3) / (90 - 30.3))

    def test_decrease_is_direction_aware(self):
        # waiting days down from 40 to 10; at 25 half of the way is done
        assert rules.progress(40, 10, 25, "decrease") == pytest.approx(0.5)
        assert rules.progress(40, 10, 50, "decrease") < 0

    def test_missing_values(self):
        assert rules.progress(0, None, 5) is None
        assert rules.progress(0, 10, None) is None

    def test_no_baseline_counts_from_zero(self):
        assert rules.progress(None, 200, 50) == pytest.approx(0.25)

    def test_target_equal_to_baseline(self):
        assert rules.progress(5, 5, 6) == 1.0
        assert rules.progress(5, 5, 4) == 0.0
        assert rules.progress(5, 5, 4, "decrease") == 1.0

    def test_over_achievement_not_capped(self):
        assert rules.progress(0, 60, 71) > 1


class TestStatus:
    targets = [Point(D(2014, 12, 31), 70), Point(D(2015, 12, 31), 80), Point(D(2016, 7, 31), 90)]

    def test_expected_interpolates_between_targets(self):
        mid = rules.expected_at(0, D(2014, 7, 1), self.targets, D(2015, 7, 1))
        # 182 of the 365 days from the 70 target (2014-12-31) to the 80 one (2015-12-31)
        assert mid == pytest.approx(70 + 10 * 182 / 365)

    def test_expected_after_last_target(self):
        assert rules.expected_at(0, None, self.targets, D(2020, 1, 1)) == 90

    def test_on_track(self):
        got = rules.status_at(
            30.3, D(2012, 12, 31), self.targets, [Point(D(2015, 5, 31), 86.7)], D(2015, 6, 1)
        )
        assert got == Status.ON_TRACK

    def test_achieved(self):
        got = rules.status_at(0, None, self.targets, [Point(D(2016, 1, 1), 91)], D(2016, 2, 1))
        assert got == Status.ACHIEVED

    def test_behind(self):
        got = rules.status_at(
            0, D(2014, 7, 1), self.targets, [Point(D(2015, 12, 31), 40)], D(2016, 1, 1)
        )
        assert got == Status.BEHIND

    def test_no_data(self):
        assert rules.status_at(0, None, self.targets, [], D(2016, 1, 1)) == Status.NO_DATA
        assert rules.status_at(0, None, [], [Point(D(2015, 1, 1), 3)], D(2016, 1, 1)) == (
            Status.NO_DATA
        )

    def test_measurements_after_the_date_are_ignored(self):
        got = rules.status_at(0, None, self.targets, [Point(D(2016, 1, 1), 95)], D(2015, 6, 1))
        assert got == Status.NO_DATA

    def test_decreasing_indicator(self):
        targets = [Point(D(2016, 1, 1), 10)]
        assert (
            rules.status_at(
                40, D(2015, 1, 1), targets, [Point(D(2016, 1, 1), 9)], D(2016, 2, 1), "decrease"
            )
            == Status.ACHIEVED
        )
        assert (
            rules.status_at(
                40, D(2015, 1, 1), targets, [Point(D(2015, 7, 2), 38)], D(2015, 8, 1), "decrease"
            )
            == Status.BEHIND
        )


class TestSchedule:
    def test_elapsed_share(self):
        assert rules.time_elapsed(D(2014, 1, 1), D(2015, 1, 1), D(2014, 7, 2)) == pytest.approx(
            0.5, abs=0.01
        )

    def test_schedule_states(self):
        s, e = D(2014, 1, 1), D(2016, 1, 1)
        assert rules.schedule_check(s, e, 0.5, D(2015, 1, 1)) == Schedule.ON_SCHEDULE
        assert rules.schedule_check(s, e, 0.1, D(2015, 1, 1)) == Schedule.BEHIND_SCHEDULE
        assert rules.schedule_check(s, e, 1.0, D(2015, 1, 1)) == Schedule.FINISHED
        assert rules.schedule_check(s, e, 0.9, D(2017, 1, 1)) == Schedule.OVERDUE
        assert rules.schedule_check(s, e, 0.0, D(2013, 1, 1)) == Schedule.NOT_STARTED_YET
        assert rules.schedule_check(None, e, 0.5, D(2015, 1, 1)) == Schedule.NO_DATES

    def test_work_done_from_activities_or_completion(self):
        assert rules.work_done([100, 50, None], "limited") == pytest.approx(0.75)
        assert rules.work_done([], "substantial") == 0.75
        assert rules.work_done([], None) is None


class TestStarred:
    def test_all_four_conditions(self):
        assert rules.is_starred("medium", True, "moderate", "complete")
        assert rules.is_starred("high", True, "transformative", "substantial")

    @pytest.mark.parametrize(
        "args",
        [
            ("low", True, "moderate", "complete"),
            ("medium", False, "moderate", "complete"),
            ("medium", True, "minor", "complete"),
            ("medium", True, "moderate", "limited"),
            (None, True, "moderate", "complete"),
        ],
    )
    def test_any_missing_condition(self, args):
        assert not rules.is_starred(*args)


def test_numbering():
    refs = [
        ResultRef("g", "goal", None, 1),
        ResultRef("p", "purpose", None, 1),
        ResultRef("o2", "output", "p", 2),
        ResultRef("o1", "output", "p", 1),
        ResultRef("a12", "activity", "o1", 5),
        ResultRef("a11", "activity", "o1", 1),
        ResultRef("a21", "activity", "o2", 1),
        ResultRef("x", "activity", None, 1),
    ]
    codes = rules.number_results(refs)
    assert codes == {
        "g": "",
        "p": "",
        "o1": "1",
        "o2": "2",
        "a11": "1.1",
        "a12": "1.2",
        "a21": "2.1",
        "x": "A1",
    }


def test_position_between():
    assert rules.position_between(None, None) == 1.0
    assert rules.position_between(1.0, 2.0) == 1.5
    assert rules.position_between(None, 1.0) < 1.0
    assert rules.position_between(3.0, None) > 3.0


def test_latest_plan_is_the_current_one():
    from types import SimpleNamespace as P

    old = P(id="a", period_start=D(2012, 4, 1), period_end=D(2013, 6, 30), position=1.0)
    new = P(id="b", period_start=D(2014, 7, 1), period_end=D(2016, 6, 30), position=2.0)
    undated = P(id="c", period_start=None, period_end=None, position=3.0)
    assert rules.latest_plan([new, old, undated]).id == "b"
    assert rules.latest_plan([undated]).id == "c"
    assert rules.latest_plan([]) is None
