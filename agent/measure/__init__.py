"""Measuring: the metrics of COMPAT sections 5 and 9 (`metric`), `errand eval` over the evaluation sets
(`evaluation`) and `errand bench` (`bench`). Uses the session and every stage below it; nothing in the
app's path of a request uses it.
"""
