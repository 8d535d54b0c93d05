"""The plan as data: the planner's text parsed once into frozen steps with structured `$k` references
(`plan`), and checked against the tool signatures and as a DAG before anything runs (`validate`), and each step in
words for a person (`sentences`).

Owns the plan format of COMPAT section 2. Uses only `tools` (the signatures); every other stage builds on it.
"""
