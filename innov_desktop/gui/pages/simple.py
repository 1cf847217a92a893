"""Home (counts and recent activity) and the pages that later work fills (saying what they hold)."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from innov_desktop.gui import backend
from innov_desktop.gui.context import GuiContext
from innov_desktop.gui.list_page import aligned_to_start
from innov_desktop.services.changes import Changes


class HomePage(QWidget):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("home")
        self.text = QLabel()
        self.text.setObjectName("home-text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.text.setWordWrap(True)
        self.text.setMargin(16)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        ctx.runner.changed.connect(self.reload)

    def reload(self, _changes: Changes | None = None) -> None:
        db = self.ctx.db
        self.ctx.runner.run(lambda _p, _c: backend.setup.info(db), on_done=self._show)

    def _show(self, info: backend.setup.Info) -> None:
        center = info.center
        title = html.escape(center.data.name) if center else self.tr("No center identity yet")
        figures = [
            (self.tr("People"), info.people),
            (self.tr("Organizations"), info.organizations),
            (self.tr("Centers in the directory"), info.centers),
        ]
        rtl = QGuiApplication.isRightToLeft()
        gap = "4px 0 4px 24px" if rtl else "4px 24px 4px 0"  # between a figure's name and the figure
        cells = [
            (
                f"<td style='padding:{gap}; vertical-align:middle'>{html.escape(k)}</td>",
                f"<td style='font-size:16pt; vertical-align:middle'><b>{QLocale().toString(v)}</b></td>",
            )
            for k, v in figures
        ]
        # rich text lays a table's cells out left to right: in Arabic the name comes last, at the right
        rows = "".join(f"<tr>{b}{a}</tr>" if rtl else f"<tr>{a}{b}</tr>" for a, b in cells)
        hint = self.tr("Use the list on the side, or press Ctrl+K to find anyone. Ctrl+N adds a person.")
        table = f"<table align='{'right' if rtl else 'left'}'>{rows}</table>"
        # a Latin center name as title, and the table, stay at the start of an Arabic page too
        self.text.setText(aligned_to_start(f"<h2>{title}</h2>{table}<p style='color:gray'>{html.escape(hint)}</p>"))


class PlannedPage(QWidget):
    """A page whose capability arrives later: it says what it will hold."""

    def __init__(self, title: str, description: str) -> None:
        super().__init__()
        label = QLabel(f"<h2>{html.escape(title)}</h2><p>{html.escape(description)}</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        label.setMargin(16)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
