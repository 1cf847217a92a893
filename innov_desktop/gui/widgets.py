"""Small form widgets shared by the record forms: a country picker, a date field, an error label."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from innov_desktop.domain.countries import all_codes, lookup_country
from innov_desktop.domain.dates import parse_date
from innov_desktop.domain.enums import read_enum
from innov_desktop.domain.errors import FieldError, field_label
from innov_desktop.domain.models import Organization, Person
from innov_desktop.gui import backend
from innov_desktop.gui.labels import country_label, field_message
from innov_desktop.gui.lazy_qt import Qt
from innov_desktop.services.changes import Changes


class CountryBox(QComboBox):
    """Editable: type a name or a code; the list filters as you type."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for code in sorted(all_codes(), key=country_label):
            self.addItem(f"{country_label(code)} ({code})", code)
        completer = self.completer()
        assert completer is not None  # editable combo boxes have one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCurrentIndex(0)

    def code(self) -> str | None:
        """The chosen code, or what was typed (so the service can refuse it with a message)."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text)
        if index > 0:
            return str(self.itemData(index))
        return lookup_country(text) or text

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))


class DateEdit(QLineEdit):
    """A date typed as 2024-03-14 or 14/03/2024; empty means unknown."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(self.tr("YYYY-MM-DD or DD/MM/YYYY"))

    def value(self) -> date | None | str:
        """The date, None when empty, or the text itself when it is not a date."""
        text = self.text().strip()
        if not text:
            return None
        return parse_date(text) or text

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")


class ErrorLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


if TYPE_CHECKING:
    from innov_desktop.gui.context import GuiContext

W = TypeVar("W", bound=QWidget)


class FieldForm(QFormLayout):
    """A form whose every field has an error label under it, keyed by the service's field name,
    so a `ValidationFailed` from any service is shown where it belongs."""

    def __init__(self) -> None:
        super().__init__()
        self.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.general = ErrorLabel()  # refusals of fields this form does not show
        self.addRow(self.general)

    def add(self, label: str, field: str, widget: W) -> W:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        error = ErrorLabel()
        error.setObjectName(f"error-{field}")
        lay.addWidget(error)
        self.errors[field], self.widgets[field] = error, widget
        self.addRow(label, box)
        return widget

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Messages at their fields (in the current language); focus goes to the first one."""
        by_field: dict[str, list[str]] = {}
        for e in errors:
            by_field.setdefault(e.field, []).append(field_message(e))
        for field, label in self.errors.items():
            label.show_error(" ".join(by_field.get(field, [])) or None)
        elsewhere = [f"{field_label(f)}: {m}" for f, ms in by_field.items() if f not in self.errors for m in ms]
        self.general.show_error(" ".join(elsewhere) or None)
        first = next((f for f in self.errors if f in by_field), None)
        if first is not None:
            self.widgets[first].setFocus()


E = TypeVar("E", bound=StrEnum)


def fitting_height(widget: QWidget, wanted: int) -> int:
    """`wanted`, or less on a small screen (1366 x 768 keeps about 700 pixels for a window with
    its title bar): a form opens whole and scrolls its fields rather than its buttons off screen."""
    screen = widget.screen()
    room = screen.availableGeometry().height() - 80 if screen is not None else wanted
    return max(360, min(wanted, room))


def enum_data(combo: QComboBox, kind: type[E]) -> E | None:
    """The enum member behind the chosen item (Qt hands string enums back as plain strings)."""
    value = combo.currentData()
    return None if value is None or value == "" else read_enum(kind, value)  # a stored word may be newer


class CountryFilter(QComboBox):
    """ "All countries" and every country in the interface language; the list is built when it
    first opens (the names load lazily, off the start-up path)."""

    def __init__(self) -> None:
        super().__init__()
        self.addItem(self.tr("All countries"), None)
        self._filled = False

    def showPopup(self) -> None:
        if not self._filled:
            self._filled = True
            for code in sorted(all_codes(), key=country_label):
                self.addItem(country_label(code), code)
        super().showPopup()

    def select_code(self, code: str | None) -> None:
        if code is not None and self.findData(code) < 0:
            self.addItem(country_label(code), code)
        self.setCurrentIndex(max(0, self.findData(code)) if code else 0)


class OrganizationFilter(QComboBox):
    """ "All organizations" and the organizations by name, loaded on the worker when the list first
    opens; typing filters it."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(self.tr("All organizations"), None)
        self._requested = False
        ctx.runner.changed.connect(self._changed)

    def _changed(self, what: Changes) -> None:
        """Organizations added, renamed or deleted: a list already loaded is loaded again at once
        (the chosen one stays chosen; one that is gone keeps its item until another is chosen)."""
        if what.touches(organizations=True) and self._requested:
            self._load()

    def organization_id(self) -> uuid.UUID | None:
        value = self.currentData()
        return uuid.UUID(value) if value else None

    def showPopup(self) -> None:
        if not self._requested:
            self._requested = True
            self._load()
        super().showPopup()

    def _load(self) -> None:
        ctx = self.ctx
        self.ctx.runner.run(
            lambda _p, _c: backend.organizations.list_organizations(ctx.db, 0, 100_000), on_done=self._fill
        )

    def _fill(self, orgs: list[Organization]) -> None:
        completer = self.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # typing filters (set here: lazy_qt.py)
        self.blockSignals(True)  # the filter stays as chosen while the list grows
        chosen, chosen_text = self.currentData(), self.currentText()
        while self.count() > 1:
            self.removeItem(1)
        for org in orgs:
            self.addItem(org.data.name, str(org.id))
        if chosen and self.findData(chosen) < 0:
            self.addItem(chosen_text, chosen)
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen else 0)
        self.blockSignals(False)


class PersonPicker(QLineEdit):
    """Choose one person by typing part of a name, e-mail, phone or number: matching people appear
    (full-text search on the worker) and one is picked from the list. Empty means nobody."""

    LIMIT = 15

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._chosen: uuid.UUID | None = None
        self._chosen_text = ""
        self._hits: dict[str, uuid.UUID] = {}
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Type a name, e-mail, phone or number"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._picked)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._edited)

    def set_person(self, ident: uuid.UUID | None, text: str = "") -> None:
        """Show who is chosen (an id known before its name arrives counts as chosen)."""
        self._chosen, self._chosen_text = ident, text
        self.setText(text)

    def person_id(self) -> uuid.UUID | None | str:
        """The chosen person's id; None when the field is empty; the text itself when something
        was typed but nobody picked (the form says so at the field)."""
        text = self.text().strip()
        if self._chosen is not None and text == self._chosen_text.strip():
            return self._chosen
        return text or None

    def _edited(self, text: str) -> None:
        if text.strip():
            self._timer.start()

    def _search(self) -> None:
        text, db, limit = self.text().strip(), self.ctx.db, self.LIMIT
        if not text or text == self._chosen_text.strip():
            return
        self.ctx.runner.run(
            lambda _p, _c: backend.people.search_people(db, text, limit),
            on_done=lambda people: self._show(text, people),
            owner=self,
        )

    def _show(self, text: str, people: list[Person]) -> None:
        if text != self.text().strip():  # typed on since: a newer search follows
            return
        self._hits = {f"{p.display_name} · {p.number}": p.id for p in people}
        self._model.setStringList(list(self._hits) or [self.tr("Nobody found")])
        completer = self.completer()
        assert completer is not None
        completer.complete()

    def _picked(self, label: str) -> None:
        ident = self._hits.get(label)
        if ident is None:  # "Nobody found"
            self.setText(self._chosen_text if self._chosen else "")
            return
        self.set_person(ident, label)
