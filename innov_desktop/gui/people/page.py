"""The People page: the list at any size, filters, detail pane, form, delete with undo."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from innov_desktop.domain import hlc
from innov_desktop.domain.enums import PersonRole, Sex
from innov_desktop.domain.models import FirstPage, Person, birth_as_known
from innov_desktop.domain.queries import PeopleQuery, PersonSort
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.labels import country_label, listed, role_label, sex_label
from innov_desktop.gui.list_page import FIRST_PAGE, ListPage, detail_rows
from innov_desktop.gui.tables import ColumnSpec, directed, ltr
from innov_desktop.gui.undo import UndoStep
from innov_desktop.gui.widgets import CountryFilter, OrganizationFilter, enum_data
from innov_desktop.services import changes
from innov_desktop.services.changes import Changes


def born(p: Person) -> str:
    """The birth date as this copy knows it (`birth_as_known`: the year alone where withheld)."""
    known = birth_as_known(p)
    return "" if known is None else str(known) if isinstance(known, int) else known.isoformat()


def shown_name(p: Person) -> str:
    """The person's name, or a word saying it was not shared with this copy (at HQ, a person
    without consent has no name here: an empty cell looked like a damaged record)."""
    name = p.display_name
    if not name and "family_name" in p.meta.withheld:
        return QCoreApplication.translate("PeoplePage", "(name not shared)")
    return name


def person_columns() -> list[ColumnSpec[Person]]:
    return [
        ColumnSpec(
            "number",
            lambda: QCoreApplication.translate("PeoplePage", "Number"),
            lambda p: p.number,
            PersonSort.NUMBER,
            ltr=True,
            width=130,
        ),
        ColumnSpec(
            "name",
            lambda: QCoreApplication.translate("PeoplePage", "Name"),
            shown_name,
            PersonSort.NAME,
            width=220,
        ),
        ColumnSpec(
            "sex",
            lambda: QCoreApplication.translate("PeoplePage", "Sex"),
            lambda p: sex_label(p.data.sex),
            PersonSort.SEX,
            width=80,
        ),
        ColumnSpec(
            "born",
            lambda: QCoreApplication.translate("PeoplePage", "Born"),
            born,
            PersonSort.BIRTH,
            ltr=True,
            width=95,
        ),
        ColumnSpec(
            "country",
            lambda: QCoreApplication.translate("PeoplePage", "Country"),
            lambda p: country_label(p.data.residence_country),
            PersonSort.COUNTRY,
            width=130,
        ),
        ColumnSpec(
            "email",
            lambda: QCoreApplication.translate("PeoplePage", "E-mail"),
            lambda p: p.data.email or "",
            PersonSort.EMAIL,
            ltr=True,
            width=230,
        ),
        ColumnSpec(
            "phone",
            lambda: QCoreApplication.translate("PeoplePage", "Phone"),
            lambda p: p.data.phone or "",
            PersonSort.PHONE,
            ltr=True,
            width=130,
        ),
        ColumnSpec(
            "roles",
            lambda: QCoreApplication.translate("PeoplePage", "Roles"),
            lambda p: listed(role_label(r) for r in p.data.roles),
            width=160,
        ),
        ColumnSpec(
            "modified",
            lambda: QCoreApplication.translate("PeoplePage", "Modified"),
            lambda p: datetime.fromtimestamp(hlc.physical_ms(p.meta.modified_at) / 1000).strftime("%Y-%m-%d %H:%M"),
            PersonSort.MODIFIED,
            ltr=True,
            visible=False,
            width=130,
        ),
    ]


class PeoplePage(ListPage[Person]):
    key = "people"

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx, person_columns())
        self.search.setPlaceholderText(self.tr("Search people: name, e-mail, phone or number (any script)"))
        self.new_button.setText(self.tr("New person…"))
        self.role = QComboBox()
        self.role.setObjectName("filter-role")
        self.role.addItem(self.tr("All roles"), None)
        for r in PersonRole:
            self.role.addItem(role_label(r), r)
        self.country = CountryFilter()
        self.country.setObjectName("filter-country")
        self.sex = QComboBox()
        self.sex.setObjectName("filter-sex")
        self.sex.addItem(self.tr("Any sex"), None)
        for s in Sex:
            self.sex.addItem(sex_label(s), s)
        self.organization = OrganizationFilter(ctx)
        self.organization.setObjectName("filter-organization")
        self.organization.setMaximumWidth(220)
        self.country.setMaximumWidth(200)
        for combo in (self.role, self.country, self.sex, self.organization):
            self.add_filter(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())

    # -- ListPage hooks --------------------------------------------------------------------------
    def build_query(self, text: str, sort: Any, descending: bool) -> PeopleQuery:
        return PeopleQuery(
            text=text,
            role=enum_data(self.role, PersonRole),
            country=self.country.currentData(),
            sex=enum_data(self.sex, Sex),
            organization_id=self.organization.organization_id(),
            sort=sort or PersonSort.NAME,
            descending=descending,
        )

    def query_for_number(self, number: str) -> PeopleQuery:
        return PeopleQuery(text=number)

    def first_page(self, query: Any) -> FirstPage[Person]:
        return backend.people.people_first_page(self.ctx.db, query, FIRST_PAGE)

    def all_keys(self, query: Any) -> Sequence[int]:
        return backend.people.people_ids(self.ctx.db, query)

    def fetch_rows(self, keys: Sequence[int]) -> dict[int, Person]:
        return backend.people.people_rows(self.ctx.db, keys)

    def concerned(self, what: Changes) -> bool:
        return what.touches(people=True, organizations=True)

    def count_text(self, n: int) -> str:
        return self.tr("%n person(s)", "", n)

    def why_not_deletable(self, record: Person) -> str | None:
        if not record.meta.withheld:
            return None
        return self.tr(
            "The name and contact details of this person were not shared with this installation:"
            " only {center} can delete this record."
        ).format(center=ltr(record.meta.origin.replace("-", "\u2011")))

    def describe(self, record: Person) -> str:
        return shown_name(record)

    def open_form(self, record: Person | None) -> None:
        from innov_desktop.gui.people.form import PersonDialog  # imported on first use: a faster start

        PersonDialog(self.ctx, record, self, on_saved=self._saved).open()

    def _saved(self, person: Person) -> None:
        self._select_after_reload = person.id

    def delete_record(self, record: Person) -> None:
        db = self.ctx.db
        step = UndoStep(
            self.tr("Undo delete {name}").format(name=record.display_name),
            lambda: backend.people.undelete_person(db, record.id, expected_data=record.data),
            changes.PEOPLE,
        )
        self.ctx.runner.run(
            lambda _p, _c: backend.people.delete_person(db, record.id),
            on_done=lambda _r: self.ctx.undo.push(step),
            owner=self,
            changes=changes.PEOPLE,
        )

    def detail_html(self, p: Person) -> str:
        d = p.data
        rows = [
            (self.tr("Number"), directed(p.number)),
            (self.tr("Sex"), sex_label(d.sex)),
            (self.tr("Birth date"), directed(born(p))),
            (self.tr("Nationality"), country_label(d.nationality)),
            (self.tr("Country of residence"), country_label(d.residence_country)),
            (self.tr("E-mail"), directed(d.email or "")),
            (self.tr("Phone"), directed(d.phone or "")),
            (self.tr("Position"), d.position or ""),
            (self.tr("Languages"), listed(d.languages)),
            (self.tr("Roles"), listed(role_label(r) for r in d.roles)),
            (
                self.tr("Consent to share"),
                self.tr("yes, since {date}").format(date=directed(d.consent_date.isoformat()))
                if d.consent_to_share and d.consent_date
                else self.tr("yes")
                if d.consent_to_share
                else self.tr("no"),
            ),
            (self.tr("Notes"), d.notes or ""),
        ]
        body = detail_rows(rows)
        related = self.tr("Projects, event registrations and service requests of this person will be listed here.")
        return (
            f"<h3>{html.escape(shown_name(p))}</h3><table>{body}</table>"
            f"<p style='color:gray'>{html.escape(related)}</p>"  # not italic: few fonts have Arabic italics
        )
