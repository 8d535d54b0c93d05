"""The plan confirmation view: the DAG in dependency layers, live step status, argument edits, approve/cancel."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent.plans.plan import JOIN, Plan, Step
from agent.running.approval import EditError, apply_edits
from agent.running.events import Approval, StepFailed, StepOk, StepOutcome, StepSkipped, observation_text
from app.gui import arguments
from app.gui.argument_editors import ArgumentDelegate, date_problem
from app.gui.plan_layout import edges, layers
from app.gui.plan_node import WIDTH, EdgeItem, StepNode, StepStatus
from tools.catalogue import CATALOGUE
from tools.spec import Arg

COLUMN_GAP = 70.0
ROW_GAP = 18.0
MIN_ZOOM = 0.55


def outcome_status(outcome: StepOutcome) -> StepStatus:
    match outcome:
        case StepOk():
            return StepStatus.DONE
        case StepFailed():
            return StepStatus.FAILED
        case StepSkipped():
            return StepStatus.SKIPPED
    raise TypeError(f"not a step outcome: {outcome!r}")


class PlanView(QWidget):
    decided = Signal(object)  # Approval
    always_allow = Signal(list)  # tool names the user chose to stop being asked about
    edited = Signal()  # an argument edit was accepted: the plan in words should follow it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact_names: Callable[[], Sequence[str]] = tuple
        self.nodes: dict[int, StepNode] = {}
        self._edges: list[EdgeItem] = []
        self._edits: dict[tuple[int, int], Any] = {}
        self._invalid: set[tuple[int, int]] = set()
        self._selected: int | None = None
        self._awaiting = False
        self._filling_table = False
        self._build()
        self.clear()

    # rendering session events --------------------------------------------------------------------------------
    def clear(self, caption: str = "No plan yet.") -> None:
        self.scene.clear()
        self.nodes.clear()
        self._edges.clear()
        self._edits.clear()
        self._invalid.clear()
        self._selected = None
        self.caption.setText(caption)
        self.words.clear()
        self._set_awaiting(False)
        self._fill_table()

    def add_step(self, step: Step) -> StepNode:
        spec = CATALOGUE[step.tool] if step.tool in CATALOGUE else None
        node = StepNode(step, spec, side_effect=bool(spec and spec.side_effects))
        node.clicked.connect(self.select)
        self.scene.addItem(node)
        self.nodes[step.index] = node
        self._relayout()
        return node

    def edited_plan(self, plan: Plan) -> Plan:
        """The plan with the user's accepted edits, for wording it as it will run."""
        steps = []
        for step in plan.steps:
            args = list(step.args)
            for (index, position), value in self._edits.items():
                if index == step.index and position < len(args):
                    args[position] = value
            steps.append(replace(step, args=tuple(args)))
        return replace(plan, steps=tuple(steps))

    def show_words(self, words: dict[int, str]) -> None:
        """The plan as numbered sentences (agent.running.wording), above the graph."""
        self.words.setText("\n".join(f"{index}. {sentence}" for index, sentence in words.items()))

    def _toggle_graph(self, hidden: bool) -> None:
        self.view.setVisible(not hidden)
        self.graph_button.setText("Show the steps as a graph" if hidden else "Hide the steps as a graph")

    def show_plan(self, plan: Plan, problems: tuple[str, ...] = (), repairs: tuple[str, ...] = ()) -> None:
        """The finished plan replaces whatever was drawn while it streamed (same steps, unless it was repaired)."""
        if [n.step for n in self.nodes.values()] != list(plan.steps):
            self.clear()
            for step in plan.steps:
                self.add_step(step)
        tools = len([s for s in plan.steps if s.tool != JOIN])
        self.caption.setText(f"Plan: {tools} tool call{'s' if tools != 1 else ''}."
                             + (" Problems: " + "; ".join(problems) if problems else "")
                             + (" Mended: " + " ".join(repairs) if repairs else ""))

    def ask_approval(self, plan: Plan, side_effect_steps: tuple[int, ...],
                     previews: Mapping[int, str] | None = None) -> None:
        """Ask for approval; `previews` say what a removal would take away, step by step."""
        self.show_plan(plan)
        for index in side_effect_steps:
            if index in self.nodes:
                self.nodes[index].side_effect = True
                self.nodes[index].update()
        # a removal is never allowed without asking: it is not offered as "always allow"
        tools = sorted({self.nodes[i].step.tool for i in side_effect_steps if i in self.nodes
                        and CATALOGUE[self.nodes[i].step.tool].preview is None})
        self._set_always_allow_choices(tools)
        shown = "".join(f"\nStep {index}: {text}" for index, text in sorted((previews or {}).items()))
        self.caption.setText("This plan changes things (orange steps). Check it, edit an argument if needed, "
                             "then approve or cancel." + shown)
        self._set_awaiting(True)
        first = side_effect_steps[0] if side_effect_steps else None
        if first is not None:
            self.select(first)

    def set_running(self, index: int) -> None:
        if index in self.nodes:
            self.nodes[index].set_status(StepStatus.RUNNING)

    def finish(self, caption: str, *, answered: bool = False) -> None:
        """The request ended; when it was answered, join (which the executor never runs) is done too."""
        self._set_awaiting(False)
        self.caption.setText(caption)
        if answered:
            for node in self.nodes.values():
                if node.step.tool == JOIN:
                    node.set_status(StepStatus.DONE)

    def set_outcome(self, index: int, outcome: StepOutcome) -> None:
        if index in self.nodes:
            self.nodes[index].set_status(outcome_status(outcome), observation_text(outcome))
            if index == self._selected:
                self._fill_table()

    # selection and edits ---------------------------------------------------------------------------------
    def select(self, index: int) -> None:
        for i, node in self.nodes.items():
            node.set_selected(i == index)
        self._selected = index if index in self.nodes else None
        self._fill_table()

    def edit(self, index: int, position: int, text: str) -> None:
        """Set argument `position` (0-based) of step `index` from the text the user typed."""
        self.select(index)
        self.table.item(position, 1).setText(text)

    @property
    def edits(self) -> dict[tuple[int, int], Any]:
        return dict(self._edits)

    def set_contact_names(self, names: Callable[[], Sequence[str]]) -> None:
        """Where recipient fields find the names they complete (the user's contacts)."""
        self._contact_names = names

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter approves and Esc cancels; an open editor takes both keys first (they commit or undo its edit)."""
        if self._awaiting and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.approve()
        elif self._awaiting and event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)

    def approve(self) -> None:
        if not self._awaiting or self._invalid:
            return
        chosen = [box.text() for box in self._allow_boxes if box.isChecked()]
        if chosen:
            self.always_allow.emit(chosen)
        self._set_awaiting(False)
        self.caption.setText("Approved. Running…")
        self.decided.emit(Approval(True, self.edits))

    def cancel(self) -> None:
        if not self._awaiting:
            return
        self._set_awaiting(False)
        self.caption.setText("Cancelled: nothing with side effects was run.")
        self.decided.emit(Approval(False))

    # widgets ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.words = QLabel()  # the plan in words: what a person checks before approving
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.graph_button = QPushButton("Hide the steps as a graph")
        self.graph_button.setCheckable(True)
        self.graph_button.toggled.connect(self._toggle_graph)
        self.scene = QGraphicsScene(self)
        self.scene.setBackgroundBrush(QColor("#fbfbfc"))
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table_title = QLabel()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["argument", "value"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(150)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.setItemDelegateForColumn(1, ArgumentDelegate(self._argument_of_row, lambda: self._contact_names(),
                                                                self.table))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828")
        self.allow_row = QHBoxLayout()
        self.allow_label = QLabel("Always allow:")
        self.allow_label.setToolTip("Ticked tools run without asking next time (saved in settings)")
        self.allow_row.addWidget(self.allow_label)
        self._allow_boxes: list[QCheckBox] = []
        self.approve_button = QPushButton("Approve and run")
        self.approve_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel")
        self.approve_button.clicked.connect(self.approve)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addLayout(self.allow_row)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.approve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.words, self.graph_button, self.view, self.table_title, self.table,
                       self.error):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.setStretch(3, 1)

    def _set_awaiting(self, awaiting: bool) -> None:
        self._awaiting = awaiting
        self.approve_button.setEnabled(awaiting and not self._invalid)
        self.cancel_button.setEnabled(awaiting)
        if not awaiting:
            self._set_always_allow_choices([])
        self._fill_table()

    def _set_always_allow_choices(self, tools: list[str]) -> None:
        for box in self._allow_boxes:
            self.allow_row.removeWidget(box)
            box.setParent(None)  # gone at once, not only when the event loop gets to deleteLater
            box.deleteLater()
        self._allow_boxes = []
        self.allow_label.setVisible(bool(tools))
        if tools:
            for tool in tools:
                box = QCheckBox(tool)
                box.setToolTip(f"Always allow {tool} without asking (saved in settings)")
                self.allow_row.addWidget(box)
                self._allow_boxes.append(box)

    @property
    def always_allow_boxes(self) -> dict[str, QCheckBox]:
        return {box.text(): box for box in self._allow_boxes}

    def _fill_table(self) -> None:
        self._filling_table = True
        node = self.nodes.get(self._selected) if self._selected is not None else None
        self.table.setRowCount(0)
        if node is None:
            self.table_title.setText("Click a step to see its arguments.")
        else:
            editable = self._awaiting and node.step.tool != JOIN
            self.table_title.setText(f"Step {node.index}: {node.step.tool}"
                                     + (" — double-click a value to edit it before approving" if editable else ""))
            rows = [(node.argument_name(i), arguments.show(v), editable) for i, v in enumerate(node.values)]
            if node.detail:
                rows.append((node.status.value, node.detail, False))  # the full observation or error
            self.table.setRowCount(len(rows))
            for row, (label, text, can_edit) in enumerate(rows):
                name = QTableWidgetItem(label)
                name.setFlags(Qt.ItemFlag.ItemIsEnabled)
                cell = QTableWidgetItem(text)
                if not can_edit:
                    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, 0, name)
                self.table.setItem(row, 1, cell)
        self._filling_table = False

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling_table or item.column() != 1 or self._selected is None:
            return
        node = self.nodes[self._selected]
        if item.row() >= len(node.values):
            return
        key = (node.index, item.row())
        spec_arg = self._argument_of_row(item.row())
        try:
            value = arguments.parse(spec_arg, item.text())
            problem = date_problem(spec_arg, item.text()) or self._plan_problem({**self._edits, key: value})
            if problem:
                raise ValueError(problem)
        except ValueError as exc:
            self._invalid.add(key)
            self.error.setText(str(exc))
        else:
            self._invalid.discard(key)
            self.error.setText("")
            self._edits[key] = value
            node.set_value(item.row(), value)
            self.edited.emit()
        self.approve_button.setEnabled(self._awaiting and not self._invalid)

    def _argument_of_row(self, row: int) -> Arg | None:
        node = self.nodes.get(self._selected) if self._selected is not None else None
        if node is None or node.spec is None or row >= len(node.spec.args):
            return None
        return node.spec.args[row]

    def _plan_problem(self, edits: dict[tuple[int, int], Any]) -> str:
        """Why the plan with these edits is invalid (COMPAT types, references), or ""."""
        plan = Plan(tuple(node.step for node in self.nodes.values()), complete=True)
        try:
            apply_edits(plan, edits, frozenset(self.nodes), CATALOGUE)
        except EditError as exc:
            return str(exc)
        return ""

    def _relayout(self) -> None:
        steps = [node.step for node in self.nodes.values()]
        layer_of = layers(steps)
        rows: dict[int, float] = {}
        for step in steps:
            node = self.nodes[step.index]
            column = layer_of[step.index]
            node.setPos(column * (WIDTH + COLUMN_GAP), rows.get(column, 0.0))
            rows[column] = rows.get(column, 0.0) + node.boundingRect().height() + ROW_GAP
        for edge in self._edges:
            self.scene.removeItem(edge)
        self._edges = [EdgeItem(self.nodes[e.source], self.nodes[e.target], e.implicit) for e in edges(steps)]
        for edge in self._edges:
            self.scene.addItem(edge)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self._fit()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Shrink a wide plan to fit the view (down to MIN_ZOOM, then scroll); never enlarge it."""
        rect = self.scene.sceneRect()
        viewport = self.view.viewport().size()
        if rect.isEmpty() or viewport.isEmpty():
            return
        zoom = min(1.0, viewport.width() / rect.width(), viewport.height() / rect.height())
        zoom = max(zoom, MIN_ZOOM)
        self.view.resetTransform()
        self.view.scale(zoom, zoom)
