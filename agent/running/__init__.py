"""Running an approved plan: what needs approval and the user's edits (`approval`), the parallel executor
that substitutes `$k` and skips dependants of a failed step (`executor`), the joiner that finishes or asks
for a replan after a failure (`joiner`), cancellation (`cancel`), the events every front end consumes
(`events`), the model that writes mail text for tools (`subagents`), and the plan in words for the approval view,
the CLI and the history (`wording`).

A step that runs before approval, or a replan after a failure, is fixed here. Uses `planning` (the
planner backend the joiner and writers ask), `understanding` (the dates a request states, for its wording),
`plans` and `tools`.
"""
