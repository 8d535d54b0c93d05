"""The record of what happened: what one request produced (`result`: the request, its rounds, approvals and
observations, and the answer) and the history store that `errand history` and `errand undo` read (`history`).

Uses `running` (events, step records), `planning` (the attempts), `toolrag` (the selection) and `plans`.
"""
