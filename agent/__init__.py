"""Errand's core, without Qt: the path one request takes, one package per stage.

    understanding -> toolrag -> planning -> plans -> running -> record
                                     measure, setup (around them all)

`session` is the short story of one request that calls the stages in order. Packages lower in the list
below never import higher ones (import-linter checks it, see pyproject.toml):

    setup, measure, session, record, running, planning, toolrag, understanding, plans
"""
