"""Reading ahead: a bundle's lines decompressed, checked and parsed by a helper thread while the
merge writes the lines before them. The database drivers let go of Python's lock while a
statement runs (SQLite's steps, PostgreSQL's round trips), and that is when the helper reads."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Any, TypeVar

T = TypeVar("T")

BATCH = 1_000  # items handed over at a time
DEPTH = 4  # batches read ahead at most (memory stays flat: about 4 000 lines)
_END = object()


def read_ahead(items: Iterator[T], *, batch: int = BATCH, depth: int = DEPTH) -> Iterator[T]:
    """`items` in order, produced by a helper thread up to `depth` batches ahead. An exception the
    producer raises comes out here where it happened, after the items before it. When the caller
    stops early (an error, a cancel), the producer stops at its next batch and `items` is closed."""
    handover: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(thing: Any) -> bool:
        while not stop.is_set():
            try:
                handover.put(thing, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        chunk: list[T] = []
        try:
            for item in items:
                chunk.append(item)
                if len(chunk) >= batch:
                    if not put(chunk):
                        return
                    chunk = []
            if put(chunk):
                put(_END)
        except BaseException as exc:  # noqa: BLE001  handed to the caller, raised there
            if put(chunk):  # the items read before it come first
                put(exc)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    helper = threading.Thread(target=produce, name="read-ahead", daemon=True)
    helper.start()
    try:
        while True:
            got = handover.get()
            if got is _END:
                return
            if isinstance(got, BaseException):
                raise got
            yield from got
    finally:
        stop.set()
        helper.join()
