"""Text folding for search: case and diacritics ignored in every script, Chinese split by
character, and a Latin transliteration added so that "Ivanov" finds "Иванов"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

_WORD = re.compile(r"[\w]+", re.UNICODE)
_TATWEEL = "\u0640"


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FA1F
        or 0x3040 <= o <= 0x30FF  # kana
        or 0xAC00 <= o <= 0xD7AF  # hangul syllables
    )


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower-case, strip combining marks (accents, Arabic harakat, hamza seats) and tatweel."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)  # before removing tatweel: ligatures hold one
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c) and c != _TATWEEL)
    return unicodedata.normalize("NFC", stripped).casefold()


def _split(folded: str) -> list[str]:
    tokens: list[str] = []
    for word in _WORD.findall(folded):
        if not word.isascii() and any(_is_cjk(c) for c in word):
            run = ""
            for c in word:
                if _is_cjk(c):
                    if run:
                        tokens.append(run)
                        run = ""
                    tokens.append(c)
                else:
                    run += c
            if run:
                tokens.append(run)
        else:
            tokens.append(word.replace("_", ""))
    return [t for t in tokens if t]


def query_tokens(text: str) -> list[str]:
    """Tokens of what a person typed, folded the same way as the index."""
    return _split(fold(text))


def search_document(parts: Iterable[str | None], codes: Iterable[str] = ()) -> str:
    """The text the full-text index holds for one record: folded tokens plus transliterations;
    record numbers as one compact token plus their digits (so "ke" does not match every record)."""
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            seen.update(dict.fromkeys(_part_tokens(part)))
    for code in codes:
        compact = compact_code(code)
        seen.setdefault(compact, None)
        digits = re.search(r"\d+$", compact)
        if digits:
            seen.setdefault(digits.group(), None)
    return " ".join(seen)


_CODE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]+(?:-[A-Za-z0-9]*)*$")


def compact_code(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def looks_like_code(query: str) -> bool:
    """A record number such as KE-NBO-000123 (or its beginning, KE-NBO-00)."""
    return bool(_CODE.match(query.strip())) and any(ch.isdigit() for ch in query)


@lru_cache(maxsize=65536)
def _part_tokens(part: str) -> tuple[str, ...]:
    tokens = _split(fold(part))
    for tok in list(tokens):  # token by token, so each Chinese character gives its own syllable
        if not tok.isascii():
            tokens += _split(fold(anyascii(tok)))
    return tuple(dict.fromkeys(tokens))


def transliterate(text: str) -> str:
    """Latin letters for any script (for fuzzy comparison of names across scripts)."""
    return fold(anyascii(fold(text)))
