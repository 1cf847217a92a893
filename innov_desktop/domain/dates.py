"""Dates as people type them: ISO (2024-03-14), day first (14/03/2024, 14.03.2024, 14-03-2024)."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def parse_date(text: str) -> date | None:
    """The date in `text`, or None when it is not one of the accepted layouts or not a real date."""
    value = text.strip()
    m = _ISO.match(value)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = _DAY_FIRST.match(value)
        if m:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None
    return None
