"""Text folding for search: case and diacritics ignored in every script, Chinese split by
character, and a Latin transliteration added so that "Ivanov" finds "Иванов"."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

_WORD = re.compile(r"[\w]+", re.UNICODE)
# How people type Arabic: teh marbuta as heh, alef maksura as yeh; every script's digits as 0-9
_ARABIC_AND_DIGITS = str.maketrans(
    {"\u0629": "\u0647", "\u0649": "\u064a"}
    | {
        chr(c): str(unicodedata.digit(chr(c)))
        for c in range(0x0660, 0x06FA)
        if unicodedata.digit(chr(c), None) is not None
    }
    | {chr(c): str(unicodedata.digit(chr(c))) for c in range(0x0966, 0x0970)}
)
_ARTICLE = "\u0627\u0644"  # ال, written joined to the noun it defines
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
    return unicodedata.normalize("NFC", stripped).casefold().translate(_ARABIC_AND_DIGITS)


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


_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{4,}$")


def query_tokens(text: str) -> list[str]:
    """Tokens of what a person typed, folded the same way as the index; a phone number typed
    with spaces or dashes is one token."""
    folded = fold(text.strip())
    if _PHONE_LIKE.match(folded):
        return ["".join(ch for ch in folded if ch.isdigit())]
    return _split(folded)


def search_document(parts: Iterable[str | None], codes: Iterable[str] = ()) -> str:
    """The text the full-text index holds for one record: folded tokens plus transliterations;
    record numbers as one compact token plus their digits (so "ke" does not match every record)."""
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            seen.update(dict.fromkeys(_part_tokens(part)))
    for code in codes:
        seen.update(dict.fromkeys(code_tokens(code)))
    return " ".join(seen)


def _code_parts(code: str) -> tuple[str, str]:
    compact = compact_code(code)
    digits = re.search(r"\d+$", compact)
    tail = digits.group() if digits else ""
    return compact[: len(compact) - len(tail)], tail


def code_tokens(code: str) -> tuple[str, ...]:
    """KE-NBO-000123 is indexed as "000123kenbo" and "000123": digits first, so that typing the
    letters "ke" does not match every record of the center."""
    letters, digits = _code_parts(code)
    return (digits + letters, digits) if digits else (letters,)


def code_query(query: str) -> str:
    """The token to look for when a record number is typed, complete or not."""
    letters, digits = _code_parts(query)
    return digits + letters if len(digits) >= 6 else digits or letters


_CODE = re.compile(r"^[A-Za-z]{2}-[A-Za-z0-9]+(?:-[A-Za-z0-9]*)*$")


def compact_code(text: str) -> str:
    if text.isascii():  # record numbers: the same, without a pass per character
        return _ASCII_NOT_ALNUM.sub("", text).lower()
    return "".join(ch for ch in fold(text) if ch.isalnum())


_ASCII_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]")


def looks_like_code(query: str) -> bool:
    """A record number such as KE-NBO-000123 (or its beginning, KE-NBO-00)."""
    return bool(_CODE.match(query.strip())) and any(ch.isdigit() for ch in query)


@lru_cache(maxsize=65536)
def _part_tokens(part: str) -> tuple[str, ...]:
    folded = fold(part.strip())
    tokens = _split(folded)
    if _PHONE_LIKE.match(folded):  # the same single token a typed phone number gives
        tokens.append("".join(ch for ch in folded if ch.isdigit()))
    for tok in list(tokens):  # token by token, so each Chinese character gives its own syllable
        if not tok.isascii():
            tokens += _split(fold(anyascii(tok)))
        if tok.startswith(_ARTICLE) and len(tok) > 3:  # الزهراء is also found as زهراء
            tokens.append(tok[2:])
    return tuple(dict.fromkeys(tokens))


def word_pieces(word: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """A word's share of what `search_document` makes of a text holding it between spaces: the
    word folded, its tokens, and the tokens they add (transliteration, the noun without its
    Arabic article), in that order; an import works each repeating word out once."""
    folded = fold(word)
    tokens = _split(folded)
    extras: list[str] = []
    for tok in tokens:
        if not tok.isascii():
            extras += _split(fold(anyascii(tok)))
        if tok.startswith(_ARTICLE) and len(tok) > 3:
            extras.append(tok[2:])
    return folded, tuple(tokens), tuple(extras)


def is_phone_like(folded: str) -> bool:
    """Folded text that is a phone number as typed (its digits make one token more)."""
    return _PHONE_LIKE.match(folded) is not None


def unique_part_tokens(part: str) -> tuple[str, ...]:
    """The tokens `search_document` makes of `part`, for a value that never comes back (an
    e-mail address in a bulk import): worked out without filling the cache with it."""
    return _part_tokens.__wrapped__(part)


def transliterate(text: str) -> str:
    """Latin letters for any script (for fuzzy comparison of names across scripts)."""
    return fold(anyascii(fold(text)))
