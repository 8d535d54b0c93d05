"""Errand: tools package."""
