"""Translated names of the values the lower layers return as enums and codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from innov_desktop.domain.countries import country_name
from innov_desktop.domain.duplicates import DuplicateReason
from innov_desktop.domain.enums import OrgType, PersonRole, Sex, SmeSize
from innov_desktop.domain.errors import FIELD_MESSAGES, AppError, FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def sex_label(sex: Sex) -> str:
    return {
        Sex.FEMALE: _t("Female"),
        Sex.MALE: _t("Male"),
        Sex.OTHER: _t("Other"),
        Sex.NOT_STATED: _t("Not stated"),
    }[sex]


def role_label(role: PersonRole) -> str:
    return {
        PersonRole.INVENTOR: _t("Inventor"),
        PersonRole.PARTICIPANT: _t("Participant"),
        PersonRole.JUROR: _t("Juror"),
        PersonRole.COORDINATOR: _t("IP coordinator"),
        PersonRole.CONTACT: _t("Contact"),
        PersonRole.SPEAKER: _t("Speaker"),
        PersonRole.MENTOR: _t("Mentor"),
        PersonRole.STAFF: _t("Staff"),
    }[role]


def org_type_label(kind: OrgType) -> str:
    return {
        OrgType.IP_OFFICE: _t("IP office"),
        OrgType.UNIVERSITY: _t("University"),
        OrgType.RESEARCH_INSTITUTE: _t("Research institute"),
        OrgType.ST_PARK: _t("Science and technology park"),
        OrgType.INCUBATOR: _t("Incubator"),
        OrgType.CHAMBER: _t("Chamber of commerce"),
        OrgType.NGO: _t("NGO"),
        OrgType.COMPANY: _t("Company / SME"),
        OrgType.ASSOCIATION: _t("Association"),
        OrgType.MINISTRY: _t("Ministry"),
    }[kind]


def sme_label(size: SmeSize) -> str:
    return {
        SmeSize.MICRO: _t("Micro"),
        SmeSize.SMALL: _t("Small"),
        SmeSize.MEDIUM: _t("Medium"),
        SmeSize.LARGE: _t("Large"),
    }[size]


def reason_label(reason: DuplicateReason) -> str:
    return {
        DuplicateReason.EMAIL: _t("same e-mail"),
        DuplicateReason.PHONE: _t("same phone"),
        DuplicateReason.NAME_AND_BIRTH: _t("similar name, same birth date"),
    }[reason]


def country_label(code: str | None) -> str:
    return country_name(code) if code else ""


def field_message(error: FieldError) -> str:
    """The message of one field error in the current language (templates are the catalogue)."""
    return QCoreApplication.translate("errors", FIELD_MESSAGES[error.code]).format(**dict(error.params))


def error_message(error: AppError) -> str:
    return QCoreApplication.translate("errors", type(error).template).format(**error.params)
