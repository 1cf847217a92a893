"""The person form: every field validated by the service and the message shown at the field;
likely duplicates listed while the person is typed in."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.domain.errors import ErrorCode, FieldError
from innov_desktop.domain.models import Organization, Person, PersonInput, birth_as_known
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.labels import listed, reason_label, role_label, sex_label
from innov_desktop.gui.people.page import shown_name
from innov_desktop.gui.record_dialog import RecordDialog
from innov_desktop.gui.tables import directed, isolated, ltr
from innov_desktop.gui.undo import UndoStep
from innov_desktop.gui.widgets import CountryBox, DateEdit, ErrorLabel, FieldForm, enum_data, fitting_height
from innov_desktop.services import changes

if TYPE_CHECKING:
    from innov_desktop.domain.duplicates import DuplicateMatch


class PersonDialog(RecordDialog):
    def __init__(
        self,
        ctx: GuiContext,
        person: Person | None,
        parent: QWidget | None = None,
        on_saved: Callable[[Person], None] | None = None,
    ) -> None:
        super().__init__(ctx, parent, on_saved)
        self.person = person
        self.setWindowTitle(
            self.tr("New person") if person is None else self.tr("Edit {name}").format(name=shown_name(person))
        )
        self.setObjectName("person-dialog")
        form = self.form = FieldForm()
        row = form.add
        self.given = row(self.tr("Given name"), "given_name", QLineEdit())
        self.family = row(self.tr("Family name"), "family_name", QLineEdit())
        self.sex = row(self.tr("Sex"), "sex", QComboBox())
        for s in Sex:
            self.sex.addItem(sex_label(s), s)
        self.sex.setCurrentIndex(self.sex.findData(Sex.NOT_STATED))  # never guessed for someone
        self.birth = row(self.tr("Birth date"), "birth_date", DateEdit())
        self.nationality = row(self.tr("Nationality"), "nationality", CountryBox())
        self.residence = row(self.tr("Country of residence"), "residence_country", CountryBox())
        self.email = row(self.tr("E-mail"), "email", QLineEdit())
        self.phone = row(self.tr("Phone"), "phone", QLineEdit())
        self.organization = row(self.tr("Organization"), "organization_id", QComboBox())
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.organization.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.addItem("", None)
        self.position = row(self.tr("Position"), "position", QLineEdit())
        self.languages = row(self.tr("Languages"), "languages", QLineEdit())
        self.languages.setPlaceholderText(self.tr("codes such as en, fr, ar"))
        roles_box = QWidget()
        grid = QGridLayout(roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.roles: dict[PersonRole, QCheckBox] = {}
        for i, role in enumerate(PersonRole):
            self.roles[role] = QCheckBox(role_label(role))
            grid.addWidget(self.roles[role], i // 4, i % 4)
        row(self.tr("Roles"), "roles", roles_box)
        self.consent = row(
            self.tr("Consent"), "consent_to_share", QCheckBox(self.tr("Agrees to share with headquarters"))
        )
        self.consent_date = row(self.tr("Consent date"), "consent_date", DateEdit())
        self._consent_date_kept = ""  # the date an unticked consent had, back if ticked again
        self.consent_date.setEnabled(False)
        self.consent.toggled.connect(self._consent_toggled)
        self.notes = row(self.tr("Notes"), "notes", QPlainTextEdit())
        self.notes.setFixedHeight(60)
        self.notes.setTabChangesFocus(True)  # Tab goes on to the next field, as in every other one

        self.duplicates = QListWidget()
        self.duplicates.setObjectName("duplicates")
        self.duplicates.setMaximumHeight(90)
        self.duplicates_box = QGroupBox(self.tr("Possible duplicates: check before saving"))
        dup_layout = QVBoxLayout(self.duplicates_box)
        dup_layout.addWidget(self.duplicates)
        self.duplicates_box.hide()

        self.general_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        fields = QWidget()  # the fields scroll on a small screen; duplicates and buttons stay in sight
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addStretch(1)  # extra height below the fields, not between a label and its field
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(300)
        self._dup_timer.timeout.connect(self._look_for_duplicates)
        for w in (self.given, self.family, self.email, self.phone, self.birth):
            w.textChanged.connect(lambda _t: self._dup_timer.start())
        if person is not None:
            self._fill(person.data)
            if person.meta.withheld:
                self._read_only(layout, person.meta.origin)
                known = birth_as_known(person)
                if isinstance(known, int):  # held as its year alone (stored as 1 January)
                    self.birth.setText(str(known))
        self._organizations_loaded = False
        self._load_organizations(person.data.organization_id if person else None)
        ctx.runner.changed.connect(self._changed)
        self.resize(620, fitting_height(self, 620))

    def _read_only(self, layout: QVBoxLayout, origin: str) -> None:
        """A person whose name and contacts were not shared with this copy: shown, not changed
        here (a save would replace, at the center, values this copy never saw)."""
        note = QLabel(
            self.tr(
                "The name and contact details of this person were not shared with this installation"
                " (no consent to share). Only {center} can change this record."
            ).format(center=ltr(origin.replace("-", "\u2011")))  # the code whole, left to right
        )
        note.setObjectName("withheld-note")
        note.setWordWrap(True)
        layout.insertWidget(0, note)
        for widget in (
            self.given, self.family, self.sex, self.birth, self.nationality, self.residence, self.email,
            self.phone, self.organization, self.position, self.languages, *self.roles.values(),
            self.consent, self.consent_date, self.notes,
        ):  # fmt: skip
            widget.setEnabled(False)
        self.given.setPlaceholderText(self.tr("(not shared)"))
        self.family.setPlaceholderText(self.tr("(not shared)"))
        self.save_button.setEnabled(False)
        self._dup_timer.timeout.disconnect()  # nothing is typed here: no duplicate search

    def _consent_toggled(self, on: bool) -> None:
        """A consent date only with consent: unticking clears it (a date left behind was refused
        on save), ticking again brings it back."""
        if on:
            self.consent_date.setText(self.consent_date.text() or self._consent_date_kept)
        else:
            self._consent_date_kept = self.consent_date.text() or self._consent_date_kept
            self.consent_date.clear()
        self.consent_date.setEnabled(on)

    # -- data ------------------------------------------------------------------------------------
    def _fill(self, d: PersonInput) -> None:
        self.given.setText(d.given_name)
        self.family.setText(d.family_name)
        self.sex.setCurrentIndex(self.sex.findData(d.sex))
        self.birth.set_value(d.birth_date)
        self.nationality.set_code(d.nationality)
        self.residence.set_code(d.residence_country)
        self.email.setText(d.email or "")
        self.phone.setText(d.phone or "")
        self.position.setText(d.position or "")
        self.languages.setText(", ".join(d.languages))
        for role, box in self.roles.items():
            box.setChecked(role in d.roles)
        self.consent.setChecked(d.consent_to_share)
        self.consent_date.set_value(d.consent_date)
        self.notes.setPlainText(d.notes or "")

    def _changed(self, what: changes.Changes) -> None:
        """Organizations added, renamed or deleted meanwhile: the list follows, the choice stays."""
        if what.touches(organizations=True) and self._organizations_loaded:
            self._load_organizations(self._organization_id(), self.organization.currentText())

    def _load_organizations(self, selected: uuid.UUID | None, selected_text: str = "") -> None:
        """Items carry the id as text (Qt compares a UUID object by identity, never equal). A
        chosen organization that is gone stays chosen, so that saving says so at the field."""
        ctx = self.ctx

        def fill(orgs: list[Organization]) -> None:
            combo = self.organization
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for org in orgs:
                combo.addItem(org.data.name, str(org.id))
            if selected is not None:
                if combo.findData(str(selected)) < 0:
                    combo.addItem(selected_text or str(selected), str(selected))
                combo.setCurrentIndex(combo.findData(str(selected)))
            elif selected_text:  # typed, not picked: left as typed
                combo.setCurrentIndex(0)
                combo.setEditText(selected_text)
            combo.blockSignals(False)
            self._organizations_loaded = True

        self.ctx.runner.run(
            lambda _p, _c: backend.organizations.list_organizations(ctx.db, 0, 100_000), on_done=fill, owner=self
        )

    def _organization_id(self) -> uuid.UUID | None:
        if not self._organizations_loaded:  # saved before the list arrived: keep what was there
            return self.person.data.organization_id if self.person else None
        index = self.organization.currentIndex()
        if self.organization.itemText(index) != self.organization.currentText():  # typed, not picked
            index = self.organization.findText(self.organization.currentText())
        value = self.organization.itemData(index) if index > 0 else None
        return uuid.UUID(value) if value else None

    def collect(self) -> tuple[PersonInput, list[FieldError]]:
        """What the form holds, and the errors the form itself can see (dates it cannot read)."""
        errors: list[FieldError] = []

        def date_of(field: str, edit: DateEdit) -> date | None:
            value = edit.value()
            if isinstance(value, str):
                errors.append(FieldError(field, ErrorCode.INVALID_DATE))
                return None
            return value

        data = PersonInput(
            given_name=self.given.text(),
            family_name=self.family.text(),
            sex=enum_data(self.sex, Sex) or Sex.NOT_STATED,
            birth_date=date_of("birth_date", self.birth),
            nationality=self.nationality.code(),
            residence_country=self.residence.code(),
            email=self.email.text() or None,
            phone=self.phone.text() or None,
            organization_id=self._organization_id(),
            position=self.position.text() or None,
            languages=tuple(x.strip() for x in self.languages.text().replace(";", ",").split(",") if x.strip()),
            roles=tuple(r for r, box in self.roles.items() if box.isChecked()),
            consent_to_share=self.consent.isChecked(),
            consent_date=date_of("consent_date", self.consent_date),
            notes=self.notes.toPlainText() or None,
        )
        return data, errors

    # -- validation and saving ---------------------------------------------------------------------
    def show_errors(self, errors: list[FieldError] | tuple[FieldError, ...]) -> None:
        self.form.show_errors(errors)

    def save(self) -> None:
        if not self.save_button.isEnabled():  # read-only (see _read_only)
            return
        data, form_errors = self.collect()
        db, before, svc = self.ctx.db, self.person, backend.people
        if form_errors:
            self.refuse(form_errors, lambda: svc.person_problems(db, data))
            return

        def undo(saved: Person) -> UndoStep:  # applies while the record holds what this save wrote
            if before is None:
                label = self.tr("Undo new person {name}").format(name=saved.display_name)
                return UndoStep(
                    label, lambda: svc.delete_person(db, saved.id, expected_data=saved.data), changes.PEOPLE
                )
            label = self.tr("Undo changes to {name}").format(name=saved.display_name)
            return UndoStep(
                label, lambda: svc.update_person(db, saved.id, before.data, expected_data=saved.data), changes.PEOPLE
            )

        self.submit(
            lambda: (
                svc.create_person(db, data)
                if before is None
                else svc.update_person(db, before.id, data, expected_rev=before.meta.rev)
            ),
            undo,
            changes.PEOPLE,
        )

    # -- duplicates --------------------------------------------------------------------------------
    def _look_for_duplicates(self) -> None:
        data, _ = self.collect()
        exclude = self.person.id if self.person else None
        db = self.ctx.db
        self.ctx.runner.run(
            lambda _p, _c: backend.people.likely_duplicates(db, data, exclude), on_done=self._show_duplicates
        )

    def _show_duplicates(self, matches: list[DuplicateMatch]) -> None:
        self.duplicates.clear()
        for m in matches[:10]:
            d = m.person.data
            why = listed(reason_label(r) for r in m.reasons)
            born = directed(d.birth_date.isoformat()) if d.birth_date else ""
            item = QListWidgetItem(
                f"{isolated(m.person.display_name)}  ·  {directed(m.person.number)}  ·  {born}  —  {why}"
            )
            item.setData(Qt.ItemDataRole.UserRole, m.person)
            self.duplicates.addItem(item)
        self.duplicates_box.setVisible(bool(matches))
        self.duplicates_box.setTitle(self.tr("Possible duplicates: check before saving (%n found)", "", len(matches)))
