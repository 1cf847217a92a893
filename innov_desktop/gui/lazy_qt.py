"""`Qt`, PySide6's namespace of enums, made when first used. Importing it creates some 110 Python
enums at once, about 45 ms: more than a tenth of a bare window's start. The window's first frame
(with the people list's first rows) needs none of them, so modules on the start-up path import
`Qt` from here, and the code that runs before that frame uses plain values instead."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from PySide6.QtCore import Qt as _Qt


class _LazyQt:
    def __getattr__(self, name: str) -> Any:
        from PySide6.QtCore import Qt as real

        return getattr(real, name)


Qt = cast("type[_Qt]", _LazyQt())
