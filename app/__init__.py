"""Errand's front ends: the `errand` command line and the Qt tray app (imported lazily)."""
