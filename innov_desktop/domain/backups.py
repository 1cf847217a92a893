"""Which backups to keep: the newest few, then one a day, a week and a month (thinned rotation)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    newest: int = 3
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = RetentionPolicy()


def backups_to_keep(times: Iterable[datetime], policy: RetentionPolicy = DEFAULT_POLICY) -> set[datetime]:
    """The subset of `times` that the rotation keeps: the `newest` most recent, plus the newest
    backup of each of the last `daily` days, `weekly` ISO weeks and `monthly` months that have one."""
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[: policy.newest])
    buckets: list[tuple[int, object]] = [
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    ]
    for limit, key in buckets:
        seen: list[object] = []
        for t in ordered:
            k = key(t)  # type: ignore[operator]
            if k in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(k)
            keep.add(t)
    return keep
