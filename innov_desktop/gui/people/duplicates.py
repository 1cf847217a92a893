"""Find duplicates over the whole database, and merge two people field by field."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from innov_desktop.domain.duplicates import DuplicateGroup
from innov_desktop.domain.models import PERSON_FIELDS, Person, PersonInput
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.labels import (
    country_label,
    listed,
    person_field_label,
    reason_label,
    role_label,
    sex_label,
)
from innov_desktop.gui.tables import directed, isolated
from innov_desktop.services import changes

MERGE_FIELDS = PERSON_FIELDS


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("duplicates-dialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.summary = QLabel(self.tr("Looking for people entered more than once…"))
        self.tree = QTreeWidget()
        self.tree.setTabKeyNavigation(False)  # Tab reaches Merge and Close
        self.tree.setHeaderLabels(
            [self.tr("Person"), self.tr("Number"), self.tr("Born"), self.tr("E-mail"), self.tr("Phone")]
        )
        for column, width in enumerate((260, 140, 95, 200)):
            self.tree.setColumnWidth(column, width)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self._merge)
        self.tree.itemSelectionChanged.connect(self._selection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)
        ctx.runner.changed.connect(self._changed)

    def _changed(self, what: changes.Changes) -> None:
        if what.touches(people=True) and self.isVisible():
            self.search()

    def search(self) -> None:
        db = self.ctx.db
        self.ctx.runner.run(
            lambda progress, cancel: backend.duplicates.find_duplicates(db, progress=progress, cancel=cancel),
            on_done=self._show,
            progress_label=self.tr("Looking for duplicates…"),
            parent=self,
        )

    def _show(self, groups: list[DuplicateGroup]) -> None:
        self.tree.clear()
        self.summary.setText(self.tr("%n group(s) of likely duplicates. Select a group, then Merge.", "", len(groups)))
        for g in groups:
            head = QTreeWidgetItem([listed(reason_label(r) for r in g.reasons)])
            head.setData(0, Qt.ItemDataRole.UserRole, g)
            for p in g.people:
                d = p.data
                born = d.birth_date.isoformat() if d.birth_date else ""
                # numbers, dates, e-mails and phones left to right as typed, in both layouts
                child = QTreeWidgetItem(
                    [isolated(p.display_name), *(directed(v) for v in (p.number, born, d.email or "", d.phone or ""))]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, p)
                head.addChild(child)
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)

    def _selected_pair(self) -> tuple[Person, Person] | None:
        """The selected person with the first other member of its group; a group selected: its
        first two."""
        items = self.tree.selectedItems()
        if not items:
            return None
        head = items[0].parent() or items[0]
        group: DuplicateGroup = head.data(0, Qt.ItemDataRole.UserRole)
        if len(group.people) < 2:
            return None
        if items[0].parent() is None:
            return group.people[0], group.people[1]
        chosen: Person = items[0].data(0, Qt.ItemDataRole.UserRole)
        other = next(p for p in group.people if p.id != chosen.id)
        return chosen, other

    def _selection(self) -> None:
        self.merge_button.setEnabled(self._selected_pair() is not None)

    def _merge(self) -> None:
        pair = self._selected_pair()
        if pair is not None:
            MergeDialog(self.ctx, pair[0], pair[1], self).open()


def _show(field: str, value: Any) -> str:
    if value in (None, "", ()):
        return "—"
    if field in ("nationality", "residence_country"):
        return country_label(value)
    if field == "sex":
        return sex_label(value)
    if field == "roles":
        return listed(role_label(r) for r in value)
    if field == "languages":
        return listed(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("MergeDialog", "yes")
            if value
            else QCoreApplication.translate("MergeDialog", "no")
        )
    return directed(str(value))


class MergeDialog(QDialog):
    """Keep one record; for every field pick which value it keeps. Links move to the kept record;
    the other becomes a tombstone that points to it."""

    def __init__(self, ctx: GuiContext, a: Person, b: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("merge-dialog")
        self.setWindowTitle(self.tr("Merge two records of one person"))
        self.people = (a, b)
        grid = QGridLayout()
        field_title = self.tr("Field")
        grid.addWidget(QLabel(f"<b>{field_title}</b>"), 0, 0)
        self.keep = QButtonGroup(self)
        for col, p in enumerate(self.people, start=1):
            radio = QRadioButton(self.tr("Keep {number}").format(number=directed(p.number)))
            radio.setChecked(col == 1)
            self.keep.addButton(radio, col - 1)
            grid.addWidget(radio, 0, col)
        self.choices: dict[str, QButtonGroup] = {}
        names = {f.name for f in fields(PersonInput)}
        for row, field in enumerate((f for f in MERGE_FIELDS if f in names), start=1):
            grid.addWidget(QLabel(person_field_label(field)), row, 0)
            group = QButtonGroup(self)
            values = [getattr(p.data, field) for p in self.people]
            for col, value in enumerate(values, start=1):
                radio = QRadioButton(_show(field, value))
                radio.setEnabled(values[0] != values[1])
                group.addButton(radio, col - 1)
                grid.addWidget(radio, row, col)
            # by default the kept record's value, unless it is empty and the other is not
            prefer = 1 if values[0] in (None, "", ()) and values[1] not in (None, "", ()) else 0
            group.button(prefer).setChecked(True)
            self.choices[field] = group
        note = QLabel(
            self.tr(
                "Links to the other record (organization contacts, and later registrations and projects) "
                "move to the kept one. The other record is removed and points to the kept one."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def merged_input(self) -> PersonInput:
        values = {f: getattr(self.people[g.checkedId()].data, f) for f, g in self.choices.items()}
        # consent and its date come from the same record: one without the other is refused
        source = self.people[self.choices["consent_date"].checkedId()].data
        if values["consent_date"] is not None:
            values["consent_to_share"] = source.consent_to_share
        elif values["consent_to_share"]:
            values["consent_date"] = self.people[self.choices["consent_to_share"].checkedId()].data.consent_date
        return replace(self.people[0].data, **values)

    def merge(self) -> None:
        keep = self.people[self.keep.checkedId()]
        drop = self.people[1 - self.keep.checkedId()]
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Merge {drop} into {keep}? This cannot be undone.").format(
                drop=directed(drop.number), keep=directed(keep.number)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        data, db = self.merged_input(), self.ctx.db
        self.ctx.runner.run(
            lambda _p, _c: backend.people.merge_people(
                db, keep.id, drop.id, data, expected_revs=(keep.meta.rev, drop.meta.rev)
            ),
            on_done=self._merged,
            owner=self,
            changes=changes.PEOPLE | changes.ORGANIZATIONS,
        )

    def _merged(self, _result: object) -> None:
        self.ctx.undo.clear()  # earlier steps may name the removed record: they no longer apply
        self.accept()
