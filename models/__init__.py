"""Errand: models package."""
