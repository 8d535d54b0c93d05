"""Setting up: the user's settings as one typed object (`settings`) and the assembly of a ready session from
them, the installed models and the platform's tool backends (`assembly`). The top of the agent: it may use
every stage, and only the app uses it.
"""
