"""The global search (Ctrl+K): people and organizations found as one types, Enter or a click
opens the record on its page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.lazy_qt import Qt


class _Hits(QStringListModel):
    """The hits; "No match" is shown but cannot be chosen."""

    none = False

    def flags(self, index: Any) -> Any:
        return Qt.ItemFlag.NoItemFlags if self.none else super().flags(index)


class GlobalSearch(QLineEdit):
    def __init__(self, ctx: GuiContext, open_record: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        """`open_record(page, number)` shows a record on its page."""
        super().__init__(parent)
        self.ctx, self.open_record = ctx, open_record
        self.setObjectName("global-search")
        self.setPlaceholderText(self.tr("Find a person or an organization (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(520)
        self.hits = _Hits(self)
        self.found: dict[str, tuple[str, str]] = {}  # label -> (page, number)
        self._order: list[str] = []  # the labels as listed: Enter opens the first
        self._enter_pending = False  # Enter pressed before the hits arrived: open the first then
        completer = QCompleter(self.hits, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self.open_hit)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._run)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.textEdited.connect(lambda _t: setattr(self, "_enter_pending", False))
        self.returnPressed.connect(self._enter)

    def _run(self) -> None:
        text, db = self.text().strip(), self.ctx.db
        if not text:
            return

        def work(_p: Any, _c: Any) -> list[tuple[str, str, str]]:
            hits = [
                (f"{p.display_name} · {p.number}", "people", p.number)
                for p in backend.people.search_people(db, text, 8)
            ]
            hits += [
                (f"{o.data.name} · {o.number}", "organizations", o.number)
                for o in backend.organizations.search_organizations(db, text, 5)
            ]
            return hits

        def show(hits: list[tuple[str, str, str]]) -> None:
            if text != self.text().strip():
                return
            self.found = {label: (page, number) for label, page, number in hits}
            self._order = [h[0] for h in hits]
            self.hits.none = not hits
            self.hits.setStringList(self._order or [self.tr("No match")])
            if self._enter_pending and hits:
                self._enter_pending = False
                self.open_hit(self._order[0])
                return
            self._enter_pending = False
            self.completer().complete()

        self.ctx.runner.run(work, on_done=show, owner=self)

    def _enter(self) -> None:
        """Enter: the highlighted hit (the completer opens it), else the first; typed faster than
        the search: the first once the hits arrive."""
        text = self.text().strip()
        if not text or text in self.found:  # a hit chosen in the list: already opened
            return
        if self._timer.isActive() or not self._order:
            self._enter_pending = True
            if self._timer.isActive():
                self._timer.stop()
                self._run()
            return
        self.open_hit(self._order[0])

    def open_hit(self, label: str) -> None:
        """Show the record on its page, selected in the whole list (not a list narrowed to it)."""
        hit = self.found.get(label)
        if hit is None:
            return
        self.open_record(*hit)
        popup = self.completer().popup()
        if popup is not None:
            popup.hide()
        QTimer.singleShot(0, self._clear)

    def _clear(self) -> None:
        self.clear()
        self.found, self._order = {}, []
        self.hits.setStringList([])
