"""The organization form, with validation shown at the field."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from innov_desktop.domain.enums import OrgType, SmeSize
from innov_desktop.domain.errors import AppError, ErrorCode, FieldError
from innov_desktop.domain.models import Organization, OrganizationInput, Person
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.labels import org_type_label, sme_label
from innov_desktop.gui.record_dialog import RecordDialog
from innov_desktop.gui.undo import UndoStep
from innov_desktop.gui.widgets import CountryBox, FieldForm, PersonPicker, enum_data
from innov_desktop.services import changes


class OrganizationDialog(RecordDialog):
    def __init__(
        self,
        ctx: GuiContext,
        org: Organization | None,
        parent: QWidget | None = None,
        on_saved: Callable[[Organization], None] | None = None,
    ) -> None:
        super().__init__(ctx, parent, on_saved)
        self.org = org
        self.setObjectName("organization-dialog")
        self.setWindowTitle(
            self.tr("New organization") if org is None else self.tr("Edit {name}").format(name=org.data.name)
        )
        form = self.form = FieldForm()
        row = form.add
        self.name = row(self.tr("Name"), "name", QLineEdit())
        self.acronym = row(self.tr("Acronym"), "acronym", QLineEdit())
        self.type = row(self.tr("Type"), "type", QComboBox())
        for t in OrgType:
            self.type.addItem(org_type_label(t), t)
        self.country = row(self.tr("Country"), "country", CountryBox())
        self.city = row(self.tr("City"), "city", QLineEdit())
        self.email = row(self.tr("E-mail"), "email", QLineEdit())
        self.phone = row(self.tr("Phone"), "phone", QLineEdit())
        self.website = row(self.tr("Website"), "website", QLineEdit())
        self.sme = row(self.tr("SME size"), "sme_size", QComboBox())
        self.sme.addItem("", None)
        for s in SmeSize:
            self.sme.addItem(sme_label(s), s)
        self.contact = row(self.tr("Contact person"), "contact_person_id", PersonPicker(ctx))
        self.contact.setObjectName("contact-person")
        self.notes = row(self.tr("Notes"), "notes", QPlainTextEdit())
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)  # Tab goes on to the Save button
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # room left over goes below the fields, not between them
        layout.addWidget(buttons)
        if org is not None:
            d = org.data
            self.name.setText(d.name)
            self.acronym.setText(d.acronym or "")
            if self.type.findData(d.type) < 0:  # a newer version's word: kept unless changed
                self.type.addItem(org_type_label(d.type), d.type)
            self.type.setCurrentIndex(self.type.findData(d.type))
            self.country.set_code(d.country)
            self.city.setText(d.city or "")
            self.email.setText(d.email or "")
            self.phone.setText(d.phone or "")
            self.website.setText(d.website or "")
            if d.sme_size is not None and self.sme.findData(d.sme_size) < 0:
                self.sme.addItem(sme_label(d.sme_size), d.sme_size)
            self.sme.setCurrentIndex(max(0, self.sme.findData(d.sme_size)))
            self.notes.setPlainText(d.notes or "")
            if d.contact_person_id is not None:
                self._load_contact(d.contact_person_id)
        self.resize(560, 520)

    def _load_contact(self, ident: uuid.UUID) -> None:
        """The contact's name, read on the worker; until it arrives the contact stays as it was."""
        self.contact.set_person(ident)
        db = self.ctx.db

        def show(person: Person) -> None:
            if self.contact.person_id() == ident:  # not changed meanwhile
                self.contact.set_person(ident, f"{person.display_name} · {person.number}")

        def gone(_error: AppError) -> bool:  # deleted meanwhile: said at the field, nobody chosen
            if self.contact.person_id() == ident:
                self.contact.set_person(None)
                self.form.show_errors((FieldError("contact_person_id", ErrorCode.UNKNOWN_RECORD),))
            return True

        self.ctx.runner.run(
            lambda _p, _c: backend.people.get_person(db, ident), on_done=show, on_error=gone, owner=self
        )

    def collect(self) -> tuple[OrganizationInput, list[FieldError]]:
        """What the form holds, and what the form itself can refuse (a contact typed, not picked)."""
        errors: list[FieldError] = []
        contact = self.contact.person_id()
        if isinstance(contact, str):
            errors.append(FieldError("contact_person_id", ErrorCode.NOT_CHOSEN))
            contact = None
        data = OrganizationInput(
            name=self.name.text(),
            acronym=self.acronym.text() or None,
            type=enum_data(self.type, OrgType) or OrgType.COMPANY,
            country=self.country.code(),
            city=self.city.text() or None,
            email=self.email.text() or None,
            phone=self.phone.text() or None,
            website=self.website.text() or None,
            sme_size=enum_data(self.sme, SmeSize),
            contact_person_id=contact,
            notes=self.notes.toPlainText() or None,
        )
        return data, errors

    def show_errors(self, errors: tuple[FieldError, ...]) -> None:
        self.form.show_errors(errors)

    def save(self) -> None:
        data, form_errors = self.collect()
        db, before = self.ctx.db, self.org
        orgs = backend.organizations
        if form_errors:
            self.refuse(form_errors, lambda: orgs.organization_problems(db, data))
            return

        def undo(saved: Organization) -> UndoStep:  # applies while the record holds what this save wrote
            if before is None:
                label = self.tr("Undo new organization {name}").format(name=saved.data.name)
                return UndoStep(
                    label,
                    lambda: orgs.delete_organization(db, saved.id, expected_data=saved.data),
                    changes.ORGANIZATIONS,
                )
            label = self.tr("Undo changes to {name}").format(name=saved.data.name)
            return UndoStep(
                label,
                lambda: orgs.update_organization(db, saved.id, before.data, expected_data=saved.data),
                changes.ORGANIZATIONS,
            )

        self.submit(
            lambda: (
                orgs.create_organization(db, data)
                if before is None
                else orgs.update_organization(db, before.id, data, expected_rev=before.meta.rev)
            ),
            undo,
            changes.ORGANIZATIONS,
        )
