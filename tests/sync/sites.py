"""Real installations for sync tests: each a data folder with its own database and key pair."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from innov_desktop.domain.enums import Sex
from innov_desktop.domain.models import CenterInput, Person, PersonInput
from innov_desktop.services import people as people_service
from innov_desktop.services import sync
from innov_desktop.services.setup import init_center, open_database
from innov_desktop.store.database import Database

HQ_CODE = "CH-HQ"
SHARED_TABLES = ("center", "organization", "person")
LOCAL_COLUMNS = {"pk", "rev", "sync_seq", "sync_meta", "search_text", "sort_name", "modified_at", "modified_by"}


@dataclass
class Site:
    code: str
    root: Path
    db: Database
    hq: bool
    exported: int = 0

    def key_file(self) -> Path:
        out = self.root.parent / f"{self.code}.pub"
        sync.export_public_key(self.db, out)
        return out

    def export_to(self, folder: Path, center: str | None = None) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        return sync.export_bundle(self.db, folder, center=center).path

    def add_person(self, given: str, family: str, **extra: Any) -> Person:
        data = PersonInput(given_name=given, family_name=family, sex=extra.pop("sex", Sex.FEMALE), **extra)
        return people_service.create_person(self.db, data)

    def edit_person(self, ident: uuid.UUID, **changes: Any) -> Person:
        current = people_service.get_person(self.db, ident)
        return people_service.update_person(
            self.db, ident, dataclasses.replace(current.data, **changes), expected_rev=current.meta.rev
        )

    def close(self) -> None:
        self.db.close()


def make_site(root: Path, code: str, *, hq: bool = False, url: str | None = None) -> Site:
    db = open_database(root, url=url)
    country = code[:2]
    init_center(db, CenterInput(code=code, name=f"Center {code}", country=country), hq=hq)
    return Site(code, root, db, hq)


def link(hq: Site, *centers: Site) -> None:
    """Exchange public keys out of band, as the people would."""
    for center in centers:
        sync.trust_key(hq.db, center.key_file())
        sync.trust_key(center.db, hq.key_file())


def shared_state(site: Site, tables: tuple[str, ...] = SHARED_TABLES) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, id) -> the fields this copy knows (fields it holds as unknown are left out); read
    through SQLAlchemy so that SQLite and PostgreSQL copies compare alike."""
    import json

    from sqlalchemy import select

    from innov_desktop.store.models import Base

    out: dict[tuple[str, str], dict[str, Any]] = {}
    with site.db.engine.connect() as conn:
        for name in tables:
            for row in conn.execute(select(Base.metadata.tables[name])).mappings():
                meta = json.loads(row["sync_meta"]) if row["sync_meta"] else {}
                default = meta.get("_")
                fields = {}
                for key, value in row.items():
                    stamp = meta.get(key) or default
                    if key in LOCAL_COLUMNS or (stamp is not None and stamp[3] == "~"):
                        continue
                    fields[key] = str(value) if isinstance(value, uuid.UUID) else value
                out[(name, str(row["id"]))] = fields
    return out


def snapshot(site: Site) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: proves a database unchanged on either engine."""
    from sqlalchemy import select

    from innov_desktop.store.models import Base

    with site.db.engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
        }


def birth(year: int) -> date:
    return date(year, 5, 17)
