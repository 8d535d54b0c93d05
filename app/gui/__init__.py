"""The PySide6 desktop shell: it renders session events and forwards the user's decisions, nothing more."""
