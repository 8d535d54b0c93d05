"""Measuring: the metrics of COMPAT sections 5, 9 and 10 (`metric`, `argument_match`, `action_score`), `errand eval`
over the evaluation sets (`evaluation`, with `speech_style` for spoken forms), `errand bench` (`bench`) and
`errand bench --load` (`load`). Uses the session and every stage below it; nothing in the app's path of a
request uses it.
"""
