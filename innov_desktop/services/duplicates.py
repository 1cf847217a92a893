"""Find likely duplicate people over the whole database (the "find duplicates" view)."""

from __future__ import annotations

from innov_desktop.domain.duplicates import DuplicateGroup, DuplicateReason, group, similar_pairs
from innov_desktop.domain.models import Person
from innov_desktop.services.progress import CancelFn, ProgressFn, checkpoint, never_cancel, no_progress
from innov_desktop.services.records import owned
from innov_desktop.store.database import Database


def find_duplicates(
    db: Database, *, progress: ProgressFn = no_progress, cancel: CancelFn = never_cancel
) -> list[DuplicateGroup]:
    """Groups of people sharing an e-mail or a phone, or with alike names and the same birth date,
    that this copy may merge: at a center, its own people only (another center's record is
    changed by that center or HQ), and never people whose names were not shared with this copy
    (at HQ, nameless people born the same year all looked alike; a group it could not merge was
    only noise)."""
    pairs: list[tuple[Person, Person, DuplicateReason]] = []
    steps = 3
    with db.reader() as tx:
        for step, (column, reason) in enumerate((("email", DuplicateReason.EMAIL), ("phone", DuplicateReason.PHONE))):
            for members in tx.people.shared_values(column):
                checkpoint(cancel)
                pairs += [(members[0], other, reason) for other in members[1:]]
            progress(step + 1, steps)
        for block in tx.people.shared_values("birth_date"):
            checkpoint(cancel)
            pairs += [(block[i], block[j], DuplicateReason.NAME_AND_BIRTH) for i, j, _ in similar_pairs(block)]
        progress(steps, steps)
        may_merge = {p.id for pair in pairs for p in pair[:2] if owned(tx, p.meta.origin) and not p.meta.withheld}
        pairs = [(a, b, why) for a, b, why in pairs if a.id in may_merge and b.id in may_merge]
    return group(pairs)
