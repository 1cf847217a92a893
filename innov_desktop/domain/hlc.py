"""Hybrid logical clock: 48 bits of wall-clock milliseconds and a 16-bit counter in one integer.

It never goes backwards even if the wall clock does, and it moves past any clock value received
from another site, so `modified_at` orders causally related edits correctly across centers."""

from __future__ import annotations

import time

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def physical_ms(value: int) -> int:
    return value >> COUNTER_BITS


def tick(last: int, now_ms: int | None = None) -> int:
    """The next local clock value after `last`."""
    now = wall_ms() if now_ms is None else now_ms
    last_ms, last_counter = last >> COUNTER_BITS, last & COUNTER_MASK
    if now > last_ms:
        return pack(now, 0)
    if last_counter < COUNTER_MASK:
        return pack(last_ms, last_counter + 1)
    return pack(last_ms + 1, 0)  # counter exhausted: borrow the next millisecond


def receive(last: int, remote: int, now_ms: int | None = None) -> int:
    """The local clock after seeing `remote` from another site: after both."""
    return tick(max(last, remote), now_ms)
