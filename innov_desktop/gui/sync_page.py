"""The Sync page: this installation's key, export to a folder (a USB stick), import with a
verification summary first, the bundle history, the conflict queue with both values side by side,
and the registered peers (HQ for a center; the centers for HQ)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.labels import (
    country_label,
    error_message,
    listed,
    person_field_label,
    role_label,
    sentence,
    sex_label,
)
from innov_desktop.gui.tables import directed, when_text
from innov_desktop.services.changes import EVERYTHING, NOTHING, Changes

BUNDLE_FILTER = "*.innovsync"


def _table(name: str) -> tuple[QTableView, QStandardItemModel]:
    view = QTableView()
    view.setObjectName(name)
    model = QStandardItemModel(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    return view, model


def _item(value: Any) -> QStandardItem:
    if isinstance(value, int) and not isinstance(value, bool):
        item = QStandardItem(QLocale().toString(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        return item
    return QStandardItem("" if value is None else str(value))


def _iso(text: object) -> str:
    """Codes, fingerprints and paths kept in their own direction inside a right-to-left sentence."""
    return f"\u2068{text}\u2069"


def _shown(value: Any, field: str = "", kind: str = "") -> str:
    """A side's value as the lists show it: a person's roles, sex and countries in words of the
    interface language (the stored codes otherwise), a flag as a mark."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if kind == "person" and isinstance(value, str):
        try:
            if field == "roles":
                return listed(role_label(PersonRole(r)) for r in value.split(",") if r) or "—"
            if field == "sex":
                return sex_label(Sex(value))
            if field in ("nationality", "residence_country"):
                return country_label(value)
        except ValueError:
            pass  # a word this version does not know: shown as it came
    return directed(str(value))  # a phone number or a date keeps its order in Arabic


class SyncPage(QWidget):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("sync")
        self.hq = False
        self.centers: list[str] = []
        self._loaded = False  # the keys and peers shown at least once
        self._export_asked = False  # File > Export asked before they were

        self.identity = QLabel()
        self.identity.setObjectName("sync-identity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setWordWrap(True)
        key_box = QGroupBox(self.tr("This installation"))
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(self.identity)
        key_buttons = QHBoxLayout()
        self.export_key_button = QPushButton(self.tr("Save my public key…"))
        self.trust_button = QPushButton(self.tr("Register a public key…"))
        key_buttons.addWidget(self.export_key_button)
        key_buttons.addWidget(self.trust_button)
        key_buttons.addStretch(1)
        key_layout.addLayout(key_buttons)

        self.center_box = QComboBox()
        self.center_box.setObjectName("sync-center")
        self.center_label = QLabel(self.tr("For the center:"))
        self.center_label.setBuddy(self.center_box)
        self.export_button = QPushButton(self.tr("&Export a bundle…"))
        self.export_button.setObjectName("sync-export")
        self.import_button = QPushButton(self.tr("&Import a bundle…"))
        self.import_button.setObjectName("sync-import")
        actions = QHBoxLayout()
        actions.addWidget(self.center_label)
        actions.addWidget(self.center_box)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("sync-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.history_view, self.history = _table("sync-history")
        self.conflict_view, self.conflict_model = _table("sync-conflicts")
        self.peer_view, self.peers = _table("sync-peers")
        self.fields = QLabel()
        self.fields.setObjectName("sync-conflict-fields")
        self.fields.setWordWrap(True)
        self.fields.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.edit_value = QPushButton(self.tr("E&dit…"))
        for b in (self.keep_mine, self.keep_theirs, self.edit_value):
            b.setEnabled(False)
        decide = QHBoxLayout()
        decide.addWidget(self.keep_mine)
        decide.addWidget(self.keep_theirs)
        decide.addWidget(self.edit_value)
        decide.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.fields, 1)
        detail_layout.addLayout(decide)
        conflicts = QSplitter(Qt.Orientation.Vertical)
        conflicts.addWidget(self.conflict_view)
        conflicts.addWidget(detail)
        conflicts.setStretchFactor(0, 4)
        conflicts.setStretchFactor(1, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sync-tabs")
        self.tabs.addTab(self.history_view, self.tr("History"))
        self.tabs.addTab(conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.peer_view, self.tr("Keys registered"))

        layout = QVBoxLayout(self)
        layout.addWidget(key_box)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

        self.export_button.clicked.connect(self.export_bundle)
        self.import_button.clicked.connect(self.import_bundle)
        self.export_key_button.clicked.connect(self.export_key)
        self.trust_button.clicked.connect(self.trust_key)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.edit_value.clicked.connect(self.edit_conflict)
        self.conflict_view.selectionModel().selectionChanged.connect(self._show_conflict)
        self.conflicts: list[Any] = []
        ctx.runner.changed.connect(self._changed)

    def set_actions_enabled(self, enabled: bool) -> None:
        """Nothing to export or import before the database is open."""
        for button in (self.export_button, self.import_button, self.export_key_button, self.trust_button):
            button.setEnabled(enabled)

    # -- loading ---------------------------------------------------------------------------------

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() or changes.database:
            self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802  Qt's name
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        db = self.ctx.db
        if db is None:
            return

        def load(_p: Any, _c: Any) -> dict[str, Any]:
            sync = backend.sync
            return {
                "key": sync.key_info(db),
                "peers": sync.registered_peers(db),
                "history": sync.history(db),
                "conflicts": sync.conflicts(db),
            }

        self.ctx.runner.run(load, on_done=self._show, owner=self)

    def _show(self, data: dict[str, Any]) -> None:
        key = data["key"]
        self.hq = key.role == "hq"
        role = self.tr("headquarters") if self.hq else self.tr("center")
        self.identity.setText(
            sentence(
                self.tr("{code} ({role}). Key fingerprint: {fingerprint}").format(
                    code=_iso(key.code), role=role, fingerprint=_iso(key.fingerprint)
                )
            )
        )
        self.centers = [p.code for p in data["peers"] if p.role == "center"]
        current = self.center_box.currentText()
        self.center_box.clear()
        self.center_box.addItems(self.centers)
        if current in self.centers:
            self.center_box.setCurrentText(current)
        self.center_box.setVisible(self.hq)
        self.center_label.setVisible(self.hq)
        self.export_button.setEnabled(bool(data["peers"]) and (not self.hq or bool(self.centers)))
        if not data["peers"] and not self.status.text():
            self.status.setText(
                self.tr("No key is registered yet: register the other side's public key file to exchange bundles.")
            )
        self._loaded = True
        if self._export_asked:
            self._export_asked = False
            self.export_bundle()

        self.history.clear()
        self.history.setHorizontalHeaderLabels(
            [self.tr("Direction"), self.tr("With"), self.tr("Number"), self.tr("Made"), self.tr("Handled"),
             self.tr("Records"), self.tr("New"), self.tr("Changed"), self.tr("Deleted"), self.tr("Conflicts"),
             self.tr("File")]
        )  # fmt: skip
        for e in data["history"]:
            direction = self.tr("received") if e.direction == "in" else self.tr("sent")
            # what a bundle did is known where it was applied: a sent one shows its records only
            done = (e.added, e.changed, e.deleted, e.conflicts) if e.direction == "in" else ("",) * 4
            values = (direction, e.peer, e.number, when_text(e.created_at), when_text(e.handled_at), e.records, *done,
                      e.file_name)  # fmt: skip
            self.history.appendRow([_item(v) for v in values])

        self.conflicts = data["conflicts"]
        self.conflict_model.clear()
        self.conflict_model.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"), self.tr("In force"),
             self.tr("From")]
        )  # fmt: skip
        for c in self.conflicts:
            force = self.tr("mine") if c.winner == "mine" else self.tr("theirs")
            self.conflict_model.appendRow(
                [
                    _item(v)
                    for v in (
                        c.record_label,
                        self._field(c),
                        _shown(c.mine, c.field, c.kind),
                        _shown(c.theirs, c.field, c.kind),
                        force,
                        c.peer,
                    )
                ]  # fmt: skip
            )
        count = len(self.conflicts)
        self.tabs.setTabText(1, self.tr("Conflicts (%n)", "", count))
        self._show_conflict()

        self.peers.clear()
        self.peers.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Role"), self.tr("Fingerprint"), self.tr("Registered"), self.tr("Received"),
             self.tr("Sent"), self.tr("Last received")]
        )  # fmt: skip
        for p in data["peers"]:
            role = self.tr("headquarters") if p.role == "hq" else self.tr("center")
            self.peers.appendRow(
                [_item(v) for v in (p.code, role, p.fingerprint, when_text(p.registered_at), p.bundles_in,
                                    p.bundles_out, when_text(p.last_in))]
            )  # fmt: skip
        for view in (self.history_view, self.conflict_view, self.peer_view):
            view.resizeColumnsToContents()

    def _field(self, conflict: Any) -> str:
        if conflict.field == "deleted":
            return self.tr("Deleted")
        if conflict.kind == "person":
            return person_field_label(conflict.field)
        return str(conflict.field).replace("_", " ")

    def _selected_conflict(self) -> Any | None:
        rows = self.conflict_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.conflicts):
            return None
        return self.conflicts[rows[0].row()]

    def _show_conflict(self, *_args: Any) -> None:
        c = self._selected_conflict()
        for b in (self.keep_mine, self.keep_theirs, self.edit_value):
            b.setEnabled(c is not None)
        if c is None:
            self.fields.setText(self.tr("Select a conflict to see both values side by side."))
            return
        self.edit_value.setEnabled(c.field != "deleted")  # kept or deleted: nothing to type
        import html

        def cell(v: Any) -> str:
            return html.escape(_shown(v, c.field, c.kind))

        mine, theirs, changed_by = self.tr("Mine"), self.tr("Theirs"), self.tr("Changed by")
        which = self.tr("mine") if c.winner == "mine" else self.tr("theirs")
        in_force = self.tr("{record}: the value in force until you decide is {which}.").format(
            record=c.record_label, which=which
        )
        # a rich text's table is laid out left to right whatever the layout: in a right-to-left
        # language its columns are written the other way round, the field's name at the right
        rtl = self.isRightToLeft()

        def row(cells: list[str], tag: str = "td") -> str:
            return "<tr>" + "".join(f"<{tag}>{x}</{tag}>" for x in (cells[::-1] if rtl else cells)) + "</tr>"

        self.fields.setText(
            f"<table align='{'right' if rtl else 'left'}' cellpadding='6'>"
            + row(["", html.escape(mine), html.escape(theirs)], "th")
            + row([f"<b>{html.escape(self._field(c))}</b>", cell(c.mine), cell(c.theirs)])
            + row([html.escape(changed_by), html.escape(c.mine_by), html.escape(c.theirs_by)])
            + "</table>"
            + f"<p dir='{'rtl' if rtl else 'ltr'}'>{html.escape(in_force)}</p>"
        )

    # -- actions ---------------------------------------------------------------------------------

    def export_bundle(self) -> None:
        """The page's button, and File > Export a sync bundle (which may come before the page has
        loaded, or when no bundle can be made: then the page says why, and no folder is asked)."""
        db = self.ctx.db
        if db is None:
            return
        if not self._loaded:
            self._export_asked = True
            return
        if not self.export_button.isEnabled():
            self.status.setText(self.tr("No bundle can be made yet: register the other side's public key file first."))
            return
        center = self.center_box.currentText() if self.hq else None
        if self.hq and not center:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export a bundle to the folder"))
        if not folder:
            return
        self.export_to(Path(folder), center)

    def export_to(self, folder: Path, center: str | None) -> None:
        self.status.clear()  # a message of an earlier operation must not read as this one's
        db = self.ctx.db

        def work(progress: Any, cancel: Any) -> Any:
            return backend.sync.export_bundle(db, folder, center=center, progress=progress, cancel=cancel)

        self.ctx.runner.run(
            work, on_done=self._exported, owner=self, parent=self, progress_label=self.tr("Writing the bundle…"),
            changes=Changes(centers=True),
        )  # fmt: skip

    def _exported(self, result: Any) -> None:
        self.reload()
        self.status.setText(
            self.tr("Bundle {number} for {recipient} was written with %n record(s): {path}", "", result.records).format(
                number=result.number, recipient=_iso(result.recipient), path=_iso(result.path)
            )
        )

    def import_bundle(self) -> None:
        if self.ctx.db is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a bundle"), "", self.tr("Sync bundles ({pattern})").format(pattern=BUNDLE_FILTER)
        )
        if name:
            self.inspect(Path(name))

    def inspect(self, path: Path) -> None:
        """Verify first and show what the bundle would do; apply only when the person agrees."""
        self.status.clear()  # a message of an earlier operation must not read as this one's
        db = self.ctx.db
        self.ctx.runner.run(
            lambda _p, _c: backend.sync.inspect_bundle(db, path),
            on_done=lambda r: self._confirm(path, r),
            owner=self,
            parent=self,
            progress_label=self.tr("Checking the bundle…"),
        )

    def _confirm(self, path: Path, result: Any) -> None:
        if result.already_imported:
            self.status.setText(
                self.tr("Bundle {number} from {sender} was imported before; nothing changed.").format(
                    number=result.number, sender=_iso(result.sender)
                )
            )
            return
        dialog = VerificationDialog(result, self)
        dialog.setObjectName("sync-verification")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply(path))
        self.verification = dialog
        dialog.open()

    def apply(self, path: Path) -> None:
        db = self.ctx.db

        def work(progress: Any, cancel: Any) -> Any:
            return backend.sync.import_bundle(db, path, progress=progress, cancel=cancel)

        self.ctx.runner.run(
            work, on_done=self._imported, owner=self, parent=self, progress_label=self.tr("Importing the bundle…"),
            changes=lambda r: EVERYTHING if r.applied else NOTHING,
        )  # fmt: skip

    def _imported(self, result: Any) -> None:
        self.reload()
        self.status.setText(
            self.tr(
                "Bundle {number} from {sender} applied: {added} new, {changed} changed, {deleted} deleted, {conflicts}."
            ).format(
                number=result.number,
                sender=_iso(result.sender),
                added=QLocale().toString(result.added),
                changed=QLocale().toString(result.changed),
                deleted=QLocale().toString(result.deleted),
                conflicts=self.tr("%n conflict(s)", "", result.conflicts),
            )
        )
        if result.conflicts:
            self.tabs.setCurrentIndex(1)

    def export_key(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save my public key"), "public-key.txt")
        if not name:
            return
        db = self.ctx.db
        self.ctx.runner.run(
            lambda _p, _c: backend.sync.export_public_key(db, Path(name)),
            on_done=lambda k: self.status.setText(
                self.tr("Public key saved to {path}; fingerprint {fingerprint}.").format(
                    path=name, fingerprint=k.fingerprint
                )
            ),
            owner=self,
        )

    def trust_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Register a public key"))
        if name:
            self.trust(Path(name))

    def trust(self, path: Path, *, replace: bool = False) -> None:
        self.status.clear()  # a message of an earlier operation must not read as this one's
        db = self.ctx.db

        def failed(exc: Any) -> bool:
            if type(exc).__name__ != "KeyAlreadyRegistered" or replace:
                return False
            answer = QMessageBox.question(self, self.tr("Replace the key?"), error_message(exc))
            if answer == QMessageBox.StandardButton.Yes:
                self.trust(path, replace=True)
            return True

        self.ctx.runner.run(
            lambda _p, _c: backend.sync.trust_key(db, path, replace=replace),
            on_done=self._trusted,
            on_error=failed,
            owner=self,
        )

    def _trusted(self, result: Any) -> None:
        peer = result
        self.reload()
        self.status.setText(
            self.tr("Registered {code}, fingerprint {fingerprint}: compare it with the one they read you.").format(
                code=peer.code, fingerprint=peer.fingerprint
            )
        )

    def resolve(self, choice: str, value: Any = None, *, typed: str | None = None) -> None:
        """`typed`: the text of an edited value, offered again when the value is refused."""
        c = self._selected_conflict()
        if c is None:
            return
        db = self.ctx.db
        what = Changes(people=c.kind == "person", organizations=c.kind == "organization", centers=c.kind == "center")

        def refused(exc: Any) -> bool:
            if typed is None or type(exc).__name__ != "ValidationFailed":
                return False
            QMessageBox.warning(self, self.tr("New value"), error_message(exc))
            self.edit_conflict(typed)  # what was typed, to correct
            return True

        self.ctx.runner.run(
            lambda _p, _c: backend.sync.resolve_conflict(db, c.number, choice, value),
            on_done=lambda _r: self.reload(),
            on_error=refused,
            owner=self,
            changes=what,
        )

    def edit_conflict(self, start: str | None = None) -> None:
        c = self._selected_conflict()
        if c is None:
            return
        if start is None:
            start = editable_text(c.mine)
        text, ok = QInputDialog.getText(self, self.tr("New value"), self._field(c), text=start)
        if ok:
            self.resolve("value", text if text.strip() else None, typed=text)


def editable_text(value: Any) -> str:
    """A side's value as the person edits it: nothing for an empty value (not "null"), a list as
    its items, yes or no for a flag; what is typed is read by the field's own rules."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


class VerificationDialog(QDialog):
    """What a verified bundle would do, before anything is written."""

    def __init__(self, result: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import this bundle?"))
        form = QFormLayout()
        loc = QLocale()
        rows = (
            (self.tr("Signature"), self.tr("verified: the bundle is intact and comes from a registered key")),
            (self.tr("From"), result.sender),
            (self.tr("Bundle number"), loc.toString(result.number)),
            (self.tr("Made"), when_text(result.created_at)),
            (self.tr("Records"), loc.toString(result.records)),
            (self.tr("New"), loc.toString(result.added)),
            (self.tr("Changed"), loc.toString(result.changed)),
            (self.tr("Deleted"), loc.toString(result.deleted)),
            (self.tr("Conflicts expected"), loc.toString(result.conflicts)),
        )
        for label, value in rows:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        note = QLabel(self.tr("A backup is taken before the import; the import applies completely or not at all."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        apply = buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        apply.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
