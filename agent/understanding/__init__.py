"""The request understood before any model sees it:
- `placeholders`: the values it states (names, files, addresses, quoted text) are replaced by placeholders the
  planner copies, then restored into the plan; the user's contacts (`contact_names`) are names in any case;
- `dates`: the day, time, range and duration it names, resolved against the clock;
- `spans`: its own words for each free-text argument;
- `scope`: what it asks for, read from its words: a question, a removal, something no tool does, and the
  side-effect tools its errands name.

A wrong name, file, date or title that the request states correctly is fixed here. Uses `plans` only.
"""
