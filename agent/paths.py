"""Errand's config, data and cache folders for the agent and the app: the same rules as tools/paths.py,
which defines them once (tools/ may not import agent/, so the definition lives there)."""

from __future__ import annotations

from tools.paths import APP_NAME, HOME_VARIABLE, cache_dir, config_dir, data_dir

__all__ = ["APP_NAME", "HOME_VARIABLE", "cache_dir", "config_dir", "data_dir"]
