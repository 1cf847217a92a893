"""Conflicts as a merge finds and settles them (sync/README.md, "Conflicts"): an edit the sender
had not seen against one it sends, an edit against a delete, and a later write on a field with an
open conflict, which settles it only if its author had seen both values. Mixed into `Merger`."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select

from innov_desktop.store import models as orm
from innov_desktop.store import syncmeta
from innov_desktop.store.repos import Tx
from innov_desktop.store.syncmeta import DEFAULT, UNKNOWN, Stamp
from innov_desktop.sync import bundle as fmt
from innov_desktop.sync.peers import open_conflicts_on
from innov_desktop.sync.tables import TableSpec


class ConflictKeeping:
    """The conflict rules of a merge; `Merger` provides the state named here."""

    tx: Tx
    v: fmt.Verified
    sender: str
    ack: int  # our changes the sender had applied
    now: str
    open_conflicts: set[str]  # records with an open conflict
    result: Any  # ImportResult: counts the conflicts

    def _mine_new(self, mine: Stamp) -> bool:
        """A write here the sender had not seen when it made the bundle."""
        return int(mine[2]) > self.ack and mine[3] != self.sender

    def _delete_versus_edit(
        self,
        spec: TableSpec,
        current: dict[str, Any],
        meta: dict[str, Stamp],
        deleted: tuple[Any, Stamp],
        theirs_new: dict[str, Stamp],
    ) -> None:
        """An edit on one copy against a delete (or a merge into another record) on the other:
        each side is named by its own write, the newest edit on the editing side."""
        value, theirs = deleted
        if value == current["deleted"]:
            return
        mine_default = meta[DEFAULT]
        mine_edits = [
            n
            for n in spec.fields
            if n not in ("deleted", "merged_into") and self._mine_new(meta.get(n) or mine_default)
        ]
        theirs_edits = [stamp for n, stamp in theirs_new.items() if n not in ("deleted", "merged_into")]
        mine_deleted_new = self._mine_new(meta.get("deleted") or mine_default)
        if "deleted" in theirs_new and mine_edits:  # our side is the newest of our edits
            newest = max((meta.get(n) or mine_default for n in mine_edits), key=lambda s: (s[0], s[1]))
            self._conflict(spec, current, "deleted", newest, value, theirs)
        elif mine_deleted_new and theirs_edits:  # their side is the newest of their edits
            newest = max(theirs_edits, key=lambda s: (s[0], s[1]))
            self._conflict(spec, current, "deleted", meta.get("deleted") or mine_default, value, newest)

    def _conflict(
        self, spec: TableSpec, current: dict[str, Any], name: str, mine: Stamp, value: Any, theirs: Stamp
    ) -> None:
        encode = spec.encode[name]
        held = json.dumps(encode(current[name]), ensure_ascii=False)
        # our bundles to the sender that carried our side (it was held here since its sequence)
        sent_from, sent_to = self.tx.session.execute(
            select(func.min(orm.SyncBundle.number), func.max(orm.SyncBundle.number)).where(
                orm.SyncBundle.direction == "out",
                orm.SyncBundle.peer == self.sender,
                orm.SyncBundle.seq >= int(mine[2]),
            )
        ).one()
        self._record_conflict(
            spec.table.name, str(current["id"]), name,
            (held, int(mine[0]), str(mine[1]), str(mine[3]), sent_from, sent_to),
            (json.dumps(encode(value), ensure_ascii=False), int(theirs[0]), str(theirs[1])),
            self.sender, self.v.number,
        )  # fmt: skip

    def _record_conflict(
        self,
        table: str,
        record: str,
        name: str,
        mine: tuple[str, int, str, str | None, int | None, int | None],  # JSON value, clock, writer, source, sent
        theirs: tuple[str, int, str],  # JSON value, clock, writer
        peer: str,
        bundle_number: int,
    ) -> None:
        self.result.conflicts += 1
        self.open_conflicts.add(record)
        self.tx.session.add(
            orm.SyncConflict(
                table_name=table, record_id=record, field=name,
                mine_value=mine[0], mine_clock=mine[1], mine_writer=mine[2],
                mine_source=mine[3], mine_sent_from=mine[4], mine_sent_to=mine[5],
                theirs_value=theirs[0], theirs_clock=theirs[1], theirs_writer=theirs[2],
                peer=peer, bundle_number=bundle_number, detected_at=self.now, resolved_at=None, resolution=None,
            )
        )  # fmt: skip

    def _settle(
        self,
        spec: TableSpec,
        current: dict[str, Any],
        meta: dict[str, Stamp],
        taken: dict[str, Any],
        taken_stamps: dict[str, Stamp],
        seq: int,
    ) -> None:
        """An open conflict on a field this merge takes is settled by the incoming write when its
        author had seen both values, or when it is newer than both; a value of the conflict its
        author never saw still stands against it, in a new conflict (sync/README.md, "Conflicts")."""
        record = str(current["id"])
        if record not in self.open_conflicts:
            return
        fields = [n for n, stamp in taken_stamps.items() if stamp[3:] != [UNKNOWN]]
        if not fields:
            return
        for conflict in open_conflicts_on(self.tx, record, fields):
            name, stamp = conflict.field, taken_stamps[conflict.field]
            encode = spec.encode[name]
            new = json.dumps(encode(taken[name]), ensure_ascii=False)
            held = json.dumps(encode(current[name]), ensure_ascii=False)
            held_stamp = meta.get(name) or meta[DEFAULT]
            # the side held here is the ordinary merge's business (a write the sender missed is a
            # conflict of its own); a later local write here settled both sides
            moved_on = held not in (conflict.mine_value, conflict.theirs_value) and held_stamp[3] == syncmeta.SELF
            mine_unseen = not moved_on and held != conflict.mine_value and not self._saw_mine(conflict)
            theirs_unseen = not moved_on and held != conflict.theirs_value and conflict.peer != self.sender
            mine_unseen = mine_unseen and conflict.mine_value != new
            theirs_unseen = theirs_unseen and conflict.theirs_value != new
            incoming = (new, int(stamp[0]), str(stamp[1]))
            if mine_unseen:  # this copy's side against the new write
                mine = (
                    conflict.mine_value, conflict.mine_clock, conflict.mine_writer,
                    conflict.mine_source, conflict.mine_sent_from, conflict.mine_sent_to,
                )  # fmt: skip
                self._record_conflict(conflict.table_name, record, name, mine, incoming, self.sender, self.v.number)
            if theirs_unseen:  # the new write, now held here, against the other side it never saw
                mine = (*incoming, self.sender, None, None)
                theirs = (conflict.theirs_value, conflict.theirs_clock, conflict.theirs_writer)
                self._record_conflict(
                    conflict.table_name, record, name, mine, theirs, conflict.peer, conflict.bundle_number
                )
            newer = stamp[0] > max(conflict.mine_clock, conflict.theirs_clock)
            if moved_on or mine_unseen or theirs_unseen or newer:
                conflict.resolved_at = self.now
                conflict.resolution = "superseded"

    def _saw_mine(self, conflict: orm.SyncConflict) -> bool:
        """Whether the sender had seen this copy's side of `conflict` when it wrote. A side that
        lost here was never sent again: the sender saw it only if it came from the sender, or if
        the sender had applied one of our bundles that left before the conflict, which its bundles
        say (`ack_number`: the last of ours it had applied)."""
        if conflict.mine_source is None or conflict.peer != self.sender:
            return True  # recorded before schema 0004, or another center's: settled by the clock
        if conflict.mine_source == self.sender:
            return True
        low, high = conflict.mine_sent_from, conflict.mine_sent_to
        if low is None or high is None:
            return False
        ack = self.v.manifest.get("ack_number")
        if type(ack) is int and low <= ack <= high:
            return True
        earlier = select(orm.SyncBundle.pk).where(
            orm.SyncBundle.direction == "in",
            orm.SyncBundle.peer == self.sender,
            orm.SyncBundle.ack_number.between(low, high),
        )
        return self.tx.session.execute(earlier.limit(1)).first() is not None
