"""Prompt profiles: how a planner model is asked for a plan, a replan and a join."""

from agent.planning.prompts.profile import PlanRequest, Profile, PromptProfile
from agent.planning.prompts.profiles import PROFILE_NAMES, get_profile

__all__ = ["PROFILE_NAMES", "PlanRequest", "Profile", "PromptProfile", "get_profile"]
