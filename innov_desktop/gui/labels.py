"""Translated names of the values the lower layers return as enums and codes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from innov_desktop.domain.countries import country_name
from innov_desktop.domain.enums import OrgType, PersonRole, Sex, SmeSize
from innov_desktop.domain.errors import FIELD_MESSAGES, AppError, FieldError, ValidationFailed, field_label

if TYPE_CHECKING:
    from innov_desktop.domain.duplicates import DuplicateReason

# Labels by (kind, value), translated once per language: a list formats thousands of cells while
# it scrolls, and a lookup is far cheaper than building the translations again for each.
_cache: dict[tuple[str, object], str] = {}


def clear_cache() -> None:
    """The language changed (i18n.install_language)."""
    _cache.clear()


def _cached(kind: str, value: object, make: Callable[[], str]) -> str:
    text = _cache.get((kind, value))
    if text is None:
        text = _cache[(kind, value)] = make()
    return text


def listed(items: Iterable[str]) -> str:
    """Items joined with the language's list separator ("a, b"; in Arabic "a، b")."""
    return _cached("sep", None, lambda: QCoreApplication.translate("labels", ", ", "list separator")).join(items)


def sex_label(sex: Sex) -> str:
    return _cached(
        "sex",
        sex,
        lambda: {
            Sex.FEMALE: QCoreApplication.translate("labels", "Female"),
            Sex.MALE: QCoreApplication.translate("labels", "Male"),
            Sex.OTHER: QCoreApplication.translate("labels", "Other"),
            Sex.NOT_STATED: QCoreApplication.translate("labels", "Not stated"),
        }[sex],
    )


def role_label(role: PersonRole) -> str:
    return _cached(
        "role",
        role,
        lambda: {
            PersonRole.INVENTOR: QCoreApplication.translate("labels", "Inventor"),
            PersonRole.PARTICIPANT: QCoreApplication.translate("labels", "Participant"),
            PersonRole.JUROR: QCoreApplication.translate("labels", "Juror"),
            PersonRole.COORDINATOR: QCoreApplication.translate("labels", "IP coordinator"),
            PersonRole.CONTACT: QCoreApplication.translate("labels", "Contact"),
            PersonRole.SPEAKER: QCoreApplication.translate("labels", "Speaker"),
            PersonRole.MENTOR: QCoreApplication.translate("labels", "Mentor"),
            PersonRole.STAFF: QCoreApplication.translate("labels", "Staff"),
        }[role],
    )


def org_type_label(kind: OrgType) -> str:
    return _cached(
        "org_type",
        kind,
        lambda: {
            OrgType.IP_OFFICE: QCoreApplication.translate("labels", "IP office"),
            OrgType.UNIVERSITY: QCoreApplication.translate("labels", "University"),
            OrgType.RESEARCH_INSTITUTE: QCoreApplication.translate("labels", "Research institute"),
            OrgType.ST_PARK: QCoreApplication.translate("labels", "Science and technology park"),
            OrgType.INCUBATOR: QCoreApplication.translate("labels", "Incubator"),
            OrgType.CHAMBER: QCoreApplication.translate("labels", "Chamber of commerce"),
            OrgType.NGO: QCoreApplication.translate("labels", "NGO"),
            OrgType.COMPANY: QCoreApplication.translate("labels", "Company / SME"),
            OrgType.ASSOCIATION: QCoreApplication.translate("labels", "Association"),
            OrgType.MINISTRY: QCoreApplication.translate("labels", "Ministry"),
        }.get(kind, str(kind)),  # a newer version's word: shown as it is stored
    )


def sme_label(size: SmeSize) -> str:
    return _cached(
        "sme",
        size,
        lambda: {
            SmeSize.MICRO: QCoreApplication.translate("labels", "Micro"),
            SmeSize.SMALL: QCoreApplication.translate("labels", "Small"),
            SmeSize.MEDIUM: QCoreApplication.translate("labels", "Medium"),
            SmeSize.LARGE: QCoreApplication.translate("labels", "Large"),
        }.get(size, str(size)),
    )


def reason_label(reason: DuplicateReason) -> str:
    from innov_desktop.domain.duplicates import DuplicateReason  # with the duplicate finder, not at start

    return {
        DuplicateReason.EMAIL: QCoreApplication.translate("labels", "same e-mail"),
        DuplicateReason.PHONE: QCoreApplication.translate("labels", "same phone"),
        DuplicateReason.NAME_AND_BIRTH: QCoreApplication.translate("labels", "similar name, same birth date"),
        DuplicateReason.NAME: QCoreApplication.translate("labels", "same name"),
    }[reason]


def country_label(code: str | None) -> str:
    """In the interface language (QLocale's default, set with the language)."""
    if not code:
        return ""
    return _cached("country", code, lambda: country_name(code, QLocale().name().split("_")[0]))


def field_message(error: FieldError) -> str:
    """The message of one field error in the current language (templates are the catalogue)."""
    params = dict(error.params)
    if "region_code" in params:  # the country in the interface language, not the English name
        params["region"] = country_label(params["region_code"])
    return QCoreApplication.translate("errors", FIELD_MESSAGES[error.code]).format(**params)


def sentence(text: str) -> str:
    """A sentence that starts with a file name or a code still reads right to left in a
    right-to-left language (the first strong character would otherwise decide)."""
    import unicodedata

    from PySide6.QtGui import QGuiApplication

    if not QGuiApplication.isRightToLeft():
        return text
    first = next((unicodedata.bidirectional(c) for c in text if unicodedata.bidirectional(c) in ("L", "R", "AL")), "")
    return "\u200f" + text if first == "L" else text


_NAMED_FILES = ("path", "file", "data_dir")  # parameters that name a file or a folder


def error_message(error: AppError) -> str:
    """The message in the current language: its template translated, and its reason too where the
    catalogue has it (`error_strings.reasons`: the sentence's parts that code fills in, and the
    system's words for common file errors); in a right-to-left language a file's path keeps its
    own order."""
    if isinstance(error, ValidationFailed):  # each field's label and message in this language
        return sentence(" ".join(f"{any_field_label(e.field)}: {field_message(e)}" for e in error.errors))
    params = dict(error.params)
    if isinstance(params.get("reason"), str):
        params["reason"] = QCoreApplication.translate("reasons", params["reason"])
    for name in _NAMED_FILES:
        if isinstance(params.get(name), str):
            params[name] = path_text(params[name])
    return sentence(QCoreApplication.translate("errors", type(error).template).format(**params))


def path_text(path: object) -> str:
    """A file's or folder's path inside a sentence: in a right-to-left language it keeps its own
    left-to-right order (its slashes and dots were otherwise drawn in the wrong places)."""
    text = str(path)
    return "\u2066" + text + "\u2069" if text and _right_to_left() else text


def _right_to_left() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.isRightToLeft()


def field_title(field: str | None) -> str:
    titles = {
        None: QCoreApplication.translate("ImportWizard", "Not imported"),
        "given_name": QCoreApplication.translate("ImportWizard", "Given name"),
        "family_name": QCoreApplication.translate("ImportWizard", "Family name"),
        "full_name": QCoreApplication.translate("ImportWizard", "Full name (given and family)"),
        "sex": QCoreApplication.translate("ImportWizard", "Sex"),
        "birth_date": QCoreApplication.translate("ImportWizard", "Birth date"),
        "nationality": QCoreApplication.translate("ImportWizard", "Nationality"),
        "residence_country": QCoreApplication.translate("ImportWizard", "Country of residence"),
        "email": QCoreApplication.translate("ImportWizard", "E-mail"),
        "phone": QCoreApplication.translate("ImportWizard", "Phone"),
        "organization": QCoreApplication.translate("ImportWizard", "Organization"),
        "position": QCoreApplication.translate("ImportWizard", "Position"),
        "languages": QCoreApplication.translate("ImportWizard", "Languages"),
        "roles": QCoreApplication.translate("ImportWizard", "Roles"),
        "consent_to_share": QCoreApplication.translate("ImportWizard", "Consent to share"),
        "consent_date": QCoreApplication.translate("ImportWizard", "Consent date"),
        "notes": QCoreApplication.translate("ImportWizard", "Notes"),
        "name": QCoreApplication.translate("ImportWizard", "Name"),
        "acronym": QCoreApplication.translate("ImportWizard", "Acronym"),
        "type": QCoreApplication.translate("ImportWizard", "Type"),
        "country": QCoreApplication.translate("ImportWizard", "Country"),
        "city": QCoreApplication.translate("ImportWizard", "City"),
        "website": QCoreApplication.translate("ImportWizard", "Website"),
        "sme_size": QCoreApplication.translate("ImportWizard", "SME size"),
    }
    return titles.get(field, field or "")


def any_field_label(field: str) -> str:
    """A person's or an organization's field, as its form or the import names it."""
    label = person_field_label(field)
    if label == field:
        label = field_title(field)
    return label if label and label != field else field_label(field)


def person_field_label(field: str) -> str:
    """The label of a person's field, as the form shows it."""
    return {
        "given_name": QCoreApplication.translate("PersonDialog", "Given name"),
        "family_name": QCoreApplication.translate("PersonDialog", "Family name"),
        "sex": QCoreApplication.translate("PersonDialog", "Sex"),
        "birth_date": QCoreApplication.translate("PersonDialog", "Birth date"),
        "nationality": QCoreApplication.translate("PersonDialog", "Nationality"),
        "residence_country": QCoreApplication.translate("PersonDialog", "Country of residence"),
        "email": QCoreApplication.translate("PersonDialog", "E-mail"),
        "phone": QCoreApplication.translate("PersonDialog", "Phone"),
        "organization_id": QCoreApplication.translate("PersonDialog", "Organization"),
        "position": QCoreApplication.translate("PersonDialog", "Position"),
        "languages": QCoreApplication.translate("PersonDialog", "Languages"),
        "roles": QCoreApplication.translate("PersonDialog", "Roles"),
        "consent_to_share": QCoreApplication.translate("PersonDialog", "Consent"),
        "consent_date": QCoreApplication.translate("PersonDialog", "Consent date"),
        "notes": QCoreApplication.translate("PersonDialog", "Notes"),
    }.get(field, field)
