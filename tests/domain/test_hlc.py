"""Hybrid logical clock: edits are ordered even when the wall clock stalls or jumps back."""

import time

from hypothesis import given
from hypothesis import strategies as st

from innov_desktop.domain.hlc import COUNTER_MASK, pack, physical_ms, receive, tick

T = 1_718_000_000_000  # a wall time in ms (June 2024)
wall_times = st.integers(min_value=0, max_value=2**47)
clocks = st.builds(pack, wall_times, st.integers(0, COUNTER_MASK))


def test_tick_follows_an_advancing_wall_clock():
    assert tick(pack(T, 5), T + 1) == pack(T + 1, 0)


def test_tick_increases_when_wall_clock_repeats_or_goes_back():
    last = pack(T, 0)
    same = tick(last, T)
    back = tick(same, T - 60_000)
    assert last < same < back
    assert physical_ms(same) == physical_ms(back) == T


def test_counter_overflow_borrows_the_next_millisecond():
    full = pack(T, COUNTER_MASK)
    after = tick(full, T)
    assert after > full
    assert after == pack(T + 1, 0)
    assert tick(after, T + 1) > after


def test_receive_moves_past_local_and_remote_clocks():
    local, remote_ahead, remote_behind = pack(T, 3), pack(T + 5_000, 7), pack(T - 5_000, 9)
    for remote in (remote_ahead, remote_behind, local):
        result = receive(local, remote, T)
        assert result > local and result > remote


def test_tick_without_explicit_time_uses_the_wall_clock():
    before = time.time_ns() // 1_000_000
    value = tick(0)
    assert before <= physical_ms(value) <= time.time_ns() // 1_000_000


@given(st.lists(wall_times, min_size=1, max_size=200))
def test_tick_strictly_increases_for_any_wall_clock_sequence(times):
    last = 0
    for now in times:
        value = tick(last, now)
        assert value > last
        assert physical_ms(value) >= now  # never behind the wall clock
        assert physical_ms(value) <= max(now, physical_ms(last) + 1)  # never runs away
        last = value


@given(clocks, clocks, wall_times)
def test_receive_is_after_both_inputs(local, remote, now):
    result = receive(local, remote, now)
    assert result > local and result > remote
    assert physical_ms(result) <= max(now, physical_ms(local) + 1, physical_ms(remote) + 1)
