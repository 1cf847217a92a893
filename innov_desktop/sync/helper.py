"""A helper process for HQ's merge of many bundles: it reads a bundle, decompresses and hashes its
members, parses the lines and their ids, and builds each line's row as if the record were new
(rows.RowMaker, in SQLite's stored form, the change sequence left as a mark). The merge, in the
main process, keeps what depends on the database: which lines are new, their sequence numbers,
links, and merges with existing rows (merge.Merger).

Every line the helper hands over comes from a member whose signed hash it checked before handing
over any of its lines, against the members the merge verified. Whatever goes wrong with the
helper (no second processor free, a crash, a damaged member), the merge reads the rest of the
bundle itself, as it does without a helper, and so refuses a damaged bundle the same way."""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import queue
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from innov_desktop.domain.errors import AppError
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync.engine import CHUNK
from innov_desktop.sync.rows import MARK_TEXT, SEQ_MARK, RowMaker, columns
from innov_desktop.sync.tables import specs, uuid_hex

log = logging.getLogger(__name__)

DEPTH = 12  # batches prepared ahead at most (about two bundles of 10 000 lines, 25 MB)
WAIT = 0.5  # seconds between looks at whether the helper still lives, while waiting for it


@dataclass(frozen=True, slots=True)
class Batch:
    """Consecutive lines of one table, at most CHUNK, as the merge batches them itself."""

    table: str
    ids: list[str]  # 32 lower-case hex digits (the id as SQLite stores it)
    origins: list[str]
    rows: list[tuple[Any, ...] | None]  # a new row as rows.fill_seq takes it; None: made by the merge
    lines: list[bytes]  # as read: parsed again only for a merge with an existing row


class HelperGone(Exception):
    """The helper failed or ended; the merge reads the rest of the bundle itself."""


@dataclass(frozen=True, slots=True)
class Job:
    number: int
    path: Path
    sender: str
    members: tuple[fmt.Member, ...]

    def matches(self, verified: fmt.Verified) -> bool:
        """Prepared from the very members the merge verified (same names, sizes and hashes)."""
        return self.path == verified.path and self.sender == verified.sender and self.members == verified.members


class Helper:
    """The main process's side: jobs go in order, batches come back in order."""

    def __init__(self, process: Any, requests: Any, answers: Any) -> None:
        self.process, self.requests, self.answers = process, requests, answers
        self.working = True
        self._next = 1
        self.batches_taken = 0  # batches the merge used (tests)
        self.failed_jobs = 0  # jobs the helper gave up on (tests)

    @classmethod
    def start(cls) -> Helper | None:
        try:
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            requests_in, requests_out = context.Pipe(duplex=False)
            answers_in, answers_out = context.Pipe(duplex=False)
            process = context.Process(target=_serve, args=(requests_in, answers_out), name="bundle-helper", daemon=True)
            process.start()
        except (OSError, ValueError, ImportError, NotImplementedError) as exc:
            log.info("no helper process for the merge: %s", exc)
            return None
        requests_in.close()  # the helper's ends: an ended helper is then seen as the end of its pipe
        answers_out.close()
        return cls(process, requests_out, answers_in)

    def submit(self, path: Path, sender: str, members: tuple[fmt.Member, ...]) -> Job | None:
        if not self.working:
            return None
        job = Job(self._next, path, sender, members)
        self._next += 1
        try:
            self.requests.send(("job", job.number, str(path), sender, members))
        except (OSError, ValueError):
            self.working = False
            return None
        return job

    def cancel(self, job: Job) -> None:
        """The merge will not take the job's batches (already read, refused, or prepared from
        other members than it verified): the helper stops it at its next batch."""
        try:
            self.requests.send(("cancel", job.number))
        except (OSError, ValueError):
            self.working = False

    def batches(self, job: Job) -> Iterator[Batch]:
        """The job's batches in order; raises HelperGone when the helper gave up or ended (the
        batches handed out until then are exactly the bundle's first lines)."""
        while True:
            message = self._receive()
            kind, number = message[0], message[1]
            if number < job.number:
                continue  # left over from a job the merge did not take to its end
            if number > job.number:  # a job skipped: no later job is trusted to be whole
                self.working = False
                raise HelperGone()
            if kind == "fail":
                self.failed_jobs += 1
                raise HelperGone()
            if kind == "end":
                return
            self.batches_taken += 1
            yield Batch(*message[2:])

    def _receive(self) -> tuple[Any, ...]:
        if not self.working:
            raise HelperGone()
        try:
            while not self.answers.poll(WAIT):
                if not self.process.is_alive():
                    raise EOFError("the helper ended")
            message: tuple[Any, ...] = pickle.loads(self.answers.recv_bytes())
            return message
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            log.warning("the merge's helper process failed (%s); the merge goes on without it", exc)
            self.working = False
            raise HelperGone() from exc

    def close(self) -> None:
        """End the helper: asked to, then made to."""
        with contextlib.suppress(OSError, ValueError):
            self.requests.send(("stop", 0))
        self.requests.close()
        self.answers.close()
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)


# -- in the helper process ------------------------------------------------------------------------


def _serve(requests: Any, answers: Any) -> None:
    """The helper's loop: jobs in the order they came, a job's batches handed to a sender thread
    (which writes them to the pipe with Python's lock free) while the next ones are prepared."""
    gc.disable()  # many small objects, none in cycles (as in the main process)
    outbox: queue.Queue[bytes | None] = queue.Queue(maxsize=DEPTH)

    def send() -> None:
        while (data := outbox.get()) is not None:
            try:
                answers.send_bytes(data)
            except OSError:  # the main process ended
                os._exit(0)

    sender = threading.Thread(target=send, name="bundle-helper-send", daemon=True)
    sender.start()
    jobs: deque[tuple[int, str, str, tuple[fmt.Member, ...]]] = deque()
    cancelled = 0  # jobs up to this number are not wanted (they are cancelled in order)

    def read_requests(block: bool) -> bool:
        nonlocal cancelled
        try:
            while block or requests.poll():
                block = False
                kind, number, *rest = requests.recv()
                if kind == "stop":
                    return False
                if kind == "cancel":
                    cancelled = max(cancelled, number)
                else:
                    jobs.append((number, *rest))
        except (EOFError, OSError):  # the main process ended
            return False
        return True

    def put(message: tuple[Any, ...]) -> None:
        outbox.put(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    running = True
    while running:
        while running and not jobs:
            running = read_requests(block=True)
        if not running:
            break
        number, path, sender_code, members = jobs.popleft()
        if number <= cancelled:
            continue
        try:
            for batch in prepare(Path(path), sender_code, members):
                running = read_requests(block=False)
                if not running or number <= cancelled:
                    break
                put(("batch", number, *batch))
            else:
                put(("end", number))
        except Exception:  # noqa: BLE001  whatever went wrong, the merge reads on by itself
            put(("fail", number))  # and refuses the bundle if it is damaged
    outbox.put(None)
    sender.join()


def prepare(path: Path, sender: str, members: tuple[fmt.Member, ...]) -> Iterator[tuple[Any, ...]]:
    """A bundle's batches (table, ids, origins, rows, lines), made as `Merger._run` makes them:
    a new batch at each change of table and every CHUNK lines. A member's lines go out only once
    its checks passed. Raises where the merge reading by itself would refuse the bundle."""
    verified = fmt.Verified(path, {}, members, "")
    maker = RowMaker(sender, path.name)
    known = specs()
    order = {name: columns(spec)[:-2] for name, spec in known.items()}
    held: list[tuple[str, str, str, tuple[Any, ...] | None, bytes]] = []  # lines of members checked or not
    ready = 0  # the first `ready` lines of `held` come from members whose checks passed
    for line in fmt.member_lines(verified):
        if line is None:
            ready = len(held)
            while True:  # every batch that is complete
                cut = _batch_end(held, ready)
                if cut is None:
                    break
                yield _batch(held[:cut])
                del held[:cut]
                ready -= cut
            continue
        entry = orjson.loads(line)
        name = entry["t"]
        spec = known[name]
        ident = uuid_hex(str(entry["id"]))
        origin = str(entry.get("o", ""))
        row: tuple[Any, ...] | None
        try:
            made = maker.new_row(spec, ident, origin, entry, SEQ_MARK, stored=True)
            row = (*[made[c] for c in order[name]], made["sync_meta"])
            if made["sync_meta"].count(MARK_TEXT) != maker.stamps:
                row = None  # a clock that reads like the mark: made by the merge instead
        except AppError:
            row = None  # not a new record, or refused by the merge if it is one
        held.append((name, ident, origin, row, line))
    while held:  # the last batches
        cut = _batch_end(held, len(held)) or len(held)
        yield _batch(held[:cut])
        del held[:cut]


def _batch_end(held: list[Any], ready: int) -> int | None:
    """Where the first batch of `held` ends, if it ends within the first `ready` lines: at a
    change of table or after CHUNK lines (a batch still growing at `ready` is not complete)."""
    if not held:
        return None
    table = held[0][0]
    limit = min(ready, CHUNK)
    for i in range(1, limit):
        if held[i][0] != table:
            return i
    if ready >= CHUNK:
        return CHUNK
    if ready < len(held) and held[ready][0] != table:
        return ready
    return None


def _batch(lines: list[tuple[str, str, str, tuple[Any, ...] | None, bytes]]) -> tuple[Any, ...]:
    return (
        lines[0][0],
        [line[1] for line in lines],
        [line[2] for line in lines],
        [line[3] for line in lines],
        [line[4] for line in lines],
    )
