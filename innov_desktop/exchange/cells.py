"""Cell values as people write them in lists, into the values records hold: dates in ISO,
day-first and month-first layouts and as spreadsheet serial numbers, sex, yes/no, roles,
organization types and sizes in local words of the six UN languages, numbers stored as text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from innov_desktop.domain.enums import OrgType, PersonRole, Sex, SmeSize
from innov_desktop.exchange.columns import header_key
from innov_desktop.exchange.reader import Value


class DateLayout(StrEnum):
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"


def layout_pattern(layout: DateLayout) -> str:
    """How a date of `layout` is written, for messages."""
    return "MM/DD/YYYY" if layout is DateLayout.MONTH_FIRST else "DD/MM/YYYY"


# Where people write the month first
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "BZ", "GU", "AS", "PR", "VI", "MP", "UM"})
_EPOCH = date(1899, 12, 30)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_SERIAL = re.compile(r"^\d{4,7}(?:\.0+)?$")
FIRST_SERIAL, LAST_SERIAL = 1, 2_958_465  # 1900-01-01 .. 9999-12-31
YEARS = (1000, 3000)  # a number here is a year typed alone (serials 1000-2999 are 1902-1908)


def text(v: Value) -> str | None:
    """The text of a cell: numbers stored as numbers come back as their digits (no ".0")."""
    if v is None:
        return None
    if type(v) is str:  # most cells: straight to the end
        return " ".join(v.split()) or None
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    cleaned = " ".join(str(v).split())
    return cleaned or None


def date_layout(values: Iterable[Value], region: str | None) -> DateLayout:
    """A column's layout from its own values: a first part above 12 means day first, a second
    part above 12 month first; when every value fits both, the center's country decides."""
    for v in values:
        if isinstance(v, str):
            m = _SLASHED.match(v.strip())
            if m:
                a, b = int(m.group(1)), int(m.group(2))
                if a > 12 >= b:
                    return DateLayout.DAY_FIRST
                if b > 12 >= a:
                    return DateLayout.MONTH_FIRST
    return DateLayout.MONTH_FIRST if region in MONTH_FIRST_COUNTRIES else DateLayout.DAY_FIRST


def parse_date(v: Value, layout: DateLayout) -> date | None:
    """The date of a cell; raises ValueError when the cell holds something that is not one."""
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, bool):
        raise ValueError(v)
    if isinstance(v, (int, float)):
        return _from_serial(float(v))
    s = str(v).strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _SLASHED.match(s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return date(y, b, a) if layout is DateLayout.DAY_FIRST else date(y, a, b)
    if _SERIAL.match(s):  # a date serial stored as text
        return _from_serial(float(s))
    raise ValueError(s)


def _from_serial(n: float) -> date:
    if not FIRST_SERIAL <= n <= LAST_SERIAL or YEARS[0] <= n < YEARS[1]:
        raise ValueError(n)  # 1990 alone is a year, not the 1990th day of 1900
    return _EPOCH + timedelta(days=int(n))


def _table(pairs: dict[object, tuple[str, ...]]) -> dict[str, object]:
    return {header_key(word): value for value, words in pairs.items() for word in words}


# fmt: off
# (data: several words a line; the formatter would give each its own)
_SEX = _table(
    {
        Sex.FEMALE: (
            "F", "female", "woman", "w", "femme", "féminin", "feminin", "fem", "mujer", "femenino", "mujer",
            "أنثى", "انثى", "أ", "امرأة", "ж", "жен", "женский", "женщина", "女", "女性",
        ),
        Sex.MALE: (
            "M", "male", "man", "h", "homme", "masculin", "masc", "hombre", "masculino", "varón", "ذكر", "ذ",
            "رجل", "м", "муж", "мужской", "мужчина", "男", "男性",
        ),
        Sex.OTHER: ("X", "other", "autre", "otro", "otra", "آخر", "другой", "其他"),
        Sex.NOT_STATED: (
            "U", "not stated", "unknown", "non précisé", "non indiqué", "inconnu", "no indicado",
            "desconocido", "غير محدد", "не указан", "не указано", "未说明", "未知",
        ),
    }
)
_BOOL = _table(
    {
        True: (
            "yes", "y", "true", "1", "x", "oui", "o", "vrai", "sí", "si", "s", "verdadero", "نعم", "да", "д",
            "是", "有", "同意",
        ),
        False: ("no", "n", "false", "0", "non", "faux", "falso", "لا", "нет", "н", "否", "无", "不同意"),
    }
)
_ROLES = _table(
    {
        PersonRole.INVENTOR: (
            "inventor", "inventors", "inventeur", "inventrice", "inventora", "مخترع", "مخترعة", "изобретатель",
            "发明人", "发明者",
        ),
        PersonRole.PARTICIPANT: (
            "participant", "participants", "participante", "مشارك", "مشاركة", "участник", "участница", "参与者",
            "参会者", "学员",
        ),
        PersonRole.JUROR: ("juror", "jury", "juré", "jurado", "محكم", "عضو لجنة التحكيم", "член жюри", "жюри", "评委"),
        PersonRole.COORDINATOR: (
            "coordinator", "ip coordinator", "coordinateur", "coordinatrice", "coordinador", "coordinadora",
            "منسق", "منسقة", "координатор", "协调员",
        ),
        PersonRole.CONTACT: ("contact", "contacto", "جهة اتصال", "контакт", "联系人"),
        PersonRole.SPEAKER: (
            "speaker", "intervenant", "conférencier", "ponente", "orador", "متحدث", "докладчик", "спикер",
            "演讲者", "发言人",
        ),
        PersonRole.MENTOR: ("mentor", "mentora", "tuteur", "مرشد", "наставник", "导师"),
        PersonRole.STAFF: ("staff", "personnel", "employé", "personal", "موظف", "сотрудник", "工作人员"),
    }
)
_ORG_TYPES = _table(
    {
        OrgType.IP_OFFICE: (
            "ip office", "patent office", "office de propriété intellectuelle",
            "oficina de propiedad intelectual", "مكتب الملكية الفكرية", "патентное ведомство", "知识产权局",
        ),
        OrgType.UNIVERSITY: ("university", "université", "universidad", "جامعة", "университет", "大学"),
        OrgType.RESEARCH_INSTITUTE: (
            "research institute", "institut de recherche", "instituto de investigación", "معهد بحث",
            "научно-исследовательский институт", "研究所", "研究院",
        ),
        OrgType.ST_PARK: (
            "science and technology park", "st park", "s&t park", "technopole", "parc technologique",
            "parque tecnológico", "حديقة علمية", "технопарк", "科技园",
        ),
        OrgType.INCUBATOR: ("incubator", "incubateur", "incubadora", "حاضنة", "инкубатор", "孵化器"),
        OrgType.CHAMBER: (
            "chamber", "chamber of commerce", "chambre de commerce", "cámara de comercio", "غرفة تجارية",
            "торговая палата", "商会",
        ),
        OrgType.NGO: ("ngo", "ong", "منظمة غير حكومية", "нко", "нпо", "非政府组织"),
        OrgType.COMPANY: (
            "company", "sme", "company / sme", "enterprise", "entreprise", "pme", "société", "empresa", "pyme",
            "شركة", "компания", "предприятие", "企业", "公司",
        ),
        OrgType.ASSOCIATION: ("association", "asociación", "جمعية", "ассоциация", "协会"),
        OrgType.MINISTRY: ("ministry", "ministère", "ministerio", "وزارة", "министерство", "部"),
    }
)
_SME = _table(
    {
        SmeSize.MICRO: ("micro", "microentreprise", "microempresa", "صغيرة جدا", "микро", "微型"),
        SmeSize.SMALL: ("small", "petite", "pequeña", "صغيرة", "малая", "小型"),
        SmeSize.MEDIUM: ("medium", "moyenne", "mediana", "متوسطة", "средняя", "中型"),
        SmeSize.LARGE: ("large", "grande", "كبيرة", "крупная", "大型"),
    }
)
_LANGUAGES = _table(
    {
        "en": ("english", "anglais", "inglés", "الإنجليزية", "английский", "英语"),
        "fr": ("french", "français", "francés", "الفرنسية", "французский", "法语"),
        "es": ("spanish", "espagnol", "español", "castellano", "الإسبانية", "испанский", "西班牙语"),
        "ar": ("arabic", "arabe", "árabe", "العربية", "арабский", "阿拉伯语"),
        "ru": ("russian", "russe", "ruso", "الروسية", "русский", "俄语"),
        "zh": ("chinese", "chinois", "chino", "الصينية", "китайский", "中文", "汉语"),
        "pt": ("portuguese", "portugais", "portugués", "البرتغالية", "португальский", "葡萄牙语"),
        "sw": ("swahili", "kiswahili"),
    }
)
# fmt: on
_SPLIT = re.compile(r"[,;/|、，；\n]+")


def sex(v: Value) -> Sex | None:
    """Raises ValueError for a word that names no sex."""
    t = text(v)
    if t is None:
        return None
    found = _SEX.get(header_key(t))
    if found is None:
        raise ValueError(t)
    return found  # type: ignore[return-value]


def yes_no(v: Value) -> bool | None:
    if isinstance(v, bool):
        return v
    t = text(v)
    if t is None:
        return None
    found = _BOOL.get(header_key(t))
    if found is None:
        raise ValueError(t)
    return bool(found)


def roles(v: Value) -> tuple[PersonRole, ...]:
    """Several roles in one cell, separated by commas, semicolons or slashes."""
    t = text(v)
    if t is None:
        return ()
    return _roles(t)


@lru_cache(maxsize=4096)
def _roles(t: str) -> tuple[PersonRole, ...]:
    out = []
    for part in _SPLIT.split(t):
        if not part.strip():
            continue
        found = _ROLES.get(header_key(part))
        if found is None:
            try:
                found = PersonRole(part.strip().lower())
            except ValueError:
                raise ValueError(part) from None
        out.append(found)
    return tuple(dict.fromkeys(out))  # type: ignore[arg-type]


def org_type(v: Value) -> OrgType | None:
    t = text(v)
    if t is None:
        return None
    found = _ORG_TYPES.get(header_key(t))
    if found is None:
        try:
            return OrgType(t.strip().lower())
        except ValueError:
            raise ValueError(t) from None
    return found  # type: ignore[return-value]


def sme_size(v: Value) -> SmeSize | None:
    t = text(v)
    if t is None:
        return None
    found = _SME.get(header_key(t))
    if found is None:
        try:
            return SmeSize(t.strip().lower())
        except ValueError:
            raise ValueError(t) from None
    return found  # type: ignore[return-value]


def languages(v: Value) -> tuple[str, ...]:
    """Codes (en, fr) or names in the six languages; anything else is left for validation."""
    t = text(v)
    if t is None:
        return ()
    return _languages(t)


@lru_cache(maxsize=4096)
def _languages(t: str) -> tuple[str, ...]:
    out = []
    for part in re.split(r"[,;/|、，；\s]+", t):
        if part:
            out.append(str(_LANGUAGES.get(header_key(part), part.lower())))
    return tuple(out)


def split_full_name(full: str) -> tuple[str, str]:
    """(given, family) from one name cell: "FAMILY, Given"; Chinese family name first, unspaced;
    otherwise the last word is the family name."""
    full = " ".join(full.split())
    if "," in full:
        family, given = (p.strip() for p in full.split(",", 1))
        return given, family
    if full and ord(full[0]) >= 0x2E80 and " " not in full:
        cut = 2 if len(full) >= 4 else 1  # 欧阳娜娜: two-character family names are the rare long ones
        return full[cut:], full[:cut]
    parts = full.rsplit(" ", 1)
    return (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])


SEX_WORDS = "F, M, X, female, male, femme, homme, mujer, hombre, أنثى, ذكر, ж, м, 女, 男"
YES_NO_WORDS = "yes, no, oui, non, sí, no, نعم, لا, да, нет, 是, 否"
ROLE_WORDS = ", ".join(r.value for r in PersonRole)
ORG_TYPE_WORDS = ", ".join(t.value for t in OrgType)
SME_WORDS = ", ".join(s.value for s in SmeSize)
