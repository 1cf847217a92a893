"""Which column holds which field: the fields each kind of record takes from a sheet, their
column titles in the six UN languages, the header row found even below a title block, and the
automatic mapping (which a person may correct and save)."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import lru_cache

from innov_desktop.exchange.reader import Value


class Kind(StrEnum):
    PEOPLE = "people"
    ORGANIZATIONS = "organizations"


PERSON_FIELDS = (
    "given_name",
    "family_name",
    "full_name",
    "sex",
    "birth_date",
    "nationality",
    "residence_country",
    "email",
    "phone",
    "organization",
    "position",
    "languages",
    "roles",
    "consent_to_share",
    "consent_date",
    "notes",
)
ORGANIZATION_FIELDS = (
    "name",
    "acronym",
    "type",
    "country",
    "city",
    "email",
    "phone",
    "website",
    "sme_size",
    "notes",
)
FIELDS: dict[Kind, tuple[str, ...]] = {Kind.PEOPLE: PERSON_FIELDS, Kind.ORGANIZATIONS: ORGANIZATION_FIELDS}
DATE_FIELDS = frozenset({"birth_date", "consent_date"})

# fmt: off
# (data: several words a line; the formatter would give each its own)
# Column titles people write, in English, French, Spanish, Arabic, Russian and Chinese (and the
# titles this application's own exports use, so that an export imports back).
_COMMON = {
    "email": (
        "email", "e-mail", "e mail", "mail", "email address", "e-mail address", "courriel", "adresse e-mail",
        "adresse électronique", "mél", "correo", "correo electrónico", "correo-e", "البريد الإلكتروني",
        "البريد الالكتروني", "بريد إلكتروني", "الإيميل", "электронная почта", "эл. почта", "e-mail адрес",
        "почта", "电子邮件", "电子邮箱", "邮箱", "电邮",
    ),
    "phone": (
        "phone", "telephone", "phone number", "mobile", "mobile phone", "cell", "cell phone", "tel", "tel.",
        "téléphone", "numéro de téléphone", "portable", "mobile", "teléfono", "celular", "móvil",
        "número de teléfono", "الهاتف", "رقم الهاتف", "هاتف", "الجوال", "الهاتف المحمول", "телефон",
        "номер телефона", "мобильный", "моб. телефон", "电话", "电话号码", "手机", "手机号码", "联系电话",
    ),
    "notes": (
        "notes", "note", "remarks", "comments", "comment", "remarques", "commentaires", "observations",
        "notas", "observaciones", "comentarios", "ملاحظات", "تعليقات", "примечания", "комментарии", "заметки",
        "备注", "说明",
    ),
}
_PERSON = {
    "given_name": (
        "given name", "first name", "forename", "firstname", "given names", "prénom", "prénoms", "prenom",
        "nombre", "nombres", "primer nombre", "الاسم الأول", "الإسم الأول", "الاسم", "имя", "名", "名字",
    ),
    "family_name": (
        "family name", "last name", "surname", "lastname", "nom", "nom de famille", "apellido", "apellidos",
        "اسم العائلة", "اللقب", "الكنية", "фамилия", "姓", "姓氏",
    ),
    "full_name": (
        "name", "full name", "participant", "participant name", "inventor", "nom complet", "nom et prénom",
        "prénom et nom", "nombre completo", "nombre y apellido", "الاسم الكامل", "الاسم واللقب", "ф.и.о.",
        "фио", "ф и о", "полное имя", "姓名", "全名",
    ),
    "sex": ("sex", "gender", "sexe", "genre", "sexo", "género", "الجنس", "النوع", "пол", "性别"),
    "birth_date": (
        "birth date", "date of birth", "born", "dob", "birthdate", "birthday", "date de naissance", "né le",
        "née le", "fecha de nacimiento", "nacimiento", "تاريخ الميلاد", "تاريخ الولادة", "дата рождения",
        "出生日期", "生日",
    ),
    "nationality": (
        "nationality", "citizenship", "nationalité", "nacionalidad", "الجنسية", "гражданство",
        "национальность", "国籍",
    ),
    "residence_country": (
        "country", "country of residence", "residence", "residence country", "pays", "pays de résidence",
        "país", "pais", "país de residencia", "البلد", "الدولة", "بلد الإقامة", "страна", "страна проживания",
        "国家", "居住国", "所在国家",
    ),
    "organization": (
        "organization", "organisation", "institution", "company", "employer", "affiliation", "university",
        "organisme", "entreprise", "société", "établissement", "organización", "institución", "empresa",
        "المؤسسة", "المنظمة", "الجهة", "الشركة", "организация", "учреждение", "компания", "单位", "机构", "工作单位",
        "组织",
    ),
    "position": (
        "position", "job title", "title", "function", "role in organization", "fonction", "poste", "titre",
        "cargo", "puesto", "función", "المنصب", "الوظيفة", "должность", "职位", "职务",
    ),
    "languages": (
        "languages", "language", "langues", "langue", "idiomas", "idioma", "اللغات", "اللغة", "языки", "язык",
        "语言",
    ),
    "roles": (
        "roles", "role", "category", "type", "rôles", "rôle", "catégorie", "funciones", "rol", "categoría",
        "الأدوار", "الدور", "الفئة", "роли", "роль", "категория", "角色", "类别",
    ),
    "consent_to_share": (
        "consent", "consent to share", "consent to share with hq", "consentement", "accord", "consentimiento",
        "الموافقة", "موافقة", "согласие", "同意", "同意共享",
    ),
    "consent_date": (
        "consent date", "date of consent", "date du consentement", "fecha de consentimiento", "تاريخ الموافقة",
        "дата согласия", "同意日期",
    ),
}
_ORGANIZATION = {
    "name": (
        "name", "organization", "organisation", "organization name", "institution", "company", "nom",
        "raison sociale", "nom de l'organisation", "organisme", "nombre", "organización", "institución",
        "empresa", "الاسم", "اسم المؤسسة", "المؤسسة", "الجهة", "название", "наименование", "организация", "名称",
        "机构名称", "单位名称",
    ),
    "acronym": (
        "acronym", "abbreviation", "short name", "sigle", "acronyme", "sigla", "siglas", "الاختصار",
        "аббревиатура", "сокращение", "简称", "缩写",
    ),
    "type": (
        "type", "kind", "category", "organization type", "type d'organisation", "catégorie", "tipo",
        "categoría", "النوع", "الفئة", "тип", "вид", "категория", "类型", "类别",
    ),
    "country": ("country", "pays", "país", "pais", "البلد", "الدولة", "страна", "国家"),
    "city": ("city", "town", "ville", "localité", "ciudad", "localidad", "المدينة", "город", "城市"),
    "website": (
        "website", "web site", "web", "url", "site web", "site internet", "sitio web", "página web",
        "الموقع الإلكتروني", "الموقع", "сайт", "веб-сайт", "网站", "网址",
    ),
    "sme_size": (
        "size", "sme size", "company size", "taille", "taille de l'entreprise", "tamaño", "الحجم", "размер",
        "规模",
    ),
}
# fmt: on
SYNONYMS: dict[Kind, dict[str, tuple[str, ...]]] = {
    Kind.PEOPLE: _PERSON | _COMMON,
    Kind.ORGANIZATIONS: _ORGANIZATION | _COMMON,
}
HEADER_SCAN_ROWS = 30


@lru_cache(maxsize=65536)  # cell words repeat down a column: "F", "Femme", "inventor"
def header_key(text: str) -> str:
    """Case, accents, spacing and punctuation ignored ("E-mail " = "email", "Prénom" = "prenom")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


@lru_cache(maxsize=4)
def _synonym_index(kind: Kind) -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    for field in FIELDS[kind]:  # the field's own name and the synonyms, first field wins
        for word in (field.replace("_", " "), *SYNONYMS[kind].get(field, ())):
            exact.setdefault(header_key(word), field)
    parts = sorted(((k, f) for k, f in exact.items() if len(k) >= 4 or not k.isascii()), key=lambda x: -len(x[0]))
    return exact, parts


@lru_cache(maxsize=4096)
def field_for_header(kind: Kind, header: str) -> str | None:
    """The field a column title names: the title itself, else the longest title contained in it
    ("E-mail (work)" -> email, "Name of the organization" -> organization)."""
    key = header_key(header)
    if not key:
        return None
    exact, parts = _synonym_index(kind)
    if key in exact:
        return exact[key]
    for part, field in parts:
        if part in key:
            return field
    return None


def auto_mapping(kind: Kind, headers: Sequence[str]) -> list[str | None]:
    """One field (or None) per column; a field goes to its first column only."""
    used: set[str] = set()
    out: list[str | None] = []
    for h in headers:
        field = field_for_header(kind, h) if h else None
        if field in used:
            field = None
        if field is not None:
            used.add(field)
        out.append(field)
    return out


def _header_text(v: Value) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return " ".join(str(v).split())


def find_header_row(kind: Kind, rows: Sequence[Sequence[Value]], known: Mapping[str, str] | None = None) -> int | None:
    """Index of the row that names the most fields among the first rows (a title block, blank
    rows or a merged group title above it are passed over); `known`: titles a person mapped
    before (by `header_key`). A row naming one field only counts when no row names two."""
    known = known or {}
    best, best_score = None, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        texts = [_header_text(v) for v in row if isinstance(v, str)]
        fields = {known.get(header_key(t)) or field_for_header(kind, t) for t in texts if t}
        score = len(fields - {None})
        if score > best_score:
            best, best_score = i, score
    if best_score == 1 and best is not None and not _alone(rows[best]):
        return None  # one known word in a sentence or a title is not a header row
    return best


def _alone(row: Sequence[Value]) -> bool:
    """A header of one recognised column still has more than one filled cell, or is short."""
    filled = [v for v in row if v is not None and str(v).strip()]
    return len(filled) > 1 or (len(filled) == 1 and len(str(filled[0])) <= 40)


def headers_of(row: Sequence[Value]) -> list[str]:
    return [_header_text(v) for v in row]
