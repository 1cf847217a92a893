"""The record forms as a tester used them: consent and its date go together, every refusal is
shown at once."""

from __future__ import annotations

from datetime import date

from innov_desktop.domain.models import OrganizationInput, PersonInput
from innov_desktop.gui.main_window import MainWindow
from innov_desktop.gui.organizations.form import OrganizationDialog
from innov_desktop.gui.people.form import PersonDialog
from innov_desktop.services import organizations, people
from tests.gui.conftest import idle


def _shown(dialog, *fields: str) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {f: dialog.form.errors[f].isVisible() for f in fields}


def test_unticking_consent_clears_its_date_and_saves(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    amina = people.create_person(
        ctx.db,
        PersonInput(given_name="Amina", family_name="Yusuf", consent_to_share=True, consent_date=date(2024, 5, 2)),
    )
    dialog = PersonDialog(ctx, amina, window)
    dialog.show()
    idle(qtbot, ctx)
    assert dialog.consent_date.isEnabled() and dialog.consent_date.text() == "2024-05-02"
    dialog.consent.setChecked(False)
    assert dialog.consent_date.text() == "" and not dialog.consent_date.isEnabled()
    dialog.consent.setChecked(True)  # changed one's mind: the date comes back
    assert dialog.consent_date.isEnabled() and dialog.consent_date.text() == "2024-05-02"
    dialog.consent.setChecked(False)
    dialog.save_button.click()
    idle(qtbot, ctx)
    saved = people.get_person(ctx.db, amina.id).data
    assert not saved.consent_to_share and saved.consent_date is None


def test_a_new_person_has_no_consent_date_to_fill_until_consent(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PersonDialog(window.ctx, None, window)
    dialog.show()
    assert not dialog.consent_date.isEnabled()
    dialog.consent.setChecked(True)
    assert dialog.consent_date.isEnabled()
    dialog.close()
    idle(qtbot, window.ctx)


def test_every_person_field_error_is_shown_at_once(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    dialog = PersonDialog(ctx, None, window)
    dialog.show()
    idle(qtbot, ctx)
    dialog.given.setText("Amina")
    dialog.birth.setText("31/02/1990")  # not a date: found by the form itself
    dialog.email.setText("amina-at-example")
    dialog.phone.setText("12")
    dialog.nationality.setEditText("Narnia")
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert _shown(dialog, "birth_date", "email", "phone", "nationality", "given_name") == {
        "birth_date": True,
        "email": True,
        "phone": True,
        "nationality": True,
        "given_name": False,
    }
    assert "Not a date" in dialog.form.errors["birth_date"].text()
    assert people.count_people(ctx.db) == 0 and dialog.isVisible()


def test_every_organization_field_error_is_shown_at_once(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx = window.ctx
    org = organizations.create_organization(ctx.db, OrganizationInput(name="Inventors SA"))
    dialog = OrganizationDialog(ctx, org, window)
    dialog.show()
    idle(qtbot, ctx)
    qtbot.keyClicks(dialog.contact, "somebody unknown")  # typed, not picked
    dialog.email.setText("not-an-email")
    dialog.phone.setText("12")
    dialog.country.setEditText("Narnia")
    dialog.save_button.click()
    idle(qtbot, ctx)
    assert all(_shown(dialog, "contact_person_id", "email", "phone", "country").values())
    assert not dialog.form.errors["name"].isVisible()
    assert organizations.get_organization(ctx.db, org.id).data.email is None
