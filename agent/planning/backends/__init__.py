"""Planner backends (llama.cpp in process, OpenAI-compatible servers, scripted for tests) and their interface."""
