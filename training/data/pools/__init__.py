"""Vocabulary pools: names, places, subjects, files and non-tool requests, so the data is open-vocabulary."""
