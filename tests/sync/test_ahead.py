"""Reading ahead keeps the order, hands an error over where it happened, and stops its helper
when the reader stops early."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from innov_desktop.sync.ahead import read_ahead


def test_items_come_in_order_across_batches() -> None:
    assert list(read_ahead(iter(range(2_503)), batch=100, depth=2)) == list(range(2_503))
    assert list(read_ahead(iter([]), batch=10)) == []


def test_an_error_comes_after_the_items_before_it() -> None:
    def items() -> Iterator[int]:
        yield from range(250)
        raise ValueError("damaged at 250")

    got: list[int] = []
    with pytest.raises(ValueError, match="damaged at 250"):
        for item in read_ahead(items(), batch=100):
            got.append(item)
    assert got == list(range(250))


def test_stopping_early_closes_the_source_and_ends_the_helper() -> None:
    closed = threading.Event()

    def items() -> Iterator[int]:
        try:
            yield from range(1_000_000)
        finally:
            closed.set()

    reader = read_ahead(items(), batch=10, depth=2)
    assert [next(reader) for _ in range(15)] == list(range(15))
    reader.close()  # what a for loop left by an exception does
    assert closed.wait(5)
    assert not any(t.name == "read-ahead" and t.is_alive() for t in threading.enumerate())
