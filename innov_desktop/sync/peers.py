"""Who takes part: this installation's identity and key, the registered peers (HQ for a center,
the centers for HQ), the bundle history, and the conflict queue with its settlement."""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from innov_desktop.domain.enums import AuditAction, OrgType, PersonRole, Sex, SmeSize
from innov_desktop.domain.errors import (
    CenterOnly,
    ConflictNotFound,
    ErrorCode,
    FieldError,
    HqOnly,
    KeyAlreadyRegistered,
    KeyFileInvalid,
    PeerNotRegistered,
    ValidationFailed,
    WithheldFields,
)
from innov_desktop.domain.validation import clean_organization, clean_person
from innov_desktop.store import convert, syncmeta
from innov_desktop.store import models as orm
from innov_desktop.store.database import Database
from innov_desktop.store.repos import Tx, derived_values, stamp_row
from innov_desktop.sync import keys
from innov_desktop.sync.tables import column_type, specs


@dataclass(frozen=True, slots=True)
class Identity:
    code: str
    hq: bool


def identity(tx: Tx) -> Identity:
    code = tx.center_code
    if not code:
        raise PeerNotRegistered(what="this installation (run init first)")
    return Identity(code, tx.is_hq)


def own_public_key(db: Database) -> str:
    return keys.public_b64(keys.ensure_key_pair(db.paths.keys))


def register_peer(tx: Tx, key_file: keys.PublicKeyFile, *, replace: bool = False) -> orm.SyncPeer:
    """HQ registers a center; a center registers HQ (the same key again changes nothing)."""
    me = identity(tx)
    named = key_file.path or key_file.code  # the file, as the person chose it
    if key_file.code == me.code:
        raise KeyFileInvalid(path=named, reason="it is this installation's own key")
    if me.hq and key_file.role != "center":
        raise KeyFileInvalid(path=named, reason="HQ registers the keys of centers, and this is not one")
    if not me.hq and key_file.role != "hq":
        raise KeyFileInvalid(path=named, reason="a center registers HQ's key only, and this is not HQ's")
    other_hq = None if me.hq else hq_peer(tx)
    if other_hq is not None and other_hq.code != key_file.code and not replace:
        raise KeyAlreadyRegistered(
            code=other_hq.code, old=keys.fingerprint(other_hq.public_key), new=key_file.fingerprint
        )
    if other_hq is not None and other_hq.code != key_file.code:
        tx.session.delete(other_hq)
    peer = tx.session.get(orm.SyncPeer, key_file.code)
    if peer is not None and peer.public_key == key_file.key:
        return peer
    if peer is not None and not replace:
        raise KeyAlreadyRegistered(code=key_file.code, old=keys.fingerprint(peer.public_key), new=key_file.fingerprint)
    if peer is None:
        peer = orm.SyncPeer(
            code=key_file.code,
            role=key_file.role,
            public_key=key_file.key,
            registered_at=now(),
            out_number=0,
            acked_seq=0,
            in_number=0,
            in_seq=0,
        )
        tx.session.add(peer)
    else:
        peer.public_key = key_file.key
    tx.session.flush()
    return peer


def hq_peer(tx: Tx) -> orm.SyncPeer | None:
    return tx.session.scalars(select(orm.SyncPeer).where(orm.SyncPeer.role == "hq")).first()


def peer_for_export(tx: Tx, center: str | None) -> orm.SyncPeer:
    me = identity(tx)
    if me.hq:
        if center is None:
            raise CenterOnly()
        peer = tx.session.get(orm.SyncPeer, center)
        if peer is None or peer.role != "center":
            raise PeerNotRegistered(what=f"the center {center}")
        return peer
    if center is not None:
        raise HqOnly(code=me.code)
    peer = hq_peer(tx)
    if peer is None:
        raise PeerNotRegistered(what="HQ")
    return peer


def peer_rows(tx: Tx) -> list[tuple[Any, ...]]:
    """code, role, fingerprint, registered, bundles in, bundles out, last in, last out."""
    out = []
    for peer in tx.session.scalars(select(orm.SyncPeer).order_by(orm.SyncPeer.code)):
        stats = {}
        for direction in ("in", "out"):
            b = orm.SyncBundle
            count, last = tx.session.execute(
                select(func.count(), func.max(b.handled_at)).where(b.peer == peer.code, b.direction == direction)
            ).one()
            stats[direction] = (int(count), last)
        out.append(
            (
                peer.code,
                peer.role,
                keys.fingerprint(peer.public_key),
                peer.registered_at,
                stats["in"][0],
                stats["out"][0],
                stats["in"][1],
                stats["out"][1],
            )
        )
    return out


def history_rows(tx: Tx, limit: int) -> list[tuple[Any, ...]]:
    b = orm.SyncBundle
    rows = tx.session.scalars(select(b).order_by(b.pk.desc()).limit(limit))
    return [
        (r.direction, r.peer, r.number, r.created_at, r.handled_at, r.records, r.added, r.changed, r.deleted,
         r.conflicts, r.file_name)
        for r in rows
    ]  # fmt: skip


def next_out_name(tx: Tx, center: str | None) -> tuple[str, str, int]:
    me = identity(tx)
    peer = peer_for_export(tx, center)
    return me.code, peer.code, peer.out_number + 1


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def open_conflicts(tx: Tx) -> list[orm.SyncConflict]:
    return list(
        tx.session.scalars(
            select(orm.SyncConflict).where(orm.SyncConflict.resolved_at.is_(None)).order_by(orm.SyncConflict.pk)
        )
    )


def in_force(tx: Tx, conflict: orm.SyncConflict) -> str:
    """ "mine" or "theirs": which side's value the record holds now, until someone decides. An
    edit against a delete touches two different fields, so which write is newer does not say
    it (the newer edit of a deleted record leaves it deleted); the record itself does. When the
    record holds neither value (a later write), the newer side is named."""
    spec = specs().get(conflict.table_name)
    row = None
    if spec is not None:
        row = tx.session.execute(
            select(spec.table.c[conflict.field]).where(spec.table.c.id == uuid.UUID(conflict.record_id))
        ).first()
    if row is not None:
        held = spec.encode[conflict.field](row[0])  # type: ignore[union-attr]
        mine, theirs = json.loads(conflict.mine_value), json.loads(conflict.theirs_value)
        if held == mine and held != theirs:
            return "mine"
        if held == theirs and held != mine:
            return "theirs"
    newer = (conflict.mine_clock, conflict.mine_writer) > (conflict.theirs_clock, conflict.theirs_writer)
    return "mine" if newer else "theirs"


def open_conflicts_on(tx: Tx, record: str, fields: list[str]) -> list[orm.SyncConflict]:
    """The open conflicts of `record` on any of `fields`."""
    return list(
        tx.session.scalars(
            select(orm.SyncConflict).where(
                orm.SyncConflict.record_id == record,
                orm.SyncConflict.resolved_at.is_(None),
                orm.SyncConflict.field.in_(fields),
            )
        )
    )


def resolve(tx: Tx, number: int, choice: str, value: Any = None) -> orm.SyncConflict:
    """keep mine / keep theirs / edit: the chosen value is written again as a new local change,
    newer than both sides, so it travels and settles the conflict on every copy."""
    conflict = tx.session.get(orm.SyncConflict, number)
    if conflict is None or conflict.resolved_at is not None:
        raise ConflictNotFound(number=number)
    spec = specs()[conflict.table_name]
    if choice == "mine":
        chosen = json.loads(conflict.mine_value)
    elif choice == "theirs":
        chosen = json.loads(conflict.theirs_value)
    else:
        chosen = value
    t = spec.table
    row = tx.session.scalars(select(spec.model).where(spec.model.id == uuid.UUID(conflict.record_id))).one()
    if conflict.field in syncmeta.withheld(row):  # HQ never writes what it was not given
        raise WithheldFields()
    before = getattr(row, conflict.field)
    typed = _typed(spec, conflict.field, chosen)
    target = spec.links.get(conflict.field)
    if typed is not None and target is not None:  # a link names a record that exists here, live
        found = tx.session.execute(select(target.c.pk).where(target.c.id == typed, target.c.deleted.is_(False))).first()
        if found is None:
            raise ValidationFailed([FieldError(conflict.field, ErrorCode.UNKNOWN_RECORD)])
    setattr(row, conflict.field, typed)
    if choice not in ("mine", "theirs"):  # a copy accepted those; a typed value meets the form's rules
        _check(tx, row, conflict.field)
    changes = {conflict.field: [convert.plain(before), convert.plain(getattr(row, conflict.field))]}
    merged_into = getattr(row, "merged_into", None)
    if conflict.field == "deleted" and not row.deleted and merged_into is not None:
        # kept against a merge on the other copy: a live record is nobody's duplicate
        changes["merged_into"] = [convert.plain(merged_into), None]
        setattr(row, "merged_into", None)  # noqa: B010  only people have the column
    stamp_row(tx, row, tuple(changes))
    tx.audit.record(  # a person's decision, in the record's history like any other edit
        AuditAction.UPDATE, conflict.table_name, row.id, changes
    )
    values = {c.name: getattr(row, c.name) for c in t.columns}
    for name, value in derived_values(spec.model, values).items():
        setattr(row, name, value)
    conflict.resolved_at = now()
    conflict.resolution = choice
    for other in open_conflicts_on(tx, conflict.record_id, [conflict.field]):  # one choice settles all
        other.resolved_at = conflict.resolved_at
        other.resolution = "superseded"
    tx.session.flush()
    return conflict


_TRUE, _FALSE = ("true", "yes", "1"), ("false", "no", "0")


def _typed(spec: Any, name: str, value: Any) -> Any:
    """A chosen value (as stored in the conflict, or as typed) in the field's type; a value that
    is not of that type is refused as the form refuses it."""
    column = spec.table.c[name]
    if value is None or (isinstance(value, str) and not value.strip() and column.nullable):
        return None  # an empty value empties a field that may be empty (a date, a phone)
    python_type = column_type(column)
    try:
        if python_type is bool and isinstance(value, str):
            word = value.strip().lower()
            if word not in _TRUE + _FALSE:
                raise ValueError(value)
            return word in _TRUE
        if isinstance(value, str):
            value = value.strip()
        if python_type is date and isinstance(value, str):
            text = value
            if _DAY_FIRST.match(text):
                day, month, year = (int(x) for x in text.split("/"))
                return date(year, month, day)
        return spec.decode[name](value)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        if python_type is date:
            raise ValidationFailed([FieldError(name, ErrorCode.INVALID_DATE)]) from exc
        allowed = "true, false" if python_type is bool else str(python_type.__name__)
        raise ValidationFailed([FieldError(name, ErrorCode.UNKNOWN_VALUE, (("allowed", allowed),))]) from exc


_DAY_FIRST = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}$")


def _check(tx: Tx, row: Any, name: str) -> None:
    """A typed value through the rules of the record's form, for that field alone (other fields
    may hold what the form would not take today, or be withheld at HQ: they are not this
    decision's business), and set to the cleaned value (a phone in E.164, a country as its code)."""
    own = tx.centers.own()
    region = own.data.country if own is not None else None
    words = {"roles": {r.value for r in PersonRole}, "sex": {x.value for x in Sex}}.get(name)
    value = getattr(row, name)
    if isinstance(row, orm.Person) and words is not None and isinstance(value, str):
        case = str.upper if name == "sex" else str.lower
        typed = [case(w.strip()) for w in value.split(",")] if name == "roles" else [case(value.strip())]
        if any(w not in words for w in typed if w or name == "sex"):  # (reading drops unknown words)
            raise ValidationFailed([FieldError(name, ErrorCode.UNKNOWN_VALUE, (("allowed", _allowed(row, name)),))])
        setattr(row, name, ",".join(w for w in typed if w))
    try:
        if isinstance(row, orm.Person):
            columns = convert.person_columns(
                clean_person(convert.person_input(row), today=date.today(), default_region=region)
            )
        elif isinstance(row, orm.Organization):
            data = convert.organization_of(row).data
            columns = convert.organization_columns(clean_organization(data, default_region=region))
        else:
            return
    except ValidationFailed as refused:
        own_errors = [e for e in refused.errors if e.field == name]
        if own_errors:
            raise ValidationFailed(own_errors) from None
        return  # only other fields are refused: this one passed its rules, and stays as typed
    except (KeyError, ValueError) as exc:  # a type word the record cannot hold
        raise ValidationFailed(
            [FieldError(name, ErrorCode.UNKNOWN_VALUE, (("allowed", _allowed(row, name)),))]
        ) from exc
    if name in columns:
        setattr(row, name, columns[name])


def _allowed(row: Any, name: str) -> str:
    if name == "roles":
        return ", ".join(r.value for r in PersonRole)
    if name == "sex":
        return ", ".join(x.value for x in Sex)
    if name == "type":
        return ", ".join(t.value for t in OrgType)
    if name == "sme_size":
        return ", ".join(t.value for t in SmeSize)
    return "the values the form offers"
