"""Prompt profiles: how a planner model is asked for a plan, a replan and a join."""
