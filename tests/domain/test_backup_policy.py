"""Backup rotation: the newest few, then one a day, a week and a month."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from innov_desktop.domain.backups import RetentionPolicy, backups_to_keep

NOW = datetime(2024, 6, 15, 14, 0)


def test_no_backups_keeps_nothing():
    assert backups_to_keep([]) == set()


def test_newest_backups_are_kept_and_older_ones_of_the_same_hour_dropped():
    times = [NOW - timedelta(minutes=m) for m in range(0, 50, 10)]
    assert backups_to_keep(times) == set(times[:3])


def test_one_backup_a_day_for_the_last_seven_days():
    days = [datetime(2024, 6, d, h) for d in range(1, 16) for h in (8, 20)]
    kept = backups_to_keep(days, RetentionPolicy(newest=1, daily=7, weekly=0, monthly=0))
    assert kept == {datetime(2024, 6, d, 20) for d in range(9, 16)}


def test_one_backup_a_week_for_four_weeks():
    times = [NOW - timedelta(days=d) for d in range(60)]
    kept = backups_to_keep(times, RetentionPolicy(newest=0, daily=0, weekly=4, monthly=0))
    assert len(kept) == 4
    assert len({t.isocalendar()[:2] for t in kept}) == 4
    assert min(kept) >= NOW - timedelta(weeks=4)


def test_hourly_backups_over_400_days():
    times = [NOW - timedelta(hours=h) for h in range(400 * 24)]
    kept = backups_to_keep(times)
    assert len(kept) <= 3 + 7 + 4 + 12
    assert set(times[:3]) <= kept
    for d in range(7):  # the last backup of each of the last seven days
        day = (NOW - timedelta(days=d)).date()
        assert max(t for t in times if t.date() == day) in kept
    assert len({(t.year, t.month) for t in kept}) == 12
    oldest = min(kept)
    assert (oldest.year, oldest.month) == (2023, 7)
    assert timedelta(days=300) < NOW - oldest < timedelta(days=366)


policies = st.builds(RetentionPolicy, *(st.integers(0, 15) for _ in range(4)))
backup_times = st.lists(st.datetimes(datetime(2020, 1, 1), datetime(2026, 1, 1)), max_size=80)


@given(backup_times, policies)
def test_kept_backups_are_a_bounded_subset_with_the_newest(times, policy):
    kept = backups_to_keep(times, policy)
    assert kept <= set(times)
    assert len(kept) <= policy.newest + policy.daily + policy.weekly + policy.monthly
    if times and (policy.newest or policy.daily or policy.weekly or policy.monthly):
        assert max(times) in kept
    assert backups_to_keep(kept, policy) == kept  # rotating again deletes nothing more
