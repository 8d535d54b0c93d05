"""Carries a session's events from its worker thread to the GUI, and the user's decision back.

`sink` and `approver` are handed to `Session.handle`, which runs on a worker thread. Events are re-emitted on
the GUI thread as `event`. The approver blocks the worker until the GUI calls `decide` or `cancel`, unless
every side-effecting tool in the plan is one the user chose to always allow.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection

from PySide6.QtCore import QObject, Signal

from agent.running.cancel import CancelToken
from agent.running.events import Approval, Event, NeedsApproval


class SessionBridge(QObject):
    event = Signal(object)

    def __init__(
        self,
        always_allowed: Callable[[], Collection[str]] = frozenset,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._always_allowed = always_allowed
        self._decided = threading.Event()
        self._decision = Approval(False)
        self.cancel_token = CancelToken()

    def start_request(self) -> CancelToken:
        """Reset for a new request; returns the token to hand to `Session.handle`."""
        self._decided.clear()
        self.cancel_token = CancelToken()
        return self.cancel_token

    # worker side -------------------------------------------------------------------------------------------
    def sink(self, event: Event) -> None:
        self.event.emit(event)

    def approver(self, request: NeedsApproval) -> Approval:
        if self._all_always_allowed(request):
            return Approval(True)
        self._decided.clear()
        if self.cancel_token.cancelled:
            return Approval(False)
        self.event.emit(request)
        self._decided.wait()
        return self._decision

    # GUI side ----------------------------------------------------------------------------------------------
    def decide(self, approval: Approval) -> None:
        self._decision = approval
        self._decided.set()

    def cancel(self) -> None:
        self.cancel_token.cancel()
        self.decide(Approval(False))

    def _all_always_allowed(self, request: NeedsApproval) -> bool:
        """True when every asking tool is one the user always allows. A step with a preview (a removal, or a
        file outside the shared folders) always asks."""
        if request.previews:
            return False
        allowed = set(self._always_allowed())
        tools = {step.tool for step in request.plan.steps if step.index in request.side_effect_steps}
        return bool(tools) and tools <= allowed
