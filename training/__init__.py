"""Errand: training package."""
