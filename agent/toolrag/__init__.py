"""ToolRAG: which tools a request needs, and which in-context examples to show the planner."""
