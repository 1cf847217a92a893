"""First-run setup, About, Preferences, and the error and crash dialogs."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from innov_desktop import __version__
from innov_desktop.domain.errors import ValidationFailed
from innov_desktop.domain.models import CenterInput
from innov_desktop.gui.labels import path_text
from innov_desktop.gui.settings import LANGUAGES, Settings
from innov_desktop.gui.widgets import CountryBox, FieldForm

if TYPE_CHECKING:
    from innov_desktop.services.setup import Info


class SetupDialog(QDialog):
    """First run: this installation's center code, country and name."""

    def __init__(self, profile_country: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup-dialog")
        self.setWindowTitle(self.tr("Set up this center"))
        intro = QLabel(
            self.tr(
                "Before the first use, tell innov-desktop which center this installation belongs to. "
                "The code appears on every record this center creates and cannot be changed later."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. KE-NBO"))
        self.country = CountryBox()
        self.country.set_code(profile_country)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Nairobi Innovation Support Center"))
        form = self.form = FieldForm()
        form.add(self.tr("Center code"), "code", self.code)
        form.add(self.tr("Country"), "country", self.country)
        form.add(self.tr("Name"), "name", self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 300)

    def value(self) -> CenterInput:
        return CenterInput(code=self.code.text(), name=self.name.text(), country=self.country.code() or "")

    def show_errors(self, error: ValidationFailed) -> None:
        self.form.show_errors(error.errors)


class AboutDialog(QMessageBox):
    def __init__(self, info: Info, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About innov-desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = [
            (self.tr("Version"), __version__),
            ("Python", platform.python_version()),
            ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
            *info.storage_versions,
            (self.tr("Data folder"), info.data_dir),
            (self.tr("Database"), f"{info.database} (schema {info.schema_revision})"),
            (self.tr("Backups"), info.backups),
            (self.tr("Logs"), info.logs),
        ]
        self.setText(self.tr("innov-desktop: records, projects, events and sync for innovation centers."))
        self.setInformativeText("\n".join(f"{k}: \u2066{v}\u2069" for k, v in rows))
        self.setStandardButtons(QMessageBox.StandardButton.Ok)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, info: Info, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences-dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        folder = QLineEdit(info.data_dir)
        folder.setReadOnly(True)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(info.data_dir)))
        backups = QLabel(
            self.tr(
                "A backup is taken at start (once a day), before every upgrade and before a restore; "
                "old backups are thinned to the newest of each day, week and month. Folder: {folder}"
            ).format(folder=path_text(info.backups))
        )
        backups.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Data folder"), folder)
        form.addRow("", open_folder)
        form.addRow(self.tr("Backups"), backups)
        note = QLabel(self.tr("A new language applies the next time innov-desktop starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData() or "")
        super().accept()


class CrashDialog(QDialog):
    """A bug: say so plainly, show where the log is, offer to copy it."""

    def __init__(self, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Unexpected error"))
        text = QLabel(
            self.tr(
                "Something went wrong inside innov-desktop. Your data is safe: the change that failed "
                "was not saved. Please send the log below to your support contact."
            )
        )
        text.setWordWrap(True)
        details = QPlainTextEdit(log_path.read_text(encoding="utf-8") if log_path.exists() else "")
        details.setReadOnly(True)
        details.setTabChangesFocus(True)
        copy = QPushButton(self.tr("Copy the log"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details.toPlainText()))
        where = QLabel(path_text(log_path))
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (text, where, details, copy, buttons):
            layout.addWidget(w)
        self.resize(640, 420)
