"""People as a Qt table model: rows fetched in pages as the view scrolls (never all at once)."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from innov_desktop.domain.countries import country_name
from innov_desktop.domain.models import Person

PAGE = 200
_LTR_ISOLATE, _POP_ISOLATE = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """Keep numbers, e-mails and codes left-to-right inside a right-to-left layout (+254... not 254...+)."""
    return f"{_LTR_ISOLATE}{text}{_POP_ISOLATE}" if text else ""


ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    SEX = 2
    BIRTH = 3
    COUNTRY = 4
    EMAIL = 5
    PHONE = 6
    ROLES = 7


def _headers() -> dict[Column, str]:
    tr = QCoreApplication.translate
    return {
        Column.NUMBER: tr("PeopleModel", "Number"),
        Column.NAME: tr("PeopleModel", "Name"),
        Column.SEX: tr("PeopleModel", "Sex"),
        Column.BIRTH: tr("PeopleModel", "Born"),
        Column.COUNTRY: tr("PeopleModel", "Country"),
        Column.EMAIL: tr("PeopleModel", "E-mail"),
        Column.PHONE: tr("PeopleModel", "Phone"),
        Column.ROLES: tr("PeopleModel", "Roles"),
    }


class PeopleModel(QAbstractTableModel):
    def __init__(self, fetch: Callable[[int, int], list[Person]], total: int, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._total = total
        self._rows: list[Person] = []
        self._headers = _headers()
        self.fetchMore()

    def reset(self, fetch: Callable[[int, int], list[Person]], total: int) -> None:
        self.beginResetModel()
        self._fetch, self._total, self._rows = fetch, total, []
        self.endResetModel()
        self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        batch = self._fetch(len(self._rows), PAGE)
        if not batch:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
        self._rows.extend(batch)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, ROW_ROLE):
            return None
        person = self._rows[index.row()]
        if role == ROW_ROLE:
            return person
        d = person.data
        match Column(index.column()):
            case Column.NUMBER:
                return ltr(person.number)
            case Column.NAME:
                return person.display_name
            case Column.SEX:
                return d.sex.value
            case Column.BIRTH:
                return ltr(d.birth_date.isoformat()) if d.birth_date else ""
            case Column.COUNTRY:
                return country_name(d.residence_country) if d.residence_country else ""
            case Column.EMAIL:
                return ltr(d.email or "")
            case Column.PHONE:
                return ltr(d.phone or "")
            case Column.ROLES:
                return ", ".join(r.value for r in d.roles)
        return None
