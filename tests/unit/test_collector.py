"""Overlapping jobs (a report and a publication in two workers) leave the collector as it was."""

import gc

from matrix_app.services.collector import collector_relaxed, refreeze


def test_the_last_job_out_puts_the_thresholds_back_and_releases_the_freeze():
    before = gc.get_threshold()
    report, publication = collector_relaxed(freeze=True), collector_relaxed()
    report.__enter__()
    publication.__enter__()
    assert gc.get_threshold()[0] >= 50_000
    assert gc.get_freeze_count() > 0
    report.__exit__(None, None, None)  # the first in ends first: the other still runs
    assert gc.get_threshold()[0] >= 50_000
    assert gc.get_freeze_count() > 0
    publication.__exit__(None, None, None)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_an_error_inside_still_restores_and_refreeze_outside_a_job_does_nothing():
    before = gc.get_threshold()
    try:
        with collector_relaxed(freeze=True):
            made = [[i] for i in range(1000)]
            refreeze()
            assert gc.get_freeze_count() >= len(made)
            raise RuntimeError("the job failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    refreeze()
    assert gc.get_freeze_count() == 0
