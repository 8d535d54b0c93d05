"""The request understood before any model sees it: the values it states (names, files, addresses, quoted
text) are found and replaced by placeholders the planner copies, then restored into the plan
(`placeholders`); the day, time, range and duration it names are resolved against the clock (`dates`).

A wrong name, file or date that the request states correctly is fixed here. Uses `plans` only.
"""
