"""Speech recognition assets built from the project's synthetic requests (pocketsphinx's request language model)."""
