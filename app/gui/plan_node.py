"""One plan step drawn as a box: tool, arguments, side-effect mark and live status; and the arrows between boxes."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsObject,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from agent.plans.plan import Step
from app.gui import arguments
from tools.spec import ToolSpec


class StepStatus(Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


STATUS_COLOURS: dict[StepStatus, tuple[str, str]] = {  # fill, accent
    StepStatus.WAITING: ("#f4f5f7", "#8a8f98"),
    StepStatus.RUNNING: ("#e6f0ff", "#2f6fdb"),
    StepStatus.DONE: ("#e7f6ea", "#2e8b45"),
    StepStatus.FAILED: ("#fde8e8", "#c62828"),
    StepStatus.SKIPPED: ("#efefef", "#9e9e9e"),
}
SIDE_EFFECT_COLOUR = "#e07b00"
WIDTH = 270.0
LINE = 17.0
HEADER = 26.0
FOOTER = 24.0


class StepNode(QGraphicsObject):
    clicked = Signal(int)

    def __init__(self, step: Step, spec: ToolSpec | None, side_effect: bool) -> None:
        super().__init__()
        self.step = step
        self.spec = spec
        self.side_effect = side_effect
        self.values: list[Any] = list(step.args)
        self.edited: set[int] = set()
        self.status = StepStatus.WAITING
        self.detail = ""
        self.selected = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(step.render())

    @property
    def index(self) -> int:
        return self.step.index

    def argument_name(self, position: int) -> str:
        if self.spec is not None and position < len(self.spec.args):
            return self.spec.args[position].name
        return f"arg {position + 1}"

    def argument_lines(self) -> list[str]:
        return [
            f"{self.argument_name(i)}{' ✎' if i in self.edited else ''}: {arguments.short(v)}"
            for i, v in enumerate(self.values)
        ]

    def status_line(self) -> str:
        detail = arguments.short(self.detail) if self.detail else ""
        return f"{self.status.value}{' — ' + detail if detail else ''}"

    def set_status(self, status: StepStatus, detail: str = "") -> None:
        self.status, self.detail = status, detail
        self.setToolTip(f"{self.step.render()}\n\n{status.value}: {detail}" if detail else self.step.render())
        self.update()

    def set_value(self, position: int, value: Any) -> None:
        self.values[position] = value
        self.edited.add(position)
        self.update()

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, WIDTH, HEADER + LINE * max(len(self.values), 1) + FOOTER)

    def in_point(self) -> QPointF:
        return self.mapToScene(QPointF(0, self.boundingRect().height() / 2))

    def out_point(self) -> QPointF:
        return self.mapToScene(QPointF(WIDTH, self.boundingRect().height() / 2))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        fill, accent = STATUS_COLOURS[self.status]
        rect = self.boundingRect().adjusted(1, 1, -1, -1)
        border = QColor(SIDE_EFFECT_COLOUR if self.side_effect else accent)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(border, 3.0 if self.selected else (2.0 if self.side_effect else 1.2)))
        painter.setBrush(QBrush(QColor(fill)))
        painter.drawRoundedRect(rect, 7, 7)
        base = QFont(painter.font())
        self._paint_header(painter, rect, base)
        small = QFont(base)
        small.setPointSizeF(8.5)
        painter.setFont(small)
        painter.setPen(QColor("#333"))
        for row, line in enumerate(self.argument_lines() or ["(no arguments)"]):
            painter.drawText(QRectF(10, HEADER + row * LINE, WIDTH - 20, LINE), Qt.AlignmentFlag.AlignVCenter, line)
        footer = QRectF(10, rect.bottom() - FOOTER, WIDTH - 20, FOOTER)
        painter.setBrush(QBrush(QColor(accent)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(QPointF(footer.left() + 5, footer.center().y()), 4, 4)
        painter.setPen(QColor(accent))
        painter.drawText(footer.adjusted(14, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.status_line())

    def _paint_header(self, painter: QPainter, rect: QRectF, base: QFont) -> None:
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#1b1b1b"))
        painter.drawText(QRectF(10, 4, WIDTH - 20, HEADER - 6), Qt.AlignmentFlag.AlignVCenter,
                         f"{self.step.index}. {self.step.tool}")
        if self.side_effect:
            badge = QRectF(rect.right() - 86, 6, 78, 16)
            painter.setBrush(QBrush(QColor(SIDE_EFFECT_COLOUR)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, 8, 8)
            tiny = QFont(base)
            tiny.setPointSizeF(7.5)
            painter.setFont(tiny)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "side effect")

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.clicked.emit(self.index)
        event.accept()


class EdgeItem(QGraphicsPathItem):
    """An arrow from the step whose observation is used to the step that uses it (dashed for join)."""

    def __init__(self, source: StepNode, target: StepNode, implicit: bool) -> None:
        super().__init__()
        self.source, self.target, self.implicit = source, target, implicit
        colour = QColor("#9aa0a6" if implicit else "#4a5568")
        pen = QPen(colour, 1.4)
        if implicit:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(-1)
        self.head = QGraphicsPolygonItem(self)
        self.head.setPen(QPen(colour, 1.0))
        self.head.setBrush(QBrush(colour))
        self.update_path()

    def update_path(self) -> None:
        start, end = self.source.out_point(), self.target.in_point()
        tip = QPointF(end.x() - 1, end.y())
        path = QPainterPath(start)
        bend = max((tip.x() - start.x()) / 2, 30.0)
        path.cubicTo(QPointF(start.x() + bend, start.y()), QPointF(tip.x() - bend, tip.y()),
                     QPointF(tip.x() - 8, tip.y()))
        self.setPath(path)
        self.head.setPolygon(QPolygonF([tip, QPointF(tip.x() - 9, tip.y() - 4.5), QPointF(tip.x() - 9, tip.y() + 4.5)]))
