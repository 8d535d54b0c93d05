"""Errand: agent package."""
