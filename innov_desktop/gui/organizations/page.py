"""The Organizations page: the same list, filters, detail pane and form as People."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from innov_desktop.domain.enums import OrgType
from innov_desktop.domain.models import FirstPage, Organization
from innov_desktop.domain.queries import OrganizationQuery, OrganizationSort
from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.labels import country_label, org_type_label, sme_label
from innov_desktop.gui.list_page import FIRST_PAGE, ListPage, detail_rows
from innov_desktop.gui.tables import ColumnSpec, directed
from innov_desktop.gui.undo import UndoStep
from innov_desktop.gui.widgets import CountryFilter, enum_data
from innov_desktop.services import changes
from innov_desktop.services.changes import Changes


def organization_columns() -> list[ColumnSpec[Organization]]:
    return [
        ColumnSpec(
            "number",
            lambda: QCoreApplication.translate("OrganizationsPage", "Number"),
            lambda o: o.number,
            OrganizationSort.NUMBER,
            ltr=True,
            width=140,
        ),
        ColumnSpec(
            "name",
            lambda: QCoreApplication.translate("OrganizationsPage", "Name"),
            lambda o: o.data.name,
            OrganizationSort.NAME,
            width=300,
        ),
        ColumnSpec(
            "type",
            lambda: QCoreApplication.translate("OrganizationsPage", "Type"),
            lambda o: org_type_label(o.data.type),
            OrganizationSort.TYPE,
            width=170,
        ),
        ColumnSpec(
            "country",
            lambda: QCoreApplication.translate("OrganizationsPage", "Country"),
            lambda o: country_label(o.data.country),
            OrganizationSort.COUNTRY,
        ),
        ColumnSpec(
            "city",
            lambda: QCoreApplication.translate("OrganizationsPage", "City"),
            lambda o: o.data.city or "",
            OrganizationSort.CITY,
        ),
        ColumnSpec(
            "email",
            lambda: QCoreApplication.translate("OrganizationsPage", "E-mail"),
            lambda o: o.data.email or "",
            ltr=True,
            width=200,
        ),
        ColumnSpec(
            "phone",
            lambda: QCoreApplication.translate("OrganizationsPage", "Phone"),
            lambda o: o.data.phone or "",
            ltr=True,
            visible=False,
        ),
    ]


class OrganizationsPage(ListPage[Organization]):
    key = "organizations"

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx, organization_columns())
        self.search.setPlaceholderText(self.tr("Search organizations: name, acronym, city, e-mail or number"))
        self.new_button.setText(self.tr("New organization…"))
        self.type = QComboBox()
        self.type.setObjectName("filter-type")
        self.type.addItem(self.tr("All types"), None)
        for t in OrgType:
            self.type.addItem(org_type_label(t), t)
        self.country = CountryFilter()
        self.country.setMaximumWidth(200)
        for combo in (self.type, self.country):
            self.add_filter(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())

    def build_query(self, text: str, sort: Any, descending: bool) -> OrganizationQuery:
        return OrganizationQuery(
            text=text,
            type=enum_data(self.type, OrgType),
            country=self.country.currentData(),
            sort=sort or OrganizationSort.NAME,
            descending=descending,
        )

    def query_for_number(self, number: str) -> OrganizationQuery:
        return OrganizationQuery(text=number)

    def first_page(self, query: Any) -> FirstPage[Organization]:
        return backend.organizations.organization_first_page(self.ctx.db, query, FIRST_PAGE)

    def all_keys(self, query: Any) -> Sequence[int]:
        return backend.organizations.organization_ids(self.ctx.db, query)

    def fetch_rows(self, keys: Sequence[int]) -> dict[int, Organization]:
        return backend.organizations.organization_rows(self.ctx.db, keys)

    def concerned(self, what: Changes) -> bool:
        return what.touches(organizations=True)

    def count_text(self, n: int) -> str:
        return self.tr("%n organization(s)", "", n)

    def describe(self, record: Organization) -> str:
        return record.data.name

    def open_form(self, record: Organization | None) -> None:
        from innov_desktop.gui.organizations.form import OrganizationDialog

        OrganizationDialog(self.ctx, record, self).open()

    def delete_record(self, record: Organization) -> None:
        db = self.ctx.db
        step = UndoStep(
            self.tr("Undo delete {name}").format(name=record.data.name),
            lambda: backend.organizations.undelete_organization(db, record.id, expected_data=record.data),
            changes.ORGANIZATIONS,
        )
        self.ctx.runner.run(
            lambda _p, _c: backend.organizations.delete_organization(db, record.id),
            on_done=lambda _r: self.ctx.undo.push(step),
            owner=self,
            changes=changes.ORGANIZATIONS,
        )

    def detail_html(self, o: Organization) -> str:
        d = o.data
        rows = [
            (self.tr("Number"), directed(o.number)),
            (self.tr("Acronym"), d.acronym or ""),
            (self.tr("Type"), org_type_label(d.type)),
            (self.tr("Country"), country_label(d.country)),
            (self.tr("City"), d.city or ""),
            (self.tr("E-mail"), directed(d.email or "")),
            (self.tr("Phone"), directed(d.phone or "")),
            (self.tr("Website"), directed(d.website or "")),
            (self.tr("SME size"), sme_label(d.sme_size) if d.sme_size else ""),
            (self.tr("Notes"), d.notes or ""),
        ]
        body = detail_rows(rows)
        return f"<h3>{html.escape(d.name)}</h3><table>{body}</table>"
